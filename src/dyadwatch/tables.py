"""Tables for people and for pipes: one renderer for every table dyadwatch prints.

    print(render(rows, columns, terminal=True, width=80, title="Events"))

In a terminal (``terminal=True``) a table fits the width it is given: free text
(sentences, evidence, reasons) is cut to one line with "…", long ids are shortened to
their first ``ID_CHARS`` characters, and when that is not enough the least important
columns are left out and named under the table. A date, a code or a number is never
wrapped or cut. Rows of one group (``group``: the document in ``dyadwatch code``) name
their group once, on the group's first row.

Piped (``terminal=False``) the same rows come out plain and whole for other programs:
one header line of column names, tab-separated values (tabs and line breaks inside a
value become spaces), the title and caption as ``#`` comment lines.

Nothing here decides what to print or where; the commands do.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

#: characters an id keeps in a narrow terminal table (as short git hashes do)
ID_CHARS = 8
#: narrowest a free-text column is cut to before columns are left out
MIN_TEXT = 16
GAP = "  "
KINDS = ("text", "code", "number", "id")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: ``key`` in the rows, ``header`` shown in a terminal, ``kind`` (``text``
    may be cut, ``id`` shortened, ``code`` and ``number`` never), ``keep`` (the higher,
    the later it is left out when the table is too wide)."""

    key: str
    header: str = ""
    kind: str = "code"
    keep: int = 0

    @property
    def title(self) -> str:
        return self.header or self.key


def cell(value: Any) -> str:
    """A value as table text: empty for null/NaN, dates as YYYY-MM-DD, floats to 2 places
    (whole numbers without decimals), booleans as true/false, lists comma-separated."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "strftime"):  # pandas.Timestamp
        text = str(value)
        return "" if text == "NaT" else value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:.0f}" if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple | set):
        return ", ".join(cell(v) for v in value)
    if hasattr(value, "item"):  # numpy scalars
        return cell(value.item())
    if str(value) in ("<NA>", "NaT"):
        return ""
    return str(value)


def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split()) if any(c in text for c in "\t\n\r") else text


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def render(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[Column],
    *,
    terminal: bool,
    width: int = 80,
    title: str | None = None,
    caption: str | None = None,
    group: str | None = None,
    dim: Sequence[bool] | None = None,
    color: bool = False,
) -> str:
    """The rows as a table (see the module docstring); ``dim`` marks rows drawn faint
    (with ``color``: events that are not reportable)."""
    texts = [[_flat(cell(row.get(c.key))) for c in columns] for row in rows]
    if not terminal:
        return _plain(texts, columns, title, caption)
    return _terminal(texts, list(columns), width, title, caption, group, dim, color)


def _plain(texts: list[list[str]], columns: Sequence[Column], title: str | None,
           caption: str | None) -> str:  # fmt: skip
    lines = [f"# {title}"] if title else []
    lines.append("\t".join(c.key for c in columns))
    lines += ["\t".join(row) for row in texts]
    if caption:
        lines.append(f"# {_flat(caption)}")
    return "\n".join(lines) + "\n"


def _layout(texts: list[list[str]], columns: list[Column], width: int) -> tuple[list[int], list[int], list[int]]:
    """(columns shown, their widths, columns left out) for a table of ``width``."""
    natural = [max([len(c.title)] + [len(r[i]) for r in texts]) for i, c in enumerate(columns)]
    shown = list(range(len(columns)))
    widths = dict(enumerate(natural))

    def total() -> int:
        return sum(widths[i] for i in shown) + len(GAP) * (len(shown) - 1)

    # 1. free text gives way first, down to MIN_TEXT (or its header)
    for i in shown:
        if columns[i].kind == "text" and total() > width:
            floor = max(MIN_TEXT, len(columns[i].title))
            widths[i] = max(min(natural[i], floor), natural[i] - (total() - width))
    # 2. then ids are shortened
    for i in shown:
        if columns[i].kind == "id" and total() > width:
            widths[i] = max(min(natural[i], ID_CHARS), len(columns[i].title))
    # 3. then the least important columns are left out (the first column stays)
    dropped: list[int] = []
    order = sorted(shown[1:], key=lambda i: (columns[i].keep, -i))
    while total() > width and order:
        out = order.pop(0)
        shown.remove(out)
        dropped.append(out)
        # the room it leaves goes back to free text cut in step 1
        for i in shown:
            if columns[i].kind == "text" and widths[i] < natural[i]:
                widths[i] = min(natural[i], widths[i] + max(width - total(), 0))
    return shown, [widths[i] for i in shown], sorted(dropped)


def _terminal(texts: list[list[str]], columns: list[Column], width: int, title: str | None,
              caption: str | None, group: str | None, dim: Sequence[bool] | None,
              color: bool) -> str:  # fmt: skip
    shown, widths, dropped = _layout(texts, columns, width)
    kinds = [columns[i].kind for i in shown]

    def line(cells: list[str]) -> str:
        parts = []
        for k, (text, w) in enumerate(zip(cells, widths, strict=True)):
            text = text[:w] if kinds[k] == "id" else _fit(text, w)
            parts.append(text.rjust(w) if kinds[k] == "number" else text.ljust(w))
        return GAP.join(parts).rstrip()

    out: list[str] = []
    if title:
        out.append(title)
    out.append(line([columns[i].title for i in shown]))
    out.append(GAP.join("─" * w for w in widths))
    group_at = next((k for k, i in enumerate(shown) if columns[i].key == group), None)
    previous: str | None = None
    for n, row in enumerate(texts):
        cells = [row[i] for i in shown]
        if group_at is not None:
            if cells[group_at] == previous:
                cells[group_at] = ""
            else:
                previous = cells[group_at]
        text = line(cells)
        if color and dim is not None and dim[n]:
            text = f"\x1b[2m{text}\x1b[0m"
        out.append(text)
    if not texts:
        out.append("(none)")
    notes = [caption] if caption else []
    if dropped and texts:
        names = ", ".join(columns[i].key for i in dropped)
        notes.append(f"not shown at this width: {names} (see --format csv or json)")
    for note in notes:
        out += textwrap.wrap(note, width=max(width, 20))
    return "\n".join(out) + "\n"


def frame_columns(frame: Any, kinds: Mapping[str, str] | None = None,
                  headers: Mapping[str, str] | None = None) -> list[Column]:  # fmt: skip
    """Columns for a pandas DataFrame: numbers by dtype, ids and free text by name or by
    length (an object column over 24 characters is text), everything else a code; the
    further left, the later a column is left out."""
    import pandas as pd

    kinds, headers = dict(kinds or {}), dict(headers or {})
    out = []
    n = len(frame.columns)
    for index, key in enumerate(frame.columns):
        name = str(key)
        kind = kinds.get(name)
        series = frame[key]
        if kind is None:
            if pd.api.types.is_bool_dtype(series):
                kind = "code"
            elif pd.api.types.is_numeric_dtype(series):
                kind = "number"
            elif name.endswith("_id") or name in ("first_mention", "strongest_event"):
                kind = "id"
            elif pd.api.types.is_datetime64_any_dtype(series):
                kind = "code"
            else:
                longest = max((len(cell(v)) for v in series.head(500)), default=0)
                kind = "text" if longest > 24 else "code"
        out.append(Column(name, headers.get(name, ""), kind, keep=n - index))
    return out


def with_keep(columns: Sequence[Column], keep: Mapping[str, int]) -> list[Column]:
    """The columns with some ``keep`` values changed."""
    return [replace(c, keep=keep.get(c.key, c.keep)) for c in columns]
