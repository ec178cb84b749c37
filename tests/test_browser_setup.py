"""The test run brings Chromium, or stops with one line saying how (tests/browser_setup.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from browser_setup import ensure_chromium


def _script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "install.sh"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_present_browser_needs_nothing(tmp_path: Path) -> None:
    browser = _script(tmp_path, "exit 0")
    # an installer that does not exist: ensure_chromium must not need it
    assert ensure_chromium(str(browser), tmp_path / "no-installer.sh") is None


def test_missing_browser_is_installed_by_the_script(tmp_path: Path) -> None:
    target = tmp_path / "chromium"
    installer = _script(tmp_path, f"printf '#!/bin/sh\\n' > {target} && chmod +x {target}")
    assert ensure_chromium(str(target), installer) is None
    assert os.access(target, os.X_OK)


def test_uninstallable_browser_gives_one_line_with_the_reason(tmp_path: Path) -> None:
    installer = _script(tmp_path, "echo 'not root and no passwordless sudo: run sudo apt-get install chromium' >&2; exit 2")
    message = ensure_chromium(str(tmp_path / "absent"), installer)
    assert message is not None
    assert "\n" not in message
    assert "not root and no passwordless sudo" in message
    assert "apt-get install chromium" in message


def test_installer_that_succeeds_without_a_browser_is_a_failure(tmp_path: Path) -> None:
    installer = _script(tmp_path, "echo done")
    message = ensure_chromium(str(tmp_path / "absent"), installer)
    assert message is not None and "done" in message
