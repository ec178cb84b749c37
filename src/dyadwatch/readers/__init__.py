"""Readers: files, standard input and the bundled example in, ``Article`` records out.

    read_inputs(["a.txt", "b.jsonl", "-"], date=..., settings=...)
        -> Iterator[Article | InputError]

Every reader yields an InputError (naming the file, and the line for JSONL) in place of
an article it cannot read, so a batch keeps its good documents. ``.jsonl``/``.ndjson``
files are JSON lines; ``-`` is standard input; any other input is sniffed: JSON lines
when every non-blank line opens a JSON object and one of them is an article record,
otherwise one plain-text article whose id is the path as given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from typing import BinaryIO

from ..errors import InputError
from ..records import Article
from ..settings import Settings, from_env
from .decode import Decoded, decode_bytes, read_bytes
from .jsonl import article_from_record, iter_jsonl, iter_jsonl_text, load_example, parse_date
from .stdin import (
    STDIN_NAME,
    STREAM_LIMIT_FACTOR,
    articles_from_bytes,
    looks_like_jsonl,
    read_stdin,
)
from .text import article_from_text, read_text, split_headline

__all__ = [
    "JSONL_SUFFIXES",
    "STDIN_NAME",
    "STREAM_LIMIT_FACTOR",
    "Decoded",
    "article_from_record",
    "articles_from_bytes",
    "article_from_text",
    "decode_bytes",
    "iter_jsonl",
    "iter_jsonl_text",
    "load_example",
    "looks_like_jsonl",
    "parse_date",
    "read_bytes",
    "read_inputs",
    "read_path",
    "read_stdin",
    "read_text",
    "split_headline",
]

#: File name endings read as JSON lines without sniffing.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def read_path(
    path: str | os.PathLike[str],
    *,
    date: date | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from one input: a file path, or ``-`` for standard input (or ``stdin``)."""
    settings = settings or from_env()
    source = os.fspath(path)
    if source == "-":
        yield from read_stdin(stdin, date=date, settings=settings)
    elif source.lower().endswith(JSONL_SUFFIXES):
        yield from iter_jsonl(source, date=date, settings=settings)
    else:
        max_bytes = settings.max_document_bytes
        try:
            # the file may turn out to be JSONL with many documents: allow for that here
            data = read_bytes(source, max_bytes=max_bytes * STREAM_LIMIT_FACTOR)
        except InputError as exc:
            yield exc
            return
        yield from articles_from_bytes(data, source, date=date, max_bytes=max_bytes)


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: date | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from several inputs in order, each bad one replaced by its InputError."""
    settings = settings or from_env()
    for path in paths:
        yield from read_path(path, date=date, settings=settings, stdin=stdin)
