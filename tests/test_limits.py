"""Resource limits: the maximum document size and the per-document time budget.

Both are settings with documented defaults (``Settings.max_document_bytes``,
``Settings.document_time_budget``; ``DYADWATCH_MAX_DOCUMENT_BYTES`` and
``DYADWATCH_DOCUMENT_TIME_BUDGET``). An oversize or timed-out document is recorded in
the store's failures table with its reason, and the batch goes on. Everything runs the
real ingest pipeline and the real coder into a real DuckDB file in tmp_path.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadwatch.coder import Coder
from dyadwatch.errors import TimeBudgetError, TooLargeError
from dyadwatch.ingest import ingest
from dyadwatch.records import Article
from dyadwatch.settings import Settings, from_env
from dyadwatch.store import Store

#: the bundled example article (real text, shipped in the package, so these tests run without ../shared)
EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "example" / "example.json"

LIMIT = 3_000
GOOD = [
    "Russia attacked Ukraine on Monday, officials said.",
    "China and Russia signed a trade agreement in Moscow on Tuesday.",
    "France criticised Iran over its nuclear programme.",
]


def _real_text(chars: int) -> str:
    """Real article text, the bundled example repeated to at least ``chars`` characters."""
    text = json.loads(EXAMPLE.read_text(encoding="utf-8"))["text"]
    return "\n".join([text] * (chars // len(text) + 1))


def _big(n: int) -> str:
    sentence = "Japan and South Korea held talks in Seoul on trade. "
    return (sentence * (n // len(sentence) + 1))[:n]


def _html(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Big page</title></head><body><article><p>{body}</p></article></body></html>"


def _feed(body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>W</title>'
            f"<item><title>Huge entry</title><description>{body}</description></item></channel></rss>")  # fmt: skip


#: one oversize document of each kind, with the failure input it must be recorded under
OVERSIZE = [
    pytest.param("big.txt", lambda: _big(LIMIT * 2).encode(), "big.txt", id="text-file"),
    pytest.param("big.html", lambda: _html(_big(LIMIT * 2)).encode(), "big.html", id="html-file"),
    pytest.param(
        "big.txt.gz", lambda: gzip.compress(_big(LIMIT * 2).encode()), "big.txt.gz", id="gz-file"
    ),  # fmt: skip
    pytest.param(
        "records.jsonl",
        lambda: (json.dumps({"text": _big(LIMIT * 2)}) + "\n").encode(),
        "records.jsonl:1",
        id="jsonl-record",
    ),  # fmt: skip
    pytest.param(
        "wire.rss", lambda: _feed(_big(LIMIT * 2)).encode(), "wire.rss#entry1", id="feed-entry"
    ),  # fmt: skip
]


def test_limits_are_settings_with_documented_defaults() -> None:
    defaults = Settings()
    assert defaults.max_document_bytes > 0 and defaults.document_time_budget > 0
    env = from_env(
        {"DYADWATCH_MAX_DOCUMENT_BYTES": "1234", "DYADWATCH_DOCUMENT_TIME_BUDGET": "2.5"}
    )
    assert (env.max_document_bytes, env.document_time_budget) == (1234, 2.5)


@pytest.mark.timeout(180)
@pytest.mark.parametrize(("name", "make", "failure_input"), OVERSIZE)
def test_oversize_document_is_a_failure_with_its_reason_and_the_batch_goes_on(
    tmp_path: Path, name: str, make: object, failure_input: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD[0], encoding="utf-8")
    (folder / name).write_bytes(make())  # type: ignore[operator]
    (folder / "z-good.jsonl").write_text(
        "".join(json.dumps({"id": f"g{i}", "text": t}) + "\n" for i, t in enumerate(GOOD[1:])),
        encoding="utf-8",
    )
    settings = Settings(max_document_bytes=LIMIT)
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([str(folder)], store, Coder(settings), settings=settings)
        failures = store.failures_frame().to_dict("records")
        stored = set(store.articles_frame()["article_id"])
        assert store.check().ok
    assert summary.failures == 1, failures
    (failure,) = failures
    assert failure["input"] == str(folder / failure_input)
    assert failure["kind"] == "too-large"
    assert "limit" in failure["reason"] or "larger than" in failure["reason"]
    assert str(LIMIT) in failure["reason"].replace(",", "")
    expected = {Article(id="good", text=t).content_hash for t in GOOD}
    assert stored == expected, "a good document was lost next to the oversize one"


@pytest.mark.timeout(180)
def test_timed_out_document_is_a_failure_with_its_reason_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    long_text = _real_text(35_000)  # tens of thousands of characters: over 0.2 s
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD[0], encoding="utf-8")
    (folder / "b-long.txt").write_text(long_text, encoding="utf-8")
    (folder / "c-good.txt").write_text(GOOD[1], encoding="utf-8")
    settings = Settings(document_time_budget=0.2)
    coder = Coder(settings)
    with contextlib.suppress(TimeBudgetError):  # load the model outside the measured runs
        coder.code(Article(id="warm-up", text=GOOD[2]))
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([str(folder)], store, coder, settings=settings)
        failures = store.failures_frame().to_dict("records")
        stored = set(store.articles_frame()["source"])
    assert [f["input"] for f in failures] == [str(folder / "b-long.txt")]
    assert failures[0]["kind"] == "time-budget"
    assert "0.2 s budget" in failures[0]["reason"]
    assert stored == {str(folder / "a-good.txt"), str(folder / "c-good.txt")}
    assert summary.new == 2


@pytest.mark.timeout(300)
@pytest.mark.parametrize("copies", [1, 4], ids=["70k-chars", "280k-chars"])
def test_time_budget_stops_a_slow_document_soon_whatever_its_size(copies: int) -> None:
    """The budget bounds the time a document can take, not just flags it afterwards.

    Regression: the coder used to parse every piece of a document before its first budget
    check, so the time over budget grew with the document (6.5 s on a 0.5 s budget for
    280,000 characters).
    """
    budget, slack = 0.5, 2.0
    text = _real_text(70_000 * copies)
    coder = Coder(Settings(document_time_budget=budget))
    with contextlib.suppress(TimeBudgetError):
        coder.code(Article(id="warm-up", text=GOOD[2]))
    started = time.monotonic()
    with pytest.raises(TimeBudgetError):
        coder.code(Article(id="slow", text=text))
    elapsed = time.monotonic() - started
    assert elapsed <= budget + slack, (
        f"a {len(text):,}-character document ran {elapsed:.1f} s on a {budget} s budget"
    )


@pytest.mark.timeout(180)
def test_model_loading_is_not_charged_to_the_first_document(tmp_path: Path) -> None:
    """In a fresh process, loading spaCy and the dictionaries must not use up the first
    document's budget (a short article codes in milliseconds once loaded). Regression: the
    loading was charged to the first document, which then failed a 1 s budget."""
    script = (
        "from dyadwatch.coder import Coder\n"
        "from dyadwatch.records import Article\n"
        "from dyadwatch.settings import Settings\n"
        "c = Coder(Settings(document_time_budget=1.0))\n"
        "print(len(c.code(Article(id='first', text='Russia attacked Ukraine on Monday.'))))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=170, cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout.strip()) >= 1


def test_coder_refuses_an_oversize_article_by_name() -> None:
    coder = Coder(Settings(max_document_bytes=LIMIT))
    with pytest.raises(TooLargeError, match="huge-article"):
        coder.code(Article(id="huge-article", text=_big(LIMIT + 1)))
