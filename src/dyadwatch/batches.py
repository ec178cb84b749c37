"""Coding many articles with ``Coder.code_many``, one bad article never costing the others.

``code_each`` codes a list of articles (the coder batches their parse) and gives every
article its events or what stopped it: a DyadwatchError the coder returns, or any other
exception (a bug), which costs its own article only. ``code_stream`` does the same for
a stream of readers' output (articles, and InputErrors in place of unreadable inputs),
in order. ``dyadwatch code``, ingest and its workers code through here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import InputError
from .protocols import CoderLike
from .records import Article, Event

#: articles handed to ``code_many`` at a time by ``code_stream``
STREAM_CHUNK = 32


def code_each(coder: CoderLike, articles: list[Article]) -> Iterator[tuple[Article, list[Event] | BaseException]]:
    """Every article with its events or what stopped it, in order (``Coder.code_many``
    batches the parse); an unexpected exception costs its own article, not the rest."""
    rest = list(articles)
    while rest:
        done = 0
        try:
            for article, result in coder.code_many(rest):
                done += 1
                yield article, result
        except Exception as exc:  # a coder bug must not cost the rest of the batch
            yield rest[done], exc
            done += 1
        rest = rest[done:]


def code_stream(
    coder: CoderLike, items: Iterable[Article | InputError], *, chunk: int = STREAM_CHUNK
) -> Iterator[tuple[Article | None, list[Event] | BaseException]]:
    """Readers' output coded in order: ``(article, events or error)`` for each article,
    ``(None, error)`` for each input that could not be read."""
    pending: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            yield from code_each(coder, pending)
            pending = []
            yield None, item
            continue
        pending.append(item)
        if len(pending) >= chunk:
            yield from code_each(coder, pending)
            pending = []
    yield from code_each(coder, pending)
