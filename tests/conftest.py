"""Test-wide set-up: the shared evaluation data, when it is absent, is reported, not ignored."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_paths import DEV, available  # noqa: E402


def pytest_report_header(config: pytest.Config) -> str:
    state = "present" if available() else "ABSENT: tests that need it are skipped"
    return f"dyadwatch shared evaluation data: {DEV} ({state})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if available():
        return
    skip = pytest.mark.skip(reason=f"{DEV} is absent (a clone without ../shared): this test reads the development set")
    for item in items:
        if getattr(item.module, "NEEDS_SHARED", False):
            item.add_marker(skip)
