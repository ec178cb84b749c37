"""``dyadwatch code`` (articles in, events out) and ``dyadwatch schema``.

The commands only wrap the library: readers turn files into Articles, the Coder turns
Articles into Events, output writes them. A bad input is reported on stderr by name
(and line, for JSONL) and the other inputs are still coded; the exit code is then the
highest ``exit_code`` of the errors met (2 for input errors).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date, datetime

import click

from ..errors import DyadwatchError, InputError
from ..output import FORMATS, open_writer
from ..readers import load_example, read_inputs
from ..records import Article
from ..schema import event_schema
from ..settings import Settings


def _echo_error(message: str) -> None:
    click.echo(f"dyadwatch: error: {message}", err=True)


def _articles(
    files: tuple[str, ...], example: bool, pub_date: date | None, settings: Settings
) -> Iterator[Article | InputError]:
    if example:
        yield load_example()
    yield from read_inputs(files, date=pub_date, settings=settings)


@click.command("code")
@click.argument("files", nargs=-1, metavar="[FILES]...")
@click.option(
    "--date",
    "pub_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Publication date of plain-text articles (and of JSONL records without a date).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one event per line (see `dyadwatch schema`); csv: flattened columns; "
    "table: for reading in a terminal.",
)
@click.option(
    "--reportable-only",
    is_flag=True,
    help="Only events the text asserts outside commentary (the feed view).",
)
@click.option("--example", is_flag=True, help="Code the bundled example article too.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: DYADWATCH_MODEL).")
@click.option("--traceback", "show_traceback", is_flag=True, hidden=True)
@click.pass_context
def code(
    ctx: click.Context,
    files: tuple[str, ...],
    pub_date: datetime | None,
    fmt: str,
    reportable_only: bool,
    example: bool,
    model: str | None,
    show_traceback: bool,
) -> None:
    """Code news articles into events: who did what to whom, when, and how sure.

    FILES are plain-text articles (the first line is the headline when it stands alone),
    JSON-lines files of articles (id, title, text, date, url, source), or - for standard
    input. With no FILES, standard input is read when it is not a terminal.
    """
    from ..coder import Coder
    from ..settings import from_env

    try:
        settings = from_env().with_overrides(model=model)
    except ValueError as exc:
        raise click.UsageError(f"bad DYADWATCH_* setting in the environment: {exc}") from None
    if not files and not example:
        if sys.stdin.isatty():
            raise click.UsageError("give FILES to code, - for standard input, or --example")
        files = ("-",)

    interactive = fmt == "table" and sys.stdout.isatty()
    writer = open_writer(
        fmt,
        sys.stdout,
        width=shutil.get_terminal_size().columns if interactive else None,
        color=interactive,
    )
    coder = Coder(settings)
    exit_code = 0
    day = pub_date.date() if pub_date else None
    try:
        for item in _articles(files, example, day, settings):
            if isinstance(item, InputError):
                _echo_error(str(item))
                exit_code = max(exit_code, item.exit_code)
                continue
            try:
                events = coder.code(item)
            except InputError as exc:
                _echo_error(str(exc))
                exit_code = max(exit_code, exc.exit_code)
                continue
            except DyadwatchError as exc:
                # model, data or store failures would fail every document alike: stop
                writer.close()
                _echo_error(str(exc))
                ctx.exit(exc.exit_code)
            except Exception as exc:
                # a bug must not cost the batch its other documents, nor show a traceback
                if show_traceback:
                    raise
                where = item.id if item.origin in (None, item.id) else f"{item.id} ({item.origin})"
                _echo_error(
                    f"{where}: internal error while coding: "
                    f"{type(exc).__name__}: {exc} (please report this; rerun with --traceback "
                    "for details)"
                )
                exit_code = max(exit_code, 1)
                continue
            if reportable_only:
                events = [event for event in events if event.reportable]
            writer.write(events)
        writer.close()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining
        # about the unflushable stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        ctx.exit(exit_code or 1)
    ctx.exit(exit_code)


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the event records `dyadwatch code` writes."""
    click.echo(json.dumps(event_schema(), indent=2, ensure_ascii=False))
