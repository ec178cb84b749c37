"""The one reader layer: INPUTs in, a stream of Articles (or InputErrors in their place) out.

``dyadwatch code``, ``dyadwatch ingest`` and the evaluation all read through here, so
the same INPUT gives the same articles everywhere. An INPUT is a file (plain text,
HTML, JSONL, an RSS/Atom feed, or any of these gzipped), a folder (read recursively, in
name order, skipping hidden files and DuckDB files), a feed URL, an article URL, or
``-`` for standard input. What a file is comes from its name, then from its first
bytes. Every failure is yielded as an InputError naming the input, never raised, so one
bad input never stops the others. An INPUT may also be an Article already read, or the
InputError of one that could not be (``dyadwatch.watch`` reads feeds itself, with
conditional requests): it passes through as it is, so it takes the same path on.

Article ids never depend on how a path was typed: an article takes the id its input
gives (a JSONL record's ``id``, a feed entry's id or link, a page's URL), else the
file's own name: ``seed.txt`` whether it was given as ``seed.txt``, ``./seed.txt`` or
``/home/me/seed.txt``; inside a folder, the path below the folder (``2019/a.txt``).
The path as given is the article's ``origin``, which errors name.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import FormatError, InputError, TooLargeError
from ..records import Article
from ..settings import Settings
from .decode import read_bytes
from .feeds import iter_feed, looks_like_feed
from .html import article_from_html
from .jsonl import JSONL_SUFFIXES, iter_jsonl
from .stdin import STDIN_NAME, STREAM_LIMIT_FACTOR, articles_from_bytes, stdin_bytes

if TYPE_CHECKING:
    import httpx

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
_SKIP_SUFFIXES = (".duckdb", ".duckdb.wal", ".wal", ".pyc")
#: what ``Sources.expand`` (and so ``ingest``) takes: a name, or an article already read
Input = str | os.PathLike[str] | Article | InputError
#: content types read as plain text or JSON lines rather than as a page
_TEXT_TYPES = ("text/plain", "application/json", "application/x-ndjson", "application/jsonl")


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def looks_like_html(head: bytes) -> bool:
    sniff = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff[:1024]


def folder_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """The files a folder INPUT holds, with their names below it (``2019/a.txt``):
    recursively, in name order, without hidden files (or files in hidden folders) and
    the store's own files."""
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = file.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if file.name.lower().endswith(_SKIP_SUFFIXES):
            continue
        yield file, rel.as_posix()


class Sources:
    """Turns INPUTs into Articles; holds the HTTP client so URLs share connections.

    ``date`` is the publication date given to articles that carry none (``--date``);
    ``stdin`` is what ``-`` reads (standard input by default).
    """

    def __init__(
        self, settings: Settings, *, date: date | None = None, stdin: BinaryIO | None = None
    ) -> None:
        self.settings = settings
        self.date = date
        self.stdin = stdin
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Sources:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            from .fetch import make_client

            self._client = make_client(self.settings)
        return self._client

    # -- inputs ------------------------------------------------------------------------
    def expand(self, inputs: Iterable[Input]) -> Iterator[Article | InputError]:
        for item in inputs:
            if isinstance(item, (Article, InputError)):
                yield item
                continue
            for found in self.read(os.fspath(item)):
                if isinstance(found, Article) and found.date is None and self.date is not None:
                    found.date = self.date
                yield found

    def read(self, name: str) -> Iterator[Article | InputError]:
        """The articles of one INPUT (without the default date)."""
        if name == "-":
            try:
                data = stdin_bytes(self.stdin, self.settings.max_document_bytes)
            except InputError as exc:
                yield exc
                return
            yield from self.from_bytes(data, STDIN_NAME, "", name=STDIN_NAME)
            return
        if is_url(name):
            yield from self.from_url(name)
            return
        path = Path(name)
        if path.is_dir():
            found = False
            for file, rel in folder_files(path):
                found = True
                yield from self.from_file(str(file), name=rel)
            if not found:
                yield InputError(name, "the folder holds no files to read")
        elif not path.exists():
            yield InputError(name, "no such file, folder or URL")
        else:
            yield from self.from_file(name)

    def from_url(self, url: str) -> Iterator[Article | InputError]:
        from .fetch import fetch

        try:
            got = fetch(url, self.settings, self.client)
        except InputError as exc:
            yield exc
            return
        ctype = got.content_type
        if any(k in ctype for k in ("rss", "atom")) or looks_like_feed(got.data):
            yield from iter_feed(got.data, url, read_link=self.read_article_url)
            return
        if ctype.startswith(_TEXT_TYPES) and not looks_like_html(got.data):
            # a plain-text or JSONL document served over HTTP
            yield from articles_from_bytes(
                got.data, url, max_bytes=self.settings.max_document_bytes
            )
            return
        try:
            yield article_from_html(got.data, url, url=got.final_url)
        except InputError as exc:
            yield exc

    def read_article_url(self, url: str) -> Article:
        """Fetch one article page (feed links); raises InputError naming the URL."""
        from .fetch import fetch

        got = fetch(url, self.settings, self.client)
        return article_from_html(got.data, url, url=got.final_url)

    def from_file(self, path: str, *, name: str | None = None) -> Iterator[Article | InputError]:
        """The articles of one file; ``name`` is its own name (default: the file name)."""
        name = name or os.path.basename(path) or path
        lower = path.lower()
        if lower.endswith(JSONL_SUFFIXES):
            yield from iter_jsonl(path, settings=self.settings, name=name)
            return
        cap = self.settings.max_document_bytes * STREAM_LIMIT_FACTOR
        try:
            data = read_bytes(path, max_bytes=cap)
            if lower.endswith(".gz"):
                data = gunzip(data, path, cap)
                lower = lower[:-3]
        except InputError as exc:
            yield exc
            return
        yield from self.from_bytes(data, path, lower, name=name)

    def from_bytes(
        self, data: bytes, source: str, kind: str, *, name: str | None = None
    ) -> Iterator[Article | InputError]:
        """Dispatch on the (lower-cased, decompressed) file name ``kind``, then on the content."""
        if kind.endswith(FEED_SUFFIXES) or looks_like_feed(data):
            yield from iter_feed(data, source, read_link=self.read_article_url, name=name)
        elif kind.endswith(HTML_SUFFIXES) or looks_like_html(data):
            try:
                if len(data) > self.settings.max_document_bytes:
                    raise TooLargeError(
                        source,
                        f"{len(data):,} bytes is over the limit of "
                        f"{self.settings.max_document_bytes:,} bytes",
                    )
                yield article_from_html(data, source, name=name)
            except InputError as exc:
                yield exc
        else:
            yield from articles_from_bytes(
                data, source, max_bytes=self.settings.max_document_bytes, name=name
            )


def gunzip(data: bytes, source: str, cap: int) -> bytes:
    """Decompress gzip data, refusing output over ``cap`` bytes (a zip bomb stops early)."""
    out = bytearray()
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        chunk = d.decompress(data, cap + 1)
        out += chunk
        while d.unconsumed_tail and len(out) <= cap:
            out += d.decompress(d.unconsumed_tail, cap + 1 - len(out))
        if len(out) > cap:
            raise TooLargeError(source, f"decompresses to more than {cap:,} bytes")
        if not d.eof:
            raise FormatError(source, "truncated gzip data")
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise FormatError(source, f"not valid gzip data: {exc}") from exc
    return bytes(out)


__all__ = ["STDIN_NAME", "Input", "Sources", "folder_files", "gunzip", "is_url", "looks_like_html"]
