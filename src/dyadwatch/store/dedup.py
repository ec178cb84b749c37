"""Event identity across articles: when two coded records are one real-world event.

Two mentions are the same event when they share the identity key (source actor code,
target actor code, CAMEO code, negated or not) and their dates are compatible:

* in one story cluster (near-duplicate or syndicated copies): the dates, where both
  are known, lie within ``window_days`` of each other;
* in different stories: both dates are known and lie within ``window_days``.

A mention's date is the record's own date, or the article's date when the record has
none. A date of month or year precision is the whole period, so "2022-02" is
compatible with "2022-02-25". The event id is derived from the first mention's id, so it
never changes once written, and a fresh rerun in the same order gives the same ids.
This module holds the rules only; the store applies them in its transaction.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field
from datetime import date

#: most certain first; the event's status is the most certain status among its mentions
STATUS_RANK: dict[str, int] = {
    "asserted": 0,
    "claimed": 1,
    "future": 2,
    "speculated": 3,
    "hypothetical": 4,
    "negated": 5,
}

PRECISION_RANK: dict[str | None, int] = {"day": 0, "month": 1, "year": 2, None: 3}

Key = tuple[str, str, str, bool]
Period = tuple[date, date]


def period(value: str | None) -> Period | None:
    """The first and last day a YYYY-MM-DD, YYYY-MM or YYYY date can mean (None if unparsable)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = date(parts[0], parts[1], parts[2])
            return d, d
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def precision_of(value: str | None) -> str | None:
    if not value:
        return None
    return {3: "day", 2: "month", 1: "year"}.get(len(value.split("-")))


def gap_days(a: Period, b: Period) -> int:
    """Days between two periods (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def compatible(a: Period | None, b: Period | None, *, same_story: bool, window_days: int) -> bool:
    if a is None or b is None:
        return same_story
    return gap_days(a, b) <= window_days


def event_id_for(first_mention_id: str) -> str:
    """The real-world event's id: derived from the id of its first mention."""
    return hashlib.sha1(f"event|{first_mention_id}".encode()).hexdigest()[:16]


@dataclass(slots=True)
class KnownEvent:
    """An event already known (in the store or earlier in the batch) with one identity key."""

    event_id: str
    period: Period | None
    stories: set[str] = field(default_factory=set)
    order: int = 0  # creation order: ties go to the older event


def choose(
    candidates: list[KnownEvent],
    mention_period: Period | None,
    story_id: str,
    *,
    window_days: int,
) -> KnownEvent | None:
    """The event a new mention belongs to, or None when it is a new event.

    Prefer an event already reported in the same story, then the closest date, then the
    oldest event, so the choice does not depend on dictionary order.
    """
    best: tuple[int, int, int] | None = None
    chosen: KnownEvent | None = None
    for cand in candidates:
        same_story = story_id in cand.stories
        if not compatible(
            cand.period, mention_period, same_story=same_story, window_days=window_days
        ):
            continue
        gap = (
            gap_days(cand.period, mention_period)
            if cand.period is not None and mention_period is not None
            else window_days + 1
        )
        rank = (0 if same_story else 1, gap, cand.order)
        if best is None or rank < best:
            best, chosen = rank, cand
    return chosen


def widen(current: Period | None, new: Period | None) -> Period | None:
    """The period an event keeps after a new mention: the most precise one known."""
    if current is None:
        return new
    if new is None:
        return current
    return new if (new[1] - new[0]) < (current[1] - current[0]) else current


def day_of(value: str | None) -> date | None:
    p = period(value)
    return p[0] if p else None
