"""The regression corpus: every file in tests/regressions/ through the readers and the coder.

Each file is read the way ``dyadwatch ingest`` reads it (``Sources.from_file``); every
Article is then coded with a per-document time budget. The outcome must be Articles
coded within the budget, with evidence inside their text, or typed errors. Files whose
point is a specific outcome (good records kept, a named error) pin it in ``EXPECTED``.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

from dyadwatch.coder import Coder
from dyadwatch.errors import (
    BinaryInputError,
    DyadwatchError,
    EncodingError,
    FormatError,
    InputError,
    TimeBudgetError,
)
from dyadwatch.readers.sources import Sources
from dyadwatch.records import Article
from dyadwatch.settings import Settings

CORPUS = Path(__file__).parent / "regressions"
FILES = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "README.md")

#: seconds; a document must be coded, or refused with TimeBudgetError, within about this
BUDGET = 3.0
#: wall-clock slack over the budget (a check between two steps cannot be exact)
SLACK = 2.0
SETTINGS = Settings(document_time_budget=BUDGET)

#: file -> text every article of it must keep intact (no mojibake)
KEEPS_TEXT = {
    "jsonl-gz-one-invalid-utf8-line-mojibaked-every-record.jsonl.gz": "— talks number",
    "sniffed-jsonl-one-invalid-utf8-line-mojibaked-every-record.txt": "— talks number",
}

#: file -> (articles read, error types in order): the outcome that is the file's point
EXPECTED: dict[str, tuple[int, list[type[InputError]]]] = {
    "jsonl-integer-over-4300-digits.jsonl": (1, [FormatError]),
    "jsonl-control-character-line-among-records.jsonl": (2, [FormatError]),
    # no line parses as a record, so the file is sniffed as plain text (one article)
    "sniffed-jsonl-integer-over-4300-digits.txt": (1, []),
    "json-deeply-nested-array.jsonl": (1, [FormatError]),
    "jsonl-gz-one-invalid-utf8-line-mojibaked-every-record.jsonl.gz": (20, [EncodingError]),
    "sniffed-jsonl-one-invalid-utf8-line-mojibaked-every-record.txt": (20, [EncodingError]),
    "gz-truncated.txt.gz": (0, [FormatError]),
    "binary-with-txt-name.txt": (0, [BinaryInputError]),
    "utf16-without-bom.txt": (0, [BinaryInputError]),
}


@pytest.fixture(scope="module")
def coder() -> Coder:
    coder = Coder(SETTINGS)
    # load the model and dictionaries before any budget is measured
    with contextlib.suppress(TimeBudgetError):
        coder.code(Article(id="warm-up", text="Russia met China in Moscow on Monday."))
    return coder


def test_every_regression_file_has_a_note() -> None:
    notes = (CORPUS / "README.md").read_text(encoding="utf-8")
    missing = [p.name for p in FILES if f"`{p.name}`" not in notes]
    assert not missing, f"add a line to tests/regressions/README.md for {missing}"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_regression_file_gives_coded_articles_or_typed_errors(coder: Coder, path: Path) -> None:
    with Sources(SETTINGS) as sources:
        items = list(sources.from_file(str(path)))
    assert items
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if not isinstance(i, Article)]
    for err in errors:
        assert isinstance(err, InputError), f"{type(err).__name__}: {err}"
        assert str(path) in err.source
    if path.name in EXPECTED:
        n_articles, kinds = EXPECTED[path.name]
        assert len(articles) == n_articles, items
        assert [type(e) for e in errors] == kinds, errors
    if path.name in KEEPS_TEXT:
        assert all(KEEPS_TEXT[path.name] in a.text for a in articles), articles[0].text
    for article in articles:
        assert article.full_text.strip()
        started = time.monotonic()
        try:
            events = coder.code(article)
        except DyadwatchError as exc:
            assert str(exc)
            events = []
        elapsed = time.monotonic() - started
        assert elapsed <= BUDGET + SLACK, (
            f"{article.origin}: coding took {elapsed:.1f} s; the budget is {BUDGET} s"
        )
        text = article.full_text
        for event in events:
            assert text[event.trigger_start : event.trigger_end] == event.trigger_text
            for actor in (event.source, event.target):
                assert 0 <= actor.start <= actor.end <= len(text)
