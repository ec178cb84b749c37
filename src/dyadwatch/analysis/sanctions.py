"""The sanctioned states and their web ("the club of the embargoed").

A sanction is what CAMEO calls one: code 163, "impose embargo, boycott, or sanctions",
which is the code the coder gives the sanctions vocabulary (sanction, embargo, restrictive
measures, asset freeze, travel ban, blacklist: ``data/events/triggers.yaml``). The other
reduce-relations codes (160-162, 164-166: recalling an ambassador, expelling diplomats,
halting talks, cutting aid) are downgrades of relations, not sanctions: they are listed
apart (``downgrade_events``), and a state only downgraded is not "sanctioned".

Time is told two ways, never mixed. ``dated`` is the earliest date a text gives a
sanction itself (its date basis is its own, or it is told as the news of its article's
day); a sanction the text mentions as background without dating it ("the imposition of
harsh Western sanctions") has none, and is shown as undated background rather than given
its article's date. ``first_report`` is the publication date of the first article in the
store that reports it: when the store first heard of it, not when it began.

Then the cooperation network among the sanctioned states. A user-supplied reference list
of sanctions regimes (CSV with columns ``target, sender, start, end``) can be set beside
what the news says.
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

#: CAMEO codes that are sanctions (code prefixes)
SANCTION_CODES: tuple[str, ...] = ("163",)
#: the CAMEO root of every reduce-relations event; those not in SANCTION_CODES are downgrades
REDUCE_ROOT = "16"
#: date bases with which an event carries a date of its own (``Event.date_basis``); the
#: others (``inferred-article``, ``none``) date it by an article the text does not date
OWN_DATE_BASES = ("explicit", "relative", "event-relative", "narrative", "article", "news-day", "occasion")
REFERENCE_COLUMNS = ("target", "sender", "start", "end")

_EVENT_COLUMNS = [
    "event_id", "date", "day", "dated", "first_report", "source_country", "target_country",
    "cameo", "goldstein", "description", "sentence", "basis",
]  # fmt: skip


def _codes(events: pd.DataFrame, codes: Iterable[str]) -> pd.Series:
    return events["cameo"].astype(str).str.startswith(tuple(codes))


def _reduce_events(frame: pd.DataFrame, period: Period | None, include: Iterable[str] | None,
                   dating: pd.DataFrame | None) -> pd.DataFrame:  # fmt: skip
    period = period or Period()
    events = select_events(frame, normalise_include(include))
    events = events[period.mask(events) & (events["root"].astype(str) == REDUCE_ROOT)]
    if "description" not in events.columns:
        events = events.assign(description=events["cameo"])
    events = with_dating(events, dating)
    return events.sort_values(["day", "event_id"], na_position="last")


def with_dating(events: pd.DataFrame, dating: pd.DataFrame | None) -> pd.DataFrame:
    """``events`` with ``dated`` (the event's own date, or None: undated background) and
    ``first_report`` (the first report's publication date), from ``Store.event_dating``.
    Without ``dating`` every dated event counts as dated by its own date."""
    if dating is None or dating.empty:
        own = pd.Series(True, index=events.index)
        first = pd.Series(pd.NaT, index=events.index, dtype="datetime64[ns]")
    else:
        table = dating.set_index("event_id")
        basis = events["event_id"].map(table["date_basis"])
        own = basis.isin(OWN_DATE_BASES)
        first = pd.to_datetime(events["event_id"].map(table["first_report"]))
    dated = events["date"].where(own & events["date"].notna(), None)
    return events.assign(dated=dated, first_report=first)


def sanction_events(
    frame: pd.DataFrame,
    *,
    period: Period | None = None,
    include: Iterable[str] | None = (),
    dating: pd.DataFrame | None = None,
    codes: Iterable[str] = SANCTION_CODES,
) -> pd.DataFrame:
    """The counted sanctions (``codes``: CAMEO 163) in the period, oldest first, each with
    ``dated`` and ``first_report`` (``with_dating``)."""
    events = _reduce_events(frame, period, include, dating)
    return events[_codes(events, codes)][_EVENT_COLUMNS].reset_index(drop=True)


def downgrade_events(
    frame: pd.DataFrame,
    *,
    period: Period | None = None,
    include: Iterable[str] | None = (),
    dating: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The counted downgrades of relations (CAMEO 16x other than sanctions) in the period."""
    events = _reduce_events(frame, period, include, dating)
    return events[~_codes(events, SANCTION_CODES)][_EVENT_COLUMNS].reset_index(drop=True)


def _earliest(values: pd.Series) -> str | None:
    kept = [v for v in values if isinstance(v, str) and v]
    return min(kept, key=lambda v: (v[:10], len(v))) if kept else None


def _first_report(values: pd.Series) -> str | None:
    days = pd.to_datetime(values).dropna()
    return days.min().strftime("%Y-%m-%d") if len(days) else None


def _summary(group: pd.DataFrame) -> dict[str, object]:
    """Counts, dates and the first evidence of a group of events (sorted oldest first)."""
    dated = group[group["dated"].notna()]
    first = dated.iloc[0] if len(dated) else group.iloc[0]
    return {
        "events": len(group),
        "dated": _earliest(group["dated"]),
        "first_report": _first_report(group["first_report"]),
        "evidence": first["sentence"],
        "event_id": first["event_id"],
    }


def sanction_pairs(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (target, sender): how many sanctions (or downgrades, given those), the
    earliest own date, the latest, the first report, and the first evidence."""
    rows = []
    for (target, sender), group in events.groupby(["target_country", "source_country"], sort=True):
        summary = _summary(group)
        rows.append({"target": target, "sender": sender, **summary,
                     "latest": max((v for v in group["dated"] if isinstance(v, str)), default=None),
                     "kinds": "; ".join(sorted(set(map(str, group["description"]))))})  # fmt: skip
    columns = ["target", "sender", "events", "dated", "latest", "first_report", "kinds",
               "evidence", "event_id"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def sanctioned_states(events: pd.DataFrame) -> pd.DataFrame:
    """One row per sanctioned state: by whom, how many sanctions, the earliest date a text
    gives one (empty: only undated background), the first report, the first evidence."""
    rows = []
    for target, group in events.groupby("target_country", sort=True):
        rows.append({"target": target, "senders": ", ".join(sorted(group["source_country"].unique())),
                     **_summary(group)})  # fmt: skip
    columns = ["target", "senders", "events", "dated", "first_report", "evidence", "event_id"]
    frame = pd.DataFrame(rows, columns=columns)
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
                "news_dated": seen.dated if seen is not None else None,
                "news_first_report": seen.first_report if seen is not None else None,
                "reference_start": min((s for s, _ in spans if s), default=None),
                "reference_end": None
                if any(e is None for _, e in spans)
                else max((e for _, e in spans if e), default=None),
                "evidence": seen.evidence if seen is not None else None,
            }
        )
    columns = ["target", "sender", "agreement", "news_events", "news_dated", "news_first_report",
               "reference_start", "reference_end", "evidence"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)
