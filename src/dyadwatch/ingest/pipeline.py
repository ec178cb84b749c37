"""Ingest: INPUTs -> articles -> coder -> store, in committed batches.

Articles already in the store (same content hash) are counted as duplicates and not
coded again, so a rerun after an interruption codes only what is missing. Each batch is
written in one transaction. A document that cannot be read or coded is recorded in the
failures table with its reason, and the run goes on. Progress is reported through a
callback; drawing a progress bar is the CLI's business.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..batches import code_each
from ..errors import (
    BinaryInputError,
    DyadwatchError,
    EmptyInputError,
    EncodingError,
    FetchError,
    FormatError,
    InputError,
    MissingPackageError,
    TimeBudgetError,
    TooLargeError,
)
from ..protocols import CoderLike
from ..readers import Sources
from ..readers.sources import Input
from ..records import Article, Event
from ..settings import Settings
from ..store import Store

_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (MissingPackageError, "missing-package"),
    (FetchError, "fetch"),
    (EmptyInputError, "empty"),
    (BinaryInputError, "binary"),
    (EncodingError, "encoding"),
    (FormatError, "format"),
    (TooLargeError, "too-large"),
    (TimeBudgetError, "time-budget"),
    (InputError, "input"),
    (DyadwatchError, "coding"),
)


#: each failure kind recorded in the store, with the error class it stands for
#: ("internal", a bug, stands for no class of ours)
FAILURE_KINDS: dict[str, type[BaseException]] = {kind: cls for cls, kind in _KINDS}


def failure_kind(exc: BaseException) -> str:
    for cls, kind in _KINDS:
        if isinstance(exc, cls):
            return kind
    return "internal"


@dataclass
class IngestSummary:
    articles_read: int = 0
    new: int = 0
    duplicates: int = 0
    stories: int = 0  # new stories
    events: int = 0  # new real-world events
    mentions: int = 0
    failures: int = 0
    seconds: float = 0.0
    failed_inputs: list[str] = field(default_factory=list)
    #: failures by kind (``failure_kind``)
    failure_kinds: dict[str, int] = field(default_factory=dict)
    #: the first failures as ``input: reason``, for the run's report
    first_failures: list[str] = field(default_factory=list)

    def note_failure(self, name: str, kind: str, reason: str) -> None:
        """Count one failed input (the store records it; this is the run's tally)."""
        self.failures += 1
        self.failure_kinds[kind] = self.failure_kinds.get(kind, 0) + 1
        if len(self.failed_inputs) < 1000:
            self.failed_inputs.append(name)
        if len(self.first_failures) < 5:
            self.first_failures.append(reason if reason.startswith(name) else f"{name}: {reason}")

    @property
    def rate(self) -> float:
        """Articles read per second."""
        return self.articles_read / self.seconds if self.seconds > 0 else 0.0


#: articles coded and written to the store in one transaction by default
COMMIT_SIZE = 64

#: called after each document with the running summary
Progress = Callable[[IngestSummary], None]
#: called after each committed batch with the running summary
BatchHook = Callable[[IngestSummary], None]


def ingest(
    inputs: Iterable[Input],
    store: Store,
    coder: CoderLike,
    progress: Progress | None = None,
    *,
    settings: Settings | None = None,
    commit_size: int = COMMIT_SIZE,
    on_batch: BatchHook | None = None,
) -> IngestSummary:
    """Read, code and store every input; returns what happened.

    Articles are coded and written in batches of ``commit_size``, one transaction each
    (``on_batch`` is called after each).
    """
    if commit_size < 1:
        raise ValueError(f"commit size must be at least 1, got {commit_size}")
    settings = settings or coder.settings
    summary = IngestSummary()
    start = time.perf_counter()
    pending: list[Article] = []
    pending_hashes: set[str] = set()

    def fail(name: str, kind: str, reason: str) -> None:
        store.record_failure(name, kind, reason)
        summary.note_failure(name, kind, reason)

    def flush() -> None:
        if not pending:
            return
        batch = _code(coder, pending, fail)
        result = store.add_coded(batch)
        summary.new += result.new
        summary.duplicates += result.duplicates
        summary.stories += result.new_stories
        summary.events += result.events_new
        summary.mentions += result.mentions
        pending.clear()
        pending_hashes.clear()
        summary.seconds = time.perf_counter() - start
        if on_batch is not None:
            on_batch(summary)

    for article in new_articles(inputs, store, settings, summary, fail, pending_hashes, progress, start):
        pending.append(article)
        if len(pending) >= commit_size:
            flush()
    flush()
    summary.seconds = time.perf_counter() - start
    return summary


def new_articles(
    inputs: Iterable[Input],
    store: Store,
    settings: Settings,
    summary: IngestSummary,
    fail: Callable[[str, str, str], None],
    unstored: set[str],
    progress: Progress | None,
    start: float,
) -> Iterator[Article]:
    """The inputs' articles that are neither stored nor waiting to be (``unstored``, content
    hashes the caller adds to and clears); unreadable inputs go to ``fail``, and the
    summary counts what was read."""
    with Sources(settings) as sources:
        chunk: list[Article] = []
        for item in sources.expand(inputs):
            if isinstance(item, InputError):
                where = item.source if item.line is None else f"{item.source}:{item.line}"
                fail(where, failure_kind(item), item.reason)
            else:
                summary.articles_read += 1
                chunk.append(item)
            if len(chunk) >= _LOOKUP_CHUNK:
                yield from _unseen(chunk, store, summary, unstored)
                chunk = []
            summary.seconds = time.perf_counter() - start
            if progress is not None:
                progress(summary)
        yield from _unseen(chunk, store, summary, unstored)


#: articles read ahead to ask the store about them in one query
_LOOKUP_CHUNK = 128


def _unseen(chunk: list[Article], store: Store, summary: IngestSummary, unstored: set[str]) -> Iterator[Article]:
    stored = store.stored_articles([a.content_hash for a in chunk])
    for article in chunk:
        h = article.content_hash
        if h in unstored or h in stored:
            summary.duplicates += 1
        else:
            unstored.add(h)
            yield article


def describe(exc: BaseException) -> str:
    """A failure's reason: the message of our errors, the type too for anything else."""
    return str(exc) if isinstance(exc, DyadwatchError) else f"{type(exc).__name__}: {exc}"


def _code(
    coder: CoderLike, articles: list[Article], fail: Callable[[str, str, str], None]
) -> list[tuple[Article, list[Event]]]:
    """Code a batch; an article whose coding fails is recorded and left out."""
    out: list[tuple[Article, list[Event]]] = []
    for article, result in code_each(coder, articles):
        if isinstance(result, BaseException):
            fail(article.origin or article.id, failure_kind(result), describe(result))
        else:
            out.append((article, result))
    return out
