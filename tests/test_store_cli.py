"""The store commands: ingest, events, export, failures, check (through click's runner)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.records import Status
from dyadwatch.store import Store
from dyadwatch.store.export import GDELT_COLUMNS
from test_store import make_article, make_event


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        a, b = make_article("a"), make_article("b", "Reuters reports.", outlet="Outlet B")
        c = make_article("c", "Other words " * 30, title="Claimed")
        s.add_coded([(a, [make_event(a)]), (b, [make_event(b)])])
        s.add_coded(
            [(c, [make_event(c, source="PRK", target="VEN", cameo="043", status=Status.CLAIMED)])]
        )
        s.record_failure("/data/broken.txt", "binary", "holds NUL bytes: binary data")
        s.record_failure("http://127.0.0.1:1/gone", "fetch", "HTTP 404 Not Found")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner(env={"COLUMNS": "250"}).invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


EVENTS_CASES = [
    ("default reportable only", [], {"042"}),
    ("all", ["--all"], {"042", "043"}),
    ("dyad", ["--dyad", "PRK", "VEN", "--all"], {"043"}),
    ("status", ["--status", "claimed", "--all"], {"043"}),
    ("cameo and text", ["--cameo", "04", "--text", "Damascus"], {"042"}),
    ("since excludes", ["--since", "2023"], set()),
]  # fmt: skip


@pytest.mark.parametrize(("case", "args", "cameos"), EVENTS_CASES, ids=[c[0] for c in EVENTS_CASES])
def test_events_filters_as_jsonl(db: Path, case: str, args: list[str], cameos: set[str]) -> None:
    code, out, _ = run("events", "--db", str(db), "--format", "jsonl", *args)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["cameo"] for r in records} == cameos


def test_events_csv_table_and_parquet(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("events", "--db", str(db), "--format", "csv", "--all")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {r["cameo"] for r in rows} == {"042", "043"}
    code, out, _ = run("events", "--db", str(db))
    assert code == 0 and "042" in out and "mention_count" in out and "043" not in out
    target = tmp_path / "e.parquet"
    code, _, _ = run("events", "--db", str(db), "--format", "parquet", "-o", str(target), "--all")
    assert code == 0 and len(pd.read_parquet(target)) == 2


def test_export_gdelt_to_stdout_and_file(db: Path, tmp_path: Path) -> None:
    code, out, err = run("export", "--db", str(db), "--format", "gdelt")
    assert code == 0 and "exported 1 event as gdelt (reportable events only)" in err
    header, *rows = out.splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS) and len(rows) == 1
    target = tmp_path / "p.jsonl"
    code, _, _ = run("export", "--db", str(db), "--format", "plover", "-o", str(target), "--all")
    assert code == 0 and len(target.read_text().splitlines()) == 2


def test_failures_lists_every_failure_with_its_reason(db: Path) -> None:
    code, out, _ = run("failures", "--db", str(db), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {(r["input"], r["kind"]) for r in records} == {
        ("/data/broken.txt", "binary"), ("http://127.0.0.1:1/gone", "fetch")}  # fmt: skip
    code, out, _ = run("failures", "--db", str(db))
    assert "HTTP 404" in out and "broken.txt" in out


def test_check_ok_then_damaged(db: Path) -> None:
    code, out, _ = run("check", "--db", str(db))
    assert code == 0 and out.strip().endswith("ok")
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM events WHERE cameo = '043'")
    con.close()
    code, out, _ = run("check", "--db", str(db))
    assert code == 1 and "mentions without their event" in out


@pytest.mark.parametrize(
    ("args", "message", "exit_code"),
    [
        (["events", "--db", "{missing}"], "no such store", 4),
        (["events", "--db", "{db}", "--since", "soon"], "'soon' is not a date", 2),
        (["export", "--db", "{db}", "--format", "parquet"], "needs -o FILE", 2),
    ],
)
def test_errors_are_messages_with_exit_codes(
    db: Path, args: list[str], message: str, exit_code: int
) -> None:
    filled = [a.format(db=db, missing=db.parent / "none.duckdb") for a in args]
    result = CliRunner().invoke(main, filled)
    assert result.exit_code == exit_code
    assert message in result.output


def test_ingest_command_reports_and_reruns(tmp_path: Path) -> None:
    """Through the real coder: a second run says it added nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Russia and Syria hold talks\n\nRussian President Vladimir Putin met Syrian President "
        "Bashar al-Assad in Moscow on Tuesday to discuss reconstruction.\n",
        encoding="utf-8",
    )
    (folder / "junk.txt").write_bytes(b"\x00\x01" * 100)
    db = tmp_path / "s.duckdb"
    code, out, err = run("ingest", str(folder), "--db", str(db), "-q")
    assert code == 2, err  # an input failed: the good one is stored, the exit says so
    assert "articles read: 1, new: 1" in out and "failures: 1" in out
    assert err.startswith(f"error: {folder / 'junk.txt'}: holds NUL bytes")
    code, out, _ = run("ingest", str(folder / "a.txt"), "--db", str(db), "-q")
    assert code == 0 and "nothing new" in out
    code, out, _ = run("failures", "--db", str(db))
    assert "junk.txt" in out
