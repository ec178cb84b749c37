"""Shared selection rules for the relations analytics: which events count, and when.

Every analysis takes the events frame of ``Store.events_frame`` (one row per
deduplicated event) and first passes it through :func:`select_events`, so that all
figures follow one rule: reportable events only (GUIDELINES §8) unless the caller asks
to ``include`` other statuses, and every row says on what basis it was counted.

Periods are written ``START:END`` with dates of any precision (``2019``, ``2019-03``,
``2019-03-14``); the end is inclusive to its precision and either side may be empty.
This module does no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..errors import InputError
from ..records import Status
from ..spans import date_span, period_bounds

#: Columns every analysis reads from the events frame.
REQUIRED_COLUMNS = (
    "event_id",
    "date",
    "date_precision",
    "day",
    "source_country",
    "target_country",
    "cameo",
    "root",
    "goldstein",
    "quad_class",
    "status",
    "reportable",
    "sentence",
)

#: Basis label of an event counted because it is reportable (asserted, not commentary).
REPORTABLE = "reportable"
#: Basis label of an asserted event that is not reportable: it sits in commentary.
COMMENTARY = "commentary"
#: Everything ``include`` accepts: the non-asserted statuses, plus ``commentary`` (an
#: asserted event is either reportable or in commentary, so ``asserted`` adds nothing).
INCLUDABLE = tuple(s.value for s in Status if s is not Status.ASSERTED) + (COMMENTARY,)

QUAD_COLUMNS = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}

def check_frame(frame: pd.DataFrame) -> None:
    """Refuse a frame that lacks the columns the analyses read."""
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError("events frame", f"missing columns: {', '.join(missing)}")


def normalise_include(include: Iterable[str] | None) -> tuple[str, ...]:
    """Validate ``include`` values (statuses or ``commentary``), lower-cased and deduplicated."""
    out: list[str] = []
    for raw in include or ():
        value = str(raw).strip().lower()
        if value not in INCLUDABLE:
            raise InputError(
                "--include", f"unknown status {raw!r}; choose from {', '.join(INCLUDABLE)}"
            )
        if value not in out:
            out.append(value)
    return tuple(out)


def basis_of(frame: pd.DataFrame) -> pd.Series:
    """Why each event would be counted: ``reportable``, ``commentary`` or its status."""
    reportable = frame["reportable"].fillna(False).astype(bool)
    status = frame["status"].astype(str)
    basis = status.where(~((status == Status.ASSERTED.value) & ~reportable), COMMENTARY)
    return basis.where(~reportable, REPORTABLE)


def select_events(frame: pd.DataFrame, include: Iterable[str] | None = ()) -> pd.DataFrame:
    """Reportable events, plus the non-reportable ones whose basis is in ``include``.

    The result has a ``basis`` column (``reportable``, ``commentary`` or a status) and
    only events between two different, known countries: domestic events are not
    relations.
    """
    check_frame(frame)
    wanted = normalise_include(include)
    out = frame.copy()
    out["basis"] = basis_of(out)
    keep = (out["basis"] == REPORTABLE) | out["basis"].isin(wanted)
    src, tgt = out["source_country"], out["target_country"]
    keep &= src.notna() & tgt.notna() & (src != tgt) & (src != "") & (tgt != "")
    out = out[keep].copy()
    out["goldstein"] = out["goldstein"].astype(float)
    out["quad_class"] = out["quad_class"].astype(int)
    out["day"] = pd.to_datetime(out["day"])
    return out.reset_index(drop=True)


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open time span ``[start, end)``; ``None`` leaves a side open."""

    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    label: str = "all time"

    def mask(self, frame: pd.DataFrame) -> pd.Series:
        """Rows whose ``day`` falls in the period (undated rows fall in no bounded period)."""
        day = pd.to_datetime(frame["day"])
        keep = pd.Series(True, index=frame.index)
        if self.start is not None:
            keep &= day >= self.start
        if self.end is not None:
            keep &= day < self.end
        if self.bounded:
            keep &= day.notna()
        return keep

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None


def parse_date(text: str, what: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First day of the date's span and the first day after it (``spans.date_span``)."""
    try:
        first, last = date_span(text)
    except ValueError as exc:
        raise InputError(what, str(exc)) from None
    return pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)


def make_period(
    since: str | None = None, until: str | None = None, *, what: str = "period"
) -> Period:
    """A period from ``since`` (inclusive) to ``until`` (inclusive to its precision)."""
    start = parse_date(since, f"{what} start")[0] if since else None
    end = parse_date(until, f"{what} end")[1] if until else None
    if start is not None and end is not None and end <= start:
        raise InputError(what, f"ends ({until}) before it starts ({since})")
    label = f"{since or '…'} to {until or '…'}" if (since or until) else "all time"
    return Period(start, end, label)


def parse_period(text: str, *, what: str = "period") -> Period:
    """Parse ``START:END`` (e.g. ``2018:2018-12``, ``2019-01:``); both ends inclusive."""
    try:
        since, until = period_bounds(text)
    except ValueError as exc:
        raise InputError(what, str(exc)) from None
    return make_period(since, until, what=what)


def pair_key(a: str, b: str) -> tuple[str, str]:
    """Undirected dyad key: the two codes in sorted order."""
    return (a, b) if a <= b else (b, a)
