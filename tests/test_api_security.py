"""Security of the JSON API, against the real app on uvicorn and a real DuckDB store.

The store holds an article whose title and text carry ``<script>`` and HTML attributes.
Every filter gets SQL metacharacters, every path parameter gets path traversal (sent
raw, not normalised by a client), and oversized requests are tried. Nothing may leak
(no 500, no traceback, no SQL, no file contents) or break (the events are all still
there afterwards). The browser side of the escaping is in test_dashboard_browser.py.
"""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from fastapi import FastAPI

from api_support import IMG_PAYLOAD, SCRIPT_PAYLOAD, LiveServer, build_handmade_store
from dyadwatch.api import problems

PROBLEM = "application/problem+json"
SQL_PAYLOADS = [
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    "%",
    "_",
    "\\",
    "VEN' OR '1'='1",
    "VEN%",
    "V_N",
    "1; SELECT * FROM articles",
]
#: words that would show an internal error or query leaking into a response
LEAK_MARKERS = ["Traceback", "File \"", "duckdb", "SELECT", "Binder Error", "Parser Error",
                "root:x:0:0", "def create_app", "import "]  # fmt: skip

#: (endpoint, parameter, extra parameters the endpoint needs)
FILTERS = [
    ("/api/events", "actor", {}),
    ("/api/events", "dyad", {}),
    ("/api/events", "country", {}),
    ("/api/events", "cameo", {}),
    ("/api/events", "root", {}),
    ("/api/events", "plover", {}),
    ("/api/events", "status", {}),
    ("/api/events", "reportable", {}),
    ("/api/events", "since", {}),
    ("/api/events", "until", {}),
    ("/api/events", "page", {}),
    ("/api/events", "page_size", {}),
    ("/api/articles", "page", {}),
    ("/api/articles", "page_size", {}),
    ("/api/dyad", "a", {"b": "PRK"}),
    ("/api/dyad", "b", {"a": "VEN"}),
    ("/api/dyad", "by", {"a": "VEN", "b": "PRK"}),
    ("/api/dyad", "directed", {"a": "VEN", "b": "PRK"}),
    ("/api/dyad", "include", {"a": "VEN", "b": "PRK"}),
    ("/api/network", "since", {}),
    ("/api/network", "until", {}),
    ("/api/network", "include", {}),
    ("/api/blocs", "since", {}),
    ("/api/blocs", "until", {}),
    ("/api/sanctions", "since", {}),
    ("/api/sanctions", "include", {}),
    ("/api/dyads", "limit", {}),
]

#: request targets sent byte for byte; none may reach a file outside the static folder
TRAVERSALS = [
    "/api/events/../../etc/passwd",
    "/api/events/..%2F..%2Fetc%2Fpasswd",
    "/api/events/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/events/....%2F%2F....%2F%2Fetc%2Fpasswd",
    "/api/articles/../../etc/passwd",
    "/api/articles/..%2F..%2Fetc%2Fpasswd",
    "/api/articles/..%5C..%5Cetc%5Cpasswd",
    "/api/articles/%252e%252e%252fetc%252fpasswd",
    "/static/../../../../../../etc/passwd",
    "/static/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/js/..%5C..%5C..%5C..%5Cetc%5Cpasswd",
    "/static//etc/passwd",
    "/static/../app.py",
    "/static/..%2Fapp.py",
    "/static/%2e%2e/routes_pages.py",
    "/../../etc/passwd",
    "/..%2F..%2Fetc%2Fpasswd",
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_handmade_store(tmp_path_factory.mktemp("sec") / "sec.duckdb")


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[LiveServer]:
    with LiveServer(store_path) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def assert_no_leak(response: httpx.Response | tuple[int, dict[str, str], str]) -> None:
    if isinstance(response, httpx.Response):
        status, headers, body = response.status_code, dict(response.headers), response.text
    else:
        status, headers, body = response
    assert status < 500, body
    for marker in LEAK_MARKERS:
        assert marker not in body, f"{marker!r} in the response"
    if status >= 400:
        assert headers["content-type"] == PROBLEM


def table_counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                for t in ("articles", "events", "mentions", "stories")}  # fmt: skip
    finally:
        con.close()


# -- markup in article text -----------------------------------------------------------------


def _markup_article(client: httpx.Client) -> dict[str, Any]:
    rows = client.get("/api/articles", params={"page_size": 500}).json()["items"]
    (row,) = [r for r in rows if r["doc"] == "h-markup"]
    article: dict[str, Any] = client.get(f"/api/articles/{row['article_id']}").json()
    return article


def test_markup_in_an_article_comes_back_as_a_json_string(client: httpx.Client) -> None:
    article = _markup_article(client)
    assert article["title"] == f"Cuba {IMG_PAYLOAD} praises Venezuela"
    assert SCRIPT_PAYLOAD in article["text"] and 'onmouseover="alert(2)"' in article["text"]
    assert article["outlet"] == "Outlet <i>Four</i>"
    assert article["url"] == "javascript:alert(3)"  # stored as given; the page never links it
    (hit,) = client.get("/api/events", params={"q": "<script>"}).json()["items"]
    assert hit["sentence"] == f"Cuba praised Venezuela {SCRIPT_PAYLOAD} on Tuesday."


def test_json_is_never_served_as_html(client: httpx.Client) -> None:
    article = _markup_article(client)
    for path in ("/api/events", f"/api/articles/{article['article_id']}", "/api/network"):
        response = client.get(path)
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"
    # the dashboard page is static: no article text is ever rendered into it by the server
    assert "Cuba" not in client.get("/").text


# -- SQL metacharacters in every filter --------------------------------------------------------


@pytest.mark.parametrize("payload", SQL_PAYLOADS)
@pytest.mark.parametrize(
    ("path", "name", "extra"), FILTERS, ids=[f"{p}:{n}" for p, n, _ in FILTERS]
)
def test_sql_metacharacters_in_filters_are_refused(
    client: httpx.Client, path: str, name: str, extra: dict[str, str], payload: str
) -> None:
    response = client.get(path, params={**extra, name: payload})
    assert_no_leak(response)
    assert response.status_code == 422
    assert name in response.json()["detail"]


@pytest.mark.parametrize("payload", SQL_PAYLOADS)
def test_sql_metacharacters_in_text_search_match_literally(
    client: httpx.Client, payload: str
) -> None:
    # no stored sentence or headline holds these strings, so a literal search finds nothing;
    # a LIKE wildcard or an injected OR would find everything
    response = client.get("/api/events", params={"q": payload, "reportable": "any"})
    assert_no_leak(response)
    assert response.status_code == 200
    assert response.json()["total"] == 0


def test_the_store_is_intact_after_the_attacks(
    client: httpx.Client, server: LiveServer, store_path: Path
) -> None:
    # the server holds the file read-only; read it beside it with a second read-only handle
    before = table_counts(store_path)
    assert before["events"] == 11
    for payload in SQL_PAYLOADS:
        for path, name, extra in FILTERS:
            client.get(path, params={**extra, name: payload})
        client.get("/api/events", params={"q": payload})
    assert client.get("/api/events", params={"reportable": "any"}).json()["total"] == 11
    assert table_counts(store_path) == before


# -- path traversal in every path parameter -------------------------------------------------------


def raw_get(server: LiveServer, target: str) -> tuple[int, dict[str, str], str]:
    """GET a request target exactly as written (no client-side normalisation of ``..``)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.putrequest("GET", target, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
        headers = {k.lower(): v for k, v in response.getheaders()}
        return response.status, headers, body
    finally:
        conn.close()


@pytest.mark.parametrize("target", TRAVERSALS)
def test_path_traversal_reads_no_file(server: LiveServer, target: str) -> None:
    status, headers, body = raw_get(server, target)
    assert status in (400, 404, 422), (status, body[:200])
    assert_no_leak((status, headers, body))


def test_static_files_are_served_only_from_the_package(server: LiveServer) -> None:
    status, headers, body = raw_get(server, "/static/js/app.js")
    assert status == 200 and "text/javascript" in headers["content-type"]
    assert "import { h" in body


# -- bounded requests ----------------------------------------------------------------------------

OVERSIZED = [
    ("page_size over the maximum", "GET", "/api/events?page_size=100000", None, 422),
    ("page beyond the bound", "GET", "/api/events?page=100000000", None, 422),
    ("huge query string", "GET", "/api/events?q=" + "a" * 9000, None, 414),
    # longer than any valid request, under the guard's limit: validation names the parameter
    ("long query string", "GET", "/api/events?q=" + "a" * 5000, None, 422),
    ("text query over 200 chars", "GET", "/api/events?q=" + "a" * 201, None, 422),
    ("dyads limit over the maximum", "GET", "/api/dyads?limit=100000", None, 422),
    ("a large body", "POST", "/api/events", b"x" * 100_000, 413),
    ("a body on a read-only API", "POST", "/api/events", b"{}", 405),
]


@pytest.mark.parametrize(
    ("what", "method", "target", "body", "status"), OVERSIZED, ids=[c[0] for c in OVERSIZED]
)
def test_oversized_requests_are_refused(
    client: httpx.Client, what: str, method: str, target: str, body: bytes | None, status: int
) -> None:
    response = client.request(method, target, content=body)
    assert response.status_code == status, what
    assert_no_leak(response)


# -- errors are problem details --------------------------------------------------------------------


def test_an_unexpected_error_is_a_bare_500_problem() -> None:
    # the app's own problem handlers on a route that fails the way a bug would
    app = FastAPI()
    problems.install(app)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail /etc/passwd SELECT * FROM events")

    with LiveServer(app=app) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        response = c.get("/boom")
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert response.json() == {
        "type": "about:blank",
        "title": "Internal Server Error",
        "status": 500,
        "detail": "the request could not be completed",
    }


def test_validation_problems_do_not_echo_the_input(client: httpx.Client) -> None:
    response = client.get("/api/events", params={"actor": "<svg onload=alert(1)>"})
    assert response.status_code == 422
    assert "<svg" not in response.text
    assert response.json()["errors"][0]["loc"] == ["query", "actor"]


# -- the dashboard's own code -------------------------------------------------------------------

#: DOM sinks that parse a string as HTML or code; the dashboard builds nodes instead
HTML_SINKS = ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
              "new Function", "setAttribute(\"on"]  # fmt: skip


@pytest.mark.parametrize("sink", HTML_SINKS)
def test_dashboard_scripts_use_no_html_sink(sink: str) -> None:
    from dyadwatch.api.routes_pages import static_dir

    scripts = sorted(static_dir().glob("js/*.js"))
    assert scripts
    for script in scripts:
        code = [line for line in script.read_text(encoding="utf-8").splitlines()
                if not line.lstrip().startswith("//")]  # fmt: skip
        assert sink not in "\n".join(code), f"{script.name} uses {sink}"
