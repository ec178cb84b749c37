"""``dyadwatch code`` (articles in, events out) and ``dyadwatch schema``.

The commands only wrap the library: the one reader layer (``dyadwatch.readers``, the
same as ``ingest``'s) turns INPUTs into Articles, ``Coder.code_many`` turns them into
Events (``dyadwatch.batches``: one bad article never costs the others), ``output``
writes them. A bad input is reported on stderr by name (and line, for JSONL) and the
other inputs are still coded; the exit code is then the highest of the errors met.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from datetime import datetime

import click

from ..errors import DyadwatchError, InputError
from ..output import FORMATS, open_writer
from ..schema import event_schema
from .exits import Outcome
from .options import format_option, load_settings, reportable_option
from .show import is_terminal, terminal_width


@click.command("code")
@click.argument("inputs", nargs=-1, metavar="[INPUTS]...")
@click.option(
    "--date",
    "pub_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Publication date of articles that carry none (plain text, JSONL records "
    "without a date, pages without one).",
)
@format_option(
    FORMATS,
    "json",
    "json: one event per line, JSON lines (see `dyadwatch schema`); csv: flattened "
    "columns; table: for reading (fitted to the terminal, tab-separated when piped).",
)
@reportable_option(default=False)
@click.option("--example", is_flag=True, help="Code the bundled example article too.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: DYADWATCH_MODEL).")
@click.option("--traceback", "show_traceback", is_flag=True, hidden=True)
@click.pass_context
def code(
    ctx: click.Context,
    inputs: tuple[str, ...],
    pub_date: datetime | None,
    fmt: str,
    reportable_only: bool,
    example: bool,
    model: str | None,
    show_traceback: bool,
) -> None:
    """Code news articles into events: who did what to whom, when, and how sure.

    INPUTS are what `dyadwatch ingest` reads: plain-text articles (the first line is the
    headline when it stands alone), JSON-lines files of articles (id, title, text, date,
    url, source), HTML pages, RSS/Atom feeds, any of these gzipped, folders, URLs, or -
    for standard input. With no INPUTS, standard input is read when it is not a terminal.
    Every event is printed whatever its status unless --reportable-only.
    """
    from ..batches import code_stream
    from ..coder import Coder
    from ..readers import load_example, read_inputs

    settings = load_settings(model=model)
    if not inputs and not example:
        if sys.stdin.isatty():
            raise click.UsageError("give INPUTS to code, - for standard input, or --example")
        inputs = ("-",)

    terminal = is_terminal()
    writer = open_writer(fmt, sys.stdout, width=terminal_width(), color=terminal,
                         terminal=terminal)  # fmt: skip
    coder = Coder(settings)
    outcome = Outcome()
    day = pub_date.date() if pub_date else None
    items = itertools.chain(
        [load_example()] if example else [], read_inputs(inputs, date=day, settings=settings)
    )
    try:
        for article, result in code_stream(coder, items):
            if isinstance(result, InputError):
                outcome.failed(result)
            elif isinstance(result, DyadwatchError):
                # model, data or store failures would fail every document alike: stop
                writer.close()
                raise result
            elif isinstance(result, BaseException):
                # a bug must not cost the batch its other documents, nor show a traceback
                if show_traceback:
                    raise result
                assert article is not None
                where = article.id if article.origin in (None, article.id) else f"{article.id} ({article.origin})"
                outcome.failed(result, f"{where}: internal error while coding: "
                               f"{type(result).__name__}: {result} (please report this; rerun "
                               "with --traceback for details)")  # fmt: skip
            else:
                events = [e for e in result if e.reportable] if reportable_only else result
                writer.write(events)
        writer.close()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining
        # about the unflushable stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        outcome.note(1)
    ctx.exit(outcome.code)


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the event records `dyadwatch code` writes."""
    click.echo(json.dumps(event_schema(), indent=2, ensure_ascii=False))

