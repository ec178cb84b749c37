"""Exit codes and error lines: the one table, and the one way an error is printed.

Every command exits with a code from ``EXIT_CODES``; ``dyadwatch --help``, each
command's ``--help`` and the README show this table. An error is one line on standard
error, ``error: MESSAGE``. A DyadwatchError carries its code (``dyadwatch.errors``);
commands that go on past bad inputs (``code``, ``ingest``) keep the highest code of
the errors they met in an ``Outcome`` and exit with it at the end.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import click

from ..errors import DyadwatchError

#: (exit code, what it means) - the table in --help and the README
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (0, "success: every input read and coded, or the question answered"),
    (1, "an internal error (a bug: please report it); `check`: the store has problems"),
    (2, "usage: a bad option, argument, date or DYADWATCH_* setting; or an input that "
        "could not be read or coded (each named on stderr; `ingest` records them, see "
        "`dyadwatch failures`)"),
    (3, "a package, the spaCy model or a packaged data file is missing or broken "
        "(the message names the fix)"),
    (4, "the store cannot be opened, read or written"),
    (5, "the Dask cluster cannot be started or reached"),
)  # fmt: skip

USAGE = 2
INTERNAL = 1


def exit_help() -> str:
    """The exit-code table for a command's help (click keeps ``\\b`` paragraphs as written)."""
    rows = "\n".join(
        textwrap.fill(meaning.replace("`", ""), width=76, initial_indent=f"  {code}  ",
                      subsequent_indent="     ")
        for code, meaning in EXIT_CODES
    )  # fmt: skip
    return f"Exit codes:\n\n\b\n{rows}"


def exit_code_of(exc: BaseException) -> int:
    """The code an error exits with: its own for ours, 1 for anything else (a bug)."""
    return exc.exit_code if isinstance(exc, DyadwatchError) else INTERNAL


def report(message: str) -> None:
    """Print one error line on standard error."""
    click.echo(f"error: {' '.join(str(message).split())}", err=True)


class Outcome:
    """A run that goes on past errors: each is reported as it is met, and the run exits
    with the highest code among them (0 when there were none)."""

    def __init__(self) -> None:
        self.code = 0

    def failed(self, exc: BaseException, message: str | None = None) -> None:
        report(message or str(exc))
        self.note(exit_code_of(exc))

    def note(self, code: int) -> None:
        self.code = max(self.code, code)


def failure_exit_code(kinds: Iterable[str]) -> int:
    """The code an ingest exits with after failures of these kinds (``failure_kind``):
    the highest code of the errors they stand for; 0 for none."""
    from ..ingest import FAILURE_KINDS

    # a kind of ours stands for an error class, which carries its code; "internal" is a bug
    return max((getattr(FAILURE_KINDS.get(k), "exit_code", INTERNAL) for k in kinds), default=0)
