"""Expanding ingest INPUTs into a stream of Articles (or InputErrors in their place).

An INPUT is a file (text, HTML, JSONL, feed, or any of these gzipped), a folder (read
recursively, in name order, skipping hidden files and DuckDB files), a feed URL or an
article URL. What a file is comes from its name, then from its first bytes. Every
failure is yielded as an InputError naming the input, never raised, so one bad input
never stops the others.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from ..errors import FormatError, InputError, TooLargeError
from ..readers import JSONL_SUFFIXES, articles_from_bytes, iter_jsonl, read_bytes
from ..readers.stdin import STREAM_LIMIT_FACTOR
from ..records import Article
from ..settings import Settings
from .feeds import iter_feed, looks_like_feed
from .fetch import fetch, make_client
from .html import article_from_html

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
_SKIP_SUFFIXES = (".duckdb", ".duckdb.wal", ".wal", ".pyc")


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def looks_like_html(head: bytes) -> bool:
    sniff = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff[:1024]


class Sources:
    """Turns INPUTs into Articles; holds the HTTP client so URLs share connections."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
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
            self._client = make_client(self.settings)
        return self._client

    # -- inputs ------------------------------------------------------------------------
    def expand(self, inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Article | InputError]:
        for item in inputs:
            name = os.fspath(item)
            if is_url(name):
                yield from self.from_url(name)
                continue
            path = Path(name)
            if path.is_dir():
                for file in sorted(p for p in path.rglob("*") if p.is_file()):
                    rel = file.relative_to(path)
                    if any(part.startswith(".") for part in rel.parts):
                        continue
                    if file.name.lower().endswith(_SKIP_SUFFIXES):
                        continue
                    yield from self.from_file(str(file))
            elif not path.exists():
                yield InputError(name, "no such file, folder or URL")
            else:
                yield from self.from_file(name)

    def from_url(self, url: str) -> Iterator[Article | InputError]:
        try:
            got = fetch(url, self.settings, self.client)
        except InputError as exc:
            yield exc
            return
        ctype = got.content_type
        if any(k in ctype for k in ("rss", "atom")) or looks_like_feed(got.data):
            yield from iter_feed(got.data, url, read_link=self.read_article_url)
            return
        try:
            yield article_from_html(got.data, url, url=got.final_url)
        except InputError as exc:
            yield exc

    def read_article_url(self, url: str) -> Article:
        """Fetch one article page (feed links); raises InputError naming the URL."""
        got = fetch(url, self.settings, self.client)
        return article_from_html(got.data, url, url=got.final_url)

    def from_file(self, path: str) -> Iterator[Article | InputError]:
        lower = path.lower()
        if lower.endswith(JSONL_SUFFIXES):
            yield from iter_jsonl(path, settings=self.settings)
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
        yield from self.from_bytes(data, path, lower)

    def from_bytes(self, data: bytes, source: str, name: str) -> Iterator[Article | InputError]:
        """Dispatch on the (lower-cased, decompressed) name, then on the content."""
        if name.endswith(FEED_SUFFIXES) or looks_like_feed(data):
            yield from iter_feed(data, source, read_link=self.read_article_url)
        elif name.endswith(HTML_SUFFIXES) or looks_like_html(data):
            try:
                if len(data) > self.settings.max_document_bytes:
                    raise TooLargeError(
                        source,
                        f"{len(data):,} bytes is over the limit of "
                        f"{self.settings.max_document_bytes:,} bytes",
                    )
                yield article_from_html(data, source)
            except InputError as exc:
                yield exc
        else:
            yield from articles_from_bytes(data, source, max_bytes=self.settings.max_document_bytes)


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
