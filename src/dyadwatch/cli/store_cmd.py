"""Store commands: ``ingest``, ``events``, ``export``, ``failures``, ``check``.

They only wrap ``dyadwatch.ingest`` and ``dyadwatch.store``: data goes to standard
output (or ``-o FILE``), progress and summaries to standard error; a DyadwatchError
becomes its message and its exit code in ``dyadwatch.cli``.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from ..settings import Settings
    from ..store import Store

DEFAULT_DB = "dyadwatch.duckdb"

db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="DuckDB store file.",
)


def _open(db: str, *, read_only: bool, settings: Settings | None = None) -> Store:
    from ..settings import from_env
    from ..store import Store

    return Store(db, settings or from_env(), read_only=read_only)


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
def ingest(
    inputs: tuple[str, ...],
    db: str,
    commit_size: int | None,
    partition_size: int | None,
    batch_size: int | None,
    quiet: bool,
    log_batches: bool,
    workers: int | None = None,
    cluster: str | None = None,
) -> None:
    """Read, code and store INPUTs: files, folders, .gz, RSS/Atom feeds (file or URL), article URLs."""  # fmt: skip
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ..coder import Coder
    from ..ingest import IngestSummary
    from ..ingest import ingest as ingest_one_process
    from ..settings import from_env

    settings = from_env()
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
    with _open(db, read_only=False, settings=settings) as store:
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
        click.echo(f"see them with: dyadwatch failures --db {db}", err=True)


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

    reportable = kw.pop("reportable")
    return EventFilter(reportable=True if reportable else None, **kw)


def _write_frame(frame: Any, fmt: str, output: str | None) -> None:
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs -o FILE")
        frame.to_parquet(output, index=False)
        return
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "csv":
            frame.to_csv(stream, index=False)
        elif fmt == "jsonl":
            for rec in json.loads(frame.to_json(orient="records", date_format="iso")):
                stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            from rich.console import Console
            from rich.table import Table

            table = Table(show_lines=False)
            for col in frame.columns:
                table.add_column(str(col))
            for row in frame.itertuples(index=False):
                table.add_row(*["" if v is None or v != v else str(v) for v in row])
            Console(file=stream, width=220 if output else None).print(table)
    finally:
        if output:
            stream.close()


EVENT_TABLE_COLUMNS = ["event_id", "date", "source_code", "target_code", "cameo", "plover",
                       "status", "mention_count", "source_count", "sentence"]  # fmt: skip


@click.command()
@db_option
@click.option("--actor", help="Actor code or country (prefix of the CAMEO actor code).")
@click.option("--dyad", nargs=2, metavar="SOURCE TARGET", help="Source and target country/code.")
@click.option("--country", help="Either side's country (ISO alpha-3).")
@click.option("--cameo", help="CAMEO code (prefix match: 04 matches 040-046).")
@click.option("--root", help="CAMEO root code (01-20).")
@click.option("--plover", help="PLOVER event type.")
@click.option("--status", multiple=True, help="Status (repeatable).")
@click.option(
    "--reportable/--all",
    default=True,
    show_default=True,
    help="Only reportable events (asserted, not commentary), or all.",
)
@click.option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Up to this date, inclusive.")
@click.option("--text", help="Text in the evidence sentence or the headline.")
@click.option("--limit", type=click.IntRange(0), help="At most this many events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl", "parquet"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
def events(db: str, actor: str | None, dyad: tuple[str, str] | None, country: str | None,
           cameo: str | None, root: str | None, plover: str | None, status: tuple[str, ...],
           reportable: bool, since: str | None, until: str | None, text: str | None,
           limit: int | None, fmt: str, output: str | None) -> None:  # fmt: skip
    """List stored events, filtered."""
    flt = _filter(actor=actor, dyad=tuple(dyad) if dyad else None, country=country, cameo=cameo,
                  root=root, plover=plover, status=list(status) or None, reportable=reportable,
                  since=since, until=until, text=text)  # fmt: skip
    with _open(db, read_only=True) as store:
        frame = store.events_frame(flt, limit=limit)
    if fmt == "table":
        frame = frame[EVENT_TABLE_COLUMNS]
    _write_frame(frame, fmt, output)


@click.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["gdelt", "icews", "plover", "parquet"]), required=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write to FILE (text formats go to standard output without it).",
)
@click.option(
    "--reportable/--all",
    default=False,
    show_default=True,
    help="Only reportable events, or all (default: all, with their status).",
)
def export(db: str, fmt: str, output: str | None, reportable: bool) -> None:
    """Export events as GDELT 2.0, ICEWS, PLOVER JSONL or Parquet."""
    from ..store import EventFilter
    from ..store.export import export as run_export

    flt = EventFilter(reportable=True if reportable else None)
    with _open(db, read_only=True) as store:
        if fmt == "parquet":
            if not output:
                raise click.UsageError("--format parquet needs -o FILE")
            n, skipped = run_export(store, fmt, path=output, flt=flt)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n, skipped = run_export(store, fmt, fh, flt=flt)
        else:
            n, skipped = run_export(store, fmt, sys.stdout, flt=flt)
    note = f" ({skipped} skipped: no PLOVER type or no date)" if skipped else ""
    click.echo(f"exported {n} events as {fmt}{note}", err=True)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl"]),
    default="table",
    show_default=True,
)
def failures(db: str, fmt: str) -> None:
    """List inputs that could not be read or coded, with the reason."""
    with _open(db, read_only=True) as store:
        frame = store.failures_frame()
    if fmt == "table" and frame.empty:
        click.echo("no failures")
        return
    _write_frame(frame, fmt, None)


@click.command()
@db_option
def check(db: str) -> None:
    """Integrity check of a store: every article once, no orphans, no duplicated events."""
    with _open(db, read_only=True) as store:
        report = store.check()
    counts = ", ".join(f"{k}: {v}" for k, v in report.counts.items())
    click.echo(counts)
    if report.ok:
        click.echo("ok")
        return
    for problem in report.problems:
        click.echo(f"problem: {problem}")
    sys.exit(1)
