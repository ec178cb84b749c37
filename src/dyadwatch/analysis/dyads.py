"""Dyad time series: how the relations between two actors moved, period by period.

For each month, week or year: the number of events by quad class, cooperation and
conflict totals, the Goldstein sum and mean, and the number of distinct stories that
reported them. Actors are matched at country level (``VEN``) or by full actor code
(``VENGOV``). Events with no date cannot be placed in time: they are left out and
counted, as are events dated less precisely than the bin (a year-only date in a monthly
series), which would otherwise pile up on the first period of their span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from ..errors import InputError
from .select import QUAD_COLUMNS, REPORTABLE, normalise_include, select_events

#: bin name -> pandas period frequency (weeks run Monday to Sunday)
BINS = {"week": "W-SUN", "month": "M", "year": "Y"}
#: finest date precision each bin can place: 0 = day, 1 = month, 2 = year
_BIN_NEEDS = {"week": 0, "month": 1, "year": 2}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(slots=True)
class DyadSeries:
    """A dyad's time series with the events behind it.

    ``table`` has one row per period from the first to the last dated event (empty
    periods are zero). ``events`` holds the counted events, each with its ``period``.
    """

    a: str
    b: str
    by: str
    directed: bool
    include: tuple[str, ...]
    table: pd.DataFrame
    events: pd.DataFrame
    #: events of the dyad left out because they have no date
    undated: int = 0
    #: events left out because their date is coarser than the bin
    imprecise: int = 0
    labels: tuple[str, ...] = field(default=())


def actor_mask(frame: pd.DataFrame, side: str, actor: str) -> pd.Series:
    """Rows whose ``side`` (``source`` or ``target``) is ``actor``, by country or full code."""
    mask = frame[f"{side}_country"] == actor
    code_col = f"{side}_code"
    if code_col in frame.columns:
        mask |= frame[code_col] == actor
    return mask


def dyad_events(frame: pd.DataFrame, a: str, b: str, *, directed: bool = False) -> pd.DataFrame:
    """Events between ``a`` and ``b`` (``a`` → ``b`` only when ``directed``).

    In a directed series a symmetric event (a meeting, an agreement) counts whichever
    way it was written, since both sides did it.
    """
    forward = actor_mask(frame, "source", a) & actor_mask(frame, "target", b)
    backward = actor_mask(frame, "source", b) & actor_mask(frame, "target", a)
    if directed:
        if "symmetric" in frame.columns:
            backward &= frame["symmetric"].fillna(False).astype(bool)
        else:
            backward &= False
    return frame[forward | backward]


def _precision_rank(frame: pd.DataFrame) -> pd.Series:
    precision = frame["date_precision"].map(_PRECISION_RANK)
    # a missing precision is read off the date's shape: 2019 / 2019-03 / 2019-03-14
    from_shape = frame["date"].fillna("").astype(str).str.count("-").map({0: 2, 1: 1, 2: 0})
    return precision.fillna(from_shape).fillna(2).astype(int)


def distinct_stories(rows: pd.DataFrame) -> int:
    """Distinct stories behind ``rows``: story ids when the frame has them, else articles."""
    return int(_stories_per_period(rows.assign(period=0)).sum())


def _stories_per_period(events: pd.DataFrame) -> pd.Series:
    """Distinct stories per period: story ids when the frame has them, else articles."""
    if "story_ids" in events.columns:
        ids = events[["period", "story_ids"]].copy()
        ids["story_ids"] = [v if isinstance(v, list | tuple | set) else [v] for v in ids["story_ids"]]
        return ids.explode("story_ids").dropna().groupby("period")["story_ids"].nunique()
    for col in ("story_id", "doc"):
        if col in events.columns:
            return events.groupby("period")[col].nunique()
    return events.groupby("period").size()


def series_table(events: pd.DataFrame, by: str, labels: Iterable[str] = ()) -> pd.DataFrame:
    """Aggregate dated events (with a ``period`` column) into one row per period."""
    labels = tuple(labels)
    columns = (
        ["period", "events", *QUAD_COLUMNS.values(), "cooperation", "conflict"]
        + ["goldstein_sum", "goldstein_mean", "stories"]
        + [f"from_{label}" for label in labels]
    )
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64") for c in columns}).assign(
            period=pd.Series(dtype="datetime64[ns]"),
            goldstein_sum=pd.Series(dtype=float),
            goldstein_mean=pd.Series(dtype=float),
        )[columns]
    # one indicator column per count, summed per period in one groupby
    quad = events["quad_class"]
    work = pd.DataFrame({"period": events["period"], "events": 1}, index=events.index)
    for number, name in QUAD_COLUMNS.items():
        work[name] = (quad == number).fillna(False).astype("int64")
    work["cooperation"] = (quad <= 2).fillna(False).astype("int64")
    work["conflict"] = (quad >= 3).fillna(False).astype("int64")
    work["goldstein_sum"] = events["goldstein"].astype(float)
    for label in labels:
        work[f"from_{label}"] = (events["basis"] == label).fillna(False).astype("int64")
    grouped = work.groupby("period", sort=True)
    table = grouped.sum()
    table["goldstein_mean"] = grouped["goldstein_sum"].mean()
    table["stories"] = _stories_per_period(events).reindex(table.index).fillna(0).astype("int64")
    freq = BINS[by]
    full = pd.period_range(table.index.min(), table.index.max(), freq=freq)
    table = table.reindex(full)
    counts = [c for c in columns if c not in ("period", "goldstein_sum", "goldstein_mean")]
    table[counts] = table[counts].fillna(0).astype("int64")
    table["goldstein_sum"] = table["goldstein_sum"].fillna(0.0)
    table.index = table.index.to_timestamp(how="start")
    table.index.name = "period"
    return table.reset_index()[columns]


def dyad_series(
    frame: pd.DataFrame,
    a: str,
    b: str,
    *,
    by: str = "month",
    directed: bool = False,
    include: Iterable[str] | None = (),
) -> DyadSeries:
    """The time series of relations between ``a`` and ``b``.

    ``frame`` is an events frame (``Store.events_frame``). Only reportable events count
    unless ``include`` names other statuses (or ``commentary``); the table then has a
    ``from_<status>`` column for each, so included events stay visible as such.
    """
    if by not in BINS:
        raise InputError("--by", f"unknown bin {by!r}; choose from {', '.join(BINS)}")
    a, b = a.strip().upper(), b.strip().upper()
    if not a or not b or a == b:
        raise InputError("dyad", f"needs two different actors, got {a!r} and {b!r}")
    wanted = normalise_include(include)
    events = dyad_events(select_events(frame, wanted), a, b, directed=directed)
    dated = events["day"].notna()
    undated = int((~dated).sum())
    events = events[dated]
    precise = _precision_rank(events) <= _BIN_NEEDS[by]
    imprecise = int((~precise).sum())
    events = events[precise].copy()
    events["period"] = events["day"].dt.to_period(BINS[by])
    labels = tuple(label for label in wanted if label != REPORTABLE)
    table = series_table(events, by, labels)
    events["period"] = events["period"].dt.start_time
    events = events.sort_values(["day", "event_id"]).reset_index(drop=True)
    return DyadSeries(
        a=a,
        b=b,
        by=by,
        directed=directed,
        include=wanted,
        table=table,
        events=events,
        undated=undated,
        imprecise=imprecise,
        labels=labels,
    )
