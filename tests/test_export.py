"""Exports: GDELT 2.0 (61 columns in order), ICEWS (20 columns), PLOVER JSONL (schema), Parquet."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from importlib import resources
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

from dyadwatch.records import Location, Status
from dyadwatch.store import EventFilter, Store
from dyadwatch.store.export import GDELT_COLUMNS, ICEWS_COLUMNS, export
from test_store import make_article, make_event

#: GDELT 2.0 Event Codebook, table of fields, in order
GDELT_FIRST_AND_LAST = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"], [
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]  # fmt: skip


def plover_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(
        (resources.files("dyadwatch") / "data" / "plover_event.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def store(tmp_path: Path):
    damascus = Location("Damascus", "SYR", 33.51, 36.29, 170654, "Damascus")
    with Store(tmp_path / "x.duckdb") as s:
        a = make_article("a")
        b = make_article("b", "Reuters reports.", outlet="Outlet B")
        c = make_article("c", "Other words " * 30, day=date(2019, 3, 5), title="Other")
        d = make_article("d", "Commentary " * 30, day=None, title="Undated")
        s.add_coded([(a, [make_event(a, location=damascus)]), (b, [make_event(b)])])
        s.add_coded([(c, [make_event(c, source="USAMIL", target="IRQ", cameo="190")])])
        s.add_coded([(d, [make_event(d, cameo="010", status=Status.CLAIMED)])])
        yield s


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t"))


def test_gdelt_has_the_61_columns_in_order(store: Store) -> None:
    out = io.StringIO()
    n, _ = export(store, "gdelt", out)
    rows = _rows(out.getvalue())
    header, body = rows[0], rows[1:]
    assert len(GDELT_COLUMNS) == 61 and header == list(GDELT_COLUMNS)
    assert header[:5] == GDELT_FIRST_AND_LAST[0] and header[-3:] == GDELT_FIRST_AND_LAST[1]
    assert n == len(body) == store.count_events(EventFilter(reportable=None))
    assert all(len(r) == 61 for r in body)
    visit = next(
        dict(zip(header, r, strict=True)) for r in body if r[header.index("EventCode")] == "042"
    )
    assert visit["SQLDATE"] == "20220222" and visit["Year"] == "2022"
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == (
        "RUSGOV",
        "RUS",
        "GOV",
    )
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == ("2", "2", "2")
    assert visit["ActionGeo_FullName"] == "Damascus" and visit["ActionGeo_FeatureID"] == "170654"
    assert visit["SOURCEURL"] == "https://a.example/a"
    assert int(visit["GLOBALEVENTID"]) > 0 and len(visit["DATEADDED"]) == 14


def test_icews_has_its_20_columns(store: Store) -> None:
    out = io.StringIO()
    export(store, "icews", out)
    rows = _rows(out.getvalue())
    assert rows[0] == list(ICEWS_COLUMNS) and len(ICEWS_COLUMNS) == 20
    assert all(len(r) == 20 for r in rows[1:])
    by_code = {r[6]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_code["042"]["Source Country"] == "Russian Federation"
    assert by_code["042"]["Event Text"] == "Make a visit"
    assert by_code["042"]["City"] == "Damascus"
    assert by_code["190"]["Source Sectors"] == "MIL"


def test_plover_lines_pass_the_schema(store: Store) -> None:
    out = io.StringIO()
    written, skipped = export(store, "plover", out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    validator = plover_validator()
    for record in lines:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, [e.message for e in errors]
    assert written == len(lines) == 2
    assert skipped == 1  # CAMEO 010 has no PLOVER type
    visit = next(r for r in lines if r["cameo"] == "042")
    assert visit["event_type"] == "CONSULT" and visit["actor"][0] == {
        "code": "RUS", "sector": "GOV", "actor_text": "Russia's foreign minister"}  # fmt: skip
    assert visit["event_loc"]["geonameid"] == 170654


SCHEMA_REJECTS = [
    ("no id", {"id": None}),
    ("unknown event type", {"event_type": "DISAPPROVE"}),
    ("date with month precision only", {"date": "2022-02"}),
    ("actor without code", {"actor": [{"sector": "GOV"}]}),
    ("quad code out of range", {"quad_code": 5}),
]


@pytest.mark.parametrize(("case", "change"), SCHEMA_REJECTS, ids=[c[0] for c in SCHEMA_REJECTS])
def test_plover_schema_rejects_broken_records(store: Store, case: str, change: dict) -> None:
    out = io.StringIO()
    export(store, "plover", out)
    record = json.loads(out.getvalue().splitlines()[0])
    record.update(change)
    assert list(plover_validator().iter_errors(record))


def test_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    n, _ = export(store, "parquet", path=path)
    frame = pd.read_parquet(path)
    assert len(frame) == n == 3
    assert set(frame["event_id"]) == set(
        store.events_frame(EventFilter(reportable=None))["event_id"]
    )


@pytest.mark.shared
def test_exports_of_real_coded_dev_articles(tmp_path: Path) -> None:
    """Through the real coder: every exported line has the format's shape."""
    from dyadwatch.coder import Coder
    from dyadwatch.ingest import ingest
    from dyadwatch.settings import Settings
    from test_ingest import DEV

    with Store(tmp_path / "dev.duckdb") as s:
        summary = ingest([str(DEV / "articles.jsonl")], s, Coder(Settings()))
        assert summary.new == 21 and summary.events > 0
        gdelt, plover = io.StringIO(), io.StringIO()
        n_gdelt, _ = export(s, "gdelt", gdelt)
        n_plover, skipped = export(s, "plover", plover)
        total = s.count_events(EventFilter(reportable=None))
    rows = _rows(gdelt.getvalue())
    assert rows[0] == list(GDELT_COLUMNS)
    assert n_gdelt == total == len(rows) - 1 and all(len(r) == 61 for r in rows)
    validator = plover_validator()
    lines = [json.loads(x) for x in plover.getvalue().splitlines()]
    assert len(lines) == n_plover > 0 and n_plover + skipped == total
    for record in lines:
        assert not list(validator.iter_errors(record)), record
