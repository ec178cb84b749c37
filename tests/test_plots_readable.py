"""Figures people can read: every label clear of every other, cooperation edges in view,
and the Goldstein line broken where a period has no events.

The checks measure what matplotlib draws (each text's and patch's extent on the page,
after a real Agg draw), on the synthetic world, on the dev store (through the real coder)
and on a seeded random web of 150 states and 600 ties, larger than the 2,000-article
store's (docs/plots.md has those runs' figures).
"""

from __future__ import annotations

import itertools
import math
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Circle
from matplotlib.transforms import Bbox

from analysis_world import build_store, load_frame
from dyadwatch.analysis import alignment_graph, dyad_series
from dyadwatch.analysis.plots import dyad_figure, network_figure, plot_dyad_timeline
from dyadwatch.coder import Coder
from dyadwatch.ingest import ingest
from dyadwatch.store import EventFilter, Store
from shared_paths import DEV_ARTICLES

NEEDS_SHARED = True


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return load_frame(build_store(tmp_path_factory.mktemp("world") / "world.duckdb"))


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    with Store(path) as store:
        ingest([DEV_ARTICLES], store, Coder())
        return store.events_frame(EventFilter(reportable=None))


def random_web(n: int = 150, m: int = 600, seed: int = 11) -> nx.Graph:
    """A seeded web like alignment_graph's: nodes with activity, signed weights."""
    rng = random.Random(seed)
    names = [f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}{chr(65 + (i * 7) % 26)}" for i in range(n)]
    graph = nx.Graph(weight_definition="test weights", period="all time", counted="reportable")
    for name in names:
        graph.add_node(name, activity=0)
    while graph.number_of_edges() < m:
        a, b = rng.sample(names, 2)
        weight = round(rng.uniform(-12, 12), 1) or 1.0
        graph.add_edge(a, b, weight=weight)
        graph.nodes[a]["activity"] += 1
        graph.nodes[b]["activity"] += 1
    return graph


def _drawn(fig: Figure) -> tuple[FigureCanvasAgg, object]:
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas, canvas.get_renderer()


def _texts(fig: Figure, prefix: str) -> dict[str, Bbox]:
    _, renderer = _drawn(fig)
    return {t.get_gid(): t.get_window_extent(renderer) for t in fig.findobj()
            if hasattr(t, "get_text") and str(t.get_gid() or "").startswith(prefix)}  # fmt: skip


def _clashes(boxes: dict[str, Bbox]) -> list[tuple[str, str]]:
    return [(a, b) for (a, x), (b, y) in itertools.combinations(boxes.items(), 2) if x.overlaps(y)]


# -- the network and the club: every label readable ------------------------------------------

GRAPHS = {
    "world": lambda world, dev: alignment_graph(world),
    "dev": lambda world, dev: alignment_graph(dev),
    "dev club": lambda world, dev: alignment_graph(dev).subgraph(["VEN", "PRK", "RUS", "SYR", "IRN", "MMR"]).copy(),
    "random 150x600": lambda world, dev: random_web(),
}  # fmt: skip


@pytest.mark.parametrize("name", list(GRAPHS))
def test_network_labels_never_touch(world: pd.DataFrame, dev: pd.DataFrame, name: str) -> None:
    graph = GRAPHS[name](world, dev)
    fig = network_figure(graph, title="test")
    labels = _texts(fig, "node-label-")
    assert len(labels) == graph.number_of_nodes()
    assert _clashes(labels) == []
    page = fig.bbox
    circles = {c.get_gid() or id(c): c for c in fig.axes[0].patches if isinstance(c, Circle)}
    _, renderer = _drawn(fig)
    extents = {n: c.get_window_extent(renderer) for n, c in circles.items()}
    for label, box in labels.items():
        assert page.contains(box.x0, box.y0) and page.contains(box.x1, box.y1), label
        # a label lies inside its own node and over no other node
        inside = [n for n, e in extents.items() if e.overlaps(box)]
        assert len(inside) == 1, (label, inside)
    edge_labels = _texts(fig, "edge-label-")
    assert _clashes({**labels, **edge_labels}) == []


@pytest.mark.parametrize("name", list(GRAPHS))
def test_cooperation_edges_are_in_view(world: pd.DataFrame, dev: pd.DataFrame, name: str) -> None:
    graph = GRAPHS[name](world, dev)
    fig = network_figure(graph, title="test")
    ax = fig.axes[0]
    lines = {line.get_gid(): line for line in ax.get_lines() if str(line.get_gid() or "").startswith("edge-")}
    coop = [line for gid, line in lines.items() if gid.startswith("edge-coop-")]
    conflict = [line for gid, line in lines.items() if gid.startswith("edge-conflict-")]
    assert coop, "no cooperation edge drawn"
    assert min(line.get_zorder() for line in coop) > max((line.get_zorder() for line in conflict), default=0)
    radius = {c.center: c.radius for c in ax.patches if isinstance(c, Circle)}
    for line in coop:
        (xa, xb), (ya, yb) = line.get_xdata(), line.get_ydata()
        length = math.hypot(xb - xa, yb - ya)  # inches: one data unit is one inch
        visible = length - radius[(xa, ya)] - radius[(xb, yb)]
        assert visible >= 0.1, (line.get_gid(), visible)
    if graph.number_of_edges() > 60:  # a hairball is thinned to the strongest ties, said so
        assert "ties drawn" in fig.get_suptitle()


# -- the dyad chart: gaps are gaps, labels apart -----------------------------------------------


def test_the_goldstein_line_breaks_at_empty_periods(world: pd.DataFrame, tmp_path: Path) -> None:
    series = dyad_series(world, "VEN", "PRK", by="month")
    empty = (series.table["events"] == 0).to_numpy()
    assert empty.any() and (~empty).sum() > 1  # months with and without events
    fig = dyad_figure(series)
    [line] = [x for x in fig.axes[0].get_lines() if x.get_gid() == "goldstein-sum"]
    y = np.asarray(line.get_ydata(), dtype=float)
    assert (np.isnan(y) == empty).all()
    # in the file too: one stroke per run of consecutive months with events
    svg = plot_dyad_timeline(series, tmp_path / "dyad.svg")
    runs = sum(1 for k, _ in itertools.groupby(~empty) if k)
    group = next(g for g in ET.parse(svg).getroot().iter() if g.get("id") == "goldstein-sum")
    path = next(p for p in group.iter() if p.tag.endswith("path") and p.get("d"))
    assert len(re.findall(r"\bM\b", path.get("d") or "")) == runs


@pytest.mark.parametrize(("a", "b", "by"), [("VEN", "PRK", "month"), ("VEN", "PRK", "week"), ("USA", "VEN", "month")])
def test_dyad_labels_never_touch(world: pd.DataFrame, a: str, b: str, by: str) -> None:
    series = dyad_series(world, a, b, by=by)
    fig = dyad_figure(series, annotate=5)
    markers = _texts(fig, "event-marker-")
    assert len(markers) == min(5, len(series.events)) and _clashes(markers) == []
    _, renderer = _drawn(fig)
    listing = _texts(fig, "event-list")["event-list"]
    legend = fig.axes[0].get_legend().get_window_extent(renderer)
    axis = fig.axes[0].get_tightbbox(renderer)
    page = fig.bbox
    for box in (*markers.values(), listing, legend):
        assert page.contains(box.x0, box.y0) and page.contains(box.x1, box.y1)
    assert not listing.overlaps(legend)
    assert listing.y1 <= axis.y0 + 1 and legend.y1 <= fig.axes[0].get_window_extent(renderer).y0
    for marker in markers.values():  # markers sit inside the chart, under the title
        assert fig.axes[0].get_window_extent(renderer).contains(marker.x0, marker.y1)
