"""Ingestion: sources (files, folders, .gz, feeds, URLs), clustering, and the full pipeline.

HTTP inputs are served by a real http.server on 127.0.0.1 started by the test. The
pipeline tests use the real Coder and a real DuckDB file.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dyadwatch.coder import Coder
from dyadwatch.errors import (
    BinaryInputError,
    EmptyInputError,
    FetchError,
    FormatError,
    InputError,
    TooLargeError,
)
from dyadwatch.ingest import Sources, ingest
from dyadwatch.readers.sources import gunzip
from dyadwatch.records import Article
from dyadwatch.settings import Settings
from dyadwatch.store import EventFilter, Store
from dyadwatch.store.stories import StoryClusterer, signature

NEEDS_SHARED = True  # reads ../shared/eval/dev (see tests/shared_paths.py)

#: the open dev texts (shared/ lies beside the repository, in CI too)
DEV = Path(
    os.environ.get("DYADWATCH_DEV_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
)


def dev_articles() -> list[dict]:
    with open(DEV / "articles.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def page(
    title: str, paragraphs: list[str], *, site: str = "Example News", day: str = "2022-02-25"
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="{day}T10:00:00Z">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Contact us</footer></body></html>"
    )


def feed(entries: list[tuple[str, str, str]], *, with_content: bool = True) -> str:
    items = []
    for title, link, text in entries:
        content = (
            f"<content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in text.split(chr(10)))}]]></content:encoded>"
            if with_content
            else ""
        )
        items.append(
            f"<item><title>{title}</title><link>{link}</link>"
            f"<pubDate>Fri, 25 Feb 2022 10:00:00 +0000</pubDate>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire Feed</title>'
        f"<link>http://127.0.0.1/</link><description>test</description>{''.join(items)}</channel></rss>"
    )


# -- a real local HTTP server ------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                status, ctype, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


# -- sources -----------------------------------------------------------------------------

TEXT = "Venezuela and North Korea signed a cooperation agreement in Caracas on Monday.\n" * 3


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


SOURCE_CASES = [
    ("plain text", "a.txt", TEXT, Article),
    ("html page", "a.html", page("Headline here", [TEXT]), Article),
    ("html without the name", "page.dat", page("Headline here", [TEXT]), Article),
    ("gzipped text", "a.txt.gz", gzip.compress(TEXT.encode()), Article),
    ("gzipped html", "a.html.gz", gzip.compress(page("Headline here", [TEXT]).encode()), Article),
    ("feed file", "f.rss", feed([("Feed headline", "http://127.0.0.1:9/x", TEXT)]), Article),
    ("atom without the name", "f.dat",
     '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
     f"<entry><title>E</title><id>urn:1</id><updated>2022-02-25T00:00:00Z</updated>"
     f'<content type="html">&lt;p&gt;{TEXT}&lt;/p&gt;</content></entry></feed>', Article),
    ("binary junk", "junk.txt", b"\x00\x01\x02\xff" * 100, BinaryInputError),
    ("html with no text", "empty.html", "<html><body><nav>Home</nav><script>x()</script></body></html>", EmptyInputError),
    ("broken gzip", "bad.txt.gz", b"\x1f\x8b\x08\x00garbage", FormatError),
    ("feed with no entries", "none.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', EmptyInputError),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "name", "data", "kind"), SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES]
)
def test_each_kind_of_file(tmp_path: Path, case: str, name: str, data, kind: type) -> None:
    path = _write(tmp_path / name, data)
    with Sources(Settings()) as sources:
        items = list(sources.expand([str(path)]))
    assert len(items) == 1
    assert isinstance(items[0], kind), items[0]
    if isinstance(items[0], Article):
        assert "Venezuela and North Korea" in items[0].text
    else:
        assert str(path) in str(items[0])


def test_html_metadata_is_taken_from_the_page(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.html", page("Putin calls Assad", [TEXT], site="Kremlin News"))
    with Sources(Settings()) as sources:
        (art,) = list(sources.expand([str(path)]))
    assert isinstance(art, Article)
    assert art.title == "Putin calls Assad"
    assert art.source == "Kremlin News"
    assert art.date is not None and art.date.isoformat() == "2022-02-25"
    assert "Contact us" not in art.text and "Home" not in art.text


DEEP_PARAGRAPHS = [
    "Russia and China signed a trade agreement in Beijing on Monday, officials said.",
    "The deal covers grain, energy and a new rail link across the border region.",
    "Japan said it would study the agreement before taking any position on it.",
]


def _nested_page(depth: int, paragraphs: list[str], wrapper: str = "div") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    opened = f'<{wrapper} class="layout">' * depth
    return (f"<html><head><title>Trade deal</title></head><body>{opened}<article>{body}</article>"
            f"{f'</{wrapper}>' * depth}</body></html>").encode()  # fmt: skip


@pytest.mark.parametrize("depth", [10, 300, 1000, 5000])
@pytest.mark.parametrize("wrapper", ["div", "span", "section"])
def test_deeply_nested_html_keeps_its_text(tmp_path: Path, depth: int, wrapper: str) -> None:
    """libxml2 drops what lies more than 255 elements deep: such pages used to lose all
    their text (regression). Every paragraph must come through, at any depth."""
    path = _write(tmp_path / "deep.html", _nested_page(depth, DEEP_PARAGRAPHS, wrapper))
    with Sources(Settings()) as sources:
        (art,) = list(sources.expand([str(path)]))
    assert isinstance(art, Article), art
    assert art.title == "Trade deal"
    assert [p for p in DEEP_PARAGRAPHS if p in art.text] == DEEP_PARAGRAPHS


def test_deeply_nested_html_without_text_is_still_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "deep-empty.html", _nested_page(2000, ["Menu"]))
    with Sources(Settings()) as sources:
        (item,) = list(sources.expand([str(path)]))
    assert isinstance(item, EmptyInputError) and str(path) in str(item)


def test_folder_is_read_recursively_and_skips_hidden_and_store_files(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEXT)
    _write(tmp_path / "sub" / "deeper" / "b.txt", TEXT + "More.")
    _write(tmp_path / ".hidden" / "c.txt", TEXT)
    _write(tmp_path / "dyadwatch.duckdb", b"\x00" * 10)
    with Sources(Settings()) as sources:
        items = list(sources.expand([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError"]
    assert "no such file" in str(items[-1])


def test_gzip_bomb_is_refused_early() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    with pytest.raises(TooLargeError, match="decompresses to more than"):
        gunzip(bomb, "bomb.gz", 100_000)


# -- URLs ------------------------------------------------------------------------------


def test_urls_pages_feeds_and_errors(site: Site) -> None:
    site.pages["/story"] = (
        200,
        "text/html; charset=utf-8",
        page("Story headline", [TEXT]).encode(),
    )
    site.pages["/feed"] = (200, "application/rss+xml", feed([
        ("Linked entry", site.url("/story"), ""), ("Broken entry", site.url("/gone"), "")],
        with_content=False).encode())  # fmt: skip
    site.pages["/big"] = (200, "text/html", b"<html>" + b"x" * 50_000 + b"</html>")
    settings = Settings(max_download_bytes=20_000, http_timeout=5)
    urls = [site.url(p) for p in ("/story", "/feed", "/missing", "/big")]
    with Sources(settings) as sources:
        items = list(sources.expand(urls))
    kinds = [type(i).__name__ for i in items]
    # an error status is a FetchError that keeps the status (BadStatusError)
    assert kinds == ["Article", "Article", "BadStatusError", "BadStatusError", "TooLargeError"]
    story = items[0]
    assert isinstance(story, Article) and story.url == site.url("/story")
    assert story.title == "Story headline" and story.source == "Example News"
    linked = items[1]
    assert isinstance(linked, Article) and linked.title == "Story headline"
    assert (
        isinstance(items[2], FetchError) and "404" in items[2].reason and "/gone" in items[2].source
    )
    assert isinstance(items[3], FetchError) and "/missing" in str(items[3])


def test_unreachable_url_is_a_fetch_error() -> None:
    with Sources(Settings(http_timeout=2)) as sources:
        (item,) = list(sources.expand(["http://127.0.0.1:9/nothing-listens-here"]))
    assert isinstance(item, FetchError) and "cannot fetch" in item.reason


# -- clustering ------------------------------------------------------------------------

THRESHOLD = Settings().cluster_threshold


def _light_edit(text: str) -> str:
    """A syndicated copy: dateline, one word changed, a trailing line."""
    words = text.split(" ")
    words[len(words) // 2] = "reportedly"
    return "LONDON (Wire) - " + " ".join(words) + "\nThis story has been updated."


def test_near_duplicates_share_a_story_and_different_articles_do_not() -> None:
    arts = dev_articles()[1:7]
    clusterer = StoryClusterer(THRESHOLD, None)
    stories = [clusterer.assign(f"o{i}", signature(a["text"]))[0] for i, a in enumerate(arts)]
    copies = [
        clusterer.assign(f"c{i}", signature(_light_edit(a["text"])))[0] for i, a in enumerate(arts)
    ]
    assert len(set(stories)) == len(arts)
    assert copies == stories


def test_clusterer_index_is_bounded_and_forgets_the_oldest() -> None:
    arts = dev_articles()[1:6]
    clusterer = StoryClusterer(THRESHOLD, max_articles=3)
    stories = [clusterer.assign(f"o{i}", signature(a["text"]))[0] for i, a in enumerate(arts)]
    assert len(clusterer) == 3  # o2, o3, o4 kept
    # a copy of a recent article joins its story; a copy of a forgotten one starts a new one
    assert clusterer.assign("c4", signature(_light_edit(arts[4]["text"]))) == (stories[4], False)
    again, is_new = clusterer.assign("c0", signature(_light_edit(arts[0]["text"])))
    assert is_new and again != stories[0]
    assert len(clusterer) == 3


def test_clusterer_reloads_from_stored_signatures() -> None:
    from dyadwatch.store.stories import from_bytes, to_bytes

    text = dev_articles()[1]["text"]
    mh = signature(text)
    assert from_bytes(to_bytes(mh)).jaccard(mh) == 1.0
    first = StoryClusterer(THRESHOLD, None)
    story, new = first.assign("a", mh)
    second = StoryClusterer(THRESHOLD, None)
    second.load([("a", story, to_bytes(mh))])
    assert new and second.assign("b", signature(_light_edit(text))) == (story, False)


# -- the pipeline, with the real coder ------------------------------------------------------


def mixed_folder(root: Path) -> dict[str, int]:
    """A folder of every input kind plus a near-duplicate pair; returns expected counts."""
    arts = dev_articles()
    by_id = {a["id"]: a for a in arts}
    pair = by_id["o008"]
    _write(root / "wire" / "kremlin.txt", f"{pair['title']}\n\n{pair['text']}")
    _write(root / "wire" / "repost.txt", f"{pair['title']}\n\n{_light_edit(pair['text'])}")
    a = by_id["o011"]
    _write(
        root / "pages" / "state.html",
        page(a["title"], a["text"].split("\n"), site="State", day=a["date"]),
    )
    recs = [by_id[i] for i in ("o012", "o018", "o020")]
    _write(root / "dump.jsonl", "".join(json.dumps(
        {k: r[k] for k in ("id", "title", "text", "date", "url", "source")}) + "\n" for r in recs))  # fmt: skip
    g = by_id["o021"]
    _write(root / "old" / "voa.txt.gz", gzip.compress(f"{g['title']}\n\n{g['text']}".encode()))
    f1, f2 = by_id["o024"], by_id["o026"]
    _write(root / "feeds" / "wire.rss", feed([(f1["title"], "http://127.0.0.1:9/1", f1["text"]),
                                              (f2["title"], "http://127.0.0.1:9/2", f2["text"])]))  # fmt: skip
    return {"articles": 9, "stories": 8}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def test_ingest_mixed_folder_with_a_duplicate_pair(tmp_path: Path, coder: Coder) -> None:
    expected = mixed_folder(tmp_path / "in")
    with Store(tmp_path / "s.duckdb") as store:
        ticks: list[int] = []
        first = ingest(
            [str(tmp_path / "in")], store, coder, lambda s: ticks.append(s.articles_read)
        )
        assert ticks == sorted(ticks) and ticks[-1] == expected["articles"]
        assert first.rate > 0
        counts = store.counts()
        assert first.failures == 0, store.failures_frame().to_dict("records")
        assert (first.articles_read, first.new) == (expected["articles"], expected["articles"])
        assert counts["articles"] == expected["articles"]
        assert counts["stories"] == expected["stories"]
        arts = store.articles_frame()
        pair = set(
            arts.loc[arts["source"].str.endswith(("kremlin.txt", "repost.txt")), "article_id"]
        )
        assert len(pair) == 2
        pair_story = set(arts.loc[arts["article_id"].isin(pair), "story_id"])
        assert len(pair_story) == 1
        shared = []
        for event_id in store.events_frame(EventFilter(reportable=None))["event_id"]:
            event = store.get_event(event_id)
            assert event is not None
            if {m["article_id"] for m in event["mentions"]} == pair and event["mention_count"] == 2:
                shared.append(event)
        assert shared, "the duplicate pair gave no event reported by both copies"
        # two files with no outlet named: each counts as its own source
        assert all(e["source_count"] == 2 and e["story_count"] == 1 for e in shared)
        second = ingest([str(tmp_path / "in")], store, coder)
        assert (second.new, second.duplicates, second.events) == (0, expected["articles"], 0)
        assert store.counts() == counts
        assert store.check().ok


def test_failures_are_recorded_and_never_stop_the_batch(
    tmp_path: Path, site: Site, coder: Coder
) -> None:
    arts = dev_articles()
    good = arts[1]
    site.pages["/good"] = (200, "text/html", page(good["title"], good["text"].split("\n")).encode())
    folder = tmp_path / "in"
    _write(folder / "01-corrupt.txt", b"\x00\x9f\x92\x96" * 200)
    _write(folder / "02-empty.html", "<html><body><nav>Home | About</nav></body></html>")
    _write(folder / "03-good.txt", f"{arts[2]['title']}\n\n{arts[2]['text']}")
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([str(folder), site.url("/missing"), site.url("/good")], store, coder)
        fails = store.failures_frame()
        assert summary.failures == 3 and summary.new == 2
        reasons = dict(zip(fails["input"], fails["reason"], strict=True))
        assert (
            "NUL" in reasons[str(folder / "01-corrupt.txt")]
            or "binary" in reasons[str(folder / "01-corrupt.txt")]
        )
        assert "no extractable main text" in reasons[str(folder / "02-empty.html")]
        assert "404" in reasons[site.url("/missing")]
        assert store.counts()["articles"] == 2


def _expected_hashes(inputs: list[str]) -> set[str]:
    with Sources(Settings()) as sources:
        return {a.content_hash for a in sources.expand(inputs) if not isinstance(a, InputError)}


def test_sigkill_mid_ingest_then_rerun_leaves_every_article_once(tmp_path: Path) -> None:
    arts = dev_articles()
    folder = tmp_path / "in"
    with open(_write(folder / "many.jsonl", ""), "w", encoding="utf-8") as fh:
        for i in range(60):
            a = arts[i % len(arts)]
            fh.write(json.dumps({"id": f"k{i}", "title": f"{a['title']} ({i})",
                                 "text": a["text"] + f"\nUpdate number {i}.", "date": a.get("date")}) + "\n")  # fmt: skip
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "dyadwatch", "ingest", str(folder), "--db", str(db),
           "--commit-size", "3", "--log-batches", "-q"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    committed = 0
    for line in proc.stderr:
        if line.startswith("batch committed"):
            committed += 1
            if committed == 2:
                break
    still_running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert committed == 2 and still_running, "the ingest ended before it could be killed"
    with Store(db) as store:
        partial = store.counts()["articles"]
    assert 0 < partial < 60
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db, read_only=True) as store:
        stored = set(store.articles_frame()["article_id"])
        report = store.check()
    assert stored == _expected_hashes([str(folder)])
    assert report.ok, report.problems
