"""Shared by the kill -9 tests of ``ingest`` (test_crash_recovery) and ``watch``
(test_watch_crash): the SIGKILL itself and the line that says where it struck."""

from __future__ import annotations

import signal
import subprocess


def sigkill(proc: subprocess.Popen[str], committed: int, delay: float) -> str:
    """SIGKILL ``proc`` now; say after how many committed batches (and the delay after the
    last one), and whether it had already finished by itself."""
    finished = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    if proc.stderr is not None:
        proc.stderr.close()
    return f"after {committed} batches + {delay:.2f}s" + (" (had finished)" if finished else "")
