"""JSON API over the relations analytics: dyad series, alignment network, blocs, sanctions.

Thin adapters: each route takes the store's events frame (cached: the store is
read-only while served), hands it to ``dyadwatch.analysis`` and converts the result to
JSON. The analytics own every rule (which events count, edge weights, communities);
nothing here recomputes them.

Every well-formed request gets an answer, as on /api/events: a period that ends before
it starts is a period without days, so it holds no events (the analytics' ``Period``
masks them all out). The one request refused is a dyad of an actor with itself, which
the analytics do not define (domestic events are not relations): a 404, no such dyad.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

import pandas as pd
from fastapi import APIRouter, HTTPException, Query, Request

from .access import frame_records, jsonable, store_access
from .links import link
from .params import DateParam, DyadSideParam, IncludeParam, LimitParam
from .problems import responses

if TYPE_CHECKING:
    import networkx as nx

    from ..analysis.blocs import BlocReport
    from ..analysis.select import Period

#: every route here can meet the request guard (413, 414), a bug (500) or a broken store (503)
router = APIRouter(prefix="/api", tags=["relations"], responses=responses(413, 414, 500, 503))

#: events listed with a dyad series (most recent last); the series itself is complete
MAX_DYAD_EVENTS = 500

_DYAD_EVENT_COLUMNS = [
    "event_id",
    "date",
    "day",
    "period",
    "source_country",
    "source_code",
    "target_country",
    "target_code",
    "cameo",
    "root",
    "description",
    "goldstein",
    "quad_class",
    "status",
    "basis",
    "mention_count",
    "sentence",
]



def events_frame(request: Request) -> pd.DataFrame:
    """Every event in the store, whatever its status (the analytics select what counts)."""
    from ..store import EventFilter

    acc = store_access(request)

    def load() -> pd.DataFrame:
        return acc.store.events_frame(EventFilter(reportable=None))

    return acc.cached(("events_frame",), load)


def _include(include: list[str] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(include or ()))


def _period(since: str | None, until: str | None) -> Period:
    """The analytics' period from ``since`` to ``until``; empty when it ends before it starts.

    Both dates have passed ``DateParam``'s pattern, so they parse.
    """
    from ..analysis.select import Period, make_period

    start, end = make_period(since=since).start, make_period(until=until).end
    if start is not None and end is not None and end <= start:
        return Period(start, end, f"{since} to {until}")  # [start, end) holds no day
    return make_period(since, until)


@router.get(
    "/actors", summary="Actors (countries) with their event counts", operation_id="list_actors"
)
def actors(request: Request) -> dict[str, Any]:
    """Countries that take part in reportable events between two countries, most active first."""
    from ..analysis.select import select_events

    def compute() -> list[dict[str, Any]]:
        events = select_events(events_frame(request))
        counts = pd.concat([events["source_country"], events["target_country"]]).value_counts()
        return [{"actor": str(k), "events": int(v)} for k, v in counts.items()]

    return {"items": store_access(request).cached(("actors",), compute)}


@router.get(
    "/dyads",
    summary="The most active dyads",
    operation_id="list_dyads",
    responses={
        200: {
            "links": {
                "series": link(
                    "get_dyad",
                    "the time series of the most active dyad",
                    a="$response.body#/items/0/a",
                    b="$response.body#/items/0/b",
                )
            }
        },
        **responses(422),
    },
)
def dyads(request: Request, limit: LimitParam = 50) -> dict[str, Any]:
    """Pairs of countries with the most reportable events between them (either direction)."""
    from ..analysis.select import pair_key, select_events

    def compute() -> list[dict[str, Any]]:
        events = select_events(events_frame(request))
        if events.empty:
            return []
        keys = [
            pair_key(s, t)
            for s, t in zip(events["source_country"], events["target_country"], strict=True)
        ]
        counts = pd.Series(keys).value_counts()
        return [{"a": a, "b": b, "events": int(n)} for (a, b), n in counts.items()]

    rows = store_access(request).cached(("dyads",), compute)
    return {"items": rows[:limit]}


@router.get(
    "/dyad",
    summary="Time series of relations between two actors",
    operation_id="get_dyad",
    responses=responses(404, 422, meaning={404: "No such dyad: `a` and `b` name the same actor"}),
)
def dyad(
    request: Request,
    a: DyadSideParam,
    b: DyadSideParam,
    by: Annotated[
        Literal["week", "month", "year"], Query(description="length of a period")
    ] = "month",
    directed: Annotated[bool, Query(description="only a → b (symmetric events count)")] = False,
    include: IncludeParam = None,
) -> dict[str, Any]:
    """Per period: events by quad class, cooperation, conflict, Goldstein sum and mean, stories.

    ``events`` lists the counted events behind the series (at most 500, most recent last).
    ``a`` and ``b`` must differ: an actor has no relations with itself (its domestic
    events are on /api/events?dyad=A,A).
    """
    from ..analysis.dyads import dyad_series

    if a.upper() == b.upper():
        raise HTTPException(
            404, f"no dyad of {a.upper()} with itself: domestic events are not relations"
        )

    series = dyad_series(
        events_frame(request), a, b, by=by, directed=directed, include=_include(include)
    )
    events = series.events
    columns = [c for c in _DYAD_EVENT_COLUMNS if c in events.columns]
    listed = events[columns].tail(MAX_DYAD_EVENTS)
    return {
        "a": series.a,
        "b": series.b,
        "by": series.by,
        "directed": series.directed,
        "include": list(series.include),
        "series": frame_records(series.table),
        "events": frame_records(listed),
        "event_total": len(events),
        "undated": series.undated,
        "imprecise": series.imprecise,
    }


def _graph(
    request: Request, since: str | None, until: str | None, include: tuple[str, ...]
) -> nx.Graph:
    from ..analysis.network import alignment_graph

    frame = events_frame(request)
    return store_access(request).cached(
        ("graph", since, until, include),
        lambda: alignment_graph(frame, period=_period(since, until), include=include),
    )


def _blocs(
    request: Request, since: str | None, until: str | None, include: tuple[str, ...]
) -> BlocReport:
    from ..analysis.blocs import find_blocs

    graph = _graph(request, since, until, include)
    return store_access(request).cached(("blocs", since, until, include), lambda: find_blocs(graph))


def _sanctioned(
    request: Request, since: str | None, until: str | None, include: tuple[str, ...]
) -> dict[str, Any]:
    """Sanctioned states, (target, sender) pairs and the club among the targets."""
    import networkx as nx

    from ..analysis.sanctions import (
        REDUCE_ROOT,
        downgrade_events,
        embargoed_club,
        sanction_events,
        sanction_pairs,
        sanctioned_states,
    )

    frame = events_frame(request)
    acc = store_access(request)

    def compute() -> dict[str, Any]:
        period = _period(since, until)
        reduce_ids = frame.loc[frame["root"].astype(str) == REDUCE_ROOT, "event_id"]
        dating = acc.cached(("event_dating",), lambda: acc.store.event_dating(list(reduce_ids)))
        events = sanction_events(frame, period=period, include=include, dating=dating)
        downgrades = downgrade_events(frame, period=period, include=include, dating=dating)
        states = sanctioned_states(events)
        targets = [str(t) for t in states["target"]]
        club = embargoed_club(frame, targets, period=period, include=include)
        return {
            "period": period.label,
            "targets": targets,
            "states": frame_records(states),
            "pairs": frame_records(sanction_pairs(events)),
            "downgrades": frame_records(sanction_pairs(downgrades)),
            "events": frame_records(events.tail(MAX_DYAD_EVENTS)),
            "club": jsonable(nx.node_link_data(club, edges="edges")),
        }

    return store_access(request).cached(("sanctions", since, until, include), compute)


@router.get(
    "/network",
    operation_id="get_network",
    summary="Alignment graph for a period, with blocs and sanctioned states",
    responses=responses(422),
)
def network(
    request: Request,
    since: DateParam = None,
    until: DateParam = None,
    include: IncludeParam = None,
) -> dict[str, Any]:
    """Node-link graph. Edge ``weight``: net cooperation minus conflict (Goldstein sum).

    Each node also carries ``bloc`` (its community number, or null) and ``sanctioned``
    (targeted by sanctions, CAMEO 163, in the period).
    """
    import networkx as nx

    inc = _include(include)
    graph = _graph(request, since, until, inc)
    report = _blocs(request, since, until, inc)
    sanctioned = set(_sanctioned(request, since, until, inc)["targets"])
    bloc_of = {str(r["actor"]): int(r["bloc"]) for r in frame_records(report.membership)}
    data = nx.node_link_data(graph, edges="edges")
    for node in data["nodes"]:
        node["bloc"] = bloc_of.get(str(node["id"]))
        node["sanctioned"] = str(node["id"]) in sanctioned
    result: dict[str, Any] = jsonable(data)
    return result


@router.get(
    "/blocs",
    operation_id="get_blocs",
    summary="Communities in the cooperation graph for a period",
    responses=responses(422),
)
def blocs(
    request: Request,
    since: DateParam = None,
    until: DateParam = None,
    include: IncludeParam = None,
) -> dict[str, Any]:
    """Blocs (Louvain, seeded), their strongest internal ties and the states they stand against."""
    report = _blocs(request, since, until, _include(include))
    return {
        "blocs": frame_records(report.blocs),
        "ties": frame_records(report.ties),
        "membership": frame_records(report.membership),
    }


@router.get(
    "/sanctions",
    operation_id="get_sanctions",
    summary="Sanctioned states and the cooperation among them",
    responses=responses(422),
)
def sanctions(
    request: Request,
    since: DateParam = None,
    until: DateParam = None,
    include: IncludeParam = None,
) -> dict[str, Any]:
    """States targeted by sanctions (CAMEO 163), by whom, with the earliest date a text
    gives a sanction (``dated``; null: undated background) and the first report in the
    store (``first_report``), with evidence; downgrades of relations (the other CAMEO 16x
    codes) apart; and the cooperation network among the sanctioned states."""
    result: dict[str, Any] = jsonable(_sanctioned(request, since, until, _include(include)))
    return result
