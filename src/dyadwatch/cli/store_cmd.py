"""Store commands: ``ingest``, ``events``, ``export``, ``failures``, ``check``.

They only wrap ``dyadwatch.ingest`` and ``dyadwatch.store``: data goes to standard
output (or ``-o FILE``), progress and summaries to standard error; a DyadwatchError
becomes its message and its exit code in ``dyadwatch.cli``. ``ingest`` goes on past
inputs it cannot read or code, records them (``dyadwatch failures``) and exits non-zero
when there were any.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .exits import failure_exit_code, report
from .options import (
    db_option,
    format_option,
    load_settings,
    open_store,
    output_option,
    period_options,
    reportable_option,
)
from .show import write_frame


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--commit-size",
    type=click.IntRange(1, 100_000),
    default=None,
    help="Articles written to the store in one transaction (default: 64; with --workers or "
    "--cluster, whole partitions up to 256 articles).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(1, 100_000),
    default=None,
    help="With --workers or --cluster: articles coded by a worker in one task (default: 64).",
)
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=None, hidden=True,
              help="Replaced by --commit-size and --partition-size.")  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--log-batches", is_flag=True, help="Write one line per committed batch to stderr.")
# -- parallel ingest (issue 7, docs/cluster.md) --
@click.option("--workers", type=click.IntRange(1, 512), default=None,
              help="Code in N local processes, each loading the model once.")  # fmt: skip
@click.option("--cluster", default=None, metavar="local:N|tcp://HOST:PORT",
              help="Code on a Dask cluster: local:N starts N workers here; "
                   "tcp://HOST:8786 uses a running scheduler (docs/cluster.md).")  # fmt: skip
# -- end parallel ingest --
@click.pass_context
def ingest(
    ctx: click.Context,
    inputs: tuple[str, ...],
    db: Path,
    commit_size: int | None,
    partition_size: int | None,
    batch_size: int | None,
    quiet: bool,
    log_batches: bool,
    workers: int | None = None,
    cluster: str | None = None,
) -> None:
    """Read, code and store INPUTs: text, JSONL, HTML, feeds, .gz, folders, URLs, - (stdin).

    Inputs that cannot be read or coded are named on stderr, recorded in the store
    (`dyadwatch failures`) and make the exit code non-zero; the others are stored.
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ..coder import Coder
    from ..ingest import IngestSummary
    from ..ingest import ingest as ingest_one_process
    settings = load_settings()
    console = Console(stderr=True)
    show = not quiet and console.is_terminal

    def batch_line(s: IngestSummary) -> None:
        if log_batches:
            click.echo(f"batch committed: read={s.articles_read} new={s.new} "
                       f"events={s.events} failures={s.failures}", err=True)  # fmt: skip

    # -- parallel ingest (issue 7): --workers / --cluster code in other processes --
    if workers and cluster:
        raise click.UsageError("--workers and --cluster are alternatives: give one")
    parallel = bool(workers or cluster)
    commit_size, partition_size = _sizes(parallel, commit_size, partition_size, batch_size)

    def run_ingest(inputs: Any, store: Any, coder: Any, tick: Any, **kw: Any) -> IngestSummary:
        if parallel:
            from ..ingest.distributed import ingest_parallel
            from ..ingest.parallel import MERGE_SIZE, PARTITION_SIZE

            return ingest_parallel(inputs, store, settings, tick, cluster=cluster, workers=workers,
                                   commit_size=commit_size or MERGE_SIZE,
                                   partition_size=partition_size or PARTITION_SIZE,
                                   on_batch=kw["on_batch"])  # fmt: skip
        from ..ingest.pipeline import COMMIT_SIZE

        return ingest_one_process(inputs, store, coder, tick, commit_size=commit_size or COMMIT_SIZE, **kw)

    # -- end parallel ingest --
    with open_store(db, read_only=False, settings=settings) as store:
        coder = Coder(settings)
        if show:
            columns = (
                TextColumn("[bold]ingest"),
                BarColumn(bar_width=None),
                TextColumn("{task.completed} articles"),
                TextColumn("{task.fields[rate]:.1f} articles/s"),
                TextColumn("{task.fields[events]} events, {task.fields[failures]} failures"),
                TimeElapsedColumn(),
            )
            with Progress(*columns, console=console, transient=False) as bar:
                task = bar.add_task("ingest", total=None, rate=0.0, events=0, failures=0)

                def tick(s: IngestSummary) -> None:
                    bar.update(task, completed=s.articles_read, rate=s.rate, events=s.events,
                               failures=s.failures)  # fmt: skip

                summary = run_ingest(inputs, store, coder, tick, settings=settings,
                                     on_batch=batch_line)  # fmt: skip
        else:
            summary = run_ingest(inputs, store, coder, None, settings=settings, on_batch=batch_line)
    click.echo(
        f"articles read: {summary.articles_read}, new: {summary.new}, "
        f"duplicates: {summary.duplicates}, new stories: {summary.stories}, "
        f"new events: {summary.events}, mentions: {summary.mentions}, "
        f"failures: {summary.failures} ({summary.rate:.1f} articles/s)"
    )
    if summary.new == 0 and summary.articles_read:
        click.echo(f"nothing new: all {summary.articles_read} articles were already in {db}")
    if summary.failures:
        for line in summary.first_failures:
            report(line)
        more = summary.failures - len(summary.first_failures)
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.failure_kinds.items()))
        click.echo(f"{summary.failures} input(s) failed ({kinds})"
                   + (f", {more} more than listed" if more > 0 else "")
                   + f"; see them with: dyadwatch failures --db {db}", err=True)  # fmt: skip
    ctx.exit(failure_exit_code(summary.failure_kinds))


def _sizes(parallel: bool, commit_size: int | None, partition_size: int | None,
           batch_size: int | None) -> tuple[int | None, int | None]:  # fmt: skip
    """The commit and partition sizes asked for (None: the library's default).

    ``--batch-size``, which set the commit size in one process and the partition size
    with workers, still does so, with a notice."""
    if partition_size is not None and not parallel:
        raise click.UsageError("--partition-size applies with --workers or --cluster")
    if batch_size is not None:
        meant = "--partition-size" if parallel else "--commit-size"
        if (partition_size if parallel else commit_size) is not None:
            raise click.UsageError(f"--batch-size is {meant} here: give only {meant}")
        click.echo(f"notice: --batch-size is replaced by --commit-size and --partition-size; "
                   f"taken as {meant} {batch_size}", err=True)  # fmt: skip
        if parallel:
            partition_size = batch_size
        else:
            commit_size = batch_size
    return commit_size, partition_size


def _filter(**kw: Any) -> Any:
    from ..store import EventFilter

    reportable = kw.pop("reportable_only")
    return EventFilter(reportable=True if reportable else None, **kw)


#: the events table: columns, their headers, and how long each stays as the terminal narrows
EVENT_TABLE_COLUMNS = ["event_id", "date", "source_code", "target_code", "cameo", "plover",
                       "status", "mention_count", "source_count", "sentence"]  # fmt: skip
EVENT_TABLE_HEADERS = {"source_code": "source", "target_code": "target",
                       "mention_count": "mentions", "source_count": "outlets"}  # fmt: skip
EVENT_TABLE_KEEP = {"event_id": 10, "date": 9, "source_code": 8, "target_code": 7, "cameo": 6,
                    "sentence": 5, "status": 4, "mention_count": 3, "plover": 2,
                    "source_count": 1}  # fmt: skip


@click.command()
@db_option
@click.option("--actor", help="Actor code or country (prefix of the CAMEO actor code).")
@click.option("--dyad", nargs=2, metavar="SOURCE TARGET", help="Source and target country/code.")
@click.option("--country", help="Either side's country (ISO alpha-3).")
@click.option("--cameo", help="CAMEO code (prefix match: 04 matches 040-046).")
@click.option("--root", help="CAMEO root code (01-20).")
@click.option("--plover", help="PLOVER event type.")
@click.option("--status", multiple=True,
              help="Events of this status (repeatable), reportable or not.")  # fmt: skip
@reportable_option(default=True, legacy=True)
@period_options
@click.option("--text", help="Text in the evidence sentence or the headline.")
@click.option("--limit", type=click.IntRange(0), help="At most this many events.")
@format_option(["table", "csv", "json", "parquet"], "table",
               "table: for reading (fitted to the terminal, tab-separated when piped); csv; "
               "json: one event per line; parquet (needs -o).")  # fmt: skip
@output_option()
def events(db: Path, actor: str | None, dyad: tuple[str, str] | None, country: str | None,
           cameo: str | None, root: str | None, plover: str | None, status: tuple[str, ...],
           reportable_only: bool, since: str | None, until: str | None, text: str | None,
           limit: int | None, fmt: str, output: Path | None) -> None:  # fmt: skip
    """List stored events, filtered (reportable ones unless --all)."""
    flt = _filter(actor=actor, dyad=tuple(dyad) if dyad else None, country=country, cameo=cameo,
                  root=root, plover=plover, status=list(status) or None,
                  reportable_only=reportable_only and not status, since=since, until=until,
                  text=text)  # fmt: skip
    with open_store(db, read_only=True) as store:
        frame = store.events_frame(flt, limit=limit)
    if fmt == "table":
        frame = frame[EVENT_TABLE_COLUMNS]
    write_frame(frame, fmt, output, headers=EVENT_TABLE_HEADERS, keep=EVENT_TABLE_KEEP,
                kinds={"sentence": "text"})  # fmt: skip


#: export formats that carry each event's status (and section), so --all can be told apart
STATUS_FORMATS = ("plover", "parquet")


@click.command()
@db_option
@format_option(["gdelt", "icews", "plover", "parquet"], None,
               "gdelt: GDELT 2.0 event table; icews: ICEWS coded events; plover: PLOVER "
               "JSON lines; parquet: the events table (needs -o).")  # fmt: skip
@output_option("Write to FILE (text formats go to standard output without it).")
@reportable_option(default=True, legacy=True)
def export(db: Path, fmt: str, output: Path | None, reportable_only: bool) -> None:
    """Export events as GDELT 2.0, ICEWS, PLOVER JSONL or Parquet.

    Reportable events only (asserted, outside commentary), unless --all, which only the
    formats that carry each event's status take (plover, parquet): a GDELT or ICEWS row
    has no place to say that "we cannot deliver aid" was negated.
    """
    from ..store import EventFilter
    from ..store.export import export as run_export

    if not reportable_only and fmt not in STATUS_FORMATS:
        raise click.UsageError(
            f"--all: the {fmt} format has no status column, so negated, future, hypothetical, "
            f"claimed and commentary events could not be told from real ones; use --format "
            f"{' or '.join(STATUS_FORMATS)} for every status"
        )
    flt = EventFilter(reportable=True if reportable_only else None)
    with open_store(db, read_only=True) as store:
        if fmt == "parquet":
            if not output:
                raise click.UsageError("--format parquet needs -o FILE")
            n, skipped = run_export(store, fmt, path=output, flt=flt)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n, skipped = run_export(store, fmt, fh, flt=flt)
        else:
            n, skipped = run_export(store, fmt, sys.stdout, flt=flt)
    which = "reportable events only" if reportable_only else "events of every status"
    note = f"; {skipped} skipped: no PLOVER type or no date" if skipped else ""
    click.echo(f"exported {n} event{'s' if n != 1 else ''} as {fmt} ({which}{note})", err=True)


@click.command()
@db_option
@format_option(["table", "csv", "json"], "table",
               "table: for reading (tab-separated when piped); csv; json: one failure per line.")  # fmt: skip
def failures(db: Path, fmt: str) -> None:
    """List inputs that could not be read or coded, with the reason."""
    with open_store(db, read_only=True) as store:
        frame = store.failures_frame()
    if fmt == "table" and frame.empty:
        click.echo("no failures", err=True)
        return
    write_frame(frame, fmt, None, kinds={"reason": "text", "input": "text"},
                keep={"input": 5, "kind": 4, "reason": 3, "at": 2, "attempts": 1})  # fmt: skip


@click.command()
@db_option
@click.pass_context
def check(ctx: click.Context, db: Path) -> None:
    """Integrity check of a store: every article once, no orphans, no duplicated events."""
    with open_store(db, read_only=True) as store:
        report = store.check()
    counts = ", ".join(f"{k}: {v}" for k, v in report.counts.items())
    click.echo(counts)
    if report.ok:
        click.echo("ok")
        return
    for problem in report.problems:
        click.echo(f"problem: {problem}")
    ctx.exit(1)
