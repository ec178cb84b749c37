"""The watch loop: rounds of polls, each new item ingested, new events sent on.

Each round polls every source at once (a bounded pool of threads; each poll has its
own deadline), and ingests each source's new items as soon as its poll is done, through
``dyadwatch.ingest`` (the one-process path, or ``--cluster``): stories, event dedupe,
mentions and failures are those of ``dyadwatch ingest``. Then the poll is recorded
with what was read (``Store.finish_poll``), after the articles: a crash in between
costs a second read of the same items, which the store finds to be duplicates. When
every poll is done or past its deadline, the new reportable events go to
``--events-out`` and through the alert rules, and the loop sleeps until the next round.

``stop`` (set by SIGINT/SIGTERM in the CLI) ends the loop after the batch being
written: the store is left consistent, and the next run carries on from it.

Between rounds the store is closed when rounds are a minute or more apart (so other
``dyadwatch`` commands can read it meanwhile), and held open otherwise; a store shared
with the web app (``serve --watch``) is always held, behind its lock.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from ..errors import StoreError
from ..ingest.pipeline import COMMIT_SIZE, IngestSummary, ingest
from ..protocols import CoderLike
from ..readers import Sources
from ..readers.sources import Input
from ..settings import Settings
from ..store import PollRecord, SourceState, Store
from .alerts import AlertMaker, alert_line
from .outputs import EventsOut, WebhookSender, record_key
from .polite import HttpPolicy, PoliteFetcher
from .polling import PollResult, poll, source_kind
from .pool import DaemonPool
from .rules import AlertRule
from .shared import LockedStore

#: rounds at least this far apart release the store while they sleep
RELEASE_AFTER = 60.0
#: seconds to wait for a store another process holds, before giving up
OPEN_PATIENCE = 30.0
#: how long after its deadline a poll is given up for lost
_GRACE = 2.0


class StopRequested(Exception):  # noqa: N818 - a signal between two batches, not an error
    """Raised between two committed batches when the watch is asked to stop."""


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """Everything ``dyadwatch watch`` is told, checked by the CLI."""

    every: float = 900.0
    rounds: int | None = None
    #: seconds one poll may take, entries' pages included
    source_deadline: float = 120.0
    http: HttpPolicy = field(default_factory=HttpPolicy)
    events_out: Path | None = None
    rules: tuple[AlertRule, ...] = ()
    webhook: str | None = None
    cluster: str | None = None
    commit_size: int = COMMIT_SIZE
    #: hold the store open between rounds (None: when rounds are under a minute apart)
    hold_store: bool | None = None
    #: files younger than this are left for the next round
    settle: float = 1.0
    threads: int = 8
    webhook_attempts: int = 5
    #: a line per committed batch (``log``), as ``ingest --log-batches``
    log_batches: bool = False


@dataclass(slots=True)
class RoundReport:
    number: int
    started_at: datetime
    seconds: float = 0.0
    polled: int = 0
    new_articles: int = 0
    failures: int = 0
    events_out: int = 0
    alerts: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: bool = False

    def line(self) -> str:
        parts = [f"round {self.number}: {self.polled} polled, {self.new_articles} new articles"]
        if self.failures:
            parts.append(f"{self.failures} failures")
        parts.append(f"{self.events_out} events out, {self.alerts} alerts ({self.seconds:.1f} s)")
        text = ", ".join(parts)
        if self.errors:
            text += "; " + "; ".join(self.errors)
        if self.stopped:
            text += "; stopped"
        return text


def _quiet(_: str) -> None:
    return None


class Watcher:
    """Polls ``sources`` into the store at ``db`` round after round (see the module)."""

    def __init__(
        self,
        sources: list[str],
        db: str | os.PathLike[str],
        settings: Settings,
        options: WatchOptions,
        *,
        coder: CoderLike | None = None,
        store: Store | None = None,
        lock: threading.RLock | None = None,
        on_change: Callable[[], None] | None = None,
        log: Callable[[str], None] = _quiet,
        alert_out: Callable[[str], None] = _quiet,
        stop: threading.Event | None = None,
        states: frozenset[str] | None = None,
    ) -> None:
        if not sources:
            raise ValueError("watch needs at least one source")
        for source in sources:
            source_kind(source)  # ValueError naming a source that is neither URL nor folder
        self.sources = list(dict.fromkeys(sources))
        self.db = Path(db)
        self.settings = settings
        self.options = options
        self.stop = stop or threading.Event()
        self.log = log
        self.alert_out = alert_out
        self.on_change = on_change
        self._coder = coder
        self._shared = store
        self._lock = lock or threading.RLock()
        self._held: Store | None = None
        #: the store a round opened for itself (released between rounds)
        self._round_store: Store | None = None
        hold = options.hold_store if options.hold_store is not None else options.every < RELEASE_AFTER
        self._hold = hold or store is not None
        self._states = states
        self.events_out = EventsOut(options.events_out) if options.events_out else None
        self._events_cursor = f"events-out:{self.events_out.path.resolve()}" if self.events_out else ""
        self._exclude = frozenset({os.path.abspath(self.events_out.path)} if self.events_out else ())
        self._fresh_start = True
        #: the first emission of a process checks the events file's last lines
        self._check_tail = True
        self._fetcher: PoliteFetcher | None = None
        self._pool: DaemonPool | None = None
        self._sender: WebhookSender | None = None
        self._runner: Any = None
        self._busy: dict[str, float] = {}  # source -> when its poll started (0: queued)
        self._busy_lock = threading.Lock()
        self.rounds_done = 0

    # -- set-up and tear-down -------------------------------------------------------------
    @property
    def coder(self) -> CoderLike:
        if self._coder is None:
            from ..coder import Coder

            self._coder = Coder(self.settings)
        return self._coder

    def _start(self) -> None:
        opts = self.options
        self._fetcher = PoliteFetcher(self.settings, opts.http, self.stop)
        self._pool = DaemonPool(min(opts.threads, len(self.sources)))
        if opts.webhook:
            self._sender = WebhookSender(opts.webhook, self.settings, attempts=opts.webhook_attempts,
                                         backoff=opts.http.backoff, record=self._record_now)  # fmt: skip
        if opts.cluster:
            from ..ingest.distributed import DaskRunner

            self._runner = DaskRunner(opts.cluster, self.settings)
        if opts.rules and self._states is None:
            from ..actors.lexicon import load_lexicon

            self._states = frozenset(load_lexicon().countries)

    def _finish(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
        if self._sender is not None:
            self._sender.close(grace=10.0 if not self.stop.is_set() else 3.0)
            outcomes = self._sender.outcomes()
            if outcomes:
                with contextlib.suppress(StoreError), self._store() as store:
                    store.alert_attempts(outcomes)
        if self._fetcher is not None:
            self._fetcher.close()
        if self._runner is not None:
            self._runner.close()
        with self._lock:
            if self._held is not None:
                self._held.close()
                self._held = None

    @contextlib.contextmanager
    def _store(self) -> Iterator[Store]:
        """The store for a round, behind the lock (opened for it, or held)."""
        if self._shared is not None:
            yield cast(Store, LockedStore(self._shared, self._lock))
            return
        if self._hold:
            with self._lock:
                if self._held is None:
                    self._held = Store(self.db, self.settings)
                held = self._held
            yield cast(Store, LockedStore(held, self._lock))
            return
        store = self._open()
        with self._lock:
            self._round_store = store
        try:
            yield cast(Store, LockedStore(store, self._lock))
        finally:
            with self._lock:
                self._round_store = None
                store.close()

    def _open(self) -> Store:
        """Open the store, waiting up to ``OPEN_PATIENCE`` seconds while another process
        has it (between rounds, other commands may read it)."""
        give_up = time.monotonic() + OPEN_PATIENCE
        while True:
            try:
                return Store(self.db, self.settings)
            except StoreError:
                if time.monotonic() > give_up or self.stop.wait(0.5):
                    raise

    # -- the loop ------------------------------------------------------------------------
    def run(self) -> int:
        """Round after round until ``rounds`` are done or ``stop`` is set; returns the
        number of rounds run."""
        self._start()
        try:
            while not self.stop.is_set():
                began = time.monotonic()
                report = self.round(self.rounds_done + 1)
                self.rounds_done += 1
                self.log(report.line())
                if report.stopped or (self.options.rounds and self.rounds_done >= self.options.rounds):
                    break
                wait = began + self.options.every - time.monotonic()
                if wait < 0:
                    self.log(f"round {report.number} took {report.seconds:.1f} s, longer than "
                             "--every: the next one starts now")  # fmt: skip
                elif self._sleep(began + self.options.every):
                    break
        finally:
            self._finish()
        return self.rounds_done

    def _sleep(self, until: float) -> bool:
        """Sleep until ``until`` (``time.monotonic()``); True when stopped meanwhile. A held
        store records the webhook's deliveries as they come."""
        while (left := until - time.monotonic()) > 0:
            if self.stop.wait(min(left, 0.5)):
                return True
            if self._sender is not None and self._hold:
                with self._store() as store:
                    self._record_outcomes(store)
        return False

    def round(self, number: int) -> RoundReport:
        report = RoundReport(number, datetime.now())
        began = time.monotonic()
        wrote = False
        with self._store() as store:
            if self._fresh_start:
                self._resume(store)
            self._record_outcomes(store)
            try:
                wrote = self._poll_all(store, report)
            except StopRequested:
                report.stopped = True
                wrote = True
            wrote |= self._emit(store, report)
            self._record_outcomes(store)
        report.stopped |= self.stop.is_set()
        report.seconds = time.monotonic() - began
        if wrote and self.on_change is not None:
            self.on_change()
        return report

    def _resume(self, store: Store) -> None:
        """First round of this process: set the outputs' cursors (an output used for the
        first time starts at the newest mention), mend the events file, and queue the
        alerts a previous run left undelivered."""
        self._fresh_start = False
        if self.events_out is not None:
            store.cursor(self._events_cursor)
            self.events_out.repair()
        if self.options.rules:
            store.cursor("alerts")
        if self._sender is not None and self.options.webhook:
            self._sender.send(store.undelivered_alerts(self.options.webhook))

    def _poll_all(self, store: Store, report: RoundReport) -> bool:
        assert self._pool is not None
        wrote = False
        futures: dict[cf.Future[PollResult], str] = {}
        for source in self.sources:
            with self._busy_lock:
                busy = source in self._busy
                if not busy:
                    self._busy[source] = 0.0
            if busy:
                self._record(store, report, PollRecord(source, datetime.now(), 0.0,
                             error="skipped: its previous poll is still running"),
                             kind=self._kind(store, source))  # fmt: skip
                wrote = True
                continue
            state = store.source_state(source)
            futures[self._pool.submit(self._poll_one, source, state, store)] = source
        budget = self.options.source_deadline
        while futures:
            if self.stop.is_set():
                # the polls still running are dropped: nothing of theirs was stored
                for source in futures.values():
                    self._record(store, report, PollRecord(source, datetime.now(), 0.0,
                                 error="stopped before it answered"), kind=self._kind(store, source))  # fmt: skip
                wrote = True
                break
            done, _ = cf.wait(futures, timeout=0.25, return_when=cf.FIRST_COMPLETED)
            self._record_outcomes(store)
            for future in done:
                source = futures.pop(future)
                result = future.result()
                wrote = True
                self._store_poll(store, report, result)
            now = time.monotonic()
            for future, source in list(futures.items()):
                with self._busy_lock:
                    started = self._busy.get(source, 0.0)
                if started and now > started + budget + _GRACE:
                    del futures[future]
                    self._record(store, report, PollRecord(source, datetime.now(), now - started,
                                 error=f"no answer within the source's deadline of {budget:g} s"),
                                 kind=self._kind(store, source))  # fmt: skip
                    wrote = True
        return wrote

    def _poll_one(self, source: str, state: SourceState | None, store: Store) -> PollResult:
        """In a poll thread: one source, within its own deadline."""
        start = time.monotonic()
        with self._busy_lock:
            self._busy[source] = start
        try:
            assert self._fetcher is not None
            return poll(source, state, self._fetcher, store.seen_items,
                        deadline=start + self.options.source_deadline,
                        settle=self.options.settle, exclude=self._exclude)  # fmt: skip
        finally:
            with self._busy_lock:
                self._busy.pop(source, None)

    def _kind(self, store: Store, source: str) -> str:
        state = store.source_state(source)
        return state.kind if state else source_kind(source)

    def _record(self, store: Store, report: RoundReport, poll_record: PollRecord, *, kind: str,
                validators: tuple[str | None, str | None] | None = None,
                seen: list[str] | None = None) -> None:  # fmt: skip
        store.finish_poll(poll_record, kind=kind, validators=validators, seen=seen)
        report.polled += 1
        report.new_articles += poll_record.new_articles
        report.failures += poll_record.failures
        if poll_record.error:
            report.errors.append(f"{poll_record.source}: {poll_record.error}")

    def _store_poll(self, store: Store, report: RoundReport, result: PollResult) -> None:
        """Ingest a poll's new items, then record the poll and what it read."""
        started = time.monotonic()
        summary = IngestSummary()
        error = result.error
        stopped = False
        count = len(result.items) + len(result.files)
        if count:
            try:
                summary = self._ingest(self._inputs(result), store)
            except StopRequested:
                stopped = True
                error = "stopped before all its items were stored (they are read again next time)"
        seconds = result.seconds + (time.monotonic() - started)
        record = PollRecord(result.source, result.started_at, seconds, result.http_status,
                            count, summary.new, summary.failures, error)  # fmt: skip
        ok = not stopped and result.error is None
        self._record(store, report, record, kind=result.kind,
                     validators=result.validators if ok else None,
                     seen=result.seen if not stopped else None)  # fmt: skip
        if result.left:
            report.errors.append(f"{result.source}: {result.left} entries left for the next round")
        if stopped:
            raise StopRequested("stopped")

    def _inputs(self, result: PollResult) -> Iterator[Input]:
        """A poll's items, then its new files, read one by one as ``ingest`` asks."""
        yield from result.items
        if result.files:
            with Sources(self.settings) as sources:
                for path, name in result.files:
                    yield from sources.from_file(path, name=name)

    def _ingest(self, items: Iterable[Input], store: Store) -> IngestSummary:
        def check(summary: IngestSummary) -> None:
            self._record_outcomes(store)
            if self.options.log_batches:
                self.log(f"batch committed: read={summary.articles_read} new={summary.new} "
                         f"events={summary.events} failures={summary.failures}")  # fmt: skip
            if self.stop.is_set():
                raise StopRequested("stopped after a committed batch")

        if self._runner is not None:
            from ..ingest.distributed import ingest_parallel
            from ..ingest.parallel import MERGE_SIZE, PARTITION_SIZE

            return ingest_parallel(items, store, self.settings, cluster=self._runner,
                                   commit_size=max(self.options.commit_size, MERGE_SIZE),
                                   partition_size=PARTITION_SIZE, on_batch=check)  # fmt: skip
        return ingest(items, store, self.coder, settings=self.settings,
                      commit_size=self.options.commit_size, on_batch=check)  # fmt: skip

    # -- what comes out ------------------------------------------------------------------
    def _emit(self, store: Store, report: RoundReport) -> bool:
        """Send the new reportable events on: to the events file, through the alerts."""
        upto = store.max_seq()
        wrote = False
        if self.events_out is not None:
            after = store.cursor(self._events_cursor)
            if upto > after:
                rows = store.newly_reportable(after, upto)
                records = [row["record"] for row in rows]
                if self._check_tail:
                    # after a restart: lines written just before a crash are not written again
                    present = self.events_out.tail_keys(len(records))
                    records = [r for r in records if record_key(r) not in present]
                self.events_out.append(records)
                store.set_cursor(self._events_cursor, upto)
                report.events_out += len(records)
                wrote = True
            self._check_tail = False
        if self.options.rules:
            after = store.cursor("alerts")
            if upto > after:
                assert self._states is not None
                maker = AlertMaker(self.options.rules, self._states)
                rows = store.newly_reportable(after, upto)
                fresh = store.add_alerts(maker.alerts(rows, store), webhook=self.options.webhook,
                                         cursor=("alerts", upto))  # fmt: skip
                for alert in fresh:
                    self.alert_out(alert_line(alert["payload"]))
                if self._sender is not None:
                    self._sender.send(fresh)
                report.alerts += len(fresh)
                wrote = True
        return wrote

    def _record_now(self, outcome: Any) -> bool:
        """In the webhook's thread: record a delivery at once when the store is open
        (held, or shared with the web app); False leaves it for the loop."""
        with self._lock:
            store = self._shared or self._held or self._round_store
            if store is None:
                return False
            try:
                store.alert_attempts([outcome])
            except StoreError:
                return False
            return True

    def _record_outcomes(self, store: Store) -> None:
        """Record what the webhook took (soon after: a crash in between sends it again)."""
        if self._sender is not None:
            store.alert_attempts(self._sender.outcomes())
