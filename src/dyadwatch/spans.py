"""Dates a person writes to pick events: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

One parser for every place that takes such a date from a user (the CLI's ``--since``,
``--until``, ``--before``, ``--after``, the store's filters, the analytics' periods), so
that the same bad date gets the same answer everywhere. A date stands for the span of
days it names: ``2019`` is the whole year, ``2019-03`` the month.

Years run from ``FIRST_YEAR`` to ``LAST_YEAR``: whole centuries inside what pandas'
timestamps hold (1677-09-22 to 2262-04-11), which the relations analytics compute with.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

FIRST_YEAR = 1700
LAST_YEAR = 2199
#: the form, in words, for error messages
DATE_FORM = "YYYY, YYYY-MM or YYYY-MM-DD"

_SHAPE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_span(text: str) -> tuple[date, date]:
    """The first and the last day ``text`` names; ValueError saying the form otherwise."""
    value = text.strip()
    match = _SHAPE.match(value)
    if match is None:
        raise ValueError(f"{text!r} is not a date ({DATE_FORM})")
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"{text!r}: the year must lie between {FIRST_YEAR} and {LAST_YEAR}")
    month, day = match.group(2), match.group(3)
    try:
        if day is not None:
            one = date(year, int(month), int(day))
            return one, one
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), 1), date(year, int(month), last)
    except (ValueError, calendar.IllegalMonthError):
        raise ValueError(f"{text!r} is not a calendar date ({DATE_FORM})") from None
    return date(year, 1, 1), date(year, 12, 31)


def period_bounds(text: str) -> tuple[str | None, str | None]:
    """``START:END`` split into its two dates (either may be empty, not both); each is
    checked with ``date_span``. ValueError saying the form otherwise."""
    if text.count(":") != 1:
        raise ValueError(f"{text!r} is not START:END (e.g. 2018-01:2018-12)")
    since, until = (part.strip() or None for part in text.split(":"))
    if since is None and until is None:
        raise ValueError(f"{text!r}: give at least one end of the period")
    for part in (since, until):
        if part is not None:
            date_span(part)
    if since is not None and until is not None and date_span(until)[1] < date_span(since)[0]:
        raise ValueError(f"{text!r} ends before it starts")
    return since, until
