"""``dyadwatch watch`` killed with SIGKILL in the middle of its rounds, then restarted.

A feed gains twelve items per request and a folder holds twenty files; the watch runs
with small commits and ``--log-batches``, and is SIGKILLed after a random number of
committed batches plus a random delay (a fixed seed, printed and named in every
failure message), three times; a last run completes it. Then: every item is stored once
(``dyadwatch check`` ok), ``--events-out`` holds each new reportable event exactly once
although the runs were killed between writing lines and recording them, and every
alert was raised once and reached the webhook (at least once: a kill between a
delivery and its record sends it again, with the same Idempotency-Key).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from crash_support import sigkill
from dyadwatch.store import Store
from test_mixed_batch import heavy
from watch_support import Answer, Item, NewsSite, WebhookReceiver, feed_answer, read_jsonl

SEED = 1515
KILLS = 3
PER_REQUEST = 12
FEED_ITEMS = 60
FILES = 20

_PAIRS = [("Russia", "Ukraine"), ("France", "Iran"), ("Brazil", "Argentina"), ("Japan", "China"),
          ("Germany", "Poland"), ("Egypt", "Israel"), ("India", "Pakistan"), ("Turkey", "Greece")]  # fmt: skip
_TEMPLATES = ["{a} imposed sanctions on {b}.", "{a} signed a trade agreement with {b}.",
              "{a} accused {b} of violating the ceasefire.", "{a} sent aid to {b}.",
              "{a} expelled diplomats of {b}."]  # fmt: skip


def news(i: int, prefix: str) -> tuple[str, str, str]:
    a, b = _PAIRS[i % len(_PAIRS)]
    day = (date(2024, 1, 1) + timedelta(days=i)).isoformat()
    text = _TEMPLATES[i % len(_TEMPLATES)].format(a=a, b=b) + f" Officials confirmed it on {day}."
    return f"{prefix} report {i}", text, day


def feed_items(n: int) -> list[Item]:
    return [Item(f"n{i}", *news(i, "Wire")) for i in range(n)]


def start(cmd: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def kill_after_batches(cmd: list[str], rng: random.Random) -> str:
    after = rng.randint(1, 8)
    delay = rng.uniform(0.0, 0.3)
    proc = start(cmd)
    assert proc.stderr is not None
    committed = rounds = 0
    for line in proc.stderr:
        if line.startswith("batch committed"):
            committed += 1
            if committed >= after:
                break
        elif line.startswith("round ") and ": " in line:
            rounds += 1  # little is left to commit: kill it in its next round
            if rounds >= 2:
                break
    time.sleep(delay)
    return sigkill(proc, committed, delay)


def run_crash_recovery(tmp: Path, seed: int, kills: int) -> None:
    rng = random.Random(seed)
    inbox = tmp / "inbox"
    inbox.mkdir()
    for i in range(FILES):
        title, text, day = news(100 + i, "Desk")
        (inbox / f"desk{i:02d}.jsonl").write_text(json.dumps({"id": f"d{i}", "title": title, "text": text,
                                                             "date": day}) + "\n")  # fmt: skip
    db, out = tmp / "live.duckdb", tmp / "events.jsonl"
    with NewsSite() as site, WebhookReceiver() as hook:
        steps = [feed_answer(feed_items(min(FEED_ITEMS, PER_REQUEST * k)), site.base)
                 for k in range(1, FEED_ITEMS // PER_REQUEST + 1)]  # fmt: skip
        site.script("/feed.xml", *steps)
        cmd = [sys.executable, "-m", "dyadwatch", "watch", site.url("/feed.xml"), str(inbox),
               "--db", str(db), "--every", "200ms", "--commit-size", "4", "--log-batches",
               "--host-delay", "0", "--events-out", str(out), "--alert", "root=16",
               "--alert", "new-tie", "--webhook", hook.url]  # fmt: skip
        where = [kill_after_batches(cmd, rng) for _ in range(kills)]
        note = f"seed {seed}, kills: {where}"
        # the feed holds every item now; the last run takes what the kills left
        site.publish("/feed.xml", Answer(feed_answer(feed_items(FEED_ITEMS), site.base).body,
                                         content_type="application/rss+xml"))  # fmt: skip
        done = subprocess.run([*cmd, "--rounds", "3"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{note}: {done.stderr[-3000:]}"
        accepted = hook.accepted()
    check = subprocess.run([sys.executable, "-m", "dyadwatch", "check", "--db", str(db)],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0 and check.stdout.strip().endswith("ok"), f"{note}: {check.stdout}"
    with Store(db, read_only=True) as store:
        titles = store.articles_frame()["title"].tolist()
        new = store.newly_reportable(0)
        alerts = store.alerts_frame()
    expected = [news(i, "Wire")[0] for i in range(FEED_ITEMS)] + [news(100 + i, "Desk")[0] for i in range(FILES)]
    assert sorted(titles) == sorted(expected), note  # nothing lost, nothing twice
    lines = [(r["event_id"], r["doc"]) for r in read_jsonl(out)]
    assert len(lines) == len(set(lines)), f"{note}: an event written twice"
    assert sorted(lines) == sorted((r["record"]["event_id"], r["record"]["doc"]) for r in new), note
    roots = {r["event_id"] for r in new if r["root"] == "16"}
    assert roots and roots == set(alerts.loc[alerts["rule"] == "root=16", "event_id"]), note
    assert set(a["alert_id"] for a in accepted) == set(alerts["alert_id"]), note
    print(f"{note}: {len(titles)} articles, {len(lines)} events out, {len(alerts)} alerts, "
          f"{len(accepted) - len(set(a['alert_id'] for a in accepted))} webhook repeats")


def test_kill_during_rounds_then_restart_loses_and_repeats_nothing(tmp_path: Path) -> None:
    run_crash_recovery(tmp_path, SEED, KILLS)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [7, 77, 777])
def test_many_kills_then_restart(tmp_path: Path, seed: int, request: pytest.FixtureRequest) -> None:
    heavy(request)
    run_crash_recovery(tmp_path, seed, 8)


def test_a_restart_does_not_write_again_what_a_crash_left_unrecorded(tmp_path: Path) -> None:
    """The window the kills above rarely hit: lines written, the cursor not yet moved past
    them, the last line torn. The restart mends the file and writes each event once."""
    inbox, db, out = tmp_path / "inbox", tmp_path / "live.duckdb", tmp_path / "events.jsonl"
    inbox.mkdir()

    def put(i: int) -> None:
        title, text, day = news(200 + i, "Desk")
        (inbox / f"d{i}.jsonl").write_text(json.dumps({"id": f"r{i}", "title": title, "text": text, "date": day}) + "\n")
        old = time.time() - 30
        os.utime(inbox / f"d{i}.jsonl", (old, old))

    cmd = [sys.executable, "-m", "dyadwatch", "watch", str(inbox), "--db", str(db), "--rounds", "1",
           "--events-out", str(out)]  # fmt: skip
    for i in range(3):
        put(i)
    assert subprocess.run(cmd, capture_output=True, timeout=300).returncode == 0
    first = [(r["event_id"], r["doc"]) for r in read_jsonl(out)]
    assert len(first) == 3
    with Store(db) as store:
        store.set_cursor(f"events-out:{out.resolve()}", 0)  # as if killed before the cursor moved
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"doc": "torn by the crash", "event_')
    put(3)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = [(r["event_id"], r["doc"]) for r in read_jsonl(out)]
    with Store(db, read_only=True) as store:
        new = store.newly_reportable(0)
    assert lines[:3] == first and len(lines) == 4 == len(set(lines))
    assert sorted(lines) == sorted((r["record"]["event_id"], r["record"]["doc"]) for r in new)


def test_sigint_finishes_the_batch_being_written_then_stops(tmp_path: Path) -> None:
    """SIGINT after the first committed batch: the watch stops after at most the batch it
    was writing, exits 0 and records the poll as stopped; the next run stores the rest."""
    inbox, db = tmp_path / "inbox", tmp_path / "live.duckdb"
    inbox.mkdir()
    old = time.time() - 30
    for i in range(30):
        title, text, day = news(400 + i, "Desk")
        (inbox / f"s{i:02d}.jsonl").write_text(json.dumps({"id": f"s{i}", "title": title, "text": text, "date": day}) + "\n")
        os.utime(inbox / f"s{i:02d}.jsonl", (old, old))
    cmd = [sys.executable, "-m", "dyadwatch", "watch", str(inbox), "--db", str(db), "--every", "1s",
           "--commit-size", "2", "--log-batches"]  # fmt: skip
    proc = start(cmd)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("batch committed"):
            proc.send_signal(signal.SIGINT)
            break
    rest = proc.stderr.read()
    proc.wait(timeout=60)
    proc.stderr.close()
    assert proc.returncode == 0, rest
    assert "stopping after the batch being written" in rest and "stopped after 1 round" in rest
    with Store(db, read_only=True) as store:
        stored = len(store.articles_frame())
        polls = store.polls_frame()
    assert 2 <= stored <= 4 and len(polls) == 1  # the first batch, and the one being written
    assert "stopped before all its items were stored" in polls["error"].iloc[0]
    done = subprocess.run([*cmd, "--rounds", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        assert len(store.articles_frame()) == 30 and store.check().ok


def test_sigterm_while_a_source_hangs_stops_without_waiting_for_it(tmp_path: Path) -> None:
    """A poll stuck in a read (a 600 s timeout here) does not keep a stopped watch alive;
    it is recorded as stopped, and nothing of it is stored."""
    db = tmp_path / "live.duckdb"
    with NewsSite() as site:
        site.publish("/hang", Answer(hang=True))
        env = {**os.environ, "DYADWATCH_HTTP_TIMEOUT": "600"}
        proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", "watch", site.url("/hang"), "--db", str(db),
                                 "--every", "1s"], stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
        deadline = time.monotonic() + 120
        while not site.requests("/hang"):  # the poll is waiting for its answer
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)  # not the 600 s the read could take
    assert proc.returncode == 0, err
    with Store(db, read_only=True) as store:
        polls = store.polls_frame()
        assert len(store.articles_frame()) == 0
    assert polls["error"].tolist() == ["stopped before it answered"]
