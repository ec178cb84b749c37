"""Standard input ("-"): read it whole, then decide whether it is JSONL or plain text.

Input is JSONL when every non-blank line opens a JSON object and at least one of them
is an article record (see ``looks_like_jsonl``); anything else is one plain-text article. The same sniffing serves files whose name
does not say ``.jsonl``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..errors import InputError, TooLargeError
from ..records import Article
from ..settings import Settings, from_env
from .decode import decode_bytes
from .jsonl import iter_jsonl_bytes, iter_jsonl_text
from .text import article_from_text

#: The name standard input goes by in article ids and error messages.
STDIN_NAME = "<stdin>"
#: Standard input may hold many JSONL documents: up to this many times the document limit.
STREAM_LIMIT_FACTOR = 100


def looks_like_jsonl(text: str) -> bool:
    """True when ``text`` is JSON lines: every non-blank line opens a JSON object, and at
    least one of them parses as an object with ``text``.

    Not "every line parses": a JSONL batch with one broken line must still be read as
    JSONL, so that the error names that line and the other records are coded, rather than
    the whole batch being coded as one prose article. Prose whose every line opens with
    "{" does not occur in news.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not all(line.lstrip().startswith("{") for line in lines):
        return False
    for line in lines:
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):  # ValueError: also over-long integers
            continue
        if isinstance(record, dict) and "text" in record:
            return True
    return False


def _jsonl_with_bad_lines(data: bytes) -> bool:
    """True for JSON lines that are not valid UTF-8 as a whole but have record lines that are.

    Decoding such input whole would pick a legacy encoding for every record because of one
    bad line (and turn "—" into mojibake in all of them); it is read line by line instead.
    """
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    lines = [line for line in data.split(b"\n") if line.strip()]
    if not lines or not all(line.lstrip().startswith(b"{") for line in lines):
        return False
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if looks_like_jsonl(text):
            return True
    return False


def articles_from_bytes(
    data: bytes,
    source: str,
    *,
    date: date | None = None,
    max_bytes: int | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    """Input of unknown kind: JSONL records when it looks like JSONL, else one text article.

    ``source`` names the input in errors and as the article's origin; ``name`` (default:
    ``source``) is its own name, the text article's id. ``max_bytes`` bounds one document:
    the whole input for text, each record for JSONL.
    """
    if _jsonl_with_bad_lines(data):
        yield from iter_jsonl_bytes(data, source, date=date, max_bytes=max_bytes, name=name)
        return
    try:
        text = decode_bytes(data, source).text
        is_jsonl = looks_like_jsonl(text)
        if not is_jsonl and max_bytes is not None and len(data) > max_bytes:
            raise TooLargeError(
                source,
                f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes "
                "(raise it with DYADWATCH_MAX_DOCUMENT_BYTES)",
            )
    except InputError as exc:
        yield exc
        return
    if is_jsonl:
        yield from iter_jsonl_text(text, source, date=date, max_bytes=max_bytes, name=name)
    else:
        yield article_from_text(text, name or source, date=date, origin=source)


def stdin_bytes(stream: BinaryIO | None, max_bytes: int) -> bytes:
    """Standard input (or ``stream``) whole; TooLargeError over STREAM_LIMIT_FACTOR times
    the per-document limit (JSONL on stdin may hold many documents, each held to the
    limit itself)."""
    binary = stream if stream is not None else sys.stdin.buffer
    stream_limit = max_bytes * STREAM_LIMIT_FACTOR
    data = binary.read(stream_limit + 1)
    if len(data) > stream_limit:
        raise TooLargeError(STDIN_NAME, f"standard input is over {stream_limit:,} bytes")
    return data


def read_stdin(
    stream: BinaryIO | None = None,
    *,
    date: date | None = None,
    settings: Settings | None = None,
) -> Iterator[Article | InputError]:
    """Articles from standard input (or ``stream``) as text or JSONL, with an InputError in
    place of bad ones (``Sources`` also reads pages and feeds from it)."""
    max_bytes = (settings or from_env()).max_document_bytes
    try:
        data = stdin_bytes(stream, max_bytes)
    except InputError as exc:
        yield exc
        return
    yield from articles_from_bytes(data, STDIN_NAME, date=date, max_bytes=max_bytes)
