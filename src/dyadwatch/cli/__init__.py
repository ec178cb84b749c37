"""Command-line interface. The library does the work; commands only wrap it.

Each command lives in its own module and is registered here lazily, so that
``dyadwatch --help`` stays fast and a command's heavy imports load only when it runs.

Exit codes are decided here: a DyadwatchError that leaves a command is printed as
``error: MESSAGE`` on standard error and the process exits with the error's
``exit_code`` (2 input, 3 data or model, 4 store, 5 cluster, 1 any other); commands do
not catch them. Two commands set a code themselves: ``code`` goes on past a bad input
and exits with the highest ``exit_code`` of the errors it met, ``check`` exits 1 when
the store has problems. Usage errors exit 2 (click).
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ..errors import DyadwatchError

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
}


class LazyGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DyadwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)

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
            raise
        cmd: Any = getattr(module, target[1], None)
        return cmd if isinstance(cmd, click.Command) else None


@click.group(cls=LazyGroup)
@click.version_option(package_name="dyadwatch")
def main() -> None:
    """dyadwatch: who did what to whom, when, where, and how sure the text is."""
