"""Regressions of a month of a deictic year (dates26): "in January last year" is January
of the year before the article's, not the last January (annotate/dates.py
``month_deictic``)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.annotate.dates import find_time_expressions, resolve
from dyadwatch.coder import Coder
from event_support import code


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the envoy left in January last year", "2023-01"),
        ("talks resumed in late March this year", "2024-03"),
        ("ties were cut in May of last year", "2023-05"),
    ],
)
def test_a_month_of_last_or_this_year(text: str, value: str) -> None:
    found = [e for e in find_time_expressions(text) if e.kind == "relative"]
    assert [resolve(e, article_date=date(2024, 4, 18), tense="past").value for e in found] == [value]


def test_a_name_before_last_year_is_no_month() -> None:
    assert [e.text for e in find_time_expressions("Theresa May last year said so")] == ["last year"]


def test_the_act_takes_the_month_of_last_year(coder: Coder) -> None:
    text = "The embassy has had no ambassador since Rome recalled its envoy from Tunisia in February last year."
    dated = {(e.source.country, e.target.country, e.root): e.date for e in code(coder, text, day=date(2024, 4, 18))}
    assert dated[("ITA", "TUN", "16")] == "2023-02"
