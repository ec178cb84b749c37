"""The package's layering and names, read from the source: data flows one way
(ingest uses the store, never the reverse), a URL's host is taken in one function, and
no two public classes share a name.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from dyadwatch.records import Article
from dyadwatch.store import Store
from dyadwatch.urls import host_of

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the dyadwatch modules a file imports (relative imports resolved)."""
    package = ["dyadwatch", *path.relative_to(SRC).parent.parts]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, *([node.module] if node.module else [])])
            out.add(name)
            out.update(f"{name}.{a.name}" for a in node.names)
    return {m for m in out if m.startswith("dyadwatch")}


def test_imported_modules_resolves_relative_imports() -> None:
    names = imported_modules(SRC / "ingest" / "pipeline.py")
    assert "dyadwatch.store" in names and "dyadwatch.readers.Sources" in names


def test_the_store_imports_nothing_from_ingest() -> None:
    offenders = {
        str(path.relative_to(SRC)): sorted(m for m in imported_modules(path) if m.startswith("dyadwatch.ingest"))
        for path in sorted((SRC / "store").glob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_a_url_host_is_taken_in_one_place() -> None:
    users = sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if any(isinstance(n, ast.Attribute) and n.attr == "hostname"
               for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    )  # fmt: skip
    assert users == ["urls.py"]


def test_the_store_names_an_outlet_by_the_readers_host_of(tmp_path: Path) -> None:
    url = "https://www.news.example.org/world/2022/talks"
    with Store(tmp_path / "s.duckdb") as store:
        store.add_coded([(Article(id="a", text="A text with no source.", url=url), []),
                         (Article(id="b", text="Another text, with a source.", url=url, source="Desk"), [])])  # fmt: skip
        stored = store.articles_frame().sort_values("doc")["outlet"].tolist()
    assert stored == [host_of(url), "Desk"] == ["news.example.org", "Desk"]


def test_public_class_names_are_unique() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                where[node.name].append(str(path.relative_to(SRC)))
    assert {name: files for name, files in where.items() if len(files) > 1} == {}
