"""Randomness in the tests is seeded: a failure can be rerun as it happened.

Every random generator a test module makes (``random.Random``, ``random.seed``,
``numpy.random.default_rng``) and every ``seed=`` it passes gets a value that does not
come from the clock, the process or the operating system's entropy.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
#: calls whose value changes from run to run
UNSEEDED = {"time", "time_ns", "perf_counter", "monotonic", "now", "utcnow", "getpid", "urandom",
            "uuid4", "token_bytes", "randbits", "random", "SystemRandom"}  # fmt: skip
GENERATORS = {"Random", "seed", "default_rng", "RandomState"}


def _called(node: ast.AST) -> set[str]:
    names = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            f = n.func
            names.add(f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", ""))
    return names


def unseeded(source: str) -> list[str]:
    """Where a source makes a generator without a seed, or seeds one from a changing value."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        seeds = [kw.value for kw in node.keywords if kw.arg == "seed"]
        if name in GENERATORS:
            if not node.args and not seeds:
                found.append(f"line {node.lineno}: {name}() without a seed")
            seeds += node.args[:1]
        for value in seeds:
            if _called(value) & UNSEEDED:
                found.append(f"line {node.lineno}: seed from {ast.unparse(value)}")
    return found


def test_the_check_finds_clock_seeds() -> None:
    assert unseeded("import random, time\nrng = random.Random(int(time.time()))") != []
    assert unseeded("run(seed=int(time.time()) % 10_000)") != []
    assert unseeded("rng = random.Random()") != []
    assert unseeded("rng = random.Random(7)\nrun(seed=SEED)") == []


def test_every_test_module_seeds_its_randomness() -> None:
    found = {
        path.name: hits for path in sorted(TESTS.glob("*.py"))
        if (hits := unseeded(path.read_text(encoding="utf-8")))
    }  # fmt: skip
    assert found == {}
