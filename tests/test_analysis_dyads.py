"""Dyad time series and shifts, on a real DuckDB store holding the synthetic world."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

from analysis_world import SPECS, build_store, counted, goldstein, load_frame
from dyadwatch.analysis import dyad_series, parse_period, relation_shifts, select_events
from dyadwatch.analysis.dyads import distinct_stories
from dyadwatch.analysis.plots import plot_dyad_timeline
from dyadwatch.analysis.select import make_period
from dyadwatch.errors import InputError


@pytest.fixture(scope="module")
def frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return load_frame(build_store(tmp_path_factory.mktemp("world") / "world.duckdb"))


def expected_series(a: str, b: str, by: str, directed: bool, include: tuple[str, ...]):
    """The series computed straight from the world's specs (the oracle)."""
    need = {"week": 10, "month": 7, "year": 4}[by]  # shortest date string the bin can place
    rows: dict[pd.Timestamp, list[float]] = {}
    undated = imprecise = 0
    for spec in SPECS:
        if not counted(spec, include):
            continue
        forward = (spec.source, spec.target) == (a, b)
        backward = (spec.source, spec.target) == (b, a)
        if not (forward or (backward and (not directed or spec.symmetric))):
            continue
        if spec.date is None:
            undated += 1
            continue
        if len(spec.date) < need:
            imprecise += 1
            continue
        freq = {"week": "W-SUN", "month": "M", "year": "Y"}[by]
        start = pd.Timestamp(spec.date).to_period(freq).start_time
        rows.setdefault(start, []).append(goldstein(spec.cameo))
    return rows, undated, imprecise


SERIES_CASES = [
    # (a, b, by, directed, include)
    ("VEN", "PRK", "month", False, ()),
    ("VEN", "PRK", "year", False, ()),
    ("VEN", "PRK", "week", False, ()),
    ("VEN", "PRK", "month", True, ()),
    ("PRK", "VEN", "month", True, ()),
    ("VEN", "PRK", "month", False, ("claimed", "hypothetical")),
    ("USA", "VEN", "year", False, ()),
    ("GBR", "CUB", "month", False, ("commentary",)),
]


@pytest.mark.parametrize(("a", "b", "by", "directed", "include"), SERIES_CASES)
def test_series_matches_the_constructed_events(frame, a, b, by, directed, include):
    series = dyad_series(frame, a, b, by=by, directed=directed, include=include)
    rows, undated, imprecise = expected_series(a, b, by, directed, include)
    table = series.table.set_index("period")
    nonzero = table[table["events"] > 0]
    assert sorted(nonzero.index) == sorted(rows)
    for start, scores in rows.items():
        assert table.loc[start, "events"] == len(scores)
        assert table.loc[start, "goldstein_sum"] == pytest.approx(sum(scores))
        assert table.loc[start, "goldstein_mean"] == pytest.approx(sum(scores) / len(scores))
        assert table.loc[start, "cooperation"] == sum(1 for g in scores if g > 0)
    assert (series.undated, series.imprecise) == (undated, imprecise)
    # every period from the first to the last is present, gaps filled with zeros
    freq = {"week": "W-SUN", "month": "M", "year": "Y"}[by]
    full = pd.period_range(min(rows), max(rows), freq=freq).to_timestamp(how="start")
    assert list(table.index) == list(full)
    assert table["events"].sum() == sum(len(s) for s in rows.values())


def test_series_labels_the_included_statuses(frame):
    series = dyad_series(frame, "VEN", "PRK", by="month", include=["claimed"])
    table = series.table.set_index("period")
    assert table.loc[pd.Timestamp("2019-08-01"), "from_claimed"] == 1
    assert table["from_claimed"].sum() == 1
    assert set(series.events["basis"]) == {"reportable", "claimed"}
    assert "from_claimed" not in dyad_series(frame, "VEN", "PRK").table.columns


def test_series_quad_classes_split_cooperation_and_conflict(frame):
    table = dyad_series(frame, "USA", "VEN", by="year").table.set_index("period")
    for year in (2018, 2019):
        row = table.loc[pd.Timestamp(f"{year}-01-01")]
        # USA sanctions VEN (163, material conflict); VEN accuses USA (112, verbal conflict)
        assert (row["material_conflict"], row["verbal_conflict"], row["cooperation"]) == (1, 1, 0)
        assert row["conflict"] == 2


def test_weekly_bins_start_on_monday(frame):
    table = dyad_series(frame, "VEN", "PRK", by="week").table
    assert (table["period"].dt.dayofweek == 0).all()


STORY_CASES = [
    # (column, values, distinct stories)
    ("story_ids", [["s1", "s2"], ["s2"], ["s3"]], 3),
    ("story_ids", [["s1"], ["s1"], ["s1"]], 1),
    ("story_id", ["s1", "s1", "s2"], 2),
    ("doc", ["d1", "d2", "d2"], 2),
]


@pytest.mark.parametrize(("column", "values", "expected"), STORY_CASES)
def test_distinct_stories_counts_each_story_once(column, values, expected):
    assert distinct_stories(pd.DataFrame({column: values})) == expected


BASIS_CASES = [
    # (status, reportable, include, counted, basis)
    ("asserted", True, (), True, "reportable"),
    ("asserted", False, (), False, "commentary"),
    ("asserted", False, ("commentary",), True, "commentary"),
    ("claimed", False, (), False, "claimed"),
    ("claimed", False, ("claimed",), True, "claimed"),
    ("hypothetical", False, ("claimed",), False, "hypothetical"),
    ("negated", False, ("negated",), True, "negated"),
]


@pytest.mark.parametrize(("status", "reportable", "include", "kept", "basis"), BASIS_CASES)
def test_select_events_counts_reportable_unless_told(status, reportable, include, kept, basis):
    row = {
        "event_id": "e1", "date": "2019-01-02", "date_precision": "day",
        "day": pd.Timestamp("2019-01-02"), "source_country": "VEN", "target_country": "PRK",
        "cameo": "040", "root": "04", "goldstein": 1.0, "quad_class": 1, "status": status,
        "reportable": reportable, "sentence": "s",
    }  # fmt: skip
    out = select_events(pd.DataFrame([row]), include)
    assert len(out) == (1 if kept else 0)
    if kept:
        assert out.loc[0, "basis"] == basis


def test_select_events_drops_domestic_events():
    rows = [
        {"event_id": "e1", "date": None, "date_precision": None, "day": pd.NaT,
         "source_country": "VEN", "target_country": "VEN", "cameo": "040", "root": "04",
         "goldstein": 1.0, "quad_class": 1, "status": "asserted", "reportable": True,
         "sentence": "s"},
    ]  # fmt: skip
    assert select_events(pd.DataFrame(rows)).empty


PERIOD_CASES = [
    # (text, start, end exclusive)
    ("2018:2018", "2018-01-01", "2019-01-01"),
    ("2018-03:2018-05", "2018-03-01", "2018-06-01"),
    ("2019-06-14:2019-06-14", "2019-06-14", "2019-06-15"),
    ("2019-06:", "2019-06-01", None),
    (":2017", None, "2018-01-01"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIOD_CASES)
def test_parse_period(text, start, end):
    period = parse_period(text)
    assert period.start == (pd.Timestamp(start) if start else None)
    assert period.end == (pd.Timestamp(end) if end else None)


BAD_INPUT_CASES = [
    # (call, message fragment)
    (lambda f: parse_period("2018"), "START:END"),
    (lambda f: parse_period(":"), "at least one end"),
    (lambda f: parse_period("2018-13:2019"), "not a calendar date"),
    (lambda f: parse_period("last year:2019"), "not a date"),
    (lambda f: make_period("2019", "2018"), "before it starts"),
    (lambda f: dyad_series(f, "VEN", "PRK", by="day"), "unknown bin"),
    (lambda f: dyad_series(f, "VEN", "VEN"), "two different actors"),
    (lambda f: dyad_series(f, "VEN", "PRK", include=["maybe"]), "unknown status"),
    (lambda f: dyad_series(f.drop(columns=["goldstein"]), "VEN", "PRK"), "missing columns"),
]


@pytest.mark.parametrize(("call", "fragment"), BAD_INPUT_CASES)
def test_bad_input_is_refused_with_a_clear_error(frame, call, fragment):
    with pytest.raises(InputError, match=fragment):
        call(frame)


# -- shifts ---------------------------------------------------------------------------


def _in_year(s, year: int) -> bool:
    return bool(s.date) and s.date.startswith(str(year))


def _rate(a: str, b: str, year: int) -> float:
    """The oracle: the pair's Goldstein sum over the year's coverage of either state (each
    world event is its own story)."""
    counted_year = [s for s in SPECS if counted(s) and _in_year(s, year)]
    pair = sum(goldstein(s.cameo) for s in counted_year if {s.source, s.target} == {a, b})
    cover = sum(1 for s in counted_year if {s.source, s.target} & {a, b})
    return pair / cover


def _events(a: str, b: str, year: int) -> int:
    return sum(1 for s in SPECS if counted(s) and _in_year(s, year) and {s.source, s.target} == {a, b})


def test_top_shift_is_the_constructed_dyad(frame):
    report = relation_shifts(frame, parse_period("2018:2018"), parse_period("2019:2019"))
    top = report.shifts.iloc[0]
    assert (top["a"], top["b"], top["direction"]) == ("PRK", "VEN", "warmer")
    assert top["change"] == pytest.approx(_rate("PRK", "VEN", 2019) - _rate("PRK", "VEN", 2018), abs=1e-4)
    assert (top["before_events"], top["after_events"]) == (_events("PRK", "VEN", 2018), _events("PRK", "VEN", 2019))
    assert list(report.shifts["rank"]) == list(range(1, len(report.shifts) + 1))
    # every ranked change is the difference of the two rates, each from its counts
    for row in report.shifts.itertuples(index=False):
        assert row.change == pytest.approx(_rate(row.a, row.b, 2019) - _rate(row.a, row.b, 2018), abs=1e-4)
        assert min(row.before_events, row.after_events) >= 2


def test_a_pair_whose_coverage_stops_is_no_data_not_warmer(frame):
    """FRA-GBR meet once in 2018 and twice in 2019; with one event 2018 is too little to
    rank; a pair silent in one year is "no data" there (the issue: Iran-USA, three
    conflicts then nothing, ranked "warmer" first)."""
    report = relation_shifts(frame, parse_period("2018:2018"), parse_period("2019:2019"))
    unranked = report.unranked.set_index(["a", "b"])
    assert unranked.loc[("FRA", "GBR"), "reason"] == "1 event before, fewer than 2"
    late = relation_shifts(frame, parse_period("2019-06:2019-12"), parse_period("2020:2021"))
    assert late.shifts.empty  # nothing happens in 2020-2021: nothing can be ranked
    reasons = set(late.unranked["reason"])
    assert reasons and all(r.endswith("no data after") for r in reasons)
    ranked = relation_shifts(frame, parse_period("2019-06:2019-12"), parse_period("2020:2021"), min_events=1)
    assert ranked.shifts.empty  # no minimum makes silence a change


def test_shift_drivers_are_the_new_events(frame):
    report = relation_shifts(frame, parse_period("2018:2018"), parse_period("2019:2019"), drivers=3)
    top = report.drivers[report.drivers["rank"] == 1]
    new_2019 = sorted(
        (s for s in SPECS if {s.source, s.target} == {"PRK", "VEN"} and counted(s)
         and s.date and s.date.startswith("2019")),
        key=lambda s: -goldstein(s.cameo),
    )[:3]  # fmt: skip
    assert list(top["cameo"]) == [s.cameo for s in new_2019]
    assert (top["period"] == "after").all()
    # each contributes its score over the year's coverage of either state
    cover = sum(1 for s in SPECS if counted(s) and _in_year(s, 2019) and {s.source, s.target} & {"PRK", "VEN"})
    assert list(top["contribution"]) == pytest.approx([goldstein(s.cameo) / cover for s in new_2019], abs=1e-4)


def test_shift_cooling_reverses_the_ranking(frame):
    report = relation_shifts(frame, parse_period("2019:2019"), parse_period("2018:2018"))
    top = report.shifts.iloc[0]
    assert (top["a"], top["b"], top["direction"]) == ("PRK", "VEN", "cooler")
    assert (report.drivers[report.drivers["rank"] == 1]["period"] == "before").all()


def test_shift_periods_must_not_overlap(frame):
    with pytest.raises(InputError, match="overlap"):
        relation_shifts(frame, parse_period("2018:2019-06"), parse_period("2019:2019"))


# -- the timeline plot ---------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_timeline_plot_is_a_valid_image(frame, tmp_path: Path, suffix: str):
    series = dyad_series(frame, "VEN", "PRK", by="month")
    path = plot_dyad_timeline(series, tmp_path / f"timeline{suffix}")
    assert path.stat().st_size > 10_000
    if suffix == ".png":
        with Image.open(path) as image:
            assert image.format == "PNG"
            width, height = image.size
        assert 800 <= width <= 3000 and 400 <= height <= 2000
    else:
        root = ET.parse(path).getroot()
        assert root.tag.endswith("svg")
        text = path.read_text(encoding="utf-8")
        # drawn from the data: the strongest event of the series is annotated
        assert "Sign formal agreement" in text


def test_timeline_plot_depends_on_the_data(frame, tmp_path: Path):
    one = plot_dyad_timeline(dyad_series(frame, "VEN", "PRK"), tmp_path / "a.png")
    two = plot_dyad_timeline(dyad_series(frame, "USA", "VEN"), tmp_path / "b.png")
    assert one.read_bytes() != two.read_bytes()


def test_timeline_plot_refuses_an_empty_series(frame, tmp_path: Path):
    series = dyad_series(frame, "DEU", "PRK")
    assert series.table.empty
    with pytest.raises(InputError, match="no dated events"):
        plot_dyad_timeline(series, tmp_path / "empty.png")


def test_timeline_plot_refuses_other_formats(frame, tmp_path: Path):
    with pytest.raises(InputError, match=r"\.png or \.svg"):
        plot_dyad_timeline(dyad_series(frame, "VEN", "PRK"), tmp_path / "plot.jpg")
