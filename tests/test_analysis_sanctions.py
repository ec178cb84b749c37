"""The sanctioned states and their web, on a real DuckDB store holding the synthetic world."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis_world import DOWNGRADED, NAMES, SANCTIONED, SPECS, build_store, counted, load_frame
from dyadwatch.analysis import (
    compare_with_reference,
    downgrade_events,
    embargoed_club,
    load_reference,
    make_period,
    sanction_events,
    sanction_pairs,
    sanctioned_states,
)
from dyadwatch.errors import FormatError, InputError
from dyadwatch.store import EventFilter, Store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("world") / "world.duckdb")


@pytest.fixture(scope="module")
def frame(store_path: Path) -> pd.DataFrame:
    return load_frame(store_path)


def test_sanctioned_set_comes_out_as_constructed(frame):
    states = sanctioned_states(sanction_events(frame)).set_index("target")
    assert set(states.index) == set(SANCTIONED)
    for target, (senders, since) in SANCTIONED.items():
        assert set(states.loc[target, "senders"].split(", ")) == senders
        assert states.loc[target, "dated"] == since
        assert NAMES[target] in states.loc[target, "evidence"]


def test_downgrades_are_listed_apart_and_are_no_sanctions(frame):
    downgrades = sanction_pairs(downgrade_events(frame))
    got = {t: (set(g["sender"]), g["dated"].min()) for t, g in downgrades.groupby("target")}
    assert got == DOWNGRADED
    assert "PRK" not in set(sanctioned_states(sanction_events(frame))["target"])


def test_every_pair_is_traceable_to_its_evidence(frame, store_path: Path):
    pairs = sanction_pairs(sanction_events(frame))
    with Store(store_path, read_only=True) as store:
        for row in pairs.itertuples(index=False):
            event = store.get_event(row.event_id)
            assert event is not None
            assert (event["source_country"], event["target_country"]) == (row.sender, row.target)
            assert event["cameo"] == "163"
            assert row.evidence in [m["sentence"] for m in event["mentions"]]
            assert event["date"] == row.dated


PERIOD_CASES = [
    # (since, until, include, expected targets -> first date)
    (None, None, (), {"VEN": "2018-01-25", "IRN": "2018-06-05"}),
    ("2019", None, (), {"VEN": "2019-01-25", "IRN": "2019-06-05"}),
    ("2018-05", "2018-10", (), {"IRN": "2018-06-05"}),
    ("2019", "2019", ("commentary",), {"VEN": "2019-01-25", "IRN": "2019-06-05", "CUB": "2019-04-04"}),
    ("2025", None, (), {}),
]  # fmt: skip


@pytest.mark.parametrize(("since", "until", "include", "expected"), PERIOD_CASES)
def test_sanctions_in_a_period(frame, since, until, include, expected):
    events = sanction_events(frame, period=make_period(since, until), include=include)
    states = sanctioned_states(events)
    assert dict(zip(states["target"], states["dated"], strict=True)) == expected
    oracle = sum(
        1
        for s in SPECS
        if counted(s, include) and s.cameo == "163" and s.date
        and (since is None or s.date >= since) and (until is None or s.date[: len(until)] <= until)
    )  # fmt: skip
    assert len(events) == oracle


def test_commentary_sanction_is_labelled_when_included(frame):
    events = sanction_events(frame, include=["commentary"])
    cub = events[events["target_country"] == "CUB"]
    assert list(cub["basis"]) == ["commentary"]
    assert set(events[events["target_country"] != "CUB"]["basis"]) == {"reportable"}


def test_the_club_of_the_embargoed_cooperates(frame):
    targets = list(sanctioned_states(sanction_events(frame))["target"])
    club = embargoed_club(frame, targets)
    assert set(club.nodes) == set(SANCTIONED)
    pairs = {frozenset((a, b)) for a, b in club.edges}
    assert pairs == {frozenset(("VEN", "IRN"))}
    assert all(d["weight"] > 0 for _, _, d in club.edges(data=True))


def test_a_target_without_ties_still_appears_in_the_club(frame):
    club = embargoed_club(frame, ["VEN", "XKX"])
    assert set(club.nodes) == {"VEN", "XKX"}
    assert club.degree("XKX") == 0


# -- the reference list of regimes -------------------------------------------------------

REFERENCE = """target,sender,start,end,note
VEN,USA,2015-03,,executive orders
ven,eur,2017-11,,lower-case codes are fine
IRN,GBR,2012,,
PRK,FRA,2010,2012,a regime that ended before the period
"""


def test_reference_sits_beside_the_news(frame, tmp_path: Path):
    path = tmp_path / "regimes.csv"
    path.write_text(REFERENCE, encoding="utf-8")
    reference = load_reference(path)
    assert list(reference["target"]) == ["VEN", "VEN", "IRN", "PRK"]
    period = make_period("2018", "2019")
    pairs = sanction_pairs(sanction_events(frame, period=period))
    table = compare_with_reference(pairs, reference, period=period)
    got = {(r.target, r.sender): r.agreement for r in table.itertuples(index=False)}
    assert got == {
        ("VEN", "USA"): "both",
        ("VEN", "EUR"): "reference only",
        ("IRN", "GBR"): "both",
    }
    both = table[(table["target"] == "VEN") & (table["sender"] == "USA")].iloc[0]
    assert (both["reference_start"], both["news_dated"]) == ("2015-03", "2018-01-25")
    assert pd.isna(both["reference_end"])


def test_an_ended_regime_shows_when_the_period_covers_it(tmp_path: Path):
    path = tmp_path / "regimes.csv"
    path.write_text(REFERENCE, encoding="utf-8")
    empty = pd.DataFrame(
        columns=["target", "sender", "events", "dated", "latest", "first_report", "kinds",
                 "evidence", "event_id"]
    )
    table = compare_with_reference(empty, load_reference(path), period=make_period("2011", "2011"))
    assert ("PRK", "FRA") in set(zip(table["target"], table["sender"], strict=True))
    row = table[table["sender"] == "FRA"].iloc[0]
    assert (row["agreement"], row["reference_end"]) == ("reference only", "2012")


BAD_REFERENCE_CASES = [
    # (content, line in the error, message fragment)
    ("target,sender,start\nVEN,USA,2015\n", 1, "missing columns: end"),
    ("target,sender,start,end\nVEN,,2015,\n", 2, "target and sender are required"),
    ("target,sender,start,end\nVEN,USA,2015,\nIRN,GBR,March 2012,\n", 3, "start"),
    ("target,sender,start,end\nVEN,USA,2015-02-30,\n", 2, "not a calendar date"),
    ("target,sender,start,end\nVEN,USA,2015,2014\n", 2, "before start"),
]


@pytest.mark.parametrize(("content", "line", "fragment"), BAD_REFERENCE_CASES)
def test_a_bad_reference_names_the_file_and_line(tmp_path: Path, content, line, fragment):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=fragment) as info:
        load_reference(path)
    assert info.value.line == line
    assert str(path) in str(info.value)


def test_a_missing_reference_file_is_named(tmp_path: Path):
    with pytest.raises(InputError, match="nowhere.csv"):
        load_reference(tmp_path / "nowhere.csv")


# -- dates: a sanction's own date, or undated background; the first report apart ----------


def test_a_sanction_is_dated_by_itself_or_undated_and_first_reported_apart(tmp_path: Path):
    """A sanction the text dates keeps its date even when reported later; one told as
    background with no date of its own gets none (not its article's date)."""
    from dataclasses import replace
    from datetime import date

    from analysis_world import Spec, make_record

    specs = [  # (spec, the event's date basis, the article's date)
        (Spec("2017-11-13", "FRA", "VEN", "163"), "explicit", date(2019, 3, 1)),
        (Spec("2019-08-21", "USA", "VEN", "163"), "inferred-article", None),
        (Spec("2018-06-05", "GBR", "IRN", "163"), "article", date(2018, 6, 5)),
        (Spec("2012-08-10", "USA", "PRK", "161"), "article", date(2012, 8, 10)),
    ]
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        for n, (spec, basis, day) in enumerate(specs):
            article, [event] = make_record(f"d{n}", spec, f"filler {n} words here")
            article.date = day
            store.add_coded([(article, [replace(event, date_basis=basis)])])
        frame = store.events_frame(EventFilter(reportable=None))
        dating = store.event_dating(list(frame["event_id"]))
    states = sanctioned_states(sanction_events(frame, dating=dating)).set_index("target")
    assert set(states.index) == {"VEN", "IRN"}  # breaking relations with PRK is no sanction
    assert (states.loc["VEN", "dated"], states.loc["VEN", "first_report"]) == ("2017-11-13", "2019-03-01")
    assert (states.loc["IRN", "dated"], states.loc["IRN", "first_report"]) == ("2018-06-05", "2018-06-05")
    pairs = sanction_pairs(sanction_events(frame, dating=dating)).set_index("sender")
    assert pd.isna(pairs.loc["USA", "dated"]) and pd.isna(pairs.loc["USA", "first_report"])
    assert list(sanction_pairs(downgrade_events(frame, dating=dating))["target"]) == ["PRK"]
