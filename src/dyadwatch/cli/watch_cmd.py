"""``dyadwatch watch`` and ``dyadwatch sources``; the watch options of ``serve --watch``.

They only wrap ``dyadwatch.watch``: round lines and notices go to standard error,
alerts to standard output (one line each), so ``dyadwatch watch ... | tee alerts.log``
keeps the alerts. SIGINT and SIGTERM stop after the batch being written (a second one
stops at once; the store is left consistent either way).
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .options import db_option, format_option, load_settings, open_store
from .show import write_frame

if TYPE_CHECKING:
    from ..watch import WatchOptions


def _duration(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    from ..watch.durations import parse_duration

    if value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from exc


def _rules(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[Any, ...]:
    from ..errors import InputError
    from ..watch.rules import parse_rules

    try:
        return parse_rules(value)
    except InputError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from exc


def _webhook(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.lower().startswith(("http://", "https://")):
        raise click.BadParameter(f"{value!r}: expected an http:// or https:// URL", ctx=ctx, param=param)
    return value


#: the options ``watch`` and ``serve --watch`` share (``serve`` checks they come with --watch)
WATCH_OPTIONS: tuple[Callable[[Any], Any], ...] = (
    click.option("--every", callback=_duration, metavar="DURATION",
                 help="Time from the start of one round to the next: 15m, 1h, 30s (default: 15m)."),
    click.option("--rounds", type=click.IntRange(1), default=None,
                 help="Stop after N rounds (default: run until stopped)."),
    click.option("--events-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
                 help="Append each new reportable event to FILE as one JSON line (the `code` record)."),
    click.option("--alert", "alerts", multiple=True, callback=_rules, metavar="RULE",
                 help="Alert on new events: dyad=VEN,PRK, actor=PRK, root=16, quad=material-conflict, "
                      "new-tie, shift=VEN,USA[:THRESHOLD[:DAYS]] (repeatable; docs/watch.md)."),
    click.option("--webhook", callback=_webhook, default=None, metavar="URL",
                 help="POST each alert to URL as JSON (retried; never holds up the polling)."),
    click.option("--cluster", default=None, metavar="local:N|tcp://HOST:PORT",
                 help="Code each round on a Dask cluster, as `ingest --cluster`."),
    click.option("--commit-size", type=click.IntRange(1, 100_000), default=None,
                 help="Articles written to the store in one transaction (default: 64)."),
    click.option("--host-delay", type=click.FloatRange(0), default=1.0, show_default=True,
                 help="Seconds between two requests to one host."),
    click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True,
                 help="Retries of a request that timed out or got 429/5xx (backoff doubles)."),
    click.option("--source-deadline", callback=_duration, metavar="DURATION",
                 help="Most time one source's poll may take, its entries' pages included "
                      "(default: 2m)."),
)  # fmt: skip


def watch_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(WATCH_OPTIONS):
        fn = option(fn)
    return fn


#: the names of the parameters ``watch_options`` adds
WATCH_PARAMS = ("every", "rounds", "events_out", "alerts", "webhook", "cluster", "commit_size",
                "host_delay", "retries", "source_deadline")  # fmt: skip


def build_options(every: float | None, rounds: int | None, events_out: Path | None,
                  alerts: tuple[Any, ...], webhook: str | None, cluster: str | None,
                  commit_size: int | None, host_delay: float, retries: int,
                  source_deadline: float | None, *, hold_store: bool | None = None,
                  log_batches: bool = False) -> WatchOptions:  # fmt: skip
    from ..ingest.distributed import parse_cluster
    from ..ingest.pipeline import COMMIT_SIZE
    from ..watch import HttpPolicy, WatchOptions

    if webhook and not alerts:
        raise click.UsageError("--webhook needs at least one --alert RULE")
    if cluster:
        parse_cluster(cluster)  # a bad value is an error before anything starts
    return WatchOptions(
        every=every if every is not None else 900.0,
        rounds=rounds,
        source_deadline=source_deadline if source_deadline is not None else 120.0,
        http=HttpPolicy(host_delay=host_delay, retries=retries),
        events_out=events_out,
        rules=tuple(alerts),
        webhook=webhook,
        cluster=cluster,
        commit_size=commit_size or COMMIT_SIZE,
        hold_store=hold_store,
        log_batches=log_batches,
    )


def check_sources(sources: tuple[str, ...], option: str) -> list[str]:
    from ..watch.polling import source_kind

    for source in sources:
        try:
            source_kind(source)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint=option) from exc
    return list(sources)


@contextmanager
def stopping_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT/SIGTERM set ``stop`` (the watch finishes its batch); a second one stops now."""

    def handler(signum: int, frame: Any) -> None:
        if stop.is_set():
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"dyadwatch: {signal.Signals(signum).name}: stopping after the batch being "
                   "written (again to stop now)", err=True)  # fmt: skip

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _log(line: str) -> None:
    click.echo(line, err=True)


def _alert(line: str) -> None:
    click.echo(line)
    sys.stdout.flush()


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@watch_options
@click.option("--hold-store/--release-store", default=None,
              help="Keep the store open between rounds, or close it so other commands can "
                   "read it (default: close it when rounds are a minute or more apart).")  # fmt: skip
@click.option("--log-batches", is_flag=True, help="Write one line per committed batch to stderr.")
def watch(sources: tuple[str, ...], db: Path, hold_store: bool | None, log_batches: bool,
          **options: Any) -> None:  # fmt: skip
    """Keep the store at --db current from SOURCEs: RSS/Atom feed URLs, page URLs, folders.

    Every round polls each source (conditional HTTP requests, a delay per host,
    retries; new files in a folder are new articles), ingests what is new as `ingest`
    does, records the poll (see `dyadwatch sources`), then writes the new reportable
    events to --events-out and raises --alert alerts. Details: docs/watch.md.
    """
    from ..watch import Watcher, format_duration

    watched = check_sources(sources, "SOURCE")
    opts = build_options(**options, hold_store=hold_store, log_batches=log_batches)
    stop = threading.Event()
    watcher = Watcher(watched, db, load_settings(), opts, log=_log, alert_out=_alert, stop=stop)
    _log(f"dyadwatch: watching {len(watched)} source(s) into {db} every "
         f"{format_duration(opts.every)}" + (f", {opts.rounds} rounds" if opts.rounds else "")
         + " (Ctrl-C to stop)")  # fmt: skip
    with stopping_on_signals(stop):
        rounds = watcher.run()
    _log(f"dyadwatch: stopped after {rounds} round(s)")


SOURCE_COLUMNS = ("source", "kind", "polls", "new_articles", "failures", "last_poll",
                  "last_status", "last_success", "last_error_at", "last_error", "failing")  # fmt: skip
POLL_COLUMNS = ("started_at", "source", "seconds", "http_status", "items", "new_articles",
                "failures", "error")  # fmt: skip


@click.command()
@db_option
@click.option("--polls", is_flag=True, help="Every recorded poll instead of one line per source.")
@click.option("--source", default=None, help="With --polls: only this source.")
@format_option(["table", "csv", "json"], "table",
               "table: for reading (tab-separated when piped); csv; json: one source (or poll) per line.")  # fmt: skip
def sources(db: Path, polls: bool, source: str | None, fmt: str) -> None:
    """The health of the sources `dyadwatch watch` polls into the store at --db.

    One line per source: polls so far, new articles so far, inputs that failed, the
    last poll and its HTTP status, the last success, the last error and how many
    polls in a row have failed (`failing`). --polls lists every poll.
    """
    if source and not polls:
        raise click.UsageError("--source applies with --polls")
    with open_store(db, read_only=True) as store:
        frame = store.polls_frame(source) if polls else store.sources_frame()
    if fmt == "table" and frame.empty:
        click.echo("no polls recorded" if polls else "no watched sources (run `dyadwatch watch` first)",
                   err=True)  # fmt: skip
        return
    frame = frame[list(POLL_COLUMNS if polls else SOURCE_COLUMNS)].copy()
    for col in ("started_at", "last_poll", "last_success", "last_error_at"):
        if col in frame.columns:  # times of day matter here: not dates alone
            frame[col] = frame[col].dt.strftime("%Y-%m-%d %H:%M:%S").astype(object).where(frame[col].notna(), None)
    write_frame(frame, fmt, None, kinds={"source": "text", "last_error": "text", "error": "text"},
                keep={"source": 5, "last_error": 4, "error": 4, "failing": 3, "last_success": 2})  # fmt: skip
