"""One poll of one source: what is new there, as INPUTs for ``ingest``.

A source is a URL or a folder:

- **a URL** is fetched conditionally (ETag, Last-Modified); a 304 is nothing new. What
  answers is a feed (by its content type or its first bytes) or a page. A feed's
  entries become articles by ``readers.feeds.iter_feed``; an entry that carries only a
  link has its page fetched, once: links read before are skipped (``seen``), and links
  that cannot be fetched before the source's deadline are left for the next poll. A
  page becomes one article (``readers.html``).
- **a folder** is listed as ``ingest`` lists one; a file is new when its path, size and
  modification time were not seen before, and it is read (when it is ingested) as a
  file of that folder is read by ``ingest``: named by its path below the folder. Files younger than ``settle`` seconds are left
  for the next poll, so a file still being written is not read half-way (write files
  under a hidden name and rename them, and nothing is read early at all).

A poll never writes the store: it returns the new items (articles, their errors, file
paths) and what to remember once they are stored. Nothing here raises for a bad
source: the error is in the result, naming it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import EmptyInputError, FetchError, InputError
from ..readers.feeds import iter_feed, looks_like_feed
from ..readers.fetch import BadStatusError
from ..readers.html import article_from_html
from ..readers.sources import Input, folder_files, is_url
from ..records import Article
from ..store import SourceState
from .polite import PoliteFetcher

#: (source, items) -> the items read from that source before
SeenFilter = Callable[[str, list[str]], set[str]]

FOLDER = "folder"
FEED = "feed"
PAGE = "page"
#: a URL before its first answer says whether it is a feed or a page
URL = "url"


@dataclass(slots=True)
class PollResult:
    """What one poll found. ``items`` go to ``ingest``; ``seen`` and ``validators`` are
    remembered once they are stored (``Store.finish_poll``)."""

    source: str
    kind: str
    started_at: datetime
    seconds: float = 0.0
    http_status: int | None = None
    items: list[Input] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    #: a folder's new files: (path, name below the folder), read when they are ingested
    files: list[tuple[str, str]] = field(default_factory=list)
    #: (ETag, Last-Modified) of a full answer; None keeps the stored ones
    validators: tuple[str | None, str | None] | None = None
    error: str | None = None
    #: entry links left for the next poll (the deadline came first)
    left: int = 0


def source_kind(source: str) -> str:
    """``url`` or ``folder``; ValueError naming a source that is neither."""
    if is_url(source):
        return URL
    if Path(source).is_dir():
        return FOLDER
    raise ValueError(f"{source}: not a URL (http:// or https://) or a folder")


class _Later(InputError):
    """An entry's link left for the next poll (never stored as a failure)."""


class _Known(InputError):
    """An entry's link read in an earlier poll (nothing to do)."""


def poll(
    source: str,
    state: SourceState | None,
    fetcher: PoliteFetcher,
    seen_filter: SeenFilter,
    *,
    deadline: float,
    settle: float = 1.0,
    exclude: frozenset[str] = frozenset(),
) -> PollResult:
    """Poll ``source`` once, before ``deadline`` (``time.monotonic()``)."""
    started = time.monotonic()
    kind = state.kind if state else source_kind(source)
    result = PollResult(source, kind, datetime.now())
    try:
        if kind == FOLDER:
            _poll_folder(result, seen_filter, settle, exclude)
        else:
            _poll_url(result, state, fetcher, seen_filter, deadline)
    except InputError as exc:
        result.error = exc.reason
        if isinstance(exc, BadStatusError):
            result.http_status = exc.status
    except OSError as exc:
        result.error = f"cannot read: {exc}"
    result.seconds = time.monotonic() - started
    return result


def _poll_folder(result: PollResult, seen_filter: SeenFilter, settle: float,
                 exclude: frozenset[str]) -> None:  # fmt: skip
    folder = Path(result.source)
    if not folder.is_dir():
        raise InputError(result.source, "the folder is gone")
    young = time.time() - settle
    keys: dict[str, tuple[str, str]] = {}
    for file, rel in folder_files(folder):
        if os.path.abspath(file) in exclude:
            continue
        st = file.stat()
        if st.st_mtime > young:
            continue
        keys[f"{rel}|{st.st_size}|{st.st_mtime_ns}"] = (str(file), rel)
    known = seen_filter(result.source, list(keys))
    for key, found in keys.items():
        if key not in known:
            result.files.append(found)
            result.seen.append(key)


def _poll_url(result: PollResult, state: SourceState | None, fetcher: PoliteFetcher,
              seen_filter: SeenFilter, deadline: float) -> None:  # fmt: skip
    url = result.source
    got = fetcher.get(url, deadline=deadline, etag=state.etag if state else None,
                      last_modified=state.last_modified if state else None)  # fmt: skip
    result.http_status = got.status
    if got.not_modified:
        return
    if any(k in got.content_type for k in ("rss", "atom")) or looks_like_feed(got.data):
        result.kind = FEED
        _read_feed(result, got.data, fetcher, seen_filter, deadline)
    else:
        result.kind = PAGE
        try:
            result.items.append(article_from_html(got.data, url, url=got.final_url))
        except InputError as exc:
            result.items.append(exc)
            result.error = exc.reason
    if result.error is None:
        result.validators = (got.etag, got.last_modified)


def _read_feed(result: PollResult, data: bytes, fetcher: PoliteFetcher,
               seen_filter: SeenFilter, deadline: float) -> None:  # fmt: skip
    url = result.source

    def read_link(link: str) -> Article:
        if seen_filter(url, [link]):
            raise _Known(link, "read before")
        if time.monotonic() >= deadline:
            raise _Later(link, "left for the next poll")
        try:
            got = fetcher.get(link, deadline=deadline)
        except FetchError as exc:
            if "deadline" in exc.reason or "stopped" in exc.reason:
                raise _Later(link, exc.reason) from exc
            raise  # recorded as a failure; the link is tried again next time
        result.seen.append(link)  # whatever the page holds, it has been read
        return article_from_html(got.data, link, url=got.final_url)

    for item in iter_feed(data, url, read_link=read_link):
        if isinstance(item, _Later):
            result.left += 1
        elif isinstance(item, _Known):
            continue
        elif isinstance(item, EmptyInputError) and item.source == url:
            continue  # a feed with no entries (yet) has nothing new: not a failure
        else:
            if isinstance(item, InputError) and item.source == url:
                result.error = item.reason  # the feed itself cannot be read
            result.items.append(item)
    errors = [i for i in result.items if isinstance(i, InputError)]
    if errors and result.error is None and len(errors) == len(result.items):
        # a feed none of whose new entries can be read is a broken source, not news
        result.error = f"no readable entry among {len(errors)}: {errors[0]}"
