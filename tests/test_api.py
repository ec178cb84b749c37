"""The JSON API against the real app on uvicorn and a real DuckDB store.

Two stores: one written by hand through ``Store.add_coded`` (known structure: VEN-PRK
ties in two months, one event reported by two articles, Western sanctions on both, a
speculated event), and one coded from ../shared/eval/dev by the real coder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api_support import (
    LiveServer,
    build_dev_store,
    build_handmade_store,
    free_port,
)

NEEDS_SHARED = True  # reads ../shared/eval/dev (see tests/shared_paths.py)

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def handmade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = build_handmade_store(tmp_path_factory.mktemp("api") / "hand.duckdb")
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def events(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def all_events(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    page = 1
    while True:
        body = events(client, page=page, page_size=3, **params)
        out.extend(body["items"])
        if page >= body["pages"]:
            return out
        page += 1


# -- events: filters ----------------------------------------------------------------------

#: filter -> (cameo, source, target) of the events the hand-built store must return.
#: Built from the HANDMADE table in api_support, by hand.
FILTER_CASES = [
    ({"dyad": "VEN,PRK"}, {("061", "VEN", "PRK"), ("043", "VEN", "PRK")}),
    ({"dyad": "PRK,VEN"}, {("051", "PRK", "VEN"), ("042", "PRK", "VEN")}),
    (
        {"dyad": "PRK,VEN", "reportable": "any"},
        {("051", "PRK", "VEN"), ("042", "PRK", "VEN"), ("070", "PRK", "VEN")},
    ),
    ({"actor": "USA"}, {("163", "USA", "VEN"), ("111", "CUB", "USA")}),
    ({"root": "16"}, {("163", "USA", "VEN"), ("163", "EUR", "PRK")}),
    ({"cameo": "16"}, {("163", "USA", "VEN"), ("163", "EUR", "PRK")}),
    ({"plover": "AID"}, {("070", "RUS", "VEN")}),
    ({"status": "speculated", "reportable": "any"}, {("070", "PRK", "VEN")}),
    ({"status": "speculated"}, set()),
    ({"status": ["claimed", "speculated"], "reportable": "any"}, {("070", "PRK", "VEN")}),
    ({"status": "claimed,speculated", "reportable": "any"}, {("070", "PRK", "VEN")}),
    (
        {"since": "2019-06", "until": "2019-06", "actor": "VEN"},
        {("061", "VEN", "PRK"), ("051", "PRK", "VEN")},
    ),  # fmt: skip
    ({"until": "2018"}, {("042", "PRK", "VEN"), ("043", "VEN", "PRK")}),
    ({"q": "delivered aid"}, {("070", "RUS", "VEN")}),
    ({"q": "FULL HONOURS"}, {("043", "VEN", "PRK")}),  # case-insensitive
    ({"q": "draw closer"}, {("061", "VEN", "PRK")}),  # a headline of one of its two articles
    ({"country": "CHN"}, {("057", "RUS", "CHN")}),
]


@pytest.mark.parametrize(
    ("params", "expected"), FILTER_CASES, ids=[str(c[0]) for c in FILTER_CASES]
)
def test_event_filters_return_the_constructed_events(
    handmade: httpx.Client, params: dict[str, str], expected: set[tuple[str, str, str]]
) -> None:
    got = all_events(handmade, **params)
    assert {(e["cameo"], e["source_country"], e["target_country"]) for e in got} == expected
    assert events(handmade, **params)["total"] == len(got)


def test_event_reported_by_two_articles_is_one_event_with_both_mentions(
    handmade: httpx.Client,
) -> None:
    (row,) = all_events(handmade, dyad="VEN,PRK", cameo="061")
    assert row["mention_count"] == 2 and row["source_count"] == 2
    detail = handmade.get(f"/api/events/{row['event_id']}").json()
    assert detail["description"] == "Cooperate economically"
    assert len({m["article_id"] for m in detail["mentions"]}) == 2
    for mention in detail["mentions"]:
        article = handmade.get(f"/api/articles/{mention['article_id']}").json()
        text = article["full_text"]
        trigger = text[mention["trigger_start"] : mention["trigger_end"]]
        assert trigger == mention["trigger_text"] == "opened its first embassy"
        assert text[mention["source_start"] : mention["source_end"]] == "Venezuela"
        assert text[mention["target_start"] : mention["target_end"]] == "Pyongyang"
        sentence = text[mention["sentence_start"] : mention["sentence_end"]]
        assert sentence == mention["sentence"]
        assert any(span["event_id"] == row["event_id"] for span in article["mentions"])


def test_pages_cover_every_event_once(handmade: httpx.Client) -> None:
    total = events(handmade, reportable="any")["total"]
    got = all_events(handmade, reportable="any")
    assert len(got) == total == len({e["event_id"] for e in got})
    first = events(handmade, reportable="any", page=1, page_size=3)
    assert first["pages"] == -(-total // 3) and len(first["items"]) == 3


PAGE_SIZE_CASES = [("0", 422), ("501", 422), ("-1", 422), ("abc", 422), ("1e9", 422), ("500", 200)]


@pytest.mark.parametrize(("size", "status"), PAGE_SIZE_CASES)
def test_page_size_is_bounded(handmade: httpx.Client, size: str, status: int) -> None:
    for path in ("/api/events", "/api/articles"):
        response = handmade.get(path, params={"page_size": size})
        assert response.status_code == status, (path, response.text)
        if status != 200:
            assert response.headers["content-type"] == PROBLEM
            assert response.json()["errors"][0]["loc"] == ["query", "page_size"]


# -- articles -----------------------------------------------------------------------------


def test_articles_are_listed_by_page_and_shown_with_their_spans(handmade: httpx.Client) -> None:
    seen: list[dict[str, Any]] = []
    page = 1
    while True:
        body = handmade.get("/api/articles", params={"page": page, "page_size": 4}).json()
        seen.extend(body["items"])
        if not body["has_more"]:
            break
        page += 1
    assert sorted(a["doc"] for a in seen) == sorted(
        ["h-embassy", "h-embassy-2", "h-visit", "h-sanctions", "h-aid", "h-markup"]
    )
    visit = next(a for a in seen if a["doc"] == "h-visit")
    article = handmade.get(f"/api/articles/{visit['article_id']}").json()
    assert article["full_text"].startswith("North Korean head of state in Caracas\n")
    assert sorted(span["trigger_text"] for span in article["mentions"]) == ["hosted", "visited"]


UNKNOWN_ID_CASES = [("/api/events/", "0123456789abcdef"), ("/api/articles/", "ab" * 32)]


@pytest.mark.parametrize(("prefix", "ident"), UNKNOWN_ID_CASES)
def test_unknown_ids_are_404_problems(handmade: httpx.Client, prefix: str, ident: str) -> None:
    response = handmade.get(prefix + ident)
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 404


# -- relations ----------------------------------------------------------------------------

DYAD_CASES = [
    # by, include, expected (period prefix -> cooperation count)
    ("month", [], {"2018-12": 2, "2019-06": 2}),
    ("month", ["speculated"], {"2018-12": 2, "2019-06": 3}),
    ("year", [], {"2018": 2, "2019": 2}),
]


@pytest.mark.parametrize(("by", "include", "expected"), DYAD_CASES)
def test_dyad_series_counts_the_constructed_events(
    handmade: httpx.Client, by: str, include: list[str], expected: dict[str, int]
) -> None:
    body = handmade.get("/api/dyad", params={"a": "VEN", "b": "PRK", "by": by, "include": include})
    assert body.status_code == 200, body.text
    data = body.json()
    nonzero = {row["period"][: 7 if by == "month" else 4]: row["cooperation"]
               for row in data["series"] if row["events"]}  # fmt: skip
    assert nonzero == expected
    assert all(row["conflict"] == 0 for row in data["series"])
    assert data["event_total"] == sum(expected.values()) == len(data["events"])


def test_network_marks_blocs_sanctions_and_edge_signs(handmade: httpx.Client) -> None:
    graph = handmade.get("/api/network").json()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert set(nodes) == {"VEN", "PRK", "USA", "EUR", "RUS", "CHN", "CUB"}
    assert {n for n, d in nodes.items() if d["sanctioned"]} == {"VEN", "PRK"}
    assert nodes["VEN"]["bloc"] is not None and nodes["VEN"]["bloc"] == nodes["PRK"]["bloc"]
    assert nodes["USA"]["bloc"] != nodes["VEN"]["bloc"]
    sign = {frozenset((e["source"], e["target"])): e["sign"] for e in graph["edges"]}
    assert sign[frozenset(("VEN", "PRK"))] == 1
    assert sign[frozenset(("USA", "VEN"))] == -1
    dated = handmade.get("/api/network", params={"since": "2019-03", "until": "2019-03"}).json()
    assert {frozenset((e["source"], e["target"])) for e in dated["edges"]} == {
        frozenset(("RUS", "VEN")),
        frozenset(("RUS", "CHN")),
    }


def test_blocs_and_sanctions_endpoints(handmade: httpx.Client) -> None:
    blocs = handmade.get("/api/blocs").json()
    members = [set(b["members"].split(", ")) for b in blocs["blocs"]]
    assert any({"VEN", "PRK"} <= m for m in members)
    sanctions = handmade.get("/api/sanctions").json()
    assert sorted(sanctions["targets"]) == ["PRK", "VEN"]
    pairs = {(p["target"], p["sender"]) for p in sanctions["pairs"]}
    assert pairs == {("VEN", "USA"), ("PRK", "EUR")}
    assert all(p["evidence"] and "imposed sanctions" in p["evidence"] for p in sanctions["pairs"])


PERIOD_ENDPOINTS = ["/api/events", "/api/network", "/api/blocs", "/api/sanctions"]


@pytest.mark.parametrize("path", PERIOD_ENDPOINTS)
def test_a_period_that_ends_before_it_starts_holds_no_events(
    handmade: httpx.Client, path: str
) -> None:
    # well-formed, so answered (as /api/events always did): a period without days
    response = handmade.get(path, params={"since": "2020", "until": "2019"})
    assert response.status_code == 200, response.text
    body = response.json()
    empty = {
        "/api/events": lambda b: b["total"] == 0 and b["items"] == [],
        "/api/network": lambda b: b["nodes"] == [] and b["edges"] == [],
        "/api/blocs": lambda b: b["blocs"] == [] and b["membership"] == [],
        "/api/sanctions": lambda b: b["targets"] == [] and b["period"] == "2020 to 2019",
    }[path]
    assert empty(body), body
    # the same endpoint over the whole store is not empty
    whole = handmade.get(path).json()
    assert not empty(whole)


#: (date, accepted): the form of every date parameter, YYYY, YYYY-MM or YYYY-MM-DD, a real
#: calendar day in the years 1700 to 2199
DATE_CASES = [
    ("1700", True), ("1700-01-01", True), ("2199", True), ("2199-12", True),
    ("2199-12-31", True), ("2000-02-29", True), ("2024-02-29", True), ("1704-02-29", True),
    ("0000", False), ("0001", False), ("1699", False), ("1699-12-31", False), ("2200", False),
    ("9999", False), ("10000", False), ("2019-02-29", False), ("2100-02-29", False),
    ("2019-13", False), ("2019-00", False), ("2019-04-31", False), ("2019-06-00", False),
    ("2019-1-5", False), ("2019-06-1", False), ("20190", False), (" 2019", False),
    ("2019\n", False), ("2019-06-10T00:00", False), ("", False),
]  # fmt: skip


@pytest.mark.parametrize("path", PERIOD_ENDPOINTS)
@pytest.mark.parametrize("name", ["since", "until"])
def test_dates_are_accepted_exactly_in_their_documented_form(
    handmade: httpx.Client, path: str, name: str
) -> None:
    for value, accepted in DATE_CASES:
        response = handmade.get(path, params={name: value})
        if accepted:
            assert response.status_code == 200, (path, name, value, response.text)
            continue
        assert response.status_code == 422, (path, name, value, response.text)
        assert response.headers["content-type"] == PROBLEM
        problem = response.json()
        assert problem["errors"][0]["loc"] == ["query", name]
        # the form in words, not a regular expression
        assert problem["detail"].startswith(f"invalid parameter: {name}: expected a date")
        assert "1700 to 2199" in problem["detail"] and "(?:" not in response.text


@pytest.mark.parametrize("pair", [("VEN", "VEN"), ("ven", "VEN"), ("Zz9", "ZZ9")])
def test_a_dyad_of_an_actor_with_itself_does_not_exist(
    handmade: httpx.Client, pair: tuple[str, str]
) -> None:
    response = handmade.get("/api/dyad", params={"a": pair[0], "b": pair[1]})
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert "with itself" in response.json()["detail"]


#: (parameter, value, accepted): enumerated and patterned filters take their documented
#: form only (statuses and PLOVER types as listed, codes in CAMEO's ranges)
FORM_CASES = [
    ("status", "claimed,speculated", True), ("status", "CLAIMED", False),
    ("status", "claimed, speculated", False), ("status", "claimed,", False),
    ("status", "rumoured", False), ("plover", "AID", True), ("plover", "aid", False),
    ("plover", "HELP", False), ("root", "01", True), ("root", "20", True), ("root", "00", False),
    ("root", "21", False), ("cameo", "0431", True), ("cameo", "2004", True),
    ("cameo", "2104", False), ("cameo", "00", False), ("reportable", "any", True),
    ("reportable", "yes", False), ("dyad", "VEN,PRK", True), ("dyad", "VEN", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "value", "accepted"), FORM_CASES)
def test_filters_take_their_documented_form(
    handmade: httpx.Client, name: str, value: str, accepted: bool
) -> None:
    response = handmade.get("/api/events", params={name: value})
    assert response.status_code == (200 if accepted else 422), response.text
    if not accepted:
        assert response.json()["errors"][0]["loc"][:2] == ["query", name]


def test_the_longest_request_the_schema_allows_is_answered(handmade: httpx.Client) -> None:
    from dyadwatch.api.app import MAX_TARGET_BYTES
    from dyadwatch.api.params import MAX_TEXT_QUERY, STATUSES

    statuses = ",".join(STATUSES)
    params: list[tuple[str, str | int]] = [
        ("actor", "A" * 15), ("dyad", "A" * 15 + "," + "B" * 15), ("country", "C" * 15),
        ("cameo", "0431"), ("root", "04"), ("plover", "COOPERATE"),
        *[("status", statuses)] * len(STATUSES), ("reportable", "false"),
        ("since", "2000-01-01"), ("until", "2199-12-31"),
        ("q", "\U0001f600" * MAX_TEXT_QUERY),  # 4 bytes, 12 percent-encoded
        ("page", 100_000), ("page_size", 500),
    ]  # fmt: skip
    request = handmade.build_request("GET", "/api/events", params=params)
    target = len(request.url.raw_path)
    assert target < MAX_TARGET_BYTES / 2
    response = handmade.send(request)
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


# -- the app as a whole -------------------------------------------------------------------

ENDPOINTS = [
    "/api/events",
    "/api/events/{event_id}",
    "/api/articles",
    "/api/articles/{article_id}",
    "/api/dyad",
    "/api/network",
    "/api/blocs",
    "/api/sanctions",
    "/api/actors",
    "/api/dyads",
    "/api/latest",
    "/api/sources",
]


def test_openapi_documents_every_endpoint(handmade: httpx.Client) -> None:
    schema = handmade.get("/openapi.json").json()
    assert sorted(schema["paths"]) == sorted(ENDPOINTS)
    events_params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert events_params >= {"actor", "dyad", "country", "cameo", "root", "plover", "status",
                             "reportable", "since", "until", "q", "page", "page_size"}  # fmt: skip
    assert handmade.get("/docs").status_code == 404  # Swagger UI would load from a CDN


#: problem responses each operation documents, beyond the guard's and the server's
#: (413, 414, 500, 503 on every one)
PROBLEMS_OF = {
    "/api/events": {422},
    "/api/events/{event_id}": {404, 422},
    "/api/articles": {422},
    "/api/articles/{article_id}": {404, 422},
    "/api/dyad": {404, 422},
    "/api/network": {422},
    "/api/blocs": {422},
    "/api/sanctions": {422},
    "/api/actors": set(),
    "/api/dyads": {422},
    "/api/latest": {422},
    "/api/sources": set(),
}


def test_openapi_documents_every_problem_as_problem_json(handmade: httpx.Client) -> None:
    schema = handmade.get("/openapi.json").json()
    assert set(PROBLEMS_OF) == set(ENDPOINTS)
    for path, expected in PROBLEMS_OF.items():
        responses = schema["paths"][path]["get"]["responses"]
        errors = {int(code) for code in responses if int(code) >= 400}
        assert errors == expected | {413, 414, 500, 503}, path
        for code in errors:
            content = responses[str(code)]["content"]
            assert list(content) == [PROBLEM], (path, code)
            model = "ValidationProblem" if code == 422 else "Problem"
            assert content[PROBLEM]["schema"] == {"$ref": f"#/components/schemas/{model}"}
        assert list(responses["200"]["content"]) == ["application/json"], path
    problem = schema["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"title", "status"}
    assert "errors" in schema["components"]["schemas"]["ValidationProblem"]["required"]


def parameter_schema(operation: dict[str, Any], name: str) -> dict[str, Any]:
    (param,) = [p for p in operation["parameters"] if p["name"] == name]
    found: dict[str, Any] = param["schema"]
    # optional parameters are "anyOf: [the form, null]"
    return next((s for s in found.get("anyOf", []) if s.get("type") != "null"), found)


def test_openapi_publishes_the_rules_the_server_validates(handmade: httpx.Client) -> None:
    from dyadwatch.api import params
    from dyadwatch.codebook import PLOVER_TYPES

    paths = handmade.get("/openapi.json").json()["paths"]
    for path in PERIOD_ENDPOINTS:
        for name in ("since", "until"):
            form = parameter_schema(paths[path]["get"], name)
            assert form["pattern"] == params.DATE_PATTERN, (path, name)
    events = paths["/api/events"]["get"]
    assert parameter_schema(events, "root")["pattern"] == params.ROOT_PATTERN
    assert parameter_schema(events, "cameo")["pattern"] == params.CAMEO_PATTERN
    assert set(parameter_schema(events, "plover")["enum"]) == PLOVER_TYPES
    assert parameter_schema(events, "status")["items"]["pattern"] == params.STATUS_PATTERN
    for side in ("a", "b"):
        assert parameter_schema(paths["/api/dyad"]["get"], side)["pattern"] == params.ACTOR_PATTERN
    # every pattern the document publishes has its explanation for the 422 problem
    published = {
        form.get("pattern") or form.get("items", {}).get("pattern")
        for path in paths.values()
        for p in path["get"].get("parameters", [])
        for form in [parameter_schema(path["get"], p["name"])]
    } - {None}
    assert published <= set(params.PATTERN_HELP)


def test_dashboard_and_assets_are_served_from_the_package(handmade: httpx.Client) -> None:
    index = handmade.get("/")
    assert index.status_code == 200 and "text/html" in index.headers["content-type"]
    for asset in (
        "/static/js/app.js",
        "/static/js/dom.js",
        "/static/js/charts.js",
        "/static/css/app.css",
    ):
        response = handmade.get(asset)
        assert response.status_code == 200, asset
        # the SVG namespace is a name, not a fetch
        body = response.text.replace("http://www.w3.org/2000/svg", "")
        assert "http://" not in body and "https://" not in body, f"{asset} refers to a URL"
    csp = index.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert index.headers["x-content-type-options"] == "nosniff"


def test_writes_are_not_allowed(handmade: httpx.Client) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = handmade.request(method, "/api/events")
        assert response.status_code == 405, method
        assert response.headers["content-type"] == PROBLEM


# -- the serve command --------------------------------------------------------------------


def test_serve_command_serves_the_store_on_localhost(tmp_path: Path) -> None:
    db = build_handmade_store(tmp_path / "serve.duckdb")
    port = free_port()
    exe = Path(sys.executable).with_name("dyadwatch")
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert response.status_code == 200
        # 11 events in the hand-built store, one of them speculated
        assert response.json()["total"] == 10
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("dyadwatch")
    result = subprocess.run(
        [str(exe), "serve", "--db", str(tmp_path / "none.duckdb"), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 4
    assert "none.duckdb" in result.stderr and "Traceback" not in result.stderr


# -- a store coded from the dev articles ---------------------------------------------------


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = build_dev_store(tmp_path_factory.mktemp("dev") / "dev.duckdb")
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def test_dev_store_every_event_points_at_its_evidence(dev: httpx.Client) -> None:
    got = all_events(dev, reportable="any")
    assert len(got) >= 20
    articles: dict[str, str] = {}
    mentions = 0
    for row in got:
        detail = dev.get(f"/api/events/{row['event_id']}").json()
        assert len(detail["mentions"]) == row["mention_count"]
        for m in detail["mentions"]:
            mentions += 1
            if m["article_id"] not in articles:
                articles[m["article_id"]] = dev.get(f"/api/articles/{m['article_id']}").json()[
                    "full_text"
                ]
            text = articles[m["article_id"]]
            assert text[m["trigger_start"] : m["trigger_end"]] == m["trigger_text"]
            # the coder writes a sentence's line breaks as spaces; offsets still align
            assert text[m["sentence_start"] : m["sentence_end"]].split() == m["sentence"].split()
    assert mentions >= len(got)


def test_dev_store_venezuela_north_korea(dev: httpx.Client) -> None:
    both = all_events(dev, dyad="VEN,PRK") + all_events(dev, dyad="PRK,VEN")
    assert both, "the seed story's VEN-PRK events"
    assert all({e["source_country"], e["target_country"]} == {"VEN", "PRK"} for e in both)
    series = dev.get("/api/dyad", params={"a": "VEN", "b": "PRK", "by": "year"}).json()
    counted = sum(row["events"] for row in series["series"])
    assert counted + series["undated"] + series["imprecise"] == len(both)
    graph = dev.get("/api/network").json()
    ven = {e["target"] if e["source"] == "VEN" else e["source"]
           for e in graph["edges"] if "VEN" in (e["source"], e["target"])}  # fmt: skip
    assert "PRK" in ven
