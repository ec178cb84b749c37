"""The API's parameter forms (dyadwatch.api.params) against the rules they stand for.

The patterns are what the server validates and what the OpenAPI document publishes, so
they must say exactly the rule: the date pattern is checked against the calendar for
every day of five centuries and a half, and every date it accepts must be one that the
store and the relations analytics can compute with, at both ends of the range.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import combinations

import pytest

from dyadwatch.analysis.select import make_period
from dyadwatch.api import params
from dyadwatch.codebook import load_codebook
from dyadwatch.store import dedup

DATE = re.compile(params.DATE_PATTERN)


def test_the_date_pattern_is_the_calendar_within_the_years_it_names() -> None:
    day, last = date(1650, 1, 1), date(2250, 12, 31)
    wrong = []
    while day <= last:
        inside = params.FIRST_YEAR <= day.year <= params.LAST_YEAR
        for text in {day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]}:
            if bool(DATE.fullmatch(text)) != inside:
                wrong.append(text)
        day += timedelta(days=1)
    assert wrong == []


#: strings that look like dates but name no day: each must be refused
NOT_DAYS = ["2019-02-29", "2100-02-29", "1900-02-29", "1800-02-29", "2019-02-30",
            "2019-04-31", "2019-06-31", "2019-09-31", "2019-11-31", "2019-01-32",
            "2019-00-10", "2019-13-01", "2019-06-00", "2019-00", "2019-13", "0000", "10000",
            "2019-6", "2019-06-1", "2019-06-10 ", "２０１９", "2019/06/10", "-2019"]  # fmt: skip


@pytest.mark.parametrize("text", NOT_DAYS)
def test_the_date_pattern_refuses_what_is_no_day(text: str) -> None:
    assert not DATE.fullmatch(text)


@pytest.mark.parametrize(
    "text", ["1700", "1700-01", "1700-01-01", "2199", "2199-12", "2199-12-31", "2000-02-29"]
)
def test_every_accepted_date_is_one_the_store_and_the_analytics_can_hold(text: str) -> None:
    assert DATE.fullmatch(text)
    period = make_period(text, text)  # pandas timestamps, the end one day/month/year on
    assert period.start is not None and period.end is not None and period.start < period.end
    assert dedup.period(text) is not None  # the store's reading of since/until


def test_cameo_and_root_patterns_take_every_code_of_the_codebook_and_no_other_root() -> None:
    book = load_codebook()
    cameo, root = re.compile(params.CAMEO_PATTERN), re.compile(params.ROOT_PATTERN)
    assert all(cameo.fullmatch(code) for code in book.codes)
    roots = {entry.root for entry in book.codes.values()}
    assert {f"{n:02d}" for n in range(100) if root.fullmatch(f"{n:02d}")} == roots


def test_the_status_pattern_takes_any_list_of_statuses_within_its_length() -> None:
    status = re.compile(params.STATUS_PATTERN)
    for n in range(1, len(params.STATUSES) + 1):
        for chosen in combinations(params.STATUSES, n):
            text = ",".join(chosen)
            assert status.fullmatch(text) and len(text) <= params.STATUS_MAX_CHARS
    for bad in ["", ",", "claimed,", ",claimed", "claimed,,future", "Claimed", "claimed future"]:
        assert not status.fullmatch(bad), bad


def test_every_pattern_is_explained_in_words() -> None:
    patterns = {value for name, value in vars(params).items() if name.endswith("_PATTERN")}
    assert patterns == set(params.PATTERN_HELP)
    assert all("(?:" not in words for words in params.PATTERN_HELP.values())
