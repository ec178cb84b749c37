"""Command-line interface. The library does the work; commands only wrap it.

Each command lives in its own module and is registered in ``COMMANDS``, loaded lazily so
that ``dyadwatch --help`` stays fast and a command's heavy imports load only when it
runs. A new command is one module and one line here; it gets the shared layer for free:

- ``cli.options``: the shared options (``--db``, ``--since``/``--until``, ``--format``,
  ``--reportable-only/--all``, ``--include``, ``-o``) and ``load_settings``;
- ``cli.show``: tables (fitted to the terminal, plain when piped), CSV and JSON;
- ``cli.exits``: the exit-code table, shown under every command's ``--help``.

Errors are decided here, in one place: a DyadwatchError that leaves a command, a usage
error, or a package that cannot be imported is printed as one ``error: MESSAGE`` line on
standard error and the process exits with the code of ``cli.exits.EXIT_CODES``;
commands do not catch them. ``code`` and ``ingest`` go on past bad inputs and exit with
the highest code of the errors they met; ``check`` exits 1 when the store has problems.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ..errors import DyadwatchError, MissingPackageError
from ..optional import explain
from .exits import USAGE, exit_help, report

#: command name -> (module, attribute)
COMMANDS: dict[str, tuple[str, str]] = {
    "code": ("dyadwatch.cli.code_cmd", "code"),
    "schema": ("dyadwatch.cli.code_cmd", "schema"),
    "eval": ("dyadwatch.cli.eval_cmd", "eval_articles"),
    "eval-sentences": ("dyadwatch.cli.eval_cmd", "eval_sentences"),
    "ingest": ("dyadwatch.cli.store_cmd", "ingest"),
    "events": ("dyadwatch.cli.store_cmd", "events"),
    "export": ("dyadwatch.cli.store_cmd", "export"),
    "failures": ("dyadwatch.cli.store_cmd", "failures"),
    "check": ("dyadwatch.cli.store_cmd", "check"),
    "dyad": ("dyadwatch.cli.analysis_cmd", "dyad"),
    "network": ("dyadwatch.cli.analysis_cmd", "network"),
    "blocs": ("dyadwatch.cli.analysis_cmd", "blocs"),
    "sanctions": ("dyadwatch.cli.analysis_cmd", "sanctions"),
    "shifts": ("dyadwatch.cli.analysis_cmd", "shifts"),
    "serve": ("dyadwatch.cli.serve_cmd", "serve"),
    "watch": ("dyadwatch.cli.watch_cmd", "watch"),
    "sources": ("dyadwatch.cli.watch_cmd", "sources"),
}


def _unavailable(name: str, module: str, exc: BaseException) -> click.Command:
    """A stand-in for a command whose module cannot be imported: running it says why."""
    reason = explain(getattr(exc, "name", None), exc)

    def run() -> None:
        raise MissingPackageError(f"dyadwatch {name}", reason)

    return click.Command(name, callback=run, help=f"(unavailable: {reason})",
                         context_settings={"ignore_unknown_options": True, "allow_extra_args": True})  # fmt: skip


class LazyGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DyadwatchError as exc:
            report(str(exc))
            ctx.exit(exc.exit_code)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else ctx.command_path
            report(f"{exc.format_message()} (see: {where} --help)")
            ctx.exit(USAGE)
        except ImportError as exc:
            # a package imported deep inside a command (a broken install): one line
            name = ctx.invoked_subcommand or "dyadwatch"
            report(f"dyadwatch {name}: {explain(exc.name, exc)}")
            ctx.exit(MissingPackageError.exit_code)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self._load(name) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        try:
            module = importlib.import_module(target[0])
        except ModuleNotFoundError as exc:
            if exc.name == target[0]:
                return None  # command not built yet
            return _unavailable(name, target[0], exc)
        except ImportError as exc:
            return _unavailable(name, target[0], exc)
        cmd: Any = getattr(module, target[1], None)
        if not isinstance(cmd, click.Command):
            return None
        if not cmd.epilog:
            cmd.epilog = exit_help()
        return cmd


@click.group(cls=LazyGroup, epilog=exit_help())
@click.version_option(package_name="dyadwatch")
def main() -> None:
    """dyadwatch: who did what to whom, when, where, and how sure the text is."""
