"""One-to-one matching between coder items and gold items, shared by the scorers.

Scoring rules say "each gold event is matched once" and "take the match that favours the
coder": both are maximum bipartite matchings. ``max_matching`` finds one by augmenting
paths (Kuhn's algorithm), optionally growing a matching found earlier: an augmenting path
never unmatches a matched item, so growing a maximum matching over a subset of the edges
keeps every right item it matched. That is how a priority order is honoured (first
maximise matches to required gold events, then let borderline ones join, ...).
``max_weight_matching`` is for priorities that sit on the edges rather than on the items.
The sets are tiny (tens of events per article), so clarity beats speed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

import networkx as nx

L = TypeVar("L")
R = TypeVar("R")


def max_matching(
    left: Sequence[L],
    right: Sequence[R],
    compatible: Callable[[L, R], bool],
    *,
    initial: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """A maximum matching as ``{left index: right index}``.

    ``initial`` is a matching to grow (its pairs must be compatible); every right item it
    matches stays matched. Right items are tried in their given order.
    """
    edges = [[j for j, r in enumerate(right) if compatible(item, r)] for item in left]
    owner: dict[int, int] = {j: i for i, j in (initial or {}).items()}  # right -> left

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    matched_left = set(owner.values())
    for i in range(len(left)):
        if i not in matched_left and edges[i]:
            augment(i, set())
    return {i: j for j, i in owner.items()}


def max_weight_matching(
    left: Sequence[L], right: Sequence[R], weight: Callable[[L, R], int]
) -> dict[int, int]:
    """Among the matchings of largest size, one of largest total weight (weight 0: no edge)."""
    graph = nx.Graph()
    for i, item in enumerate(left):
        for j, r in enumerate(right):
            w = weight(item, r)
            if w > 0:
                graph.add_edge(("l", i), ("r", j), weight=w)
    pairs = nx.max_weight_matching(graph, maxcardinality=True)
    out: dict[int, int] = {}
    for a, b in pairs:
        (_, i), (_, j) = (a, b) if a[0] == "l" else (b, a)
        out[i] = j
    return out
