"""The package's shape, checked: the coder stays wiring, modules keep their private names
to themselves, and each word list is written once.

Each check reads the source and data files as they are (AST and YAML), so it fails the
moment a copy of a list or an import of a private name comes back.
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest
import yaml

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"
MIN_WORDS = 4  # lists shorter than this are phrases, not word lists
NEAR = 0.8  # two lists sharing this share of their words (Jaccard) are one list copied
# keys whose lists are ordered grammar, not vocabulary: a trigger's roles, tried in order
# ("source: [governor, mod, prep:by, prep:of]" on n-visit puts the default roles in
# another order)
NOT_WORD_LISTS = frozenset({"source", "target"})
# pairs of lists that share words by design, each with the reason
DISTINCT = {
    frozenset({"dyadwatch/data/events/triggers.yaml.verbs[sign-military-agreement].lemmas",
               "dyadwatch/data/events/triggers.yaml.verbs[sign-agreement].lemmas"}):
        "the same verbs of signing: 062 with a defence or security pact as their object, 057 with any agreement",
    frozenset({"dyadwatch/data/events/triggers.yaml.verbs[sign-military-agreement].objects",
               "dyadwatch/data/events/triggers.yaml.nouns[n-military-agreement].lemmas"}):
        "the same defence and security pacts: signed (the verb's objects) and named (the noun's lemmas)",
    frozenset({"dyadwatch/data/events/triggers.yaml.verbs[sell-arms].lemmas",
               "dyadwatch/data/events/triggers.yaml.verbs[supply-goods].lemmas"}):
        "the same verbs of supply: 062 with weapons as their object, 061 with goods",
    frozenset({"dyadwatch/data/events/triggers.yaml.verbs[deploy].lemmas",
               "dyadwatch/data/events/triggers.yaml.verbs[deploy-frontier].lemmas"}):
        "the same verbs of sending forces: 150 into or against a state, 150 to a border or waters",
    frozenset({"dyadwatch/data/events/triggers.yaml.verbs[deploy].lemmas",
               "dyadwatch/data/events/triggers.yaml.verbs[deploy-to-host].lemmas"}):
        "the same verbs of sending forces: 150 into or against a state, 062 to the state itself",
    frozenset({"dyadwatch/data/events/triggers.yaml.verbs[deploy-frontier].lemmas",
               "dyadwatch/data/events/triggers.yaml.verbs[deploy-to-host].lemmas"}):
        "the same verbs of sending forces: 150 to a border or waters, 062 to the state itself",
}  # fmt: skip


def _modules(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _name(path: Path, root: Path) -> str:
    return str(path.relative_to(root.parent))


# -- the coder is wiring ------------------------------------------------------------------
def test_coder_is_wiring_under_350_lines() -> None:
    lines = (SRC / "coder.py").read_text(encoding="utf-8").count("\n")
    assert lines < 350, f"coder.py has {lines} lines: a rule has moved back into the wiring"


# -- private names stay private -------------------------------------------------------------
def private_imports(root: Path) -> list[str]:
    """Every use, in a module under ``root``, of another module's underscore name:
    ``from m import _x`` and ``m._x`` / ``Imported._x`` on an imported name."""
    found = []
    for path in _modules(root):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom | ast.Import):
                for alias in node.names:
                    bound = alias.asname or alias.name.split(".")[0]
                    imported.add(bound)
                    if isinstance(node, ast.ImportFrom) and _private(alias.name):
                        found.append(f"{_name(path, root)}:{node.lineno} imports {alias.name} from {node.module}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imported and _private(node.attr):
                found.append(f"{_name(path, root)}:{node.lineno} uses {node.value.id}.{node.attr}")
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_uses_another_modules_private_names() -> None:
    assert private_imports(SRC) == []


# -- each word list once --------------------------------------------------------------------
def _strings(node: ast.AST) -> list[str] | None:
    """The strings of a set/list/tuple literal, also inside frozenset(...) or set(...)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple", "list") and len(node.args) == 1:
        node = node.args[0]
    if not isinstance(node, ast.Set | ast.List | ast.Tuple):
        return None
    words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return words if len(words) == len(node.elts) else None


def code_word_lists(root: Path) -> dict[str, frozenset[str]]:
    """Module- and class-level literal collections of strings, by "file:line NAME"."""
    out: dict[str, frozenset[str]] = {}
    for path in _modules(root):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
        for node in itertools.chain.from_iterable(bodies):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                words = _strings(node.value)
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if words is not None and len(words) >= MIN_WORDS:
                    label = getattr(target, "id", "?")
                    out[f"{_name(path, root)}:{node.lineno} {label}"] = _normal(words)
    return out


def data_word_lists(root: Path) -> dict[str, frozenset[str]]:
    """Lists of strings in the packaged YAML data files, by "file: key.path"."""
    out: dict[str, frozenset[str]] = {}

    def walk(value: object, where: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k not in NOT_WORD_LISTS:
                    walk(v, f"{where}.{k}")
        elif isinstance(value, list):
            if len(value) >= MIN_WORDS and all(isinstance(v, str) for v in value):
                out[where] = _normal(value)
            else:
                for i, v in enumerate(value):
                    name = v.get("id", v.get("code", i)) if isinstance(v, dict) else i
                    walk(v, f"{where}[{name}]")

    for path in sorted((root / "data").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), _name(path, root))
    return out


def _normal(words: list[str]) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in words)


def copied_lists(lists: dict[str, frozenset[str]]) -> list[str]:
    """Pairs of lists that are equal or nearly so (Jaccard >= NEAR)."""
    found = []
    for (a, wa), (b, wb) in itertools.combinations(lists.items(), 2):
        share = len(wa & wb) / len(wa | wb)
        if share >= NEAR and frozenset({a, b}) not in DISTINCT:
            found.append(f"{a} ~ {b} ({share:.0%} shared)")
    return found


def test_no_word_list_is_written_twice() -> None:
    lists = {**code_word_lists(SRC), **data_word_lists(SRC)}
    assert len(lists) > 50, "the scan found too few lists to be reading the package"
    assert copied_lists(lists) == []


@pytest.mark.parametrize(
    ("lists", "copies"),
    [
        ({"a": frozenset("abcd"), "b": frozenset("abcd")}, 1),
        ({"a": frozenset("abcdefghij"), "b": frozenset("abcdefghi")}, 1),  # one word dropped
        ({"a": frozenset("abcd"), "b": frozenset("abef")}, 0),
    ],
)
def test_the_copy_check_finds_copies(lists: dict[str, frozenset[str]], copies: int) -> None:
    assert len(copied_lists(lists)) == copies


def test_the_scans_read_literals_and_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "data").mkdir(parents=True)
    (pkg / "a.py").write_text('WORDS = frozenset({"alpha", "beta", "gamma", "delta"})\n_X = 1\n')
    (pkg / "b.py").write_text("from .a import _X\nfrom . import a\nY = a._X\n")
    (pkg / "data" / "d.yaml").write_text("words: [Alpha, beta, gamma, delta]\n")
    lists = {**code_word_lists(pkg), **data_word_lists(pkg)}
    assert len(copied_lists(lists)) == 1
    assert len(private_imports(pkg)) == 2
