"""RSS and Atom feeds to Articles, with feedparser.

An entry with content (or a summary) becomes an article directly; an entry with only a
link has its page fetched and extracted, when a fetcher is given. Each entry that fails
is yielded as its InputError, and the other entries go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from ..errors import EmptyInputError, FormatError, InputError
from ..optional import need
from ..records import Article
from ..urls import host_of
from .html import fragment_text

#: fetch an entry's link and return its article (or raise InputError)
LinkReader = Callable[[str], Article]


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a document are an RSS, RDF or Atom feed."""
    sniff = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sniff.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and (
        b"<rss" in sniff or b"<feed" in sniff or b"<rdf:rdf" in sniff
    )


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def iter_feed(
    data: bytes, source: str, *, read_link: LinkReader | None = None, name: str | None = None
) -> Iterator[Article | InputError]:
    """Articles from one feed document; ``source`` names it in errors, ``name`` (the
    file's own name, default ``source``) makes the ids of entries with no id or link."""
    try:
        feedparser = need("feedparser", source)
    except InputError as exc:
        yield exc
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield FormatError(source, f"not a readable RSS/Atom feed: {reason}")
        else:
            yield EmptyInputError(source, "the feed has no entries")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for i, entry in enumerate(entries, start=1):
        where = f"{source}#entry{i}"
        link = entry.get("link")
        title = (entry.get("title") or "").strip()
        html = ""
        contents = entry.get("content") or []
        if contents:
            html = "\n".join(c.get("value", "") for c in contents)
        try:
            if not html and link and read_link is not None:
                article = read_link(link)
                article.title = article.title or title
                article.date = article.date or _entry_date(entry)
                yield article
                continue
            html = html or entry.get("summary") or ""
            text = fragment_text(html, where)
            if not text:
                raise EmptyInputError(where, "the entry has no content and no link to fetch")
        except InputError as exc:
            yield exc
            continue
        except ValueError as exc:
            yield FormatError(where, str(exc))
            continue
        yield Article(
            id=entry.get("id") or link or f"{name or source}#entry{i}",
            text=text,
            title=title,
            date=_entry_date(entry),
            url=link,
            source=outlet or host_of(link),
            origin=where,
        )
