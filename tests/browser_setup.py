"""Chromium for the dashboard's browser tests, brought by the test run itself.

The README's test command is all the set-up a fresh machine needs: when browser tests are
collected and Debian's Chromium is missing, ``scripts/install_browser.sh`` installs it
(apt, as root or through passwordless sudo). Where that cannot be done, the run stops with
one line that says how to install it; browser tests are never skipped to get past it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
INSTALLER = Path(__file__).resolve().parents[1] / "scripts" / "install_browser.sh"


def ensure_chromium(path: str = CHROMIUM, installer: Path = INSTALLER) -> str | None:
    """None when Chromium is (now) at ``path``; else the one line that says what to do."""
    if os.access(path, os.X_OK):
        return None
    try:
        done = subprocess.run(["sh", str(installer)], capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as exc:
        done = None
        reason = str(exc)
    else:
        lines = [ln for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit code {done.returncode}"
    if done is not None and done.returncode == 0 and os.access(path, os.X_OK):
        return None
    return (
        f"the browser tests need Chromium at {path} and {installer.name} could not install it "
        f"({reason}); install Debian's chromium package as root (apt-get install chromium) and rerun"
    )
