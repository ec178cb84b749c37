"""Regressions of counted years (dates26): a single year keeps the month it counts from
("a year ago" in a March article is March of the year before), so a gold month is matched
as well as a gold year; several years give the year only, as GUIDELINES §6 dates "four
years prior" (temporal.yaml ``units``)."""

from __future__ import annotations

from datetime import date

from dyadwatch.annotate.dates import (
    ResolvedDate,
    find_time_expressions,
    resolve,
    resolve_counted_back,
)
from dyadwatch.coder import Coder
from dyadwatch.records import DatePrecision
from event_support import code


def test_a_year_ago_is_the_month_a_year_before(coder: Coder) -> None:
    events = code(coder, "Chile has mended ties with Peru, whose president visited Santiago a year ago.", day=date(2023, 5, 20))
    dated = {(e.source.country, e.target.country, e.root): e.date for e in events}
    assert dated[("PER", "CHL", "04")] == "2022-05"


def test_years_counted_from_a_day_keep_its_month() -> None:
    [expr] = find_time_expressions("nearly a year after")
    anchor = ResolvedDate("2023-02-17", DatePrecision.DAY, "article")
    assert resolve_counted_back(expr, anchor).value == "2022-02"
    [ago] = find_time_expressions("a year ago")
    assert resolve(ago, article_date=date(2020, 9, 1)).value == "2019-09"
    [ago] = find_time_expressions("three years ago")
    assert resolve(ago, article_date=date(2020, 9, 1)).value == "2017"
