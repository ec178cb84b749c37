"""The dashboard in a real headless Chromium (Debian's package) against the real server.

The store is the dev articles ingested by the real pipeline and coder, plus one article
whose title and text carry HTML and script. Each view is checked against the JSON API
it draws from, and a screenshot of each is saved under docs/.
Chromium is installed by scripts/install_browser.sh, which the test run calls when it is
missing (tests/browser_setup.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from api_support import IMG_PAYLOAD, SCRIPT_PAYLOAD, LiveServer, build_dev_store
from browser_setup import CHROMIUM

NEEDS_SHARED = True  # reads ../shared/eval/dev (see tests/shared_paths.py)

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS = Path(__file__).resolve().parents[1] / "docs"
READY = '#view[data-ready="1"]'


class Site:
    def __init__(self, server: LiveServer, api: httpx.Client) -> None:
        self.url = server.url
        self.api = api

    def get(self, path: str, **params: Any) -> Any:
        response = self.api.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    db = build_dev_store(tmp_path_factory.mktemp("browser") / "dev.duckdb", with_markup=True)
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=60) as api:
        yield Site(server, api)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """What a page did that it must not: dialogs, script errors, requests off the server."""

    def __init__(self, page: Page, origin: str) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on(
            "request",
            lambda req: None if req.url.startswith(origin) else self.foreign.append(req.url),
        )


@pytest.fixture
def page(browser: Browser, site: Site) -> Iterator[tuple[Page, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch(page, site.url)
    yield page, watch
    context.close()
    assert watch.errors == [], "script errors on the page"
    assert watch.foreign == [], "the dashboard fetched something from outside the server"
    assert watch.dialogs == [], "a dialog opened"


def settle(page: Page, hash_condition: str) -> None:
    """Wait until the view has rendered the new address (``hash_condition`` is a CSS
    attribute test on ``data-hash``): after a click changes the hash, the previous view's
    ready flag is still up until the router runs."""
    page.wait_for_selector(f'#view[data-ready="1"][data-hash{hash_condition}]', timeout=30_000)


def open_view(page: Page, site: Site, fragment: str) -> None:
    page.goto(f"{site.url}/{fragment}")
    page.wait_for_selector(READY, timeout=30_000)


def shoot(page: Page, name: str) -> None:
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / name), full_page=True)
    assert (DOCS / name).stat().st_size > 10_000


# -- the four views -----------------------------------------------------------------------


def test_events_view_filters_to_the_ven_prk_dyad(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    open_view(pg, site, "#/events")
    everything = site.get("/api/events", page_size=50)
    assert pg.locator("#events-table tbody tr").count() == min(everything["total"], 50)

    pg.fill("input[name=dyad]", "ven,prk")
    pg.click("#filters button[type=submit]")
    settle(pg, '*="dyad=VEN%2CPRK"')
    expected = site.get("/api/events", dyad="VEN,PRK", page_size=50)
    assert expected["total"] > 0
    rows = pg.locator("#events-table tbody tr")
    assert rows.count() == min(expected["total"], 50)
    shown = [rows.nth(i).get_attribute("data-event-id") for i in range(rows.count())]
    assert shown == [e["event_id"] for e in expected["items"]]
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text() == next(
            e["source_code"] for e in expected["items"] if e["event_id"] == shown[i]
        )
        assert cells.nth(1).inner_text().startswith("VEN")
        assert cells.nth(3).inner_text().startswith("PRK")
    assert pg.input_value("input[name=dyad]") == "VEN,PRK"
    shoot(pg, "dashboard-events.png")


def test_event_view_highlights_the_evidence(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    candidates = site.get("/api/events", dyad="VEN,PRK", page_size=50)["items"]
    candidates += site.get("/api/events", dyad="PRK,VEN", page_size=50)["items"]
    assert candidates
    chosen = max(candidates, key=lambda e: (e["mention_count"], e["event_id"]))
    detail = site.get(f"/api/events/{chosen['event_id']}")
    first = detail["mentions"][0]
    text = site.get(f"/api/articles/{first['article_id']}")["full_text"]

    # reach it the way a reader does: from the filtered list
    pair = f"{chosen['source_country']}%2C{chosen['target_country']}"
    open_view(pg, site, f"#/events?dyad={pair}")
    pg.click(f'tr[data-event-id="{chosen["event_id"]}"] a.event-link')
    settle(pg, f'="#/event/{chosen["event_id"]}"')

    trigger = pg.locator("#article-text mark.trigger")
    assert trigger.count() >= 1
    assert "".join(trigger.all_text_contents()) == first["trigger_text"]
    assert first["trigger_text"] == text[first["trigger_start"] : first["trigger_end"]]
    source = "".join(pg.locator("#article-text mark.source").all_text_contents())
    target = "".join(pg.locator("#article-text mark.target").all_text_contents())
    assert source and source in text[first["source_start"] : first["source_end"]]
    assert target and target in text[first["target_start"] : first["target_end"]]
    # the whole article is there, in order, as text
    assert pg.locator("#article-text").text_content() == text
    badge = pg.locator(".event-head .badge[data-status]")
    assert badge.inner_text() == detail["status"]
    listed = pg.locator("#other-articles li")
    assert listed.count() == len(detail["mentions"])
    shoot(pg, "dashboard-event.png")


def test_dyad_view_draws_the_timeline(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    data = site.get("/api/dyad", a="VEN", b="PRK", by="year")
    quads = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
    cells = [row[q] for row in data["series"] for q in quads if row[q] > 0]
    assert cells, "VEN-PRK has dated events in the dev store"

    open_view(pg, site, "#/dyad/VEN/PRK?by=year")
    bars = pg.locator("svg.dyad-chart rect.bar[data-count]")
    assert bars.count() == len(cells)
    drawn = [int(bars.nth(i).get_attribute("data-count") or 0) for i in range(bars.count())]
    assert sorted(drawn) == sorted(cells)
    assert pg.locator("#dyad-events tbody tr").count() == len(data["events"])
    assert (pg.locator("svg.dyad-chart text.chart-title").text_content() or "").startswith(
        "VEN–PRK"
    )
    shoot(pg, "dashboard-dyad.png")


def test_dyad_picker_changes_the_pair(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    open_view(pg, site, "#/dyad/VEN/PRK?by=year")
    actors = [row["actor"] for row in site.get("/api/actors")["items"]]
    other = next(a for a in actors if a not in ("VEN", "PRK"))
    pg.select_option("#dyad-b", other)
    pg.click("#dyad-form button[type=submit]")
    settle(pg, f'^="#/dyad/VEN/{other}"')
    data = site.get("/api/dyad", a="VEN", b=other, by="year")
    assert pg.locator("#dyad-events tbody tr").count() == len(data["events"])


def test_network_view_draws_the_graph(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    graph = site.get("/api/network")
    assert graph["nodes"] and graph["edges"]
    open_view(pg, site, "#/network")
    assert pg.locator("svg.network-chart g.node").count() == len(graph["nodes"])
    assert pg.locator("svg.network-chart g.edges line.edge").count() == len(graph["edges"])
    sanctioned = sorted(n["id"] for n in graph["nodes"] if n["sanctioned"])
    drawn = pg.locator("svg.network-chart g.node.sanctioned")
    assert sorted(drawn.nth(i).get_attribute("data-id") for i in range(drawn.count())) == sanctioned
    in_blocs = [n for n in graph["nodes"] if n["bloc"] is not None]
    coloured = pg.locator("svg.network-chart g.node:not([data-bloc='']) circle.dot")
    assert coloured.count() == len(in_blocs)
    assert pg.locator("#sanction-list li").count() == len(site.get("/api/sanctions")["states"])
    shoot(pg, "dashboard-network.png")


def test_network_period_form_narrows_the_graph(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    open_view(pg, site, "#/network")
    pg.fill("#network-form input[name=since]", "2017")
    pg.fill("#network-form input[name=until]", "2018")
    pg.click("#network-form button[type=submit]")
    settle(pg, '="#/network?since=2017&until=2018"')
    graph = site.get("/api/network", since="2017", until="2018")
    assert pg.locator("svg.network-chart g.node").count() == len(graph["nodes"])


def test_bad_filter_shows_the_problem_not_a_crash(page: tuple[Page, Watch], site: Site) -> None:
    pg, _ = page
    pg.goto(f"{site.url}/#/events?since=yesterday")
    pg.wait_for_selector('#view[data-ready="error"]')
    assert "since" in pg.locator("#view .error").inner_text()


# -- untrusted text is shown as text ---------------------------------------------------------

#: views that show the hand-built article's title, text or sentences
MARKUP_VIEWS = [
    "#/events?actor=CUB",
    "#/events?q=%3Cscript%3E",
    "#/event/{event_id}",
    "#/dyad/CUB/VEN?by=year",
]


@pytest.mark.parametrize("fragment", MARKUP_VIEWS)
def test_markup_in_articles_is_shown_as_text(
    page: tuple[Page, Watch], site: Site, fragment: str
) -> None:
    pg, watch = page
    (event,) = site.get("/api/events", dyad="CUB,VEN")["items"]
    assert SCRIPT_PAYLOAD in event["sentence"]
    open_view(pg, site, fragment.format(event_id=event["event_id"]))
    view = pg.locator("#view")
    assert SCRIPT_PAYLOAD in view.inner_text()
    if "event/" in fragment:
        assert IMG_PAYLOAD in view.inner_text()
        assert 'onmouseover="alert(2)"' in view.inner_text()
        marked = "".join(pg.locator("#article-text mark.trigger").all_text_contents())
        assert SCRIPT_PAYLOAD in marked
    # nothing from the article became an element or an attribute
    assert view.locator("script, img, b, i, iframe, object, embed").count() == 0
    assert pg.locator("[onerror], [onmouseover], [onload], [onclick]").count() == 0
    assert pg.locator("a[href^='javascript']").count() == 0
    pg.wait_for_timeout(300)  # give an injected handler the chance to fire
    assert watch.dialogs == []
