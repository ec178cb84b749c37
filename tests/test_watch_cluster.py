"""``dyadwatch watch --cluster local:1``: each round coded on a real Dask LocalCluster,
started once for the whole watch. The store it leaves is the one a one-process watch
leaves from the same folder: the same events, with the same mention counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from dyadwatch.store import EventFilter, Store
from test_watch_crash import news


def folder(root: Path, n: int) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    old = time.time() - 30
    for i in range(n):
        title, text, day = news(300 + i, "Desk")
        path = inbox / f"c{i:02d}.jsonl"
        path.write_text(json.dumps({"id": f"c{i}", "title": title, "text": text, "date": day}) + "\n")
        os.utime(path, (old, old))
    return inbox


def events_of(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        frame = store.events_frame(EventFilter(reportable=None))
    return dict(zip(frame["event_id"], frame["mention_count"], strict=True))


def test_cluster_rounds_store_what_one_process_stores(tmp_path: Path) -> None:
    inbox = folder(tmp_path, 12)
    runs = {}
    for name, extra in (("cluster", ["--cluster", "local:1"]), ("local", [])):
        db = tmp_path / f"{name}.duckdb"
        done = subprocess.run([sys.executable, "-m", "dyadwatch", "watch", str(inbox), "--db", str(db),
                               "--rounds", "2", "--every", "1s", *extra],
                              capture_output=True, text=True, timeout=600)  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        assert "round 1: 1 polled, 12 new articles" in done.stderr, done.stderr
        runs[name] = events_of(db)
    assert runs["cluster"] and runs["cluster"] == runs["local"]
