"""Exports tell the truth: reportable events only by default, and every status only in
formats that say each event's status (PLOVER JSONL, Parquet); GDELT and ICEWS have no
place for it, so ``--all`` is refused for them rather than passing "we cannot deliver
aid" off as aid.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.records import Section, Status
from dyadwatch.store import EventFilter, Store
from test_store import make_article, make_event

#: one event per way of not being reportable, each its own dyad (so none merge), and one
#: reportable event
KINDS = [
    ("SYR", Status.ASSERTED, Section.BODY),
    ("IRQ", Status.NEGATED, Section.BODY),
    ("IRN", Status.FUTURE, Section.BODY),
    ("LBN", Status.HYPOTHETICAL, Section.BODY),
    ("JOR", Status.CLAIMED, Section.BODY),
    ("TUR", Status.SPECULATED, Section.BODY),
    ("ISR", Status.ASSERTED, Section.COMMENTARY),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        for n, (target, status, section) in enumerate(KINDS):
            article = make_article(f"a{n}", f"({target})")
            store.add_coded([(article, [make_event(article, target=target, status=status, section=section)])])
        assert store.count_events(EventFilter(reportable=None)) == len(KINDS)
    return path


def export(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("fmt", "target_column", "syria"),
                         [("gdelt", "Actor2Code", "SYR"), ("icews", "Target Country", "Syria")])  # fmt: skip
def test_gdelt_and_icews_carry_reportable_events_only(db: Path, fmt: str, target_column: str, syria: str) -> None:
    code, out, err = export(db, "--format", fmt)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t"))
    assert [r[target_column] for r in rows] == [syria]
    assert "reportable events only" in err


@pytest.mark.parametrize("fmt", ["gdelt", "icews"])
def test_all_is_refused_for_formats_without_a_status_column(db: Path, fmt: str) -> None:
    code, out, err = export(db, "--format", fmt, "--all")
    assert code == 2
    assert out == ""
    assert f"the {fmt} format has no status column" in err
    assert "--format plover or parquet" in err
    assert len(err.strip().splitlines()) == 1


def test_plover_is_reportable_by_default_and_every_status_with_all(db: Path) -> None:
    code, out, _ = export(db, "--format", "plover")
    assert code == 0
    assert [json.loads(line)["status"] for line in out.splitlines()] == ["asserted"]
    code, out, err = export(db, "--format", "plover", "--all")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert sorted((r["recipient_country"], r["status"], r["reportable"]) for r in records) == sorted(
        (t, s.value, s is Status.ASSERTED and sec is Section.BODY) for t, s, sec in KINDS
    )


def test_parquet_with_all_says_each_events_status(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "e.parquet"
    assert export(db, "--format", "parquet", "-o", str(target))[0] == 0
    assert pd.read_parquet(target)["target_country"].tolist() == ["SYR"]
    assert export(db, "--format", "parquet", "-o", str(target), "--all")[0] == 0
    frame = pd.read_parquet(target)
    assert sorted(zip(frame["target_country"], frame["status"], strict=True)) == sorted(
        (t, s.value) for t, s, _ in KINDS
    )
    assert frame["reportable"].sum() == 1
