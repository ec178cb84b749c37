"""The watch's parts on their own: alert rules, durations, the polite fetcher against a
real HTTP server on 127.0.0.1, polls of a feed with link-only entries, the events file's
crash repair, and the store's watch log (a real DuckDB file)."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from dyadwatch.errors import FetchError, InputError, TooLargeError
from dyadwatch.readers.fetch import BadStatusError
from dyadwatch.settings import Settings
from dyadwatch.store import PollRecord, Store
from dyadwatch.watch import (
    HttpPolicy,
    PoliteFetcher,
    parse_duration,
    parse_rule,
    parse_rules,
)
from dyadwatch.watch.outputs import EventsOut
from dyadwatch.watch.polling import poll
from watch_support import Answer, Item, NewsSite, feed_answer, link_pages, page

# -- rules and durations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("dyad=ven,prk", "dyad=VEN,PRK"), ("actor=PRK", "actor=PRK"), ("root=6", "root=06"),
     ("root=16", "root=16"), ("quad=material-conflict", "quad=material-conflict"),
     ("quad=2", "quad=material-cooperation"), ("quad=Verbal Cooperation", "quad=verbal-cooperation"),
     ("new-tie", "new-tie"), ("shift=VEN,USA", "shift=VEN,USA:10:30"),
     ("shift=ven,usa:4.5", "shift=VEN,USA:4.5:30"), ("shift=VEN,USA:5:90", "shift=VEN,USA:5:90")],
)  # fmt: skip
def test_rules_parse_to_their_canonical_form(text: str, canonical: str) -> None:
    assert parse_rule(text).text == canonical


@pytest.mark.parametrize(
    "text",
    ["", "dyad=VEN", "dyad=VEN,VEN", "dyad=VEN,PRK,CUB", "actor=", "actor=P", "root=21", "root=x",
     "quad=hostile", "new-tie=VEN", "shift=VEN", "shift=VENGOV,USA", "shift=VEN,USA:0",
     "shift=VEN,USA:x", "shift=VEN,USA:5:0", "shift=VEN,USA:5:30:1", "country=VEN", "dyad VEN PRK"],
)  # fmt: skip
def test_a_bad_rule_is_refused_naming_it(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_rule(text)
    assert repr(text.strip()) in str(err.value) or repr(text) in str(err.value)


def test_rules_match_by_country_or_code_prefix() -> None:
    ev = {"source_country": "VEN", "source_code": "VENGOV", "target_country": "PRK", "target_code": "PRK",
          "root": "05", "quad_class": 1}  # fmt: skip
    assert parse_rule("dyad=PRK,VEN").matches(ev) and parse_rule("dyad=VENGOV,PRK").matches(ev)
    assert not parse_rule("dyad=VENMIL,PRK").matches(ev) and not parse_rule("dyad=VEN,CUB").matches(ev)
    assert parse_rule("actor=PRK").matches(ev) and not parse_rule("actor=USA").matches(ev)
    assert parse_rule("root=5").matches(ev) and not parse_rule("root=16").matches(ev)
    assert parse_rule("quad=verbal-cooperation").matches(ev) and not parse_rule("quad=4").matches(ev)
    assert parse_rule("new-tie").matches(ev) and not parse_rule("new-tie").matches({**ev, "quad_class": 3})
    assert parse_rules(["root=16", "root=16", "actor=prk"]) == (parse_rule("root=16"), parse_rule("actor=PRK"))


def test_cli_refuses_a_bad_rule_as_a_usage_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dyadwatch.cli import main

    done = CliRunner().invoke(main, ["watch", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                     "--alert", "root=16", "--alert", "quad=hostile"])  # fmt: skip
    assert done.exit_code == 2 and "quad=hostile" in done.output
    assert not (tmp_path / "x.duckdb").exists()  # refused before anything started
    done = CliRunner().invoke(main, ["watch", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")])
    assert done.exit_code == 2 and "nope" in done.output
    done = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--every", "1m"])
    assert done.exit_code == 2 and "--every" in done.output and "--watch" in done.output


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("1s", 1), ("1h30m", 5400), ("90", 90),
                                                ("500ms", 0.5), ("2d", 172800), (" 1.5s ", 1.5)])  # fmt: skip
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "0s", "-1s", "15x", "m", "1s2", "fifteen minutes"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(text)


# -- the polite fetcher ------------------------------------------------------------------------


def settings(**kw: object) -> Settings:
    return Settings().with_overrides(**kw)


def test_conditional_requests_get_a_304_without_a_body() -> None:
    with NewsSite() as site, PoliteFetcher(settings(), HttpPolicy(host_delay=0)) as fetcher:
        site.publish("/p.html", Answer(page("Title", "Body text of the page, long enough.")))
        first = fetcher.get(site.url("/p.html"), deadline=time.monotonic() + 10)
        again = fetcher.get(site.url("/p.html"), deadline=time.monotonic() + 10, etag=first.etag,
                            last_modified=first.last_modified)  # fmt: skip
        log = site.requests("/p.html")
    assert first.status == 200 and first.etag and first.data
    assert again.not_modified and again.data == b""
    assert log[1].headers["if-none-match"] == first.etag
    assert log[1].headers["if-modified-since"] == first.last_modified
    assert log[0].headers["user-agent"].startswith("dyadwatch/")


def test_retries_back_off_and_then_succeed() -> None:
    with NewsSite() as site, PoliteFetcher(settings(), HttpPolicy(host_delay=0, retries=2, backoff=0.2)) as fetcher:
        site.script("/busy", Answer(status=503), Answer(status=502), Answer(b"ok at last"))
        got = fetcher.get(site.url("/busy"), deadline=time.monotonic() + 10)
        log = site.requests("/busy")
    assert got.data == b"ok at last" and [r.status for r in log] == [503, 502, 200]
    gaps = [b.at - a.at for a, b in zip(log, log[1:], strict=False)]
    assert gaps[0] >= 0.2 and gaps[1] >= 0.4  # doubling backoff


def test_a_client_error_is_not_retried_and_the_last_error_names_the_attempts() -> None:
    with NewsSite() as site, PoliteFetcher(settings(), HttpPolicy(host_delay=0, retries=2, backoff=0.05)) as fetcher:
        with pytest.raises(BadStatusError) as gone:
            fetcher.get(site.url("/missing"), deadline=time.monotonic() + 10)
        assert gone.value.status == 404 and len(site.requests("/missing")) == 1
        site.script("/down", Answer(status=500))
        with pytest.raises(BadStatusError) as down:
            fetcher.get(site.url("/down"), deadline=time.monotonic() + 10)
    assert down.value.status == 500 and "3 attempts" in str(down.value)
    assert site.url("/down") in str(down.value)


def test_requests_to_one_host_are_spaced_whatever_thread_makes_them() -> None:
    with NewsSite() as site, PoliteFetcher(settings(), HttpPolicy(host_delay=0.3)) as fetcher:
        for name in ("a", "b", "c"):
            site.publish(f"/{name}", Answer(b"x"))
        threads = [threading.Thread(target=fetcher.get, args=(site.url(f"/{n}"),),
                                    kwargs={"deadline": time.monotonic() + 10}) for n in ("a", "b", "c")]  # fmt: skip
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        starts = sorted(r.at for r in site.log)
    assert len(starts) == 3
    assert all(b - a >= 0.29 for a, b in zip(starts, starts[1:], strict=False))


def test_a_hanging_answer_times_out_and_a_huge_one_is_refused() -> None:
    with NewsSite() as site, PoliteFetcher(settings(http_timeout=0.5, max_download_bytes=1000),
                                           HttpPolicy(host_delay=0, retries=0)) as fetcher:  # fmt: skip
        site.publish("/hang", Answer(hang=True))
        site.publish("/huge", Answer(b"x" * 5000))
        began = time.monotonic()
        with pytest.raises(FetchError, match="timed out"):
            fetcher.get(site.url("/hang"), deadline=time.monotonic() + 10)
        assert time.monotonic() - began < 5
        with pytest.raises(TooLargeError, match="DYADWATCH_MAX_DOWNLOAD_BYTES"):
            fetcher.get(site.url("/huge"), deadline=time.monotonic() + 10)


def test_the_deadline_bounds_the_retries() -> None:
    with NewsSite() as site, PoliteFetcher(settings(), HttpPolicy(host_delay=0, retries=5, backoff=2)) as fetcher:
        site.script("/down", Answer(status=503))
        began = time.monotonic()
        with pytest.raises(FetchError, match="deadline"):
            fetcher.get(site.url("/down"), deadline=time.monotonic() + 1.0)
    assert time.monotonic() - began < 1.5 and len(site.requests("/down")) == 1


# -- polls ----------------------------------------------------------------------------------------


def test_a_feed_entry_link_is_fetched_once(tmp_path: Path) -> None:
    items = [Item("x1", "France accuses Iran", "France accused Iran of violating the agreement.",
                  "2024-03-06", link_only=True)]  # fmt: skip
    seen: set[str] = set()

    def seen_filter(source: str, keys: list[str]) -> set[str]:
        return seen & set(keys)

    with NewsSite() as site, PoliteFetcher(settings(), HttpPolicy(host_delay=0)) as fetcher:
        link_pages(site, items)
        site.publish("/feed.xml", feed_answer(items, site.base))
        first = poll(site.url("/feed.xml"), None, fetcher, seen_filter, deadline=time.monotonic() + 10)
        seen.update(first.seen)
        second = poll(site.url("/feed.xml"), None, fetcher, seen_filter, deadline=time.monotonic() + 10)
        pages = site.requests("/news/x1.html")
    assert first.kind == "feed" and first.error is None and len(first.items) == 1
    assert first.items[0].title == "France accuses Iran"  # type: ignore[union-attr]
    assert first.seen == [site.url("/news/x1.html")]
    assert second.items == [] and len(pages) == 1


def test_a_folder_poll_takes_new_settled_files_only(tmp_path: Path) -> None:
    import os

    (tmp_path / "old.txt").write_text("Headline\nRussia imposed sanctions on Ukraine.")
    os.utime(tmp_path / "old.txt", (time.time() - 60, time.time() - 60))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Headline\nFrance accused Iran of violating the deal.")
    os.utime(tmp_path / "sub" / "a.txt", (time.time() - 60, time.time() - 60))
    (tmp_path / "fresh.txt").write_text("being written")
    (tmp_path / ".hidden.txt").write_text("not for us")
    out = tmp_path / "events.jsonl"
    out.write_text("{}\n")
    os.utime(out, (time.time() - 60, time.time() - 60))
    with PoliteFetcher(settings()) as fetcher:
        result = poll(str(tmp_path), None, fetcher, lambda s, k: set(), deadline=time.monotonic() + 5,
                      settle=5.0, exclude=frozenset({os.path.abspath(out)}))  # fmt: skip
    # named as `ingest FOLDER` names them: by their path below the folder
    assert result.kind == "folder" and result.items == []
    assert result.files == [(str(tmp_path / "old.txt"), "old.txt"), (str(tmp_path / "sub" / "a.txt"), "sub/a.txt")]
    assert [k.split("|")[0] for k in result.seen] == ["old.txt", "sub/a.txt"]


# -- the events file ------------------------------------------------------------------------------


def test_events_out_cuts_a_torn_last_line_and_reads_its_tail(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    records = [{"event_id": f"e{i}", "doc": "d", "n": "x" * 3000} for i in range(40)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + '{"event_id": "torn", "do')
    out = EventsOut(path)
    out.repair()
    lines = path.read_text().splitlines()
    assert len(lines) == 40 and json.loads(lines[-1])["event_id"] == "e39"
    assert out.tail_keys(3) == {("e37", "d"), ("e38", "d"), ("e39", "d")}
    assert len(out.tail_keys(100)) == 40
    out.append([{"event_id": "e40", "doc": "d"}])
    assert json.loads(path.read_text().splitlines()[-1])["event_id"] == "e40"
    with pytest.raises(Exception, match="does not exist"):
        EventsOut(tmp_path / "nope" / "x.jsonl")


# -- the store's watch log ------------------------------------------------------------------------


def test_the_watch_log_keeps_polls_validators_items_and_cursors(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        now = datetime(2024, 5, 1, 12, 0)
        store.finish_poll(PollRecord("u", now, 0.1, 200, 3, 2, 1), kind="feed",
                          validators=('"e1"', "Wed, 01 May 2024 12:00:00 GMT"), seen=["l1", "l2"])  # fmt: skip
        store.finish_poll(PollRecord("u", now.replace(minute=1), 0.1, 304), kind="feed")
        store.finish_poll(PollRecord("u", now.replace(minute=2), 2.0, 500, error="HTTP 500"), kind="feed")
        store.finish_poll(PollRecord("u", now.replace(minute=3), 2.0, None, error="timed out"), kind="feed")
        state = store.source_state("u")
        assert state is not None and state.etag == '"e1"' and state.kind == "feed"
        assert store.seen_items("u", ["l1", "l3"]) == {"l1"} and store.seen_items("v", ["l1"]) == set()
        row = store.sources_frame().iloc[0]
        assert (row["polls"], row["items"], row["new_articles"], row["failures"]) == (4, 3, 2, 1)
        assert row["last_error"] == "timed out" and row["failing"] == 2 and row["last_status"] is not None
        assert store.cursor("alerts") == 0
        store.set_cursor("alerts", 7)
        assert store.cursor("alerts") == 7
    # the cursor and the log survive a reopening
    with Store(tmp_path / "s.duckdb") as store:
        assert store.cursor("alerts") == 7 and store.cursor("events-out:x") == 0
        assert len(store.polls_frame("u")) == 4
