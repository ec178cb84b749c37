"""``dyadwatch serve --watch``: one process polls a feed into a store and serves it, and the
dashboard's "latest" view, open in a real headless Chromium, shows a new event after a
new item is published on the feed, without a reload.

The server is the real command in a subprocess (``serve --watch FEED --every 1s``),
the feed a real HTTP server on 127.0.0.1 (tests/watch_support.py), the store a real
DuckDB file written by the real coder. SIGTERM then stops the process cleanly and the
store passes ``dyadwatch check``. A screenshot of the view is saved as
docs/dashboard-latest.png.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import sync_playwright

from api_support import free_port
from browser_setup import CHROMIUM
from test_dashboard_browser import CHROMIUM_ARGS, DOCS, READY, Watch
from watch_support import Item, NewsSite, feed_answer

pytestmark = pytest.mark.browser

FIRST = Item("b1", "Russia imposes sanctions on Ukraine", "Russia imposed sanctions on Ukraine on Monday.", "2024-03-04")
NEW = Item("b2", "Brazil sends aid to Argentina", "Brazil sent aid to Argentina on Wednesday.", "2024-03-06")


def shows(item: Item, row: str) -> bool:
    """A row shows the item's event: its evidence sentence is the headline or the text."""
    return item.title in row or item.text in row


class Served:
    def __init__(self, proc: subprocess.Popen[str], url: str, site: NewsSite, db: Path) -> None:
        self.proc, self.url, self.site, self.db = proc, url, site, db


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    db = tmp_path / "live.duckdb"
    with NewsSite() as site:
        site.publish("/feed.xml", feed_answer([FIRST], site.base))
        port = free_port()
        cmd = [sys.executable, "-m", "dyadwatch", "serve", "--db", str(db), "--port", str(port),
               "--log-level", "warning", "--watch", site.url("/feed.xml"), "--every", "1s",
               "--host-delay", "0"]  # fmt: skip
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:  # up, and the first round stored the first item
            assert proc.poll() is None, proc.communicate()[1][-3000:]
            try:
                if httpx.get(f"{url}/api/latest", timeout=5).json()["items"]:
                    break
            except (httpx.HTTPError, ValueError, KeyError):
                pass
            assert time.monotonic() < deadline, "serve --watch did not store the first item"
            time.sleep(0.3)
        try:
            yield Served(proc, url, site, db)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate(timeout=30)


def test_latest_view_shows_a_new_event_as_it_comes(served: Served) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            watch = Watch(page, served.url)
            page.goto(f"{served.url}/#/latest?every=500")
            page.wait_for_selector(READY, timeout=30_000)
            rows = page.locator("#latest-rows tr")
            assert rows.count() == 1 and shows(FIRST, rows.first.inner_text())
            assert "/feed.xml" in page.locator("#sources-table").inner_text()
            # a new item on the feed: the next round stores it, the open page shows it
            served.site.publish("/feed.xml", feed_answer([FIRST, NEW], served.site.base))
            page.wait_for_function(
                "words => [...document.querySelectorAll('#latest-rows tr')]"
                ".some(r => words.some(w => r.innerText.includes(w)))",
                arg=[NEW.title, NEW.text], timeout=30_000,
            )
            top = rows.first
            assert shows(NEW, top.inner_text()) and "fresh" in (top.get_attribute("class") or "")
            assert rows.count() == 2 and shows(FIRST, rows.nth(1).inner_text())
            # the row links to the event, which the same server answers
            event_id = top.get_attribute("data-event-id")
            assert httpx.get(f"{served.url}/api/events/{event_id}", timeout=10).status_code == 200
            DOCS.mkdir(exist_ok=True)
            page.screenshot(path=str(DOCS / "dashboard-latest.png"), full_page=True)
            assert watch.errors == [] and watch.foreign == [] and watch.dialogs == []
            context.close()
        finally:
            browser.close()
    # SIGTERM: the watch finishes its batch, the server stops, the store is whole
    served.proc.send_signal(signal.SIGTERM)
    _, err = served.proc.communicate(timeout=60)
    assert served.proc.returncode == 0, err[-3000:]
    check = subprocess.run([sys.executable, "-m", "dyadwatch", "check", "--db", str(served.db)],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0 and check.stdout.strip().endswith("ok"), check.stdout
