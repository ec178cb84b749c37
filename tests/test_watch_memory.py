"""Memory over a long watch: 200 rounds of a feed with new items in each (slow).

A feed on 127.0.0.1 shows its newest twenty items and gains two per request; ``dyadwatch
watch`` polls it 200 times (``--every 100ms``, ``--events-out``, an alert rule) in a
subprocess whose resident memory (RSS, with psutil) is read as each round ends.

The store grows by two articles a round, and what it holds in memory grows with it (the
duplicate-story index keeps the newest ``DYADWATCH_CLUSTER_INDEX_SIZE`` articles, about
8.5 kB each; DuckDB keeps new data and its indexes in memory up to its memory limit). So
the yardstick is a control: the same articles ingested two at a time by ``ingest()``
into a store in one process, with no watch around it, measured the same way. The watch
must add nothing that grows round after round: its RSS trend from round 50 to round 200
(the slope of the minimum of each ten rounds, so that a passing allocation does not
count) may exceed the control's by ``EXTRA_MB`` at most. What it does exceed it by is
DuckDB's: the watch writes four small transactions a round where the control writes
one (the poll, the cursors, the alerts), and DuckDB's memory per transaction levels
off only after some thousands of them.

``python stress/run.py watch-memory`` runs this and reports the figures (the test
prints them as one ``WATCH_MEMORY {json}`` line).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psutil
import pytest

from dyadwatch.store import Store
from test_mixed_batch import heavy
from watch_support import Item, NewsSite, feed_answer

ROUNDS = 200
PER_ROUND = 2
SHOWN = 20
CHECKPOINTS = (1, 10, 25, 50, 75, 100, 125, 150, 175, 200)
#: how much more the watch's RSS may grow than the control's, rounds 50 to 200, in MB
#: (measured: 5 to 17 more; a leak of 200 kB a round adds 30)
EXTRA_MB = 24.0

_PAIRS = [("Russia", "Ukraine"), ("France", "Iran"), ("Brazil", "Argentina"), ("Japan", "China"),
          ("Germany", "Poland"), ("Egypt", "Israel"), ("India", "Pakistan"), ("Turkey", "Greece"),
          ("Kenya", "Somalia"), ("Peru", "Chile"), ("Canada", "Mexico")]  # fmt: skip
_TEMPLATES = ["{a} imposed sanctions on {b}.", "{a} signed a trade agreement with {b}.",
              "{a} accused {b} of violating the ceasefire.", "{a} sent aid to {b}.",
              "{a} expelled diplomats of {b}.", "{a} criticised {b} over the border dispute."]  # fmt: skip


def item(i: int) -> Item:
    a, b = _PAIRS[i % len(_PAIRS)]
    day = (date(2023, 1, 1) + timedelta(days=i // 3)).isoformat()
    text = _TEMPLATES[(i // len(_PAIRS)) % len(_TEMPLATES)].format(a=a, b=b)
    return Item(f"m{i}", f"Wire report {i}", f"{text} Officials confirmed it on {day}.", day)


def growth(series: list[float]) -> float:
    """RSS growth in MB over rounds 50 to 200, as a trend: the least-squares slope of the
    low envelope (the minimum of each ten rounds, from round 40 on) times 150 rounds.
    Single readings move by 20 MB as allocations come and go; the envelope does not."""
    lows = [(i + 5, min(series[i:i + 10])) for i in range(40, len(series) - 9, 10)]
    mx = sum(x for x, _ in lows) / len(lows)
    my = sum(y for _, y in lows) / len(lows)
    slope = sum((x - mx) * (y - my) for x, y in lows) / sum((x - mx) ** 2 for x, _ in lows)
    return round(slope * 150, 1)


def measure(tmp: Path, rounds: int = ROUNDS) -> dict[str, Any]:
    db, out = tmp / "live.duckdb", tmp / "events.jsonl"
    with NewsSite() as site:
        total = PER_ROUND * (rounds + 5)
        steps = [feed_answer([item(j) for j in range(max(0, n - SHOWN), n)], site.base)
                 for n in range(PER_ROUND, total + 1, PER_ROUND)]  # fmt: skip
        site.script("/feed.xml", *steps)
        cmd = [sys.executable, "-m", "dyadwatch", "watch", site.url("/feed.xml"), "--db", str(db),
               "--every", "100ms", "--rounds", str(rounds), "--host-delay", "0",
               "--events-out", str(out), "--alert", "root=16"]  # fmt: skip
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        ps = psutil.Process(proc.pid)
        series: list[float] = []
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("round ") and line.split()[1].endswith(":"):
                series.append(round(ps.memory_info().rss / 1_048_576, 1))
        proc.wait(timeout=120)
        proc.stderr.close()
        seconds = time.monotonic() - started
    with Store(db, read_only=True) as store:
        articles = len(store.articles_frame())
        polls = len(store.polls_frame())
        ok = store.check().ok
    lines = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
    control = json.loads(subprocess.run([sys.executable, __file__, "control", str(tmp / "control.duckdb"),
                                         str(rounds)], capture_output=True, text=True, check=True).stdout)  # fmt: skip
    return {"rounds": rounds, "exit_code": proc.returncode, "watch_seconds": round(seconds, 1),
            "articles": articles, "polls": polls, "check_ok": ok, "events_out": lines,
            "rss_mb_by_round": {n: series[n - 1] for n in CHECKPOINTS if n <= len(series)},
            "growth_mb": growth(series) if len(series) == rounds else None,
            "control_rss_mb_by_round": {n: control[n - 1] for n in CHECKPOINTS if n <= len(control)},
            "control_growth_mb": growth(control)}  # fmt: skip


def control(db: Path, rounds: int) -> list[float]:
    """The same articles through ``ingest()``, two a call, in this process: RSS per call."""
    from dyadwatch.coder import Coder
    from dyadwatch.ingest import ingest
    from dyadwatch.records import Article
    from dyadwatch.settings import from_env

    settings = from_env()
    coder = Coder(settings)
    me = psutil.Process()
    series: list[float] = []
    with Store(db, settings) as store:
        for r in range(rounds):
            articles = [Article(id=it.guid, title=it.title, text=it.text, date=date.fromisoformat(it.date))
                        for it in (item(j) for j in range(PER_ROUND * r, PER_ROUND * (r + 1)))]  # fmt: skip
            ingest(articles, store, coder, settings=settings)
            series.append(round(me.memory_info().rss / 1_048_576, 1))
    return series


@pytest.mark.slow
def test_memory_stays_flat_over_200_rounds(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    heavy(request)
    figures = measure(tmp_path)
    print("WATCH_MEMORY " + json.dumps(figures))
    assert figures["exit_code"] == 0
    assert figures["articles"] == PER_ROUND * ROUNDS and figures["polls"] == ROUNDS and figures["check_ok"]
    assert figures["events_out"] >= ROUNDS and len(figures["rss_mb_by_round"]) == len(CHECKPOINTS)
    assert figures["growth_mb"] - figures["control_growth_mb"] < EXTRA_MB, figures


if __name__ == "__main__" and sys.argv[1:2] == ["control"]:
    print(json.dumps(control(Path(sys.argv[2]), int(sys.argv[3]))))
