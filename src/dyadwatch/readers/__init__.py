"""Readers: INPUTs (files, folders, URLs, standard input, the bundled example) in,
``Article`` records out.

    read_inputs(["a.txt", "page.html", "b.jsonl.gz", "corpus/", "https://...", "-"],
                date=..., settings=...) -> Iterator[Article | InputError]

One reader layer (``Sources``) serves ``dyadwatch code``, ``dyadwatch ingest`` and the
evaluation: plain text (encoding detected or refused), JSON lines, HTML pages (main
text by trafilatura), RSS/Atom feeds, any of these gzipped, folders, URLs and standard
input. Every reader yields an InputError (naming the input, and the line for JSONL) in
place of an article it cannot read, so a batch keeps its good documents. ``.jsonl``
files are JSON lines; anything else is sniffed: a feed, a page, JSON lines when every
non-blank line opens a JSON object and one of them is an article record, otherwise one
plain-text article. An article's id is the id its input gives, else the file's own
name, never the path as typed (see ``sources``).
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
from .jsonl import (
    JSONL_SUFFIXES,
    article_from_record,
    iter_json_objects,
    iter_jsonl,
    iter_jsonl_text,
    load_example,
    parse_date,
)
from .sources import Sources, is_url
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
    "Sources",
    "article_from_record",
    "articles_from_bytes",
    "article_from_text",
    "decode_bytes",
    "is_url",
    "iter_json_objects",
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


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: date | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from several INPUTs in order, each bad one replaced by its InputError.

    ``date`` is the publication date of articles that carry none."""
    with Sources(settings or from_env(), date=date, stdin=stdin) as sources:
        yield from sources.expand(paths)


def read_path(
    path: str | os.PathLike[str],
    *,
    date: date | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from one INPUT: a file, a folder, a URL, or ``-`` for standard input."""
    yield from read_inputs([path], date=date, settings=settings, stdin=stdin)
