"""Test-wide set-up: the shared evaluation data, when it is absent, is reported, not ignored."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_setup import ensure_chromium  # noqa: E402
from shared_paths import DEV, available  # noqa: E402

if TYPE_CHECKING:
    from dyadwatch.coder import Coder


def pytest_report_header(config: pytest.Config) -> str:
    state = "present" if available() else "ABSENT: tests that need it are skipped"
    return f"dyadwatch shared evaluation data: {DEV} ({state})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not available():
        skip = pytest.mark.skip(reason=f"{DEV} is absent (a clone without ../shared): this test reads the development set")
        for item in items:
            if getattr(item.module, "NEEDS_SHARED", False) or item.get_closest_marker("shared"):
                item.add_marker(skip)
    # the browser tests that will run need Chromium: bring it, or stop with one line
    if any(item.get_closest_marker("browser") and not item.get_closest_marker("skip") for item in items):
        problem = ensure_chromium()
        if problem is not None:
            pytest.exit(problem, returncode=4)


@pytest.fixture(scope="module")
def coder() -> Coder:
    """One loaded Coder per test module, for the modules that do not define their own (the
    tests/test_rules_*.py split of the rule regressions); imported here only when asked for."""
    from dyadwatch.coder import Coder
    from dyadwatch.settings import Settings

    return Coder(Settings()).load()
