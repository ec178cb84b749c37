"""The alignment network: who cooperates with whom, and who stands against whom.

One undirected, weighted ``networkx.Graph`` whose nodes are actors (country codes by
default) and whose edges sum up every counted event between two of them, in either
direction.

Edge weight (documented, chosen by ``weight=``):

- ``goldstein`` (default): the sum of the Goldstein scores of the events between the
  pair. Cooperation scores are positive, conflict scores negative, so the weight is net
  cooperation minus conflict, each event weighed by how strongly it moves relations
  (a sanction at -8 outweighs a phone call at +1).
- ``count``: the number of cooperation events (quad classes 1-2) minus the number of
  conflict events (quad classes 3-4), every event weighing the same.

A positive weight is an alignment, a negative one an opposition. Each deduplicated
event counts once, however many articles mentioned it. Edges also carry the event,
cooperation and conflict counts, the Goldstein sum and the id of their strongest event,
so every edge can be traced to its evidence. Nodes carry their activity (events
involving them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from ..errors import InputError
from .select import Period, make_period, normalise_include, pair_key, select_events

WEIGHTS = ("goldstein", "count")
FORMATS = ("graphml", "gexf", "json")

WEIGHT_DOC = {
    "goldstein": "sum of Goldstein scores of the events between the pair (net cooperation minus conflict)",
    "count": "cooperation events (quad 1-2) minus conflict events (quad 3-4)",
}


def alignment_graph(
    frame: pd.DataFrame,
    *,
    period: Period | None = None,
    since: str | None = None,
    until: str | None = None,
    include: Iterable[str] | None = (),
    weight: str = "goldstein",
) -> nx.Graph:
    """Build the alignment graph from an events frame over a period.

    ``period`` wins over ``since``/``until`` when both are given. Undated events count
    only when the period is unbounded.
    """
    if weight not in WEIGHTS:
        raise InputError("--weight", f"unknown weight {weight!r}; choose from {', '.join(WEIGHTS)}")
    if period is None:
        period = make_period(since, until)
    wanted = normalise_include(include)
    events = select_events(frame, wanted)
    events = events[period.mask(events)]
    graph = nx.Graph(
        weight_kind=weight,
        weight_definition=WEIGHT_DOC[weight],
        period=period.label,
        counted="reportable" + "".join(f", {label}" for label in wanted),
        events=len(events),
    )
    return _fill(graph, events, weight)


def _fill(graph: nx.Graph, events: pd.DataFrame, weight: str) -> nx.Graph:
    if events.empty:
        return graph
    keys = [
        pair_key(s, t)
        for s, t in zip(events["source_country"], events["target_country"], strict=True)
    ]
    events = events.assign(_a=[k[0] for k in keys], _b=[k[1] for k in keys])
    for (a, b), group in events.groupby(["_a", "_b"], sort=True):
        coop = int((group["quad_class"] <= 2).sum())
        conflict = int((group["quad_class"] >= 3).sum())
        gsum = float(group["goldstein"].sum())
        w = gsum if weight == "goldstein" else float(coop - conflict)
        strongest = group.loc[group["goldstein"].abs().idxmax()]
        graph.add_edge(
            a,
            b,
            weight=round(w, 4),
            sign=(w > 0) - (w < 0),
            events=len(group),
            cooperation=coop,
            conflict=conflict,
            goldstein_sum=round(gsum, 4),
            strongest_event=str(strongest["event_id"]),
        )
    for node in graph.nodes:
        incident = events[(events["_a"] == node) | (events["_b"] == node)]
        graph.nodes[node].update(
            label=node,
            activity=len(incident),
            cooperation=int((incident["quad_class"] <= 2).sum()),
            conflict=int((incident["quad_class"] >= 3).sum()),
            goldstein_sum=round(float(incident["goldstein"].sum()), 4),
        )
    return graph


def edges_frame(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge, strongest alignments first, then the strongest oppositions."""
    columns = [
        "a",
        "b",
        "weight",
        "sign",
        "events",
        "cooperation",
        "conflict",
        "goldstein_sum",
        "strongest_event",
    ]
    rows = [
        {"a": a, "b": b, **{k: data.get(k) for k in columns[2:]}}
        for a, b, data in graph.edges(data=True)
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["weight", "a", "b"], ascending=[False, True, True]).reset_index(
        drop=True
    )


def nodes_frame(graph: nx.Graph) -> pd.DataFrame:
    """One row per actor, most active first."""
    columns = ["actor", "activity", "cooperation", "conflict", "goldstein_sum", "degree"]
    rows = [
        {"actor": n, **{k: data.get(k) for k in columns[1:-1]}, "degree": graph.degree(n)}
        for n, data in graph.nodes(data=True)
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["activity", "actor"], ascending=[False, True]).reset_index(drop=True)


def export_graph(graph: nx.Graph, fmt: str) -> str:
    """The graph as GraphML, GEXF (for Gephi) or node-link JSON text."""
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph)) + "\n"
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(graph)) + "\n"
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        return json.dumps(data, indent=2, sort_keys=True) + "\n"
    raise InputError("--format", f"unknown graph format {fmt!r}; choose from {', '.join(FORMATS)}")
