"""Blocs: communities of states that cooperate, and the states each bloc stands against.

Communities are found in the cooperation graph, the positive edges of the alignment
graph (``network.alignment_graph``), with Louvain modularity
(``networkx.community.louvain_communities``) and a fixed seed, so the same data always
gives the same blocs. Oppositions (negative edges) never pull states together; they
are used afterwards to say whom each bloc stands against: the outside states whose net
weight to the bloc's members, summed, is most negative.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

DEFAULT_SEED = 42


@dataclass(slots=True)
class BlocReport:
    """``blocs``: one row per bloc of two or more states, largest first.

    ``ties``: one row per listed tie, ``kind`` = ``internal`` (strongest cooperation
    inside the bloc) or ``against`` (an outside state ``b`` in net opposition to the bloc:
    ``total`` sums its edges to all members, ``a``/``weight`` is the member with the most
    negative edge to it, whose ``strongest_event`` is the evidence).
    ``membership``: every state in the cooperation graph with its bloc number.
    """

    blocs: pd.DataFrame
    ties: pd.DataFrame
    membership: pd.DataFrame


def cooperation_graph(graph: nx.Graph) -> nx.Graph:
    """The positive-weight part of an alignment graph, with every node kept."""
    coop = nx.Graph()
    coop.add_nodes_from(graph.nodes(data=True))
    coop.add_edges_from(
        (a, b, data) for a, b, data in graph.edges(data=True) if data.get("weight", 0) > 0
    )
    return coop


def find_blocs(
    graph: nx.Graph,
    *,
    seed: int = DEFAULT_SEED,
    resolution: float = 1.0,
    top: int = 3,
) -> BlocReport:
    """Louvain communities of the cooperation graph, with their ties and opponents."""
    coop = cooperation_graph(graph)
    coop.remove_nodes_from([n for n in list(coop.nodes) if coop.degree(n) == 0])
    if coop.number_of_edges() == 0:
        communities: list[set[str]] = []
    else:
        communities = nx.community.louvain_communities(
            coop, weight="weight", resolution=resolution, seed=seed
        )
    communities = [c for c in communities if len(c) >= 2]

    def internal(c: set[str]) -> float:
        return sum(d["weight"] for _, _, d in coop.subgraph(c).edges(data=True))

    # largest first, then most tightly bound, then by name for a stable order
    communities.sort(key=lambda c: (-len(c), -internal(c), sorted(c)))
    blocs: list[dict[str, object]] = []
    ties: list[dict[str, object]] = []
    membership: list[dict[str, object]] = []
    for number, members in enumerate(communities, start=1):
        inner = sorted(
            coop.subgraph(members).edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1])
        )
        against: dict[str, float] = {}
        for member in members:
            for other in graph.neighbors(member):
                if other not in members:
                    against[other] = against.get(other, 0.0) + graph[member][other]["weight"]
        opponents = sorted(
            ((o, w) for o, w in against.items() if w < 0), key=lambda item: (item[1], item[0])
        )
        for a, b, data in inner[:top]:
            ties.append(
                {"bloc": number, "kind": "internal", "a": a, "b": b, "weight": data["weight"],
                 "total": data["weight"], "events": data.get("events"),
                 "strongest_event": data.get("strongest_event")}
            )  # fmt: skip
        for other, w in opponents[:top]:
            # the member with the most negative edge to ``other`` carries the evidence
            member = min(
                (m for m in members if graph.has_edge(m, other)),
                key=lambda m: (graph[m][other]["weight"], m),
            )
            edge = graph[member][other]
            ties.append(
                {"bloc": number, "kind": "against", "a": member, "b": other,
                 "weight": edge["weight"], "total": round(w, 4), "events": edge.get("events"),
                 "strongest_event": edge.get("strongest_event")}
            )  # fmt: skip
        blocs.append(
            {
                "bloc": number,
                "size": len(members),
                "members": ", ".join(sorted(members)),
                "internal_weight": round(internal(members), 4),
                "strongest_ties": "; ".join(
                    f"{a}–{b} ({d['weight']:+g})" for a, b, d in inner[:top]
                ),
                "stands_against": ", ".join(f"{o} ({w:+g})" for o, w in opponents[:top]),
            }
        )
        membership.extend({"actor": m, "bloc": number} for m in sorted(members))
    return BlocReport(
        blocs=pd.DataFrame(
            blocs,
            columns=[
                "bloc",
                "size",
                "members",
                "internal_weight",
                "strongest_ties",
                "stands_against",
            ],
        ),
        ties=pd.DataFrame(
            ties,
            columns=["bloc", "kind", "a", "b", "weight", "total", "events", "strongest_event"],
        ),
        membership=pd.DataFrame(membership, columns=["actor", "bloc"]),
    )
