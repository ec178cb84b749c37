"""``code`` reads what ``ingest`` reads, through the one reader layer: an HTML page is
coded from its extracted text (no markup in the evidence), a URL is fetched (a real
HTTP server on 127.0.0.1), feeds, .gz, folders and standard input are read alike.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.coder import Coder
from dyadwatch.readers import read_inputs
from dyadwatch.records import Article
from dyadwatch.store import Store
from test_ingest import Site, feed, page

STORY = [
    "Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow on "
    "Tuesday to discuss the reconstruction of Syria.",
    "Turkey condemned the Israeli raid on the aid flotilla and recalled its ambassador.",
]


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


def code(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["code", *args], input=stdin)
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines()], result.stderr


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    html = page("Putin meets Assad", STORY, site="Example News")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(html.encode()))
    (tmp_path / "wire.rss").write_text(feed([("Putin meets Assad", "http://127.0.0.1:9/a", "\n".join(STORY))]), encoding="utf-8")  # fmt: skip
    return tmp_path


def test_code_codes_an_html_page_from_its_extracted_text(pages: Path) -> None:
    status, events, err = code(str(pages / "page.html"))
    assert status == 0, err
    assert {e["cameo"][:2] for e in events} >= {"04", "11"}
    for event in events:
        assert "<" not in event["sentence"] and "Home" not in event["sentence"], event["sentence"]
        assert event["doc"] == "page.html"


def test_code_fetches_a_url(pages: Path, site: Site) -> None:
    site.pages["/news/putin-assad"] = (200, "text/html; charset=utf-8", (pages / "page.html").read_bytes())
    site.pages["/feed"] = (200, "application/rss+xml", (pages / "wire.rss").read_bytes())
    url = site.url("/news/putin-assad")
    status, events, err = code(url)
    assert status == 0, err
    assert events and {e["doc"] for e in events} == {url}
    _, from_file, _ = code(str(pages / "page.html"))
    key = [(e["cameo"], e["source"]["code"], e["target"]["code"], e["sentence"]) for e in events]
    assert key == [(e["cameo"], e["source"]["code"], e["target"]["code"], e["sentence"]) for e in from_file]
    status, events, err = code(site.url("/feed"))
    assert status == 0, err
    assert {e["doc"] for e in events} == {"http://127.0.0.1:9/a"}


def test_a_dead_url_is_named(site: Site) -> None:
    status, events, err = code(site.url("/gone"))
    assert (status, events) == (2, [])
    assert err.startswith(f"error: {site.url('/gone')}: HTTP 404")


@pytest.mark.parametrize("name", ["page.html", "page.html.gz", "wire.rss"])
def test_code_and_ingest_read_the_same_articles(pages: Path, tmp_path: Path, name: str) -> None:
    """What ``code`` codes is what ``ingest`` stores: the same articles, the same events."""
    [article] = [a for a in read_inputs([str(pages / name)]) if isinstance(a, Article)]
    status, events, _ = code(str(pages / name))
    assert status == 0 and events
    expected = [e.to_dict() for e in Coder().code(article)]
    assert events == expected
    db = tmp_path / f"{name}.duckdb"
    assert CliRunner().invoke(main, ["ingest", str(pages / name), "--db", str(db), "-q"]).exit_code == 0
    with Store(db, read_only=True) as store:
        [stored] = store.articles_frame().to_dict(orient="records")
        assert (stored["doc"], stored["title"]) == (article.id, article.title)
        mentions = {m["mention_id"] for m in store.get_article(stored["article_id"])["mentions"]}
    assert mentions == {e["event_id"] for e in events}


def test_code_reads_folders_and_stdin(pages: Path) -> None:
    status, events, err = code(str(pages))
    assert status == 0, err
    assert {e["doc"] for e in events} == {"page.html", "page.html.gz", "http://127.0.0.1:9/a"}
    status, from_stdin, err = code("-", stdin=(pages / "page.html").read_bytes())
    assert status == 0, err
    assert [e["sentence"] for e in from_stdin] == [e["sentence"] for e in events if e["doc"] == "page.html"]
