"""The sanctioned states and their web ("the club of the embargoed").

From the events: which states are targeted by sanctions or other reduce-relations events
(CAMEO root 16: sanctions, embargoes, cut or downgraded relations, expulsions) in a
period, by whom, and since when (the earliest dated event), each with an evidence
sentence. Then the cooperation network among those targets. A user-supplied reference
list of sanctions regimes (CSV with columns ``target, sender, start, end``) can be set
beside what the news says.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pandas as pd

from ..errors import FormatError, InputError
from .network import alignment_graph
from .select import Period, normalise_include, parse_date, select_events

#: CAMEO roots that count as sanctions or reduced relations
SANCTION_ROOTS: tuple[str, ...] = ("16",)
REFERENCE_COLUMNS = ("target", "sender", "start", "end")

_EVENT_COLUMNS = [
    "event_id", "date", "day", "source_country", "target_country", "cameo", "goldstein",
    "description", "sentence", "basis",
]  # fmt: skip


def sanction_events(
    frame: pd.DataFrame,
    *,
    period: Period | None = None,
    include: Iterable[str] | None = (),
    roots: Iterable[str] = SANCTION_ROOTS,
) -> pd.DataFrame:
    """The counted sanction / reduce-relations events in the period, oldest first."""
    period = period or Period()
    events = select_events(frame, normalise_include(include))
    events = events[period.mask(events) & events["root"].astype(str).isin(tuple(roots))]
    if "description" not in events.columns:
        events = events.assign(description=events["cameo"])
    events = events.sort_values(["day", "event_id"], na_position="last")
    return events[_EVENT_COLUMNS].reset_index(drop=True)


def _first_dated(group: pd.DataFrame) -> pd.Series:
    """The earliest dated row of a group (rows are sorted oldest first, undated last)."""
    return group.iloc[0]


def sanction_pairs(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (target, sender): how many events, since when, with evidence."""
    rows = []
    for (target, sender), group in events.groupby(["target_country", "source_country"], sort=True):
        first = _first_dated(group)
        rows.append(
            {
                "target": target,
                "sender": sender,
                "events": len(group),
                "since": first["date"] if pd.notna(first["day"]) else None,
                "latest": group["date"].dropna().iloc[-1] if group["date"].notna().any() else None,
                "evidence": first["sentence"],
                "event_id": first["event_id"],
            }
        )
    columns = ["target", "sender", "events", "since", "latest", "evidence", "event_id"]
    return pd.DataFrame(rows, columns=columns)


def sanctioned_states(events: pd.DataFrame) -> pd.DataFrame:
    """One row per targeted state: by whom, how often, since when, with the first evidence."""
    rows = []
    for target, group in events.groupby("target_country", sort=True):
        first = _first_dated(group)
        rows.append(
            {
                "target": target,
                "senders": ", ".join(sorted(group["source_country"].unique())),
                "events": len(group),
                "since": first["date"] if pd.notna(first["day"]) else None,
                "evidence": first["sentence"],
                "event_id": first["event_id"],
            }
        )
    frame = pd.DataFrame(
        rows, columns=["target", "senders", "events", "since", "evidence", "event_id"]
    )
    return frame.sort_values(["events", "target"], ascending=[False, True]).reset_index(drop=True)


def embargoed_club(
    frame: pd.DataFrame,
    targets: Iterable[str],
    *,
    period: Period | None = None,
    include: Iterable[str] | None = (),
    weight: str = "goldstein",
) -> nx.Graph:
    """The alignment graph among the targeted states only (all their mutual events)."""
    graph = alignment_graph(frame, period=period or Period(), include=include, weight=weight)
    club = graph.subgraph([t for t in targets if t in graph]).copy()
    club.graph["title"] = "the club of the embargoed"
    for node in targets:
        if node not in club:
            club.add_node(
                node, label=node, activity=0, cooperation=0, conflict=0, goldstein_sum=0.0
            )
    return club


def load_reference(path: str | Path) -> pd.DataFrame:
    """Read a sanctions-regime CSV (``target, sender, start, end``; start/end may be empty).

    Codes are upper-cased; dates are YYYY, YYYY-MM or YYYY-MM-DD. A malformed file or row
    raises FormatError naming the file and line.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(
            str(path), f"cannot read the sanctions reference: {exc.strerror or exc}"
        ) from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REFERENCE_COLUMNS if c not in header]
    if missing:
        raise FormatError(
            str(path),
            f"missing columns: {', '.join(missing)} (need target,sender,start,end)",
            line=1,
        )
    reader.fieldnames = header
    rows = []
    for line, raw in enumerate(reader, start=2):
        row = {k: (raw.get(k) or "").strip() for k in REFERENCE_COLUMNS}
        if not row["target"] or not row["sender"]:
            raise FormatError(str(path), "target and sender are required", line=line)
        for key in ("start", "end"):
            if row[key]:
                try:
                    parse_date(row[key], key)
                except InputError as exc:
                    raise FormatError(str(path), f"{key}: {exc.reason}", line=line) from None
        if (
            row["start"]
            and row["end"]
            and parse_date(row["end"], "end")[1] <= parse_date(row["start"], "start")[0]
        ):
            raise FormatError(
                str(path), f"end {row['end']} is before start {row['start']}", line=line
            )
        rows.append(
            {"target": row["target"].upper(), "sender": row["sender"].upper(),
             "start": row["start"] or None, "end": row["end"] or None}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=list(REFERENCE_COLUMNS))


def _text(value: object) -> str | None:
    """A cell as text, or None when empty (pandas reads a missing string as NaN)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value) or None


def _active(row: pd.Series, period: Period) -> bool:
    start_text, end_text = _text(row["start"]), _text(row["end"])
    start = parse_date(start_text, "start")[0] if start_text else None
    end = parse_date(end_text, "end")[1] if end_text else None
    if period.end is not None and start is not None and start >= period.end:
        return False
    return not (period.start is not None and end is not None and end <= period.start)


def compare_with_reference(
    pairs: pd.DataFrame, reference: pd.DataFrame, *, period: Period | None = None
) -> pd.DataFrame:
    """Known regimes (active in the period) beside the (target, sender) pairs in the news.

    ``agreement`` is ``both``, ``news only`` or ``reference only``.
    """
    period = period or Period()
    active = (
        reference[[_active(r, period) for _, r in reference.iterrows()]]
        if len(reference)
        else reference
    )
    news = {(r.target, r.sender): r for r in pairs.itertuples(index=False)}
    known: dict[tuple[str, str], list[tuple[str | None, str | None]]] = {}
    for r in active.itertuples(index=False):
        known.setdefault((r.target, r.sender), []).append((_text(r.start), _text(r.end)))
    rows = []
    for key in sorted(set(news) | set(known)):
        seen = news.get(key)
        spans = known.get(key, [])
        rows.append(
            {
                "target": key[0],
                "sender": key[1],
                "agreement": "both"
                if seen is not None and spans
                else ("news only" if seen is not None else "reference only"),
                "news_events": int(seen.events) if seen is not None else 0,
                "news_since": seen.since if seen is not None else None,
                "reference_start": min((s for s, _ in spans if s), default=None),
                "reference_end": None
                if any(e is None for _, e in spans)
                else max((e for _, e in spans if e), default=None),
                "evidence": seen.evidence if seen is not None else None,
            }
        )
    columns = ["target", "sender", "agreement", "news_events", "news_since",
               "reference_start", "reference_end", "evidence"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)
