"""Printing results: tables for a terminal or a pipe, CSV, JSON (lines or a document).

Tables go through ``dyadwatch.tables``: fitted to the terminal's width when standard
output is a terminal, plain tab-separated text when it is piped. Data goes to standard
output (or ``-o FILE``); notes and progress go to standard error.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

import click

from ..tables import Column, frame_columns, render


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_width() -> int:
    """The terminal's width (COLUMNS when set), 80 when it cannot be told."""
    return shutil.get_terminal_size((80, 24)).columns


def show_table(
    frame: Any,
    title: str | None = None,
    caption: str | None = None,
    *,
    kinds: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    keep: Mapping[str, int] | None = None,
    stream: TextIO | None = None,
) -> None:
    """Print a DataFrame as a table (``kinds``, ``headers``, ``keep``: see ``tables``)."""
    columns: list[Column] = frame_columns(frame, kinds, headers)
    if keep:
        from ..tables import with_keep

        columns = with_keep(columns, keep)
    out = stream or sys.stdout
    terminal = stream is None and is_terminal()
    text = render(
        frame.to_dict(orient="records"),
        columns,
        terminal=terminal,
        width=terminal_width(),
        title=title,
        caption=caption,
    )
    out.write(text + ("\n" if terminal else ""))
    out.flush()


def json_safe(value: Any) -> Any:
    """A value JSON can hold: dates as YYYY-MM-DD, NaN/NaT as null, numpy scalars as Python."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "strftime"):
        return None if str(value) == "NaT" else value.strftime("%Y-%m-%d")
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays
        return [json_safe(v) for v in value.tolist()]
    if hasattr(value, "item"):
        return json_safe(value.item())
    if str(value) in ("<NA>", "NaT"):
        return None
    return value


def records(frame: Any) -> list[dict[str, Any]]:
    """A DataFrame's rows as JSON-safe dictionaries."""
    return [{str(k): json_safe(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def emit_document(document: Mapping[str, Any]) -> None:
    """One JSON document on standard output; DataFrames in it become lists of rows."""
    doc = {k: records(v) if hasattr(v, "to_dict") and hasattr(v, "columns") else v
           for k, v in document.items()}  # fmt: skip
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False))


def write_frame(frame: Any, fmt: str, output: Path | None, *, title: str | None = None,
                kinds: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None,
                keep: Mapping[str, int] | None = None) -> None:  # fmt: skip
    """A list of records as ``table``, ``csv``, ``json`` (JSON lines) or ``parquet``."""
    if fmt == "parquet":
        if output is None:
            raise click.UsageError("--format parquet needs -o FILE")
        frame.to_parquet(output, index=False)
        return
    stream: TextIO = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "csv":
            frame.to_csv(stream, index=False, date_format="%Y-%m-%d")
        elif fmt == "json":
            for row in records(frame):
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            show_table(frame, title, kinds=kinds, headers=headers, keep=keep,
                       stream=stream if output else None)  # fmt: skip
    finally:
        if output:
            stream.close()
