"""Writing events: JSON lines (the default), CSV, or a table.

    writer = open_writer("json", sys.stdout)
    writer.write(events)      # once per document; JSONL and CSV stream as they go
    writer.close()            # the table is drawn here, once all rows are in

JSON lines hold ``Event.to_dict()`` exactly (see ``dyadwatch schema``). CSV flattens it
into the columns of ``CSV_COLUMNS``: nested objects become ``<object>_<field>``
(``source_country``, ``location_lat``), evidence offsets become ``<span>_start`` and
``<span>_end`` (``trigger_start``), and null is the empty cell. The writers only
format: they never decide what to write or exit.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Protocol, TextIO

from .records import Event
from .tables import Column, render

FORMATS: tuple[str, ...] = ("json", "csv", "table")

_ACTOR_FIELDS = ("country", "code", "sector", "text")
_LOCATION_FIELDS = ("name", "country", "lat", "lon", "geonameid", "text")
_SPANS = ("trigger", "source", "target", "sentence")

#: CSV columns in order; each is documented by the schema field it flattens.
CSV_COLUMNS: tuple[str, ...] = (
    "doc",
    "event_id",
    *(f"source_{f}" for f in _ACTOR_FIELDS),
    *(f"target_{f}" for f in _ACTOR_FIELDS),
    "cameo",
    "root",
    "plover",
    "goldstein",
    "quad_class",
    "symmetric",
    "status",
    "section",
    "reportable",
    "date",
    "date_precision",
    "date_basis",
    *(f"location_{f}" for f in _LOCATION_FIELDS),
    *(f"attributed_to_{f}" for f in _ACTOR_FIELDS),
    "sentence",
    "trigger_text",
    *(f"{span}_{end}" for span in _SPANS for end in ("start", "end")),
    "rule",
    "confidence",
    "codebook_version",
)

#: Table columns; source and target show the actor code and the words that named it,
#: evidence the trigger text. In a terminal the document is named once, on its first
#: row, and events that are not reportable are drawn faint (``dyadwatch.tables``).
TABLE_COLUMNS: tuple[Column, ...] = (
    Column("doc", kind="code", keep=9),
    Column("source", kind="text", keep=8),
    Column("target", kind="text", keep=7),
    Column("cameo", keep=6),
    Column("status", keep=5),
    Column("date", keep=4),
    Column("section", keep=2),
    Column("root", keep=1),
    Column("evidence", kind="text", keep=3),
)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One ``Event.to_dict()`` record as a flat row keyed by CSV_COLUMNS."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key in ("source", "target", "attributed_to"):
            for f in _ACTOR_FIELDS:
                row[f"{key}_{f}"] = value.get(f) if value else None
        elif key == "location":
            for f in _LOCATION_FIELDS:
                row[f"location_{f}"] = value.get(f) if value else None
        elif key == "evidence":
            row["trigger_text"] = value.get("trigger_text")
            for span in _SPANS:
                start, end = value.get(span) or (None, None)
                row[f"{span}_start"] = start
                row[f"{span}_end"] = end
        else:
            row[key] = value
    return row


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"  # as in the JSON output, not Python's True
    return value


class EventWriter(Protocol):
    def write(self, events: Iterable[Event]) -> int:
        """Write the events of one document; returns how many were written."""

    def close(self) -> None:
        """Finish the output (a no-op for the streaming formats)."""


class JsonlWriter:
    """One JSON object per event and per line; flushed per document so pipes see it early."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, events: Iterable[Event]) -> int:
        n = 0
        for event in events:
            self.stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        self.stream.flush()
        return n

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    """Flat CSV with a header row (written even when there are no events)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self._header_done = False

    def _header(self) -> None:
        if not self._header_done:
            self._writer.writeheader()
            self._header_done = True

    def write(self, events: Iterable[Event]) -> int:
        self._header()
        n = 0
        for event in events:
            row = flatten(event.to_dict())
            self._writer.writerow({col: _cell(row.get(col)) for col in CSV_COLUMNS})
            n += 1
        self.stream.flush()
        return n

    def close(self) -> None:
        self._header()
        self.stream.flush()


class TableWriter:
    """A table, drawn once all documents are in: fitted to ``width`` for a terminal
    (``terminal``), plain tab-separated text otherwise."""

    def __init__(self, stream: TextIO, *, width: int | None = None, color: bool = False,
                 terminal: bool = False) -> None:  # fmt: skip
        self.stream = stream
        self.width = width
        self.color = color
        self.terminal = terminal
        self._events: list[Event] = []

    def write(self, events: Iterable[Event]) -> int:
        before = len(self._events)
        self._events.extend(events)
        return len(self._events) - before

    def close(self) -> None:
        self.stream.write(render_table(self._events, width=self.width, color=self.color,
                                       terminal=self.terminal))  # fmt: skip
        self.stream.flush()


def _actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return f"{actor['code']} ({actor['text']})" if actor.get("text") else str(actor["code"])


def table_row(record: dict[str, Any]) -> dict[str, str]:
    """The table cells of one event record, by TABLE_COLUMNS key."""
    return {
        "doc": str(record["doc"]),
        "source": _actor_label(record.get("source")),
        "target": _actor_label(record.get("target")),
        "cameo": str(record["cameo"]),
        "root": str(record["root"]),
        "status": str(record["status"]),
        "section": str(record["section"]),
        "date": str(record.get("date") or ""),
        "evidence": str(record.get("evidence", {}).get("trigger_text", "")),
    }


def render_table(events: Iterable[Event], *, width: int | None = None, color: bool = False,
                 terminal: bool = True) -> str:  # fmt: skip
    """The events as a table (a terminal's when ``terminal``, else plain tab-separated)."""
    records = [event.to_dict() for event in events]
    reportable = sum(bool(r["reportable"]) for r in records)
    count = len(records)
    caption = f"{count} event{'s' if count != 1 else ''} ({reportable} reportable)"
    return render(
        [table_row(r) for r in records],
        TABLE_COLUMNS,
        terminal=terminal,
        width=width or 80,
        caption=caption if terminal else None,
        group="doc",
        dim=[not r["reportable"] for r in records],
        color=color,
    )


def open_writer(
    fmt: str, stream: TextIO, *, width: int | None = None, color: bool = False,
    terminal: bool = False,
) -> EventWriter:
    """The writer for ``fmt`` (one of FORMATS) on ``stream``; width, color and terminal
    are for tables."""
    if fmt in ("json", "jsonl"):
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream)
    if fmt == "table":
        return TableWriter(stream, width=width, color=color, terminal=terminal)
    raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
