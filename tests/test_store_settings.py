"""Settings reach every store: each command and the web app open the store with the
settings of the environment, and each store default is written once, in ``Settings``.

A memory limit DuckDB cannot take (``DYADWATCH_STORE_MEMORY_LIMIT=lots``) is a usage
error naming the variable in every command (the settings are read and checked once, by
``cli.options.load_settings``, which every command's store is opened with: no CLI module
builds a Store otherwise), and makes a Store built with it refuse to open. A valid limit
must be the one the store's DuckDB connection runs with.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from click.testing import CliRunner

from analysis_world import build_store
from dyadwatch.api import create_app
from dyadwatch.cli import main
from dyadwatch.cli.exits import USAGE
from dyadwatch.errors import StoreError
from dyadwatch.settings import Settings
from dyadwatch.store import Store

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"
BAD = {"DYADWATCH_STORE_MEMORY_LIMIT": "lots"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("settings") / "world.duckdb")


READ_COMMANDS = [
    ["events"],
    ["export", "--format", "plover"],
    ["failures"],
    ["check"],
    ["dyad", "VEN", "PRK"],
    ["network"],
    ["blocs"],
    ["sanctions"],
    ["shifts", "--before", "2018:2018", "--after", "2019:2019"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_every_command_opens_its_store_with_the_environment_settings(db: Path, args: list[str]) -> None:
    ok = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert ok.exit_code == 0, ok.output
    refused = CliRunner().invoke(main, [*args, "--db", str(db)], env=BAD)
    assert refused.exit_code == USAGE, refused.output
    assert "DYADWATCH_STORE_MEMORY_LIMIT" in refused.stderr and "'lots'" in refused.stderr


def test_cli_modules_open_stores_only_with_the_environments_settings() -> None:
    """Every ``Store(...)`` in the CLI is the one in ``options.open_store``, which passes
    ``load_settings()`` unless given settings (themselves from ``load_settings``)."""
    built = []
    for path in sorted((SRC / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Store":
                built.append(path.name)
    assert built == ["options.py"]


def test_ingest_opens_its_store_with_the_environment_settings(tmp_path: Path) -> None:
    text = tmp_path / "one.txt"
    text.write_text("Headline\n\nRussia attacked Ukraine on Monday.\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["ingest", str(text), "--db", str(tmp_path / "s.duckdb"), "-q"],
                                 env=BAD)  # fmt: skip
    assert refused.exit_code == USAGE, refused.output
    assert "DYADWATCH_STORE_MEMORY_LIMIT" in refused.stderr


def test_the_web_app_opens_its_store_with_the_settings_it_is_given(db: Path) -> None:
    with pytest.raises(StoreError, match="DYADWATCH_STORE_MEMORY_LIMIT"):
        create_app(db, Settings(store_memory_limit="lots"))
    app = create_app(db, Settings(store_memory_limit="300MB"))
    try:
        assert app.state.access.store.settings.store_memory_limit == "300MB"
        assert memory_limit_of(app.state.access.store).startswith(("300", "286"))  # MB or MiB
    finally:
        app.state.access.close()


def memory_limit_of(store: Store) -> str:
    """The memory limit DuckDB itself reports for the store's connection."""
    return store.duckdb_setting("memory_limit").replace(" ", "").upper()


def test_a_store_without_settings_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADWATCH_STORE_MEMORY_LIMIT", "200MB")
    monkeypatch.setenv("DYADWATCH_CLUSTER_INDEX_SIZE", "7")
    with Store(tmp_path / "env.duckdb") as store:
        assert memory_limit_of(store).startswith(("200", "190"))
        assert store.story_index().max_articles == 7


# -- each default written once ---------------------------------------------------------

#: the Settings fields the store and story clustering take
STORE_FIELDS = ("dedup_window_days", "cluster_threshold", "cluster_index_size", "store_memory_limit")


def _defaults_in(path: Path) -> list[str]:
    """Module constants named DEFAULT_* and parameter defaults that are literals equal to
    a store setting's default, in one module."""
    values = {getattr(Settings(), f) for f in STORE_FIELDS}
    found: list[str] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name) and t.id.startswith("DEFAULT_"):
                    found.append(f"{path.name}:{node.lineno} {t.id}")
        if isinstance(node, ast.FunctionDef):
            args = node.args
            for default in [*args.defaults, *[d for d in args.kw_defaults if d is not None]]:
                if isinstance(default, ast.Constant) and default.value in values and default.value is not None:
                    found.append(f"{path.name}:{default.lineno} {node.name}(... = {default.value!r})")
    return found


def test_store_defaults_are_written_once_in_settings() -> None:
    repeated = [hit for path in sorted((SRC / "store").glob("*.py")) for hit in _defaults_in(path)]
    assert repeated == []
