"""Placing a graph's nodes so that every node and its label can be read.

    positions = readable_layout(graph, boxes, seed=7)   # node -> (x, y), in inches

``boxes`` gives each node's size on the page (width, height, in inches: its circle, or
its label when wider). The layout is made in three steps:

1. each connected component gets a force-directed layout (networkx's spring layout,
   seeded) in which cooperation pulls its two ends together more than other ties do,
   scaled so that its nodes have room (three to six times their own area, the more
   the denser its edges);
2. the components are packed in rows, largest first, into a page of about 4:3;
3. nodes that still overlap are pushed apart, each pair along the axis where they
   overlap least, until no two boxes (with a margin) overlap.

The result keeps the force layout's neighbourhoods and guarantees separated boxes, so
labels drawn inside them never cover each other. Pure geometry: no drawing here.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx
import numpy as np

#: space kept between two boxes, in inches (an edge between neighbours stays in view)
MARGIN = 0.16
#: rounds of pushing overlapping boxes apart before giving up (they converge long before)
MAX_ROUNDS = 2000


def _component_layout(graph: nx.Graph, nodes: list[Hashable], seed: int) -> np.ndarray:
    """Positions in [-1, 1] for one component: cooperation pulls hardest."""
    if len(nodes) == 1:
        return np.zeros((1, 2))
    if len(nodes) == 2:
        return np.array([[-1.0, 0.0], [1.0, 0.0]])
    pull = nx.Graph()
    pull.add_nodes_from(nodes)
    for a, b, data in graph.subgraph(nodes).edges(data=True):
        weight = float(data.get("weight", 0.0))
        pull.add_edge(a, b, weight=1.0 + math.log1p(weight) if weight > 0 else 0.5)
    # a longer natural length than networkx's 1/sqrt(n) spreads a dense core, which the
    # default packs while it flings leaves far out
    pos = nx.spring_layout(pull, weight="weight", seed=seed, iterations=300, k=2.5 / math.sqrt(len(nodes)))
    return np.array([pos[n] for n in nodes], dtype=float)


def _pack(sizes: list[tuple[float, float]], aspect: float = 4 / 3) -> list[tuple[float, float]]:
    """Lower-left corners for boxes packed in rows (shelves), rows about ``aspect`` wide."""
    area = sum(w * h for w, h in sizes)
    row_width = max(max((w for w, _ in sizes), default=0.0), math.sqrt(area * aspect))
    corners, x, y, row_height = [], 0.0, 0.0, 0.0
    for w, h in sizes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y - row_height - 4 * MARGIN, 0.0
        corners.append((x, y - h))
        x += w + 4 * MARGIN
        row_height = max(row_height, h)
    return corners


def separate(points: np.ndarray, half: np.ndarray, margin: float = MARGIN) -> np.ndarray:
    """Push boxes (centres ``points``, half sizes ``half``) apart until none overlap."""
    p = points.astype(float).copy()
    n = len(p)
    if n < 2:
        return p
    reach = half + margin / 2
    # a fixed tie-break for boxes at the same place: the lower index goes left/down
    order = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]).astype(float)
    for _ in range(MAX_ROUNDS):
        d = p[:, None, :] - p[None, :, :]
        over = reach[:, None, :] + reach[None, :, :] - np.abs(d)
        hit = (over[..., 0] > 0) & (over[..., 1] > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        sign = np.where(d != 0, np.sign(d), order[..., None])
        along_x = over[..., 0] <= over[..., 1]
        push = np.zeros_like(d)
        push[..., 0] = np.where(hit & along_x, over[..., 0] * sign[..., 0], 0.0)
        push[..., 1] = np.where(hit & ~along_x, over[..., 1] * sign[..., 1], 0.0)
        p += 0.5 * push.sum(axis=1)
    return p


def readable_layout(
    graph: nx.Graph, boxes: Mapping[Any, tuple[float, float]], *, seed: int = 7
) -> dict[Any, tuple[float, float]]:
    """Node centres, in inches, such that no two ``boxes`` overlap (see the module)."""
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    components = sorted((sorted(c, key=str) for c in nx.connected_components(graph)),
                        key=lambda c: (-len(c), str(c[0])))  # fmt: skip
    placed: list[tuple[list[Hashable], np.ndarray]] = []
    for comp in components:
        unit = _component_layout(graph, comp, seed)
        area = sum((boxes[n][0] + MARGIN) * (boxes[n][1] + MARGIN) for n in comp)
        # denser webs get more room, so that their edges can be told apart
        density = graph.subgraph(comp).number_of_edges() / len(comp)
        scale = math.sqrt((3 + min(3.0, density)) * area) / 2 if len(comp) > 1 else 0.0
        pts = separate(unit * scale, np.array([[boxes[n][0] / 2, boxes[n][1] / 2] for n in comp]))
        placed.append((comp, pts))
    sizes = []
    for comp, pts in placed:
        half = np.array([[boxes[n][0] / 2, boxes[n][1] / 2] for n in comp])
        lo, hi = (pts - half).min(axis=0), (pts + half).max(axis=0)
        sizes.append((float(hi[0] - lo[0]), float(hi[1] - lo[1])))
    out: dict[Hashable, tuple[float, float]] = {}
    for (comp, pts), (x0, y0) in zip(placed, _pack(sizes), strict=True):
        half = np.array([[boxes[n][0] / 2, boxes[n][1] / 2] for n in comp])
        shift = np.array([x0, y0]) - (pts - half).min(axis=0)
        for n, (x, y) in zip(comp, pts + shift, strict=True):
            out[n] = (float(x), float(y))
    final = separate(np.array([out[n] for n in nodes]), np.array([[boxes[n][0] / 2, boxes[n][1] / 2] for n in nodes]))
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, final, strict=True)}
