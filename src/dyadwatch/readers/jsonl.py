"""JSON-lines articles: one JSON object per line, each becoming an Article.

A record has ``text`` (required, a non-empty string) and optionally ``id``, ``title``,
``date`` (``YYYY-MM-DD`` or an ISO timestamp, or null), ``url``, ``source`` and
``licence`` (or ``license``); other keys are ignored. A record without an id gets
``<name>:<line>``, where the name is the file's own name (not the path as typed, so the
ids, and the event ids derived from them, do not change with the working directory).

The readers here never raise InputError: they yield it in place of the article, so a
batch keeps its good records when one line is bad. Errors name the file and the line.
Files are read line by line, so a large JSONL file never sits in memory whole; the size
limit applies to each record, not to the file.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from typing import Any

from ..errors import (
    EmptyInputError,
    EncodingError,
    FormatError,
    InputError,
    TooLargeError,
)
from ..records import Article
from ..settings import Settings, from_env
from .decode import BINARY_SIGNATURES, decode_bytes, read_bytes, refuse_binary, unreadable

_OPTIONAL_STRINGS = ("url", "source", "licence")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SNIFF_BYTES = 65_536

#: File name endings read as JSON lines without sniffing.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")

#: Where the bundled example article lives inside the package.
EXAMPLE_RESOURCE = ("data", "example", "example.json")


def parse_date(value: Any, source: str, *, line: int | None = None) -> date | None:
    """A record's ``date``: null, ``YYYY-MM-DD`` or an ISO timestamp (its day is kept)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FormatError(
            source,
            f"'date' must be a string YYYY-MM-DD or null, not {_json_type(value)}",
            line=line,
        )
    match = _DATE.match(value.strip())
    if match is None:
        raise FormatError(
            source, f"'date' {value!r} is not a date of the form YYYY-MM-DD", line=line
        )
    try:
        return date.fromisoformat(match.group(1))
    except ValueError as exc:
        raise FormatError(
            source, f"'date' {value!r} is not a valid date: {exc}", line=line
        ) from None


def article_from_record(
    record: Any,
    source: str,
    *,
    line: int | None = None,
    default_date: date | None = None,
    name: str | None = None,
) -> Article:
    """Validate one decoded JSON record and build its Article (FormatError when unusable).

    ``source`` names the input in errors; ``name`` (default: ``source``) is the input's own
    name, which ids of records without one are made of. ``default_date`` (from ``--date``)
    applies only when the record has no date of its own.
    """
    if not isinstance(record, dict):
        raise FormatError(source, f"expected a JSON object, found {_json_type(record)}", line=line)
    if "text" not in record:
        raise FormatError(source, "the record has no 'text' field", line=line)
    text = record["text"]
    if not isinstance(text, str):
        raise FormatError(source, f"'text' must be a string, not {_json_type(text)}", line=line)
    if not text.strip():
        raise EmptyInputError(source, "the record's 'text' is empty", line=line)

    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        own = name or source
        doc_id = f"{own}:{line}" if line is not None else own
    elif isinstance(raw_id, str) or (isinstance(raw_id, int) and not isinstance(raw_id, bool)):
        doc_id = str(raw_id)  # integer ids are common in exported datasets
    else:
        raise FormatError(source, f"'id' must be a string, not {_json_type(raw_id)}", line=line)

    title = record.get("title")
    if title is None:
        title = ""
    elif not isinstance(title, str):
        raise FormatError(source, f"'title' must be a string, not {_json_type(title)}", line=line)

    extras: dict[str, str | None] = {}
    for key in _OPTIONAL_STRINGS:
        value = record.get(key)
        if value is None and key == "licence":
            value = record.get("license")
        if value is not None and not isinstance(value, str):
            raise FormatError(
                source, f"'{key}' must be a string, not {_json_type(value)}", line=line
            )
        extras[key] = value

    article_date = parse_date(record.get("date"), source, line=line) or default_date
    origin = f"{source}:{line}" if line is not None else source
    return Article(
        id=doc_id,
        text=text,
        title=title.strip(),
        date=article_date,
        url=extras["url"],
        source=extras["source"],
        licence=extras["licence"],
        origin=origin,
    )


def parse_line(
    line_text: str, source: str, line: int, *, default_date: date | None = None,
    name: str | None = None,
) -> Article:
    """Parse one JSONL line (FormatError naming file and line when it is not a usable record)."""
    record = load_json(line_text, source, line)
    return article_from_record(record, source, line=line, default_date=default_date, name=name)


def load_json(line_text: str, source: str, line: int) -> Any:
    """One line's JSON value (FormatError naming file and line when it is not JSON)."""
    try:
        return json.loads(line_text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            source, f"invalid JSON: {exc.msg} (column {exc.colno})", line=line
        ) from None
    except RecursionError:
        raise FormatError(source, "invalid JSON: nested too deeply", line=line) from None
    except ValueError as exc:  # an integer over Python's 4,300-digit conversion limit
        raise FormatError(source, f"invalid JSON: {exc}", line=line) from None


def iter_json_objects(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON-lines file of any records
    (gold files, event records), read as the article reader reads lines: UTF-8, split at
    ``\n`` only, so a U+2028 inside a string stays inside it. Strict: raises the
    InputError of the first line that is not a JSON object (for scoring files, where a
    skipped line would change the score)."""
    source = os.fspath(path)
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise unreadable(source, exc) from None
    with handle:
        for number, text in _decoded_lines(handle, source):
            if isinstance(text, InputError):
                raise text
            if not text.strip():
                continue
            record = load_json(text, source, number)
            if not isinstance(record, dict):
                raise FormatError(
                    source, f"expected a JSON object, found {_json_type(record)}", line=number
                )
            yield number, record


def iter_jsonl_text(
    text: str,
    source: str,
    *,
    date: date | None = None,
    max_bytes: int | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles (or per-line errors) from JSONL already decoded to ``text``."""
    # split on "\n" only: str.splitlines would also split at U+2028 and U+0085, which JSON
    # allows raw inside strings
    numbered = enumerate(text.split("\n"), start=1)
    yield from _iter_lines(
        ((n, s) for n, s in numbered), source, date=date, max_bytes=max_bytes, name=name
    )


def iter_jsonl_bytes(
    data: bytes,
    source: str,
    *,
    date: date | None = None,
    max_bytes: int | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles (or per-line errors) from JSONL bytes, each line decoded as UTF-8 on its own,
    so one line in another encoding is an error for that line, not a reason to decode the
    whole input with a guessed encoding."""
    lines = data.split(b"\n")
    yield from _iter_lines(
        _decoded_lines(lines, source), source, date=date, max_bytes=max_bytes, name=name
    )


def iter_jsonl(
    path: str | os.PathLike[str],
    *,
    date: date | None = None,
    settings: Settings | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles from a JSON-lines file, with an InputError in place of each bad line.

    A file that cannot be read at all (missing, binary, empty) yields one InputError
    naming it. ``date`` is the fallback publication date for records without one.
    """
    source = os.fspath(path)
    name = name or os.path.basename(source) or source
    max_bytes = (settings or from_env()).max_document_bytes
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as exc:
        yield unreadable(source, exc)
        return
    with handle:
        head = handle.read(_SNIFF_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # UTF-16 JSONL is rare; decode it whole rather than byte-line by byte-line
            handle.close()
            try:
                decoded = decode_bytes(read_bytes(source), source)
            except InputError as exc:
                yield exc
                return
            yield from iter_jsonl_text(
                decoded.text, source, date=date, max_bytes=max_bytes, name=name
            )
            return
        try:
            refuse_binary(head, source)
        except InputError as exc:
            # one junk line (a control character, a NUL) among records must not cost the
            # file its good records: refuse the whole file only when no line of its head
            # opens a JSON object, or when it starts like a known binary format
            if not _opens_an_object(head) or _has_signature(head):
                yield exc
                return
        handle.seek(0)
        yield from _iter_lines(
            _decoded_lines(handle, source), source, date=date, max_bytes=max_bytes, name=name
        )


def _opens_an_object(head: bytes) -> bool:
    return any(line.lstrip().startswith(b"{") for line in head.split(b"\n"))


def _has_signature(head: bytes) -> bool:
    return any(head.startswith(signature) for signature, _ in BINARY_SIGNATURES)


def _decoded_lines(handle: Iterable[bytes], source: str) -> Iterator[tuple[int, str | InputError]]:
    for number, raw in enumerate(handle, start=1):
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield (
                number,
                EncodingError(
                    source,
                    f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); JSON lines must be UTF-8",
                    line=number,
                ),
            )
            continue
        yield number, text


def _iter_lines(
    lines: Iterable[tuple[int, str | InputError]],
    source: str,
    *,
    date: date | None,
    max_bytes: int | None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    seen_any = False
    for number, text in lines:
        if isinstance(text, InputError):
            seen_any = True
            yield text
            continue
        if not text.strip():
            continue
        seen_any = True
        if (
            max_bytes is not None
            and len(text) > max_bytes
            and len(text.encode("utf-8")) > max_bytes
        ):
            yield TooLargeError(
                source, f"the record is over the limit of {max_bytes:,} bytes", line=number
            )
            continue
        try:
            yield parse_line(text, source, number, default_date=date, name=name)
        except InputError as exc:
            yield exc
    if not seen_any:
        yield EmptyInputError(source, "the input is empty or holds only whitespace")


def load_example() -> Article:
    """The bundled open-licence example article (see data/example/README.md)."""
    resource = resources.files("dyadwatch").joinpath(*EXAMPLE_RESOURCE)
    source = "dyadwatch:" + "/".join(EXAMPLE_RESOURCE)
    record = json.loads(resource.read_text(encoding="utf-8"))
    return article_from_record(record, source)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
