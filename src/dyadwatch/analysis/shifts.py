"""Shifts: the dyads whose relations changed most between two periods, and why.

A shift is read from evidence in both periods, never from its absence. A period in which
a pair of states has no events is "no data", not neutral relations: when coverage of a
pair just stops, nothing is known of their relations afterwards, so the pair is not
ranked (it is listed apart with the reason). A pair needs at least ``min_events``
counted events in each period to be ranked.

Scores are rates, so that the volume of coverage does not pass for warmth or cold
(``measure=``):

- ``rate`` (default): the Goldstein sum of the pair's events divided by the period's
  coverage of either state (the number of stories in which either state takes part in a
  counted event), i.e. net cooperation per story about either side. A pair whose events
  double because either state is in the news twice as much does not move.
- ``mean``: the mean Goldstein score of the pair's events (tone only).

The change is after minus before, and it is exactly the sum of the events'
contributions (``+g / d`` for an event after, ``-g / d`` for one before, ``d`` the
period's denominator: its coverage for ``rate``, its event count for ``mean``), which is
how the driving events are chosen. Each row shows the counts behind it: events,
cooperation and conflict events, and coverage in each period. Both periods must be
bounded and must not overlap; undated events fall in neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..errors import InputError
from .select import Period, normalise_include, pair_key, select_events

MEASURES = ("rate", "mean")
#: the fewest counted events a pair needs in each period to be ranked
MIN_EVENTS = 2

SHIFT_COLUMNS = [
    "rank", "a", "b", "before_events", "before_coop", "before_conflict", "before_coverage",
    "before_score", "after_events", "after_coop", "after_conflict", "after_coverage",
    "after_score", "change", "direction",
]  # fmt: skip
UNRANKED_COLUMNS = ["a", "b", "before_events", "after_events", "reason"]
DRIVER_COLUMNS = ["rank", "a", "b", "period", "event_id", "date", "source", "target", "cameo",
                  "goldstein", "contribution", "description", "sentence"]  # fmt: skip


@dataclass(slots=True)
class ShiftReport:
    """``shifts``: one row per ranked dyad, largest change first (``rank`` from 1).
    ``unranked``: pairs with events in the periods but too little evidence to rank, and
    why. ``drivers``: for the ranked dyads, the events that drove each change."""

    before: Period
    after: Period
    measure: str
    min_events: int
    shifts: pd.DataFrame
    drivers: pd.DataFrame
    unranked: pd.DataFrame


def _overlap(p: Period, q: Period) -> bool:
    p_before_q = p.end is not None and q.start is not None and p.end <= q.start
    q_before_p = q.end is not None and p.start is not None and q.end <= p.start
    return not (p_before_q or q_before_p)


def _stories(events: pd.DataFrame) -> pd.Series:
    """Each event's stories (its own id when the frame has no story ids)."""
    if "story_ids" not in events.columns:
        return pd.Series([[e] for e in events["event_id"]], index=events.index)
    return pd.Series(
        [list(v) if isinstance(v, list | tuple | set) and len(v) else [e]
         for v, e in zip(events["story_ids"], events["event_id"], strict=True)],
        index=events.index,
    )  # fmt: skip


def coverage(events: pd.DataFrame) -> dict[str, set[str]]:
    """Per state, the stories in which it takes part in one of ``events``."""
    out: dict[str, set[str]] = {}
    for src, tgt, stories in zip(events["source_country"], events["target_country"],
                                 _stories(events), strict=True):  # fmt: skip
        for state in (src, tgt):
            out.setdefault(state, set()).update(map(str, stories))
    return out


def _drivers(group: pd.DataFrame, rank: int, change: float, limit: int) -> list[dict[str, object]]:
    """The events that moved a dyad most in the direction of its change.

    Contributions are first netted per (source, target, CAMEO code), so that a meeting
    held in both periods cancels out and only what is new (or gone) is shown.
    """
    sign = 1.0 if change >= 0 else -1.0
    net = group.groupby(["source_country", "target_country", "cameo"])["contribution"].sum()
    keys = [
        k for k, v in sorted(net.items(), key=lambda kv: (-sign * kv[1], kv[0])) if sign * v > 1e-12
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


def _reason(n_before: int, n_after: int, min_events: int) -> str | None:
    """Why a pair is not ranked (None: it is)."""
    gaps = []
    for name, n in (("before", n_before), ("after", n_after)):
        if n == 0:
            gaps.append(f"no data {name}")
        elif n < min_events:
            gaps.append(f"{n} event{'s' if n != 1 else ''} {name}, fewer than {min_events}")
    return "; ".join(gaps) or None


def relation_shifts(
    frame: pd.DataFrame,
    before: Period,
    after: Period,
    *,
    include: Iterable[str] | None = (),
    measure: str = "rate",
    min_events: int = MIN_EVENTS,
    top: int = 10,
    drivers: int = 3,
) -> ShiftReport:
    """Rank dyads by the change in their relations from ``before`` to ``after``."""
    if measure not in MEASURES:
        raise InputError("--measure", f"unknown measure {measure!r}; choose from {', '.join(MEASURES)}")
    if min_events < 1:
        raise InputError("--min-events", f"must be at least 1, got {min_events}")
    if not before.bounded or not after.bounded:
        raise InputError("--before/--after", "both periods need at least one bound")
    if _overlap(before, after):
        raise InputError(
            "--before/--after", f"the periods overlap ({before.label} and {after.label})"
        )
    events = select_events(frame, normalise_include(include))
    keys = [pair_key(s, t) for s, t in zip(events["source_country"], events["target_country"], strict=True)]
    events = events.assign(a=[k[0] for k in keys], b=[k[1] for k in keys])
    parts = {"before": events[before.mask(events)], "after": events[after.mask(events)]}
    covered = {name: coverage(part) for name, part in parts.items()}
    both = pd.concat([part.assign(period=name) for name, part in parts.items()], ignore_index=True)

    rows, unranked, contributions = [], [], []
    for (a, b), group in both.groupby(["a", "b"], sort=True):
        row: dict[str, object] = {"a": a, "b": b}
        weights: dict[str, float] = {}
        for name in ("before", "after"):
            part = group[group["period"] == name]
            cover = len(covered[name].get(a, set()) | covered[name].get(b, set()))
            denominator = cover if measure == "rate" else len(part)
            weights[name] = 1.0 / denominator if denominator else 0.0
            row.update({
                f"{name}_events": len(part),
                f"{name}_coop": int((part["quad_class"] <= 2).sum()),
                f"{name}_conflict": int((part["quad_class"] >= 3).sum()),
                f"{name}_coverage": cover,
                f"{name}_score": round(float(part["goldstein"].sum()) * weights[name], 4) if len(part) else None,
            })  # fmt: skip
        reason = _reason(int(row["before_events"]), int(row["after_events"]), min_events)  # type: ignore[call-overload]
        if reason is not None:
            unranked.append({**{k: row[k] for k in UNRANKED_COLUMNS[:-1]}, "reason": reason})
            continue
        sign = group["period"].map({"after": 1.0, "before": -1.0})
        weight = group["period"].map(weights)
        contributions.append(group.assign(contribution=sign * weight * group["goldstein"].astype(float)))
        change = float(row["after_score"]) - float(row["before_score"])  # type: ignore[arg-type]
        row["change"] = round(change, 4)
        row["direction"] = "warmer" if change > 0 else ("cooler" if change < 0 else "unchanged")
        rows.append(row)

    shifts = pd.DataFrame(rows, columns=SHIFT_COLUMNS[1:])
    if not shifts.empty:
        shifts = shifts[shifts["change"] != 0]
        shifts = shifts.assign(_abs=shifts["change"].abs())
        shifts = shifts.sort_values(["_abs", "a", "b"], ascending=[False, True, True])
        shifts = shifts.drop(columns="_abs").head(top).reset_index(drop=True)
    shifts.insert(0, "rank", range(1, len(shifts) + 1))
    scored = pd.concat(contributions, ignore_index=True) if contributions else both.assign(contribution=0.0)
    driver_rows = []
    for ranked in shifts.itertuples(index=False):
        group = scored[(scored["a"] == ranked.a) & (scored["b"] == ranked.b)]
        driver_rows.extend(_drivers(group, int(ranked.rank), float(ranked.change), drivers))
    unranked_frame = pd.DataFrame(unranked, columns=UNRANKED_COLUMNS)
    unranked_frame = unranked_frame.assign(_n=unranked_frame["before_events"] + unranked_frame["after_events"])
    unranked_frame = unranked_frame.sort_values(["_n", "a", "b"], ascending=[False, True, True])
    return ShiftReport(
        before=before,
        after=after,
        measure=measure,
        min_events=min_events,
        shifts=shifts,
        drivers=pd.DataFrame(driver_rows, columns=DRIVER_COLUMNS),
        unranked=unranked_frame.drop(columns="_n").reset_index(drop=True),
    )
