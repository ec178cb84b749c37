"""A mixed batch with 5 % corrupt documents: every good one coded, every bad one recorded.

The batch is a folder of .txt, .jsonl, .html and .txt.gz files. One document in twenty
is corrupt: binary data under a .txt name, bytes in no detectable encoding, a malformed
or wrongly typed JSON line, invalid UTF-8 in a JSON line, an empty file or an empty
record. The real ingest pipeline codes it into a real DuckDB store; the test then finds
every good document among the stored articles (by its origin) and every bad one among
the failures, with the kind and a reason. The light variant (100 documents) runs by
default; the 2,000-document variant is marked ``slow`` (``stress/run.py`` runs it).
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dyadwatch.coder import Coder
from dyadwatch.ingest import ingest
from dyadwatch.settings import Settings
from dyadwatch.store import Store

TEMPLATES = [
    "{a} and {b} signed a trade agreement in Geneva on Monday, officials said. Report {i}.",
    "{a} accused {b} of violating the ceasefire on Tuesday. Report {i}.",
    "{a} imposed new sanctions on {b} on Wednesday. Report {i}.",
    "{a} expelled diplomats of {b} on Friday. Report {i}.",
]
PAIRS = [("Russia", "China"), ("France", "Iran"), ("Japan", "South Korea"),
         ("Brazil", "Argentina"), ("India", "Pakistan"), ("Germany", "Poland")]  # fmt: skip
RECORDS_PER_JSONL = 50


@dataclass
class Batch:
    """What was written: the origin of every good document, the failure of every bad one."""

    good: set[str] = field(default_factory=set)
    #: failure input -> expected failure kind
    bad: dict[str, str] = field(default_factory=dict)


def _news(i: int) -> str:
    a, b = PAIRS[i % len(PAIRS)]
    return TEMPLATES[(i // len(PAIRS)) % len(TEMPLATES)].format(a=a, b=b, i=i)


#: corrupt whole files: name suffix, bytes, expected failure kind
def _corrupt_file(kind: str, i: int) -> tuple[str, bytes, str]:
    if kind == "binary":
        return (
            ".txt",
            bytes(random.Random(i).randrange(256) for _ in range(600)) + b"\x00",
            "binary",
        )
    if kind == "encoding":
        return ".txt", f"Report {i}: ".encode() + b"\x81\x8d\x8f\x90\x9d" * 8, "encoding"
    if kind == "empty":
        return ".txt", b"" if i % 2 else b" \n\t \n", "empty"
    raise ValueError(kind)


#: corrupt JSON lines: the line, expected failure kind
def _corrupt_line(kind: str, i: int) -> tuple[bytes, str]:
    if kind == "malformed":
        return (json.dumps({"id": f"r{i}", "text": _news(i)})[:-7]).encode(), "format"
    if kind == "wrong-type":
        return json.dumps({"id": f"r{i}", "text": ["not", "a", "string", i]}).encode(), "format"
    if kind == "empty-record":
        return json.dumps({"id": f"r{i}", "text": "  "}).encode(), "empty"
    if kind == "invalid-utf8":
        return b'{"id": "r%d", "text": "Report \xff\xfe %d"}' % (i, i), "encoding"
    raise ValueError(kind)


FILE_FAULTS = ["binary", "encoding", "empty"]
LINE_FAULTS = ["malformed", "wrong-type", "empty-record", "invalid-utf8"]


def build_batch(folder: Path, n: int, *, corrupt_share: float = 0.05, seed: int = 8) -> Batch:
    """Write ``n`` documents under ``folder``, ``corrupt_share`` of them corrupt."""
    rng = random.Random(seed)
    bad_ids = set(rng.sample(range(n), round(n * corrupt_share)))
    batch = Batch()
    folder.mkdir(parents=True, exist_ok=True)
    jsonl_lines: list[bytes] = []
    jsonl_index = 0

    def flush_jsonl() -> None:
        nonlocal jsonl_index, jsonl_lines
        if jsonl_lines:
            path = folder / f"dump-{jsonl_index:04d}.jsonl"
            path.write_bytes(b"\n".join(jsonl_lines) + b"\n")
            jsonl_index += 1
            jsonl_lines = []

    fault = 0
    for i in range(n):
        shape = ("txt", "jsonl", "jsonl", "html", "gz")[i % 5]
        if shape == "jsonl":
            path = folder / f"dump-{jsonl_index:04d}.jsonl"
            line = len(jsonl_lines) + 1
            if i in bad_ids:
                data, kind = _corrupt_line(LINE_FAULTS[fault % len(LINE_FAULTS)], i)
                fault += 1
                batch.bad[f"{path}:{line}"] = kind
            else:
                data = json.dumps({"id": f"r{i}", "text": _news(i), "date": f"2024-03-0{1 + i % 9}"}).encode()  # fmt: skip
                batch.good.add(f"{path}:{line}")
            jsonl_lines.append(data)
            if len(jsonl_lines) >= RECORDS_PER_JSONL:
                flush_jsonl()
            continue
        if i in bad_ids:
            suffix, data, kind = _corrupt_file(FILE_FAULTS[fault % len(FILE_FAULTS)], i)
            fault += 1
            path = folder / f"doc-{i:05d}{suffix}"
            path.write_bytes(data)
            batch.bad[str(path)] = kind
            continue
        text = _news(i)
        if shape == "txt":
            path = folder / f"doc-{i:05d}.txt"
            path.write_text(f"Wire report {i}\n\n{text}\n", encoding="utf-8")
        elif shape == "html":
            path = folder / f"doc-{i:05d}.html"
            paragraphs = "".join(f"<p>{text} Paragraph {k} of the report.</p>" for k in range(3))
            path.write_text(
                f"<!DOCTYPE html><html><head><title>Report {i}</title></head><body>"
                f"<article><h1>Report {i}</h1>{paragraphs}</article></body></html>",
                encoding="utf-8",
            )
        else:
            path = folder / f"doc-{i:05d}.txt.gz"
            path.write_bytes(gzip.compress(f"Wire report {i}\n\n{text}\n".encode()))
        batch.good.add(str(path))
    flush_jsonl()
    return batch


def heavy(request: pytest.FixtureRequest) -> None:
    """Run a slow variant only when ``-m slow`` selected it (stress/run.py does), so the
    default ``pytest`` run stays fast even without ``-m "not slow"`` in addopts."""
    if "slow" not in (request.config.option.markexpr or ""):
        pytest.skip("heavy variant: run with -m slow (see stress/README.md)")


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def run_and_check(tmp_path: Path, coder: Coder, n: int) -> None:
    batch = build_batch(tmp_path / "in", n)
    assert len(batch.good) + len(batch.bad) == n and len(batch.bad) == round(n * 0.05)
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([str(tmp_path / "in")], store, coder, commit_size=64)
        articles = store.articles_frame()
        failures = store.failures_frame()
        report = store.check()
    stored = set(articles["source"])
    assert stored == batch.good, (
        f"good documents not stored: {sorted(batch.good - stored)[:5]}; "
        f"unexpected: {sorted(stored - batch.good)[:5]}"
    )
    assert len(articles) == len(batch.good), "a good document was stored twice"
    # the templates all hold an event: every good document was really coded
    uncoded = articles.loc[articles["event_count"] < 1, "source"].tolist()
    assert not uncoded, f"{len(uncoded)} good documents gave no event: {uncoded[:5]}"
    recorded = dict(zip(failures["input"], failures["kind"], strict=True))
    assert recorded == batch.bad
    assert all(isinstance(r, str) and len(r) > 10 for r in failures["reason"])
    assert (summary.new, summary.failures) == (len(batch.good), len(batch.bad))
    assert report.ok, report.problems


@pytest.mark.timeout(300)
def test_mixed_batch_of_100_codes_the_good_and_records_the_bad(
    tmp_path: Path, coder: Coder
) -> None:
    run_and_check(tmp_path, coder, 100)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_mixed_batch_of_2000_codes_the_good_and_records_the_bad(
    request: pytest.FixtureRequest, tmp_path: Path, coder: Coder
) -> None:
    heavy(request)
    run_and_check(tmp_path, coder, 2000)
