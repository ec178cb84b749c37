"""Partitioned ingest: code articles in worker processes, merge their Parquet into the store.

    driver: INPUTs -> Articles (minus those already stored) -> partitions, in input order
    worker: partition -> cached Coder -> one Parquet file (articles + event records as JSON)
    driver: Parquet files, in partition order -> Store.add_coded -> DuckDB

Workers never touch the store: the driver merges every partition through the same
``Store.add_coded`` path as the one-process ``ingest``, in input order, so story
clustering, event deduplication, event ids and idempotence are exactly those of a
one-process run. A runner is anything with ``submit(fn, *args) -> future``; this module
has the local-process one (``ProcessRunner``), ``distributed.py`` the Dask one.

Each worker process loads the model once (``worker_coder`` is cached per process and
per Settings). The Parquet files are a spool: written atomically, read once, deleted.
"""

from __future__ import annotations

import concurrent.futures as cf
import io
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from ..protocols import CoderLike
from ..readers.sources import Input
from ..records import (
    ActorRef,
    Article,
    DatePrecision,
    Event,
    Location,
    QuadClass,
    Section,
    Status,
)
from ..settings import Settings
from ..store import Store
from ..store.stories import signature, to_bytes
from .pipeline import (
    BatchHook,
    IngestSummary,
    Progress,
    code_each,
    describe,
    failure_kind,
    new_articles,
)

#: the Parquet layout of one coded partition (one row per article, in input order)
PARTITION_SCHEMA = pa.schema(
    [
        ("position", pa.int32()),
        ("article", pa.string()),  # Article as JSON
        ("events", pa.string()),  # list of Event records as JSON (null when coding failed)
        ("failure_kind", pa.string()),
        ("failure_reason", pa.string()),
        # the article's MinHash signature for story clustering, computed here rather than
        # on the driver, whose one core merges what every worker codes
        ("minhash", pa.binary()),
    ]
)


# -- records <-> JSON (lossless, unlike the output record of Event.to_dict) -------------
def article_to_json(article: Article) -> str:
    data = {f: getattr(article, f) for f in Article.__dataclass_fields__}
    data["date"] = article.date.isoformat() if article.date else None
    return json.dumps(data, ensure_ascii=False)


def article_from_json(text: str) -> Article:
    data = json.loads(text)
    data["date"] = date.fromisoformat(data["date"]) if data["date"] else None
    return Article(**data)


def events_to_json(events: list[Event]) -> str:
    # StrEnums serialise as their values; nested ActorRef/Location become dicts
    return json.dumps([asdict(e) for e in events], ensure_ascii=False)


def _actor(data: dict[str, Any] | None) -> ActorRef | None:
    return ActorRef(**data) if data is not None else None


def events_from_json(text: str) -> list[Event]:
    out: list[Event] = []
    for d in json.loads(text):
        d["source"] = _actor(d["source"])
        d["target"] = _actor(d["target"])
        d["attributed_to"] = _actor(d["attributed_to"])
        d["location"] = Location(**d["location"]) if d["location"] is not None else None
        d["quad_class"] = QuadClass(d["quad_class"])
        d["status"] = Status(d["status"])
        d["section"] = Section(d["section"])
        d["date_precision"] = (
            DatePrecision(d["date_precision"]) if d["date_precision"] is not None else None
        )
        out.append(Event(**d))
    return out


# -- worker side -------------------------------------------------------------------------
#: coding this touches every lazily loaded resource: the parser, the dictionaries, the
#: pre-pass tables and the gazetteer (a place in "in Kharkiv" loads it; it takes seconds)
WARM_UP = Article(id="warm-up", text="Russia attacked Ukraine in Kharkiv on Monday.")


@cache
def worker_coder(settings: Settings) -> CoderLike:
    """The coder of this process, loaded once per process (and per Settings)."""
    from ..coder import Coder

    return Coder(settings)


def warm_worker(settings: Settings) -> int:
    """Load the model and dictionaries now, so the first partition does not pay for them.

    Returns the process id (the benchmarks use it to watch worker memory).
    """
    coder = worker_coder(settings)
    coder.code(WARM_UP)
    return os.getpid()


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a worker hands back: where its Parquet is (or the Parquet bytes themselves)."""

    index: int
    articles: int
    failures: int
    seconds: float
    pid: int
    path: str | None = None
    data: bytes | None = None


def partition_path(spool: str | os.PathLike[str], index: int) -> Path:
    return Path(spool) / f"part-{index:08d}.parquet"


def code_partition(
    settings: Settings, index: int, articles: list[Article], spool: str | None
) -> PartitionResult:
    """Code one partition with this process's coder; write it as Parquet.

    With ``spool`` (a folder the driver can read) the file goes there; without it the
    Parquet bytes are returned, for clusters whose workers share no file system with
    the driver. A document that cannot be coded becomes a failure row; the rest of the
    partition is kept.
    """
    started = time.perf_counter()
    coder = worker_coder(settings)
    rows: dict[str, list[Any]] = {name: [] for name in PARTITION_SCHEMA.names}
    failures = 0
    for position, (article, result) in enumerate(code_each(coder, articles)):
        events: str | None = None
        kind = reason = None
        if isinstance(result, BaseException):
            kind, reason = failure_kind(result), describe(result)
        else:
            events = events_to_json(result)
        failures += events is None
        rows["position"].append(position)
        rows["article"].append(article_to_json(article))
        rows["events"].append(events)
        rows["failure_kind"].append(kind)
        rows["failure_reason"].append(reason)
        rows["minhash"].append(to_bytes(signature(article.full_text)) if events is not None else None)
    table = pa.Table.from_pydict(rows, schema=PARTITION_SCHEMA)
    data: bytes | None = None
    where: str | None = None
    if spool is None:
        buf = io.BytesIO()
        pq.write_table(table, buf)
        data = buf.getvalue()
    else:
        path = partition_path(spool, index)
        tmp = path.with_suffix(".tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, path)  # the driver never sees half a file
        where = str(path)
    seconds = time.perf_counter() - started
    return PartitionResult(index, len(articles), failures, seconds, os.getpid(), where, data)


@dataclass
class Partition:
    """A coded partition as read back: coded articles with their signatures, and failures."""

    coded: list[tuple[Article, list[Event]]]
    minhashes: list[bytes]  # one per coded article
    failed: list[tuple[Article, str, str]]  # (article, kind, reason)


def read_partition(path: str | os.PathLike[str]) -> Partition:
    """A partition's coded articles and its failures, in order."""
    table = pq.read_table(path, schema=PARTITION_SCHEMA).sort_by("position")
    out = Partition([], [], [])
    for row in table.to_pylist():
        article = article_from_json(row["article"])
        if row["events"] is None:
            out.failed.append((article, row["failure_kind"], row["failure_reason"]))
        else:
            out.coded.append((article, events_from_json(row["events"])))
            out.minhashes.append(row["minhash"])
    return out


# -- runners -----------------------------------------------------------------------------
class Future(Protocol):
    def result(self, timeout: float | None = None) -> Any: ...


class Runner(Protocol):
    """Where partitions are coded: local processes or a Dask cluster."""

    #: workers available (sets how many partitions are in flight)
    workers: int
    #: whether workers can write into a folder the driver reads
    shared_spool: bool

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future: ...

    def close(self) -> None: ...


class ProcessRunner:
    """``--workers N``: N local processes, each loading the model once.

    Start-up codes a warm-up article in the pool and waits for it, so a model that
    cannot load stops the run with its own error (ModelError) before anything is read.
    """

    shared_spool = True

    def __init__(self, workers: int, settings: Settings) -> None:
        if workers < 1:
            raise ValueError(f"--workers must be at least 1, got {workers}")
        self.workers = workers
        # spawn, not fork: the driver holds a DuckDB connection and threads
        self._pool = cf.ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn")
        )
        # not an initializer: its error would only break the pool, and lose the reason
        warming = [self._pool.submit(warm_worker, settings) for _ in range(workers)]
        try:
            for future in warming:
                future.result()
        except BaseException:
            self.close()
            raise

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ProcessRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- driver side -------------------------------------------------------------------------
#: articles coded by a worker in one task, by default
PARTITION_SIZE = 64
#: articles merged into the store in one transaction at most (several partitions), by default
MERGE_SIZE = 256


def ingest_partitioned(
    inputs: Iterable[Input],
    store: Store,
    settings: Settings,
    runner: Runner,
    progress: Progress | None = None,
    *,
    partition_size: int = PARTITION_SIZE,
    on_batch: BatchHook | None = None,
    spool_dir: str | os.PathLike[str] | None = None,
    in_flight: int | None = None,
    commit_size: int = MERGE_SIZE,
) -> IngestSummary:
    """Read INPUTs here, code partitions on ``runner``, merge them into ``store`` in order.

    Counts and failures are those of ``ingest``. Workers code ``partition_size`` articles
    per task. The driver merges the oldest partitions, up to ``commit_size`` articles (at
    least one partition), in one transaction: the store's cost is mostly per
    transaction, and the driver shares the machine with the workers. The store's result
    does not depend on where merges end.
    At most ``in_flight`` partitions (default: two per worker, plus what one merge
    takes) are coded or waiting at a time, so memory stays flat on any corpus size.
    """
    if partition_size < 1:
        raise ValueError(f"partition size must be at least 1, got {partition_size}")
    if commit_size < 1:
        raise ValueError(f"commit size must be at least 1, got {commit_size}")
    per_merge = max(1, commit_size // partition_size)
    limit = in_flight or 2 * max(1, runner.workers) + per_merge
    summary = IngestSummary()
    start = time.perf_counter()
    spool = tempfile.mkdtemp(prefix="dyadwatch-spool-", dir=spool_dir)
    queue: deque[tuple[int, Future, list[Article]]] = deque()
    pending: list[Article] = []
    # content hashes read but not yet merged: the store cannot know them yet
    unmerged: set[str] = set()
    next_index = 0

    def fail(name: str, kind: str, reason: str) -> None:
        store.record_failure(name, kind, reason)
        summary.note_failure(name, kind, reason)

    def collect(index: int, future: Future, articles: list[Article]) -> Partition:
        path: Path | None = None
        try:
            got: PartitionResult = future.result()
            if got.path is not None:
                path = Path(got.path)
            else:
                path = partition_path(spool, index)
                path.write_bytes(got.data or b"")
            return read_partition(path)
        except Exception as exc:  # a lost worker costs its partition, not the run
            reason = f"worker failed on partition {index}: {type(exc).__name__}: {exc}"
            return Partition([], [], [(a, "internal", reason) for a in articles])
        finally:
            if path is not None:
                path.unlink(missing_ok=True)

    def merge_oldest() -> None:
        """The oldest partitions, up to ``commit_size`` articles, waited for, in one merge
        (the workers go on with the partitions queued behind them meanwhile)."""
        group = [queue.popleft() for _ in range(min(per_merge, len(queue)))]
        merged = Partition([], [], [])
        for index, future, articles in group:
            part = collect(index, future, articles)
            merged.coded += part.coded
            merged.minhashes += part.minhashes
            for article, kind, reason in part.failed:
                fail(article.origin or article.id, kind, reason)
        result = store.add_coded(merged.coded, minhashes=merged.minhashes)
        summary.new += result.new
        summary.duplicates += result.duplicates
        summary.stories += result.new_stories
        summary.events += result.events_new
        summary.mentions += result.mentions
        for _, _, articles in group:
            for article in articles:
                unmerged.discard(article.content_hash)
        summary.seconds = time.perf_counter() - start
        if on_batch is not None:
            on_batch(summary)

    def submit() -> None:
        nonlocal next_index
        if not pending:
            return
        articles = list(pending)
        pending.clear()
        target = spool if runner.shared_spool else None
        queue.append((next_index, runner.submit(code_partition, settings, next_index, articles, target), articles))  # fmt: skip
        next_index += 1
        while len(queue) >= limit:
            merge_oldest()

    try:
        for article in new_articles(inputs, store, settings, summary, fail, unmerged, progress, start):
            pending.append(article)
            if len(pending) >= partition_size:
                submit()
        submit()
        while queue:
            merge_oldest()
    finally:
        shutil.rmtree(spool, ignore_errors=True)
    summary.seconds = time.perf_counter() - start
    return summary


def ingest_processes(
    inputs: Iterable[Input],
    store: Store,
    settings: Settings,
    workers: int,
    progress: Progress | None = None,
    **options: Any,
) -> IngestSummary:
    """``--workers N``: ``ingest_partitioned`` over N local processes."""
    with ProcessRunner(workers, settings) as runner:
        return ingest_partitioned(inputs, store, settings, runner, progress, **options)
