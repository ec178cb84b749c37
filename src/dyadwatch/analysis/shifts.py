"""Shifts: the dyads whose relations changed most between two periods, and why.

For every pair of states active in either period, relations are scored per period,
then pairs are ranked by the size of the change (after minus before). Scores
(``measure=``):

- ``sum`` (default): the sum of Goldstein scores, so both tone and volume count.
  The change is then exactly the sum of each event's contribution (``+g`` for an
  event after, ``-g`` for one before), which is how the driving events are chosen:
  the events contributing most in the direction of the change.
- ``mean``: the mean Goldstein score (tone only; a pair silent in a period scores 0).

Both periods must be bounded and must not overlap; undated events fall in neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..errors import InputError
from .select import Period, normalise_include, pair_key, select_events

MEASURES = ("sum", "mean")


@dataclass(slots=True)
class ShiftReport:
    """``shifts``: one row per dyad, largest change first (``rank`` from 1).
    ``drivers``: for the ranked dyads, the events that drove each change."""

    before: Period
    after: Period
    measure: str
    shifts: pd.DataFrame
    drivers: pd.DataFrame


def _overlap(p: Period, q: Period) -> bool:
    p_before_q = p.end is not None and q.start is not None and p.end <= q.start
    q_before_p = q.end is not None and p.start is not None and q.end <= p.start
    return not (p_before_q or q_before_p)


def _score(group: pd.DataFrame, measure: str) -> float:
    if group.empty:
        return 0.0
    return float(group["goldstein"].sum() if measure == "sum" else group["goldstein"].mean())


def _drivers(group: pd.DataFrame, rank: int, change: float, limit: int) -> list[dict[str, object]]:
    """The events that moved a dyad most in the direction of its change.

    Each event contributes ``+g`` if it falls after and ``-g`` if before. Contributions
    are first netted per (source, target, CAMEO code), so that a meeting held in both
    periods cancels out and only what is new (or gone) is shown.
    """
    sign = 1.0 if change >= 0 else -1.0
    group = group.assign(
        contribution=group["goldstein"].where(group["period"] == "after", -group["goldstein"])
    )
    net = group.groupby(["source_country", "target_country", "cameo"])["contribution"].sum()
    keys = [
        k for k, v in sorted(net.items(), key=lambda kv: (-sign * kv[1], kv[0])) if sign * v > 0
    ]
    rows: list[dict[str, object]] = []
    for source, target, cameo in keys:
        same = group[
            (group["source_country"] == source)
            & (group["target_country"] == target)
            & (group["cameo"] == cameo)
            & (sign * group["contribution"] > 0)
        ].sort_values(["day", "event_id"])
        for ev in same.itertuples(index=False):
            if len(rows) >= limit:
                return rows
            rows.append(
                {
                    "rank": rank, "a": ev.a, "b": ev.b, "period": ev.period,
                    "event_id": ev.event_id, "date": ev.date, "source": ev.source_country,
                    "target": ev.target_country, "cameo": ev.cameo, "goldstein": ev.goldstein,
                    "contribution": round(float(ev.contribution), 4),
                    "description": getattr(ev, "description", None) or ev.cameo,
                    "sentence": ev.sentence,
                }
            )  # fmt: skip
    return rows


def relation_shifts(
    frame: pd.DataFrame,
    before: Period,
    after: Period,
    *,
    include: Iterable[str] | None = (),
    measure: str = "sum",
    top: int = 10,
    drivers: int = 3,
) -> ShiftReport:
    """Rank dyads by the change in relations from ``before`` to ``after``."""
    if measure not in MEASURES:
        raise InputError(
            "--measure", f"unknown measure {measure!r}; choose from {', '.join(MEASURES)}"
        )
    if not before.bounded or not after.bounded:
        raise InputError("--before/--after", "both periods need at least one bound")
    if _overlap(before, after):
        raise InputError(
            "--before/--after", f"the periods overlap ({before.label} and {after.label})"
        )
    events = select_events(frame, normalise_include(include))
    keys = [
        pair_key(s, t)
        for s, t in zip(events["source_country"], events["target_country"], strict=True)
    ]
    events = events.assign(a=[k[0] for k in keys], b=[k[1] for k in keys])
    parts = {
        "before": events[before.mask(events)],
        "after": events[after.mask(events)],
    }
    both = pd.concat([part.assign(period=name) for name, part in parts.items()], ignore_index=True)
    rows = []
    for (a, b), group in both.groupby(["a", "b"], sort=True):
        old, new = group[group["period"] == "before"], group[group["period"] == "after"]
        s_old, s_new = _score(old, measure), _score(new, measure)
        change = s_new - s_old
        rows.append(
            {
                "a": a,
                "b": b,
                "before_events": len(old),
                "before_score": round(s_old, 4),
                "after_events": len(new),
                "after_score": round(s_new, 4),
                "change": round(change, 4),
                "direction": "warmer" if change > 0 else ("cooler" if change < 0 else "unchanged"),
            }
        )
    columns = ["rank", "a", "b", "before_events", "before_score", "after_events",
               "after_score", "change", "direction"]  # fmt: skip
    shifts = pd.DataFrame(rows, columns=columns[1:])
    if not shifts.empty:
        shifts = shifts[shifts["change"] != 0]
        shifts = shifts.assign(_abs=shifts["change"].abs())
        shifts = shifts.sort_values(["_abs", "a", "b"], ascending=[False, True, True])
        shifts = shifts.drop(columns="_abs").head(top).reset_index(drop=True)
    shifts.insert(0, "rank", range(1, len(shifts) + 1))
    driver_rows = []
    for row in shifts.itertuples(index=False):
        group = both[(both["a"] == row.a) & (both["b"] == row.b)]
        driver_rows.extend(_drivers(group, row.rank, row.change, drivers))
    driver_columns = ["rank", "a", "b", "period", "event_id", "date", "source", "target",
                      "cameo", "goldstein", "contribution", "description", "sentence"]  # fmt: skip
    return ShiftReport(
        before=before,
        after=after,
        measure=measure,
        shifts=shifts,
        drivers=pd.DataFrame(driver_rows, columns=driver_columns),
    )
