"""A package that cannot be imported is one clear line naming it and the fix, never a
traceback; an ingest records it as a failure of the input that needed it and goes on.

Each case runs the real ``dyadwatch`` in a subprocess whose ``sitecustomize`` (first on
PYTHONPATH) makes real imports fail: ``BLOCK_IMPORTS`` as if the packages were not
installed (ModuleNotFoundError from the import system), ``BREAK_IMPORTS`` as if they were
installed broken (the package's own code raises while it is imported).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dyadwatch.store import Store
from test_ingest import feed, page
from test_store import make_article, make_event

SITECUSTOMIZE = '''
import importlib.abc, importlib.machinery, os, sys

BLOCKED = {n for n in os.environ.get("BLOCK_IMPORTS", "").split(",") if n}
BROKEN = {n for n in os.environ.get("BREAK_IMPORTS", "").split(",") if n}


class _Broken(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise AttributeError("module 'sgmllib' has no attribute 'SGMLParser'")


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        if name in BROKEN:
            return importlib.machinery.ModuleSpec(name, _Broken())
        return None


sys.meta_path.insert(0, _Finder())
'''

STORY = (
    "Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow on "
    "Tuesday to discuss the reconstruction of Syria."
)


@pytest.fixture
def shim(tmp_path: Path) -> Path:
    folder = tmp_path / "shim"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return folder


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(page("Putin meets Assad", [STORY, STORY]), encoding="utf-8")
    (folder / "good.txt").write_text("Putin meets Assad\n\n" + STORY + "\n", encoding="utf-8")
    (folder / "wire.rss").write_text(
        feed([("Lavrov in Damascus", "http://127.0.0.1:9/a", STORY.replace("Tuesday", "Friday"))]),
        encoding="utf-8",
    )
    return folder


def dyadwatch(args: list[str], shim: Path, cwd: Path, **imports: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BLOCK_IMPORTS", "BREAK_IMPORTS")}
    env["PYTHONPATH"] = os.pathsep.join([str(shim), *filter(None, [env.get("PYTHONPATH")])])
    env.update({k.upper(): v for k, v in imports.items()})
    return subprocess.run(
        [sys.executable, "-m", "dyadwatch", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def failures(db: Path) -> dict[str, tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {i: (k, r) for i, k, r in con.execute("SELECT input, kind, reason FROM failures").fetchall()}


def test_the_shim_makes_real_imports_fail(shim: Path, tmp_path: Path) -> None:
    """The premise: under the shim, importing the package really fails."""
    probe = [sys.executable, "-c", "import trafilatura"]
    env = {**os.environ, "PYTHONPATH": str(shim), "BLOCK_IMPORTS": "lxml_html_clean"}
    result = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "lxml_html_clean" in result.stderr


def test_ingest_records_a_missing_package_as_that_inputs_failure(shim: Path, inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = dyadwatch(["ingest", str(inputs), "--db", str(db), "-q"], shim, tmp_path,
                       block_imports="lxml_html_clean")  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 3, result.stderr
    page_file = str(inputs / "page.html")
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error: ")]
    assert line.startswith(f"error: {page_file}: ") and "lxml_html_clean" in line
    assert "pip install lxml_html_clean" in line
    assert failures(db) == {page_file: ("missing-package", line.removeprefix(f"error: {page_file}: "))}
    with Store(db, read_only=True) as store:  # the other inputs went on
        assert store.counts()["articles"] == 2
        docs = set(store.articles_frame()["doc"])
    assert "good.txt" in docs


def test_ingest_records_a_broken_package(shim: Path, inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = dyadwatch(["ingest", str(inputs / "wire.rss"), str(inputs / "good.txt"), "--db", str(db), "-q"],
                       shim, tmp_path, break_imports="feedparser")  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 3
    kind, reason = failures(db)[str(inputs / "wire.rss")]
    assert kind == "missing-package"
    assert "feedparser is installed but cannot be imported" in reason
    assert "--force-reinstall feedparser" in reason
    with Store(db, read_only=True) as store:
        assert set(store.articles_frame()["doc"]) == {"good.txt"}


def test_code_names_the_input_and_codes_the_others(shim: Path, inputs: Path, tmp_path: Path) -> None:
    result = dyadwatch(["code", "page.html", "good.txt"], shim, inputs,
                       block_imports="trafilatura")  # fmt: skip
    assert "Traceback" not in result.stderr
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        "error: page.html: the package trafilatura is not installed; fix: "
        f"{sys.executable} -m pip install trafilatura"
    ]
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert docs == {"good.txt"}


def test_a_plot_without_matplotlib_is_one_line(shim: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        a = make_article("a")
        store.add_coded([(a, [make_event(a, source="VEN", target="PRK")])])
    result = dyadwatch(["dyad", "VEN", "PRK", "--db", str(db), "--plot", str(tmp_path / "d.png")],
                       shim, tmp_path, block_imports="matplotlib")  # fmt: skip
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        f"error: --plot: the package matplotlib is not installed; fix: {sys.executable} -m pip "
        "install matplotlib"
    ]


def test_a_package_a_command_imports_deep_inside_is_one_line(shim: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    result = dyadwatch(["events", "--db", str(db)], shim, tmp_path, block_imports="pandas")
    assert "Traceback" not in result.stderr
    assert result.returncode == 3
    [line] = result.stderr.splitlines()
    assert line.startswith("error: dyadwatch events: ") and "pip install pandas" in line
