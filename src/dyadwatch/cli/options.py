"""The options every command shares, each written once: one spelling, one parser.

- ``--db PATH``: the store.
- ``--since``/``--until`` (and ``--before``/``--after START:END``): dates are parsed by
  ``dyadwatch.spans`` when the command line is read, so a bad date is the same usage
  error (exit 2, same message) in every command.
- ``--format``: ``json`` is the one spelling of JSON output (JSON lines for lists of
  records, one document for reports); ``jsonl`` is still taken, without being listed.
- ``--reportable-only/--all``: the one spelling of the reportable filter (``--all``
  lists events of every status); the default is each command's.
- ``--include STATUS``: what the relations analytics count beside reportable events.
- ``-o/--output FILE``.

Settings come from the environment through ``load_settings``: a bad ``DYADWATCH_*``
value is a usage error naming the variable, in every command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..spans import DATE_FORM, date_span, period_bounds

if TYPE_CHECKING:
    from ..settings import Settings
    from ..store import Store

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "dyadwatch.duckdb"
#: spellings still taken for a --format value, not listed in --help
FORMAT_ALIASES = {"jsonl": "json"}


def load_settings(**overrides: Any) -> Settings:
    """Settings from ``DYADWATCH_*`` (a bad value is a usage error naming the variable)."""
    from ..settings import from_env

    try:
        return from_env().with_overrides(**overrides)
    except ValueError as exc:
        raise click.UsageError(f"bad setting in the environment: {exc}") from None


def open_store(db: str | Path, *, read_only: bool, settings: Settings | None = None) -> Store:
    """The store at ``db`` with the environment's settings."""
    from ..store import Store

    return Store(db, settings or load_settings(), read_only=read_only)


class CheckedText(click.ParamType):
    """Text an option keeps as written once ``check`` accepts it (``check`` raises
    ValueError with the message for a bad value)."""

    def __init__(self, name: str, metavar: str, check: Callable[[str], object]) -> None:
        self.name = name
        self._metavar = metavar
        self._check = check

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return self._metavar

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            self._check(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        return str(value).strip()


#: a date of any precision, checked by ``spans.date_span``
DATE = CheckedText("date", "DATE", date_span)
#: ``START:END``, both ends inclusive, either open, checked by ``spans.period_bounds``
PERIOD = CheckedText("period", "START:END", period_bounds)


class FormatChoice(click.Choice):
    """A ``--format`` choice that also takes, without listing them, the old spellings in
    ``FORMAT_ALIASES`` and the values in ``hidden``."""

    def __init__(self, choices: Sequence[str], hidden: Sequence[str] = ()) -> None:
        super().__init__(list(choices))
        self.hidden = tuple(hidden)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value).lower()
        if text in self.hidden:
            return text
        if text in FORMAT_ALIASES and FORMAT_ALIASES[text] in self.choices:
            return FORMAT_ALIASES[text]
        return super().convert(value, param, ctx)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="The DuckDB store file.",
    )(func)


def period_options(func: F) -> F:
    func = click.option("--until", type=DATE, help=f"Up to this date, inclusive ({DATE_FORM}).")(func)
    return click.option("--since", type=DATE, help=f"From this date ({DATE_FORM}).")(func)


def format_option(choices: Sequence[str], default: str | None, help: str, *,
                  hidden: Sequence[str] = ()) -> Callable[[F], F]:  # fmt: skip
    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=FormatChoice(choices, hidden),
            default=default,
            required=default is None,
            show_default=default is not None,
            help=help,
        )(func)

    return decorate


def reportable_option(default: bool, *, legacy: bool = False) -> Callable[[F], F]:
    """``--reportable-only/--all``; ``legacy`` also takes the old ``--reportable``."""

    def decorate(func: F) -> F:
        func = click.option(
            "--reportable-only/--all",
            "reportable_only",
            default=default,
            show_default=True,
            help="Only reportable events (asserted, outside commentary: the feed view), or "
            "events of every status.",
        )(func)
        if legacy:
            func = click.option("--reportable", "_legacy_reportable", is_flag=True, hidden=True,
                                expose_value=False)(func)  # fmt: skip
        return func

    return decorate


def output_option(help: str = "Write to FILE instead of standard output.") -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help=help
        )(func)

    return decorate


def include_option(func: F) -> F:
    return click.option(
        "--include",
        multiple=True,
        metavar="STATUS",
        help="Also count non-reportable events of this status (claimed, speculated, "
        "hypothetical, future, negated, commentary); repeat or separate with commas.",
    )(func)


def includes(values: Iterable[str]) -> tuple[str, ...]:
    """``--include`` values, split at commas."""
    return tuple(v.strip() for raw in values for v in raw.split(",") if v.strip())


def counted(include: tuple[str, ...]) -> str:
    """What a figure counted, in words."""
    if not include:
        return "counted: reportable events only"
    return "counted: reportable events plus " + ", ".join(include) + " (labelled)"
