"""Errors and exit codes: the hierarchy drawn in ``dyadwatch.errors`` is the one in the
code, and ``dyadwatch.cli`` is the one place a DyadwatchError becomes an exit code.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch import errors
from dyadwatch.cli import COMMANDS, main

CLI = Path(inspect.getfile(errors)).parent / "cli"


def drawn_hierarchy() -> dict[str, tuple[str, int | None]]:
    """class name -> (parent drawn above it, exit code drawn beside it) from the docstring."""
    out: dict[str, tuple[str, int | None]] = {}
    parents: list[str] = []
    for line in (errors.__doc__ or "").splitlines():
        m = re.match(r"^ {4}((?:[│ ] {3})*)(?:[├└]── )?(\w+Error)\b.*?(?:exit (\d))?$", line)
        if not m:
            continue
        depth = len(m.group(1)) // 4 + (1 if ("├" in line or "└" in line) else 0)
        del parents[depth:]
        out[m.group(2)] = (parents[-1] if parents else "", int(m.group(3)) if m.group(3) else None)
        parents.append(m.group(2))
    return out


def test_the_drawn_hierarchy_is_the_code() -> None:
    drawn = drawn_hierarchy()
    classes = {
        name: cls for name, cls in vars(errors).items()
        if isinstance(cls, type) and issubclass(cls, errors.DyadwatchError)
    }  # fmt: skip
    assert set(drawn) == set(classes)
    for name, (parent, code) in drawn.items():
        cls = classes[name]
        assert (cls.__bases__[0].__name__ if parent else "") == (parent or ""), name
        if code is not None:
            assert cls.exit_code == code, name
        else:  # drawn without a code: it inherits its parent's
            assert cls.exit_code == classes[parent].exit_code, name
    assert drawn["TimeBudgetError"][0] == "InputError"


def test_only_the_cli_package_turns_errors_into_exit_codes() -> None:
    """Commands do not catch DyadwatchError to exit: the group's handler does, and
    ``cli.exits`` keeps the highest code for the commands that go past bad inputs."""
    deciding = sorted(
        path.name for path in CLI.glob("*.py")
        if any(isinstance(n, ast.Attribute) and n.attr == "exit_code"
               for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    )  # fmt: skip
    assert deciding == ["__init__.py", "exits.py"]


DB_COMMANDS = sorted(
    name for name in COMMANDS
    if name not in ("code", "schema", "eval", "eval-sentences", "ingest", "watch")
)  # fmt: skip


@pytest.mark.parametrize("command", DB_COMMANDS)
def test_a_missing_store_is_its_message_and_the_store_exit_code(tmp_path: Path, command: str) -> None:
    args = {"dyad": ["VEN", "PRK"], "export": ["--format", "plover"],
            "shifts": ["--before", "2018:2018", "--after", "2019:2019"]}.get(command, [])  # fmt: skip
    missing = tmp_path / "missing.duckdb"
    result = CliRunner().invoke(main, [command, *args, "--db", str(missing)])
    assert result.exit_code == errors.StoreError.exit_code, result.output
    assert result.stderr.startswith("error: ") and str(missing) in result.stderr
    assert not isinstance(result.exception, errors.DyadwatchError)  # handled, not raised
