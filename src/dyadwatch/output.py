"""Writing events: JSON lines (the default), CSV, or a table for the terminal.

    writer = open_writer("jsonl", sys.stdout)
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

FORMATS: tuple[str, ...] = ("jsonl", "csv", "table")

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
#: evidence shows the trigger text. Events that are not reportable are drawn dim.
TABLE_COLUMNS: tuple[str, ...] = (
    "doc", "source", "target", "cameo", "root", "status", "section", "date", "evidence",
)  # fmt: skip


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
    """A rich table for reading in a terminal, drawn once all documents are in."""

    def __init__(self, stream: TextIO, *, width: int | None = None, color: bool = False) -> None:
        self.stream = stream
        self.width = width
        self.color = color
        self._events: list[Event] = []

    def write(self, events: Iterable[Event]) -> int:
        before = len(self._events)
        self._events.extend(events)
        return len(self._events) - before

    def close(self) -> None:
        self.stream.write(render_table(self._events, width=self.width, color=self.color))
        self.stream.flush()


def _actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return f"{actor['code']} ({actor['text']})" if actor.get("text") else str(actor["code"])


def table_row(record: dict[str, Any]) -> list[str]:
    """The table cells of one event record, in TABLE_COLUMNS order."""
    date = record.get("date") or ""
    return [
        str(record["doc"]),
        _actor_label(record.get("source")),
        _actor_label(record.get("target")),
        str(record["cameo"]),
        str(record["root"]),
        str(record["status"]),
        str(record["section"]),
        str(date),
        str(record.get("evidence", {}).get("trigger_text", "")),
    ]


def render_table(events: Iterable[Event], *, width: int | None = None, color: bool = False) -> str:
    """The events as a rich table, rendered to a string (plain text unless ``color``)."""
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for heading in TABLE_COLUMNS:
        # long free text wraps; codes never do, so a column of codes stays scannable
        wrap = heading in ("doc", "source", "target", "evidence")
        table.add_column(heading, overflow="fold" if wrap else "ellipsis", no_wrap=not wrap)
    count = reportable = 0
    for event in events:
        record = event.to_dict()
        style = None if record["reportable"] else "dim"
        table.add_row(*table_row(record), style=style)
        count += 1
        reportable += bool(record["reportable"])
    table.caption = f"{count} event{'s' if count != 1 else ''} ({reportable} reportable)"
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or 160,
        color_system="auto" if color else None,
        force_terminal=color,
        highlight=False,
        soft_wrap=False,
    )
    console.print(table)
    return buffer.getvalue()


def open_writer(
    fmt: str, stream: TextIO, *, width: int | None = None, color: bool = False
) -> EventWriter:
    """The writer for ``fmt`` (one of FORMATS) on ``stream``; width and color are for tables."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream)
    if fmt == "table":
        return TableWriter(stream, width=width, color=color)
    raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
