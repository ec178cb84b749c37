"""A light server load test: ``dyadwatch serve`` under a few hundred requests.

The server runs as a subprocess on 127.0.0.1 at a free port over a real store; the load
comes from a second process (``stress/run.py load``) that spreads its requests over every
API endpoint and the dashboard and samples the server's memory. Asserted: every request
answered 200, and the server's resident memory grew by less than a generous bound after
a warm-up pass. Latencies are reported by ``stress/run.py`` and never asserted here.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyadwatch.coder import Coder
from dyadwatch.ingest import ingest
from dyadwatch.settings import Settings
from dyadwatch.store import Store
from test_mixed_batch import build_batch

STRESS = Path(__file__).resolve().parents[1] / "stress" / "run.py"
REQUESTS = 600
#: RSS growth allowed over all measured requests, after the warm-up pass (MB): generous, as
#: the first requests to each endpoint fill DuckDB's buffers and the app's caches
MAX_GROWTH_MB = 128
#: RSS growth allowed over the second half of the requests (MB): by then memory is flat
MAX_LATE_GROWTH_MB = 32


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    root = tmp_path_factory.mktemp("load")
    build_batch(root / "in", 120)
    db = root / "store.duckdb"
    with Store(db) as store:
        ingest([str(root / "in")], store, Coder(Settings()))
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dyadwatch", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                if httpx.get(url + "/api/events", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "dyadwatch serve did not answer within 120 s"
            time.sleep(0.3)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()


@pytest.mark.timeout(400)
def test_server_answers_a_few_hundred_requests_without_errors_or_memory_growth(
    server: tuple[str, int],
) -> None:
    url, pid = server
    cmd = [sys.executable, str(STRESS), "load", "--url", url, "--requests", str(REQUESTS),
           "--concurrency", "4", "--max-seconds", "300", "--server-pid", str(pid)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=390)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["requests_sent"] == REQUESTS, report
    assert report["errors"] == 0, report["error_kinds"]
    assert report["server_rss_end_mb"] - report["server_rss_start_mb"] < MAX_GROWTH_MB, report
    half, *_, end = report["server_rss_by_quarter_mb"][1:]
    assert end - half < MAX_LATE_GROWTH_MB, report
    print(json.dumps(report))  # the figures, for -s runs


def test_load_client_refuses_anything_but_loopback() -> None:
    cmd = [sys.executable, str(STRESS), "load", "--url", "http://192.0.2.1:9", "--requests", "1"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "loopback only" in done.stderr
