"""``dyadwatch watch`` end to end: a real news site on 127.0.0.1 whose feed and pages change
between rounds, a watched folder, a real DuckDB file, the real coder, a webhook receiver.

The site answers each request with the next step of a script (tests/watch_support.py),
so what the watch meets in each round does not depend on timing: the feed gains items,
answers 304 to the ETag it gave, fails with 500, hangs, sends a document that is not a
feed, then recovers with a new item; one page becomes a near-copy of another; files
appear in the folder (one of them binary). The run is ``--every 1s --rounds 10``.

What must hold afterwards: every article once (and ``dyadwatch check`` ok), each bad
round recorded with its reason, every new reportable event once in ``--events-out``
(each line a valid ``code`` record), and each alert raised once, printed once and
taken once by the webhook (whose first answer is a 500, so the retry is exercised).
The expected alerts are computed here from the store's events by the rules' written
definitions, and a few are named outright so that the computation cannot be vacuous.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.schema import event_validator
from dyadwatch.store import Store
from watch_support import (
    Answer,
    Item,
    NewsSite,
    WebhookReceiver,
    feed_answer,
    link_pages,
    page,
    read_jsonl,
)

RULES = ["root=16", "new-tie", "dyad=VEN,PRK", "actor=IRN", "quad=material-conflict",
         "shift=USA,VEN:5"]  # fmt: skip

A1 = Item("a1", "Russia imposes sanctions on Ukraine", "Russia imposed sanctions on Ukraine on Monday.", "2024-03-04")
A2 = Item("a2", "Venezuela and North Korea sign a trade deal",
          "Venezuela signed a trade agreement with North Korea on Tuesday.", "2024-03-05")  # fmt: skip
A3 = Item("a3", "France accuses Iran", "France accused Iran of violating the agreement.", "2024-03-06", link_only=True)
A4 = Item("a4", "Brazil sends aid to Argentina", "Brazil sent aid to Argentina on Wednesday.", "2024-03-06")
A5 = Item("a5", "Venezuela opens an embassy in North Korea",
          "Venezuela opened an embassy in North Korea on Thursday.", "2024-03-07")  # fmt: skip

P1_TITLE = "Japan and South Korea sign a defence pact"
P1_TEXT = ("Japan and South Korea signed a defence agreement on Monday. The agreement covers joint "
           "exercises and the sharing of intelligence. Officials in both capitals welcomed the deal.")  # fmt: skip
P2_TITLE = "Cuba and Mexico sign a trade deal"
P2_TEXT = "Cuba and Mexico signed a trade agreement on Monday."

F1 = {"id": "f1", "title": "Germany expels Polish diplomats",
      "text": "Germany expelled diplomats of Poland on Friday.", "date": "2024-03-08"}  # fmt: skip
F2 = {"id": "f2", "title": "United States sanctions Venezuela",
      "text": "The United States imposed sanctions on Venezuela on Monday.", "date": "2024-03-04"}  # fmt: skip

ROUNDS = 10


def put_file(folder: Path, name: str, data: bytes) -> None:
    """Write under a hidden name, backdate, then rename: the watch never sees half a file."""
    tmp = folder / f".{name}.tmp"
    tmp.write_bytes(data)
    old = time.time() - 30
    os.utime(tmp, (old, old))
    tmp.rename(folder / name)


class Run:
    """``dyadwatch watch`` in a subprocess; stderr read as it comes, to act between rounds."""

    def __init__(self, cmd: list[str], env: dict[str, str], on_line: Any = None) -> None:
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.stderr: list[str] = []
        self.on_line = on_line
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)
            if self.on_line is not None:
                self.on_line(line)

    def wait(self, timeout: float) -> tuple[int, str, str]:
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()  # stderr is the reader thread's
        self.proc.wait(timeout=timeout)
        self._reader.join(10)
        self.proc.stdout.close()
        return self.proc.returncode, out, "".join(self.stderr)


def watch_cmd(sources: list[str], db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "dyadwatch", "watch", *sources, "--db", str(db), *extra]


@pytest.fixture(scope="module")
def watched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One watch run over the scripted site and folder; what it left behind."""
    tmp = tmp_path_factory.mktemp("watch")
    inbox = tmp / "inbox"
    inbox.mkdir()
    db, out = tmp / "live.duckdb", tmp / "events.jsonl"
    put_file(inbox, "f1.jsonl", (json.dumps(F1) + "\n").encode())
    with NewsSite() as site, WebhookReceiver(fail_first=1) as hook:
        base = site.base
        site.script(
            "/feed.xml",
            feed_answer([A1, A2], base),  # round 1
            feed_answer([A1, A2, A3, A4], base),  # round 2: two new items, one of them a link
            feed_answer([A1, A2, A3, A4], base),  # round 3: unchanged: a 304 to the ETag
            Answer(status=500), Answer(status=500),  # round 4 (and its retry)
            Answer(hang=True), Answer(hang=True),  # round 5 (and its retry)
            Answer(b"<rss>\x00\x01 this is not XML", content_type="application/rss+xml"),  # round 6
            feed_answer([A1, A2, A3, A4, A5], base),  # round 7 on: recovered, one new item
        )  # fmt: skip
        link_pages(site, [A3])
        site.publish("/pages/p1.html", Answer(page(P1_TITLE, P1_TEXT, "2024-03-04")))
        site.script(
            "/pages/p2.html",
            Answer(page(P2_TITLE, P2_TEXT, "2024-03-04", site="Other Desk")),
            Answer(page(P2_TITLE, P2_TEXT, "2024-03-04", site="Other Desk")),
            # round 3 on: a near-copy of p1 (a syndicated copy with a credit line)
            Answer(page(P1_TITLE, P1_TEXT + "\nReporting by the Other Desk.", "2024-03-04", site="Other Desk")),
        )  # fmt: skip

        def between_rounds(line: str) -> None:
            if line.startswith("round 2:"):
                put_file(inbox, "f2.jsonl", (json.dumps(F2) + "\n").encode())
            elif line.startswith("round 4:"):
                put_file(inbox, "broken.bin", bytes(range(256)) * 8)

        sources = [site.url("/feed.xml"), site.url("/pages/p1.html"), site.url("/pages/p2.html"), str(inbox)]
        env = {**os.environ, "DYADWATCH_HTTP_TIMEOUT": "1"}
        extra = ["--every", "1s", "--rounds", str(ROUNDS), "--retries", "1", "--host-delay", "0.05",
                 "--events-out", str(out), "--webhook", hook.url]  # fmt: skip
        for rule in RULES:
            extra += ["--alert", rule]
        started = time.monotonic()
        run = Run(watch_cmd(sources, db, *extra), env, between_rounds)
        code, stdout, stderr = run.wait(timeout=300)
        seconds = time.monotonic() - started
        feed_log = site.requests("/feed.xml")
        accepted = hook.accepted()
        received = list(hook.hook.received)
        keys = list(hook.hook.keys)
    return {"db": db, "out": out, "inbox": inbox, "code": code, "stdout": stdout, "stderr": stderr,
            "feed": site.url("/feed.xml"), "p2": site.url("/pages/p2.html"), "feed_log": feed_log,
            "accepted": accepted, "received": received, "keys": keys, "seconds": seconds}  # fmt: skip


def test_the_run_ends_after_its_rounds(watched: dict[str, Any]) -> None:
    assert watched["code"] == 0, watched["stderr"][-3000:]
    rounds = [ln for ln in watched["stderr"].splitlines() if ln.startswith("round ") and ":" in ln.split()[1]]
    assert [ln.split(":")[0] for ln in rounds] == [f"round {n}" for n in range(1, ROUNDS + 1)]
    print(f"watch run: {ROUNDS} rounds in {watched['seconds']:.1f} s")


def test_every_new_article_is_stored_once(watched: dict[str, Any]) -> None:
    with Store(watched["db"], read_only=True) as store:
        articles = store.articles_frame()
        check = store.check()
    assert check.ok, check.problems
    titles = sorted(articles["title"].tolist())
    expected = sorted([A1.title, A2.title, A3.title, A4.title, A5.title, P1_TITLE, P2_TITLE,
                       P1_TITLE, F1["title"], F2["title"]])  # fmt: skip
    assert titles == expected  # P1_TITLE twice: the page and its near-copy from p2
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "check", "--db", str(watched["db"])],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stdout + done.stderr


def test_the_near_copy_joins_the_story_and_its_event(watched: dict[str, Any]) -> None:
    with Store(watched["db"], read_only=True) as store:
        articles = store.articles_frame()
        copies = articles[articles["title"] == P1_TITLE]
        assert len(copies) == 2 and copies["story_id"].nunique() == 1
        assert set(copies["source"]) == {watched["p2"], watched["p2"].replace("p2", "p1")}
        events = store.events_frame()
    jpn = events[(events["source_country"] == "JPN") & (events["target_country"] == "KOR")]
    assert len(jpn) == 1 and int(jpn["mention_count"].iloc[0]) >= 2


def test_each_poll_and_each_bad_round_is_recorded(watched: dict[str, Any]) -> None:
    with Store(watched["db"], read_only=True) as store:
        polls = store.polls_frame(watched["feed"])
        sources = store.sources_frame()
        failures = store.failures_frame()
    assert len(polls) == ROUNDS
    statuses = polls["http_status"].astype("Int64").tolist()
    errors = [e if isinstance(e, str) else None for e in polls["error"]]
    assert statuses[:4] == [200, 200, 304, 500]
    assert errors[2] is None and "HTTP 500" in errors[3] and "2 attempts" in errors[3]
    assert "timed out" in errors[4] and pd_na(statuses[4])
    assert "not a readable RSS/Atom feed" in errors[5]
    assert statuses[6] == 200 and errors[6] is None
    assert polls["new_articles"].tolist()[:7] == [2, 2, 0, 0, 0, 0, 1]
    # the 304 answered the ETag of the answer before it
    log = watched["feed_log"]
    assert log[2].status == 304 and log[2].headers["if-none-match"] and log[1].status == 200
    assert all(r.headers["user-agent"].startswith("dyadwatch/") for r in log)
    row = sources.set_index("source").loc[watched["feed"]]
    assert row["kind"] == "feed" and row["polls"] == ROUNDS and row["new_articles"] == 5
    assert "not a readable" in row["last_error"] and row["failing"] == 0
    # the binary file is one failure, recorded once although the folder is polled each round
    bad = failures[failures["input"].str.endswith("broken.bin")]
    assert len(bad) == 1 and int(bad["attempts"].iloc[0]) == 1 and bad["kind"].iloc[0] == "binary"


def pd_na(value: Any) -> bool:
    import pandas as pd

    return value is None or value is pd.NA


def test_a_hanging_source_does_not_hold_up_the_others(watched: dict[str, Any]) -> None:
    with Store(watched["db"], read_only=True) as store:
        polls = store.polls_frame()
    feed = polls[polls["source"] == watched["feed"]].reset_index(drop=True)
    hung = feed.iloc[4]
    assert hung["seconds"] >= 2.0  # two attempts of a 1 s timeout
    same_round = polls[(polls["source"] != watched["feed"])
                       & ((polls["started_at"] - hung["started_at"]).abs() < pd_timedelta(0.5))]  # fmt: skip
    assert len(same_round) == 3  # polled at the same time as the hanging feed ...
    assert (same_round["seconds"] < 1.0).all()  # ... and done long before it


def pd_timedelta(seconds: float) -> Any:
    import pandas as pd

    return pd.Timedelta(seconds=seconds)


def test_events_out_holds_each_new_reportable_event_once(watched: dict[str, Any]) -> None:
    lines = list(read_jsonl(watched["out"]))
    check = event_validator()
    for record in lines:
        check.validate(record)
        assert record["reportable"] is True
    keys = [(r["event_id"], r["doc"]) for r in lines]
    assert len(keys) == len(set(keys))
    with Store(watched["db"], read_only=True) as store:
        new = store.newly_reportable(0)
        reportable = store.count_events()
    assert reportable == len(new) == len(lines) >= 9
    assert sorted(keys) == sorted((r["record"]["event_id"], r["record"]["doc"]) for r in new)


def expected_alerts(rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """(rule, event id) pairs by the rules' definitions (docs/watch.md), from the events
    in the order they became reportable; the store was empty before the run."""
    states = set(load_lexicon().countries)
    out: set[tuple[str, str]] = set()
    tied: set[frozenset[str]] = set()
    seen: list[dict[str, Any]] = []
    for r in rows:
        sides = {r["source_country"], r["target_country"]}
        eid = r["event_id"]
        if r["root"] == "16":
            out.add(("root=16", eid))
        if sides == {"VEN", "PRK"}:
            out.add(("dyad=VEN,PRK", eid))
        if "IRN" in sides or str(r["source_code"]).startswith("IRN") or str(r["target_code"]).startswith("IRN"):
            out.add(("actor=IRN", eid))
        if r["quad_class"] == 4:
            out.add(("quad=material-conflict", eid))
        pair = frozenset(sides)
        if r["quad_class"] in (1, 2) and len(pair) == 2 and pair <= states and pair not in tied:
            out.add(("new-tie", eid))
        if r["quad_class"] in (1, 2) and len(pair) == 2:
            tied.add(pair)
        if sides == {"USA", "VEN"} and r["day"] is not None:
            first = r["day"] - timedelta(days=29)
            before = sum(s["goldstein"] for s in seen if {s["source_country"], s["target_country"]} == {"USA", "VEN"}
                         and s["day"] is not None and first <= s["day"] <= r["day"])  # fmt: skip
            after = before + r["goldstein"]
            if before < 5 <= after or before > -5 >= after:
                out.add(("shift=USA,VEN:5:30", eid))
        seen.append(r)
    return out


def test_each_alert_fires_once_printed_and_posted(watched: dict[str, Any]) -> None:
    with Store(watched["db"], read_only=True) as store:
        rows = store.newly_reportable(0)
        alerts = store.alerts_frame()
    expected = expected_alerts(rows)
    by_id = {r["event_id"]: r for r in rows}

    def named(rule: str, a: str, b: str) -> set[str]:
        return {e for (ru, e) in expected if ru == rule and {by_id[e]["source_country"], by_id[e]["target_country"]} == {a, b}}

    # the oracle is not empty where the articles say so
    assert named("root=16", "RUS", "UKR") and named("root=16", "USA", "VEN") and named("root=16", "DEU", "POL")
    ven_prk = named("dyad=VEN,PRK", "VEN", "PRK")
    assert len(ven_prk) >= 2 and len(named("new-tie", "VEN", "PRK")) == 1  # the trade deal, not the embassy
    assert named("new-tie", "BRA", "ARG") and named("new-tie", "JPN", "KOR") and named("new-tie", "CUB", "MEX")
    assert named("actor=IRN", "FRA", "IRN") and named("shift=USA,VEN:5:30", "USA", "VEN")
    raised = set(zip(alerts["rule"], alerts["event_id"], strict=True))
    assert raised == expected and len(alerts) == len(expected)
    # printed once each
    printed = [ln for ln in watched["stdout"].splitlines() if ln.startswith("alert [")]
    assert len(printed) == len(expected)
    # taken once each by the webhook, after one refused POST; each with its evidence
    accepted = watched["accepted"]
    ids = [a["alert_id"] for a in accepted]
    assert sorted(ids) == sorted(alerts["alert_id"]) and len(ids) == len(set(ids))
    assert len(watched["received"]) == len(accepted) + 1
    assert watched["keys"] == ids  # Idempotency-Key: the alert id
    assert alerts["delivered_at"].notna().all()
    for a in accepted:
        event = by_id[a["event_id"]]
        assert a["sentence"] == event["sentence"] and a["url"] == event["url"]
        assert (a["url"] or "").startswith("http") or a["article_id"]
    shift = [a for a in accepted if a["rule"].startswith("shift")]
    assert shift and "past -5" in shift[0]["reason"]


def test_sources_command_shows_the_health_of_each_source(watched: dict[str, Any]) -> None:
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "sources", "--db", str(watched["db"]),
                           "--format", "jsonl"], capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = {r["source"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert len(rows) == 4
    assert rows[str(watched["inbox"])]["kind"] == "folder" and rows[str(watched["inbox"])]["new_articles"] == 2
    assert rows[watched["feed"]]["last_success"] and rows[watched["feed"]]["last_error"]
    polls = subprocess.run([sys.executable, "-m", "dyadwatch", "sources", "--db", str(watched["db"]), "--polls",
                            "--source", watched["feed"], "--format", "csv"], capture_output=True, text=True)  # fmt: skip
    assert polls.returncode == 0 and len(polls.stdout.strip().splitlines()) == ROUNDS + 1
