"""Figures for the relations analytics, drawn with matplotlib's Agg canvas.

Figures are built on ``matplotlib.figure.Figure`` directly, never through ``pyplot``,
so no global figure state is kept and the same code can run in a CLI, a test or a web
server thread. Each figure says what it shows without outside explanation: a title
naming the actors, the period and which events were counted; labelled axes with dates;
a legend. The format follows the file suffix (``.png`` or ``.svg``).
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Any

import matplotlib.dates as mdates
import networkx as nx
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Patch
from matplotlib.textpath import TextPath
from matplotlib.ticker import MaxNLocator

from ..codebook import load_codebook
from ..errors import InputError
from .dyads import DyadSeries
from .layout import readable_layout

PLOT_SUFFIXES = (".png", ".svg")
COLOURS = {
    "verbal_coop": "#8fd18f",
    "material_coop": "#1a7f37",
    "verbal_conflict": "#f5a35c",
    "material_conflict": "#c0392b",
    "positive": "#1a7f37",
    "negative": "#c0392b",
    "neutral": "#999999",
}
_BAR_DAYS = {"week": 5, "month": 22, "year": 280}
_BLOC_COLOURS = ["#4c72b0", "#dd8452", "#55a868", "#8172b3", "#937860", "#da8bc3", "#8c8c8c"]


def _check_path(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise InputError(str(path), "a plot file must end in .png or .svg")
    return path


def _save(fig: Figure, path: Path) -> Path:
    FigureCanvasAgg(fig)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=path.suffix.lower().lstrip("."), dpi=120, bbox_inches="tight")
    return path


def short_description(event: pd.Series | object, width: int = 42) -> str:
    """A few words for an event: ``SRC→TGT description`` (the CAMEO name when the frame
    has no description)."""
    get = event.get if isinstance(event, pd.Series) else lambda k, d=None: getattr(event, k, d)
    text = get("description", None)
    if not isinstance(text, str) or not text.strip():
        code = str(get("cameo", ""))
        book = load_codebook()
        text = book.codes[code].name if code in book.codes else code
    text = f"{get('source_country', '?')}→{get('target_country', '?')} {' '.join(text.split())}"
    return text if len(text) <= width else text[: width - 1] + "…"


def _counted_note(include: tuple[str, ...]) -> str:
    if not include:
        return "reportable events only"
    return "reportable events plus " + ", ".join(include) + " (labelled)"


def _marker_levels(xs: list[float], min_dx: float) -> list[int]:
    """Stacking level of each marker (x in points, sorted or not): the lowest level where
    no marker already placed lies within ``min_dx``, so that markers never touch."""
    levels: list[int] = [0] * len(xs)
    taken: dict[int, list[float]] = {}
    for i in sorted(range(len(xs)), key=lambda k: xs[k]):
        level = 0
        while any(abs(xs[i] - x) < min_dx for x in taken.get(level, [])):
            level += 1
        taken.setdefault(level, []).append(xs[i])
        levels[i] = level
    return levels


def dyad_figure(series: DyadSeries, *, annotate: int = 3) -> Figure:
    """The dyad timeline (see ``plot_dyad_timeline``) as a Figure, not yet saved."""
    table = series.table
    if table.empty:
        raise InputError(
            f"dyad {series.a}-{series.b}", "no dated events to plot (try --include or another --by)"
        )
    strongest = series.events.reindex(
        series.events["goldstein"].abs().sort_values(ascending=False, kind="stable").index
    ).head(annotate)
    notes = len(strongest)
    # from the bottom, in inches: a note of what was left out, the list of the labelled
    # events (one line each), the legend and the axis label, then the chart and the title
    line_in = 0.2
    list_in = line_in * notes + (0.15 if notes else 0.0)
    below_in = 0.3 + list_in + 1.05
    height = below_in + 4.4 + 0.75
    fig = Figure(figsize=(11, height))
    ax = fig.add_axes((0.08, below_in / height, 0.84, 4.4 / height))
    x = pd.to_datetime(table["period"])
    width = pd.Timedelta(days=_BAR_DAYS[series.by])
    bottom = pd.Series(0, index=table.index)
    for col, label in (
        ("verbal_coop", "verbal cooperation"),
        ("material_coop", "material cooperation"),
    ):
        ax.bar(x, table[col], width, bottom=bottom, align="edge", color=COLOURS[col], label=label)
        bottom = bottom + table[col]
    bottom = pd.Series(0, index=table.index)
    for col, label in (
        ("verbal_conflict", "verbal conflict"),
        ("material_conflict", "material conflict"),
    ):
        ax.bar(x, -table[col], width, bottom=bottom, align="edge", color=COLOURS[col], label=label)
        bottom = bottom - table[col]
    for label in series.labels:
        counts = table[f"from_{label}"]
        if counts.any():
            ax.bar(x, table["cooperation"].where(counts > 0, 0), width, align="edge", fill=False,
                   hatch="//", edgecolor="#555555", linewidth=0, label=f"periods with {label} events")  # fmt: skip
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel("events (cooperation up, conflict down)")
    ax.set_xlabel(f"{series.by} (start date)")
    # one axes: the Goldstein sum is drawn in the bars' units and read off a secondary
    # scale, so that line, bars and markers stack in a known order (markers on top)
    bars_top = max(1, int(table[["cooperation", "conflict"]].max().max()))
    gold_top = max(1.0, float(table["goldstein_sum"].abs().max()))
    to_bars = bars_top / gold_top  # a Goldstein value in units of the bars' axis
    centre = x + width / 2
    # a period without events has no Goldstein sum: the line breaks there, gaps are gaps
    line = table["goldstein_sum"].where(table["events"] > 0)
    ax.plot(centre, line * to_bars, color="black", marker="o", markersize=4, linewidth=1.5,
            zorder=3, label="Goldstein sum (periods with events)", gid="goldstein-sum")  # fmt: skip
    def to_goldstein(y: Any) -> Any:
        return y / to_bars

    def from_goldstein(g: Any) -> Any:
        return g * to_bars

    right = ax.secondary_yaxis("right", functions=(to_goldstein, from_goldstein))
    right.set_ylabel("Goldstein sum (net cooperation)")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))

    # the strongest events: a numbered marker over (or under) their period's bar and the
    # line's point, stacked so that none touches another, and their descriptions listed
    # under the chart, so that no label covers another
    ylim = bars_top * 1.25
    markers: list[tuple[pd.Timestamp, float, bool, int]] = []
    ax.set_xlim(mdates.date2num(x.min() - width * 0.6), mdates.date2num(x.max() + width * 1.6))
    if notes:
        ax.set_ylim(-ylim, ylim)
        FigureCanvasAgg(fig)
        xs = [float(ax.transData.transform((mdates.date2num(pd.Timestamp(ev["period"]) + width / 2), 0))[0])
              for _, ev in strongest.iterrows()]  # fmt: skip
        levels = _marker_levels(xs, min_dx=16 * fig.dpi / 72)
        by_period = table.set_index(pd.to_datetime(table["period"]))
        axes_points = 4.4 * 72
        for (_, ev), level in zip(strongest.iterrows(), levels, strict=True):
            period = pd.Timestamp(ev["period"])
            up = float(ev["goldstein"]) >= 0
            row = by_period.loc[period]
            point = float(row["goldstein_sum"]) * to_bars  # the line's point: keep clear of it
            y = max(float(row["cooperation"]), point) if up else min(-float(row["conflict"]), point)
            markers.append((period, y, up, level))
            # room inside the axes for the marker: its offset and its own height
            reach = (8 + 15 * level + 14) / axes_points * 2
            ylim = max(ylim, abs(y) / max(1 - reach, 0.2))
    ax.set_ylim(-ylim, ylim)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    for n, (period, y, up, level) in enumerate(markers, start=1):
        ax.annotate(str(n), xy=(period + width / 2, y), xytext=(0, (8 + 15 * level) * (1 if up else -1)),
                    textcoords="offset points", ha="center", va="bottom" if up else "top",
                    fontsize=8, fontweight="bold", zorder=5, gid=f"event-marker-{n}",
                    bbox={"boxstyle": "circle,pad=0.2", "fc": "white", "ec": "#333333"})  # fmt: skip
    if notes:
        lines = [f"{n}.  {ev['date']}  {short_description(ev, width=110)}"
                 for n, (_, ev) in enumerate(strongest.iterrows(), start=1)]  # fmt: skip
        fig.text(0.08, (0.3 + list_in) / height, "\n".join(lines), fontsize=8, va="top",
                 ha="left", linespacing=1.6, gid="event-list")  # fmt: skip
    arrow = "→" if series.directed else "–"
    shown = {"week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[series.by]
    first, last = x.min().strftime(shown), x.max().strftime(shown)
    ax.set_title(
        f"Relations {series.a} {arrow} {series.b}, by {series.by}, {first} to {last}\n"
        f"{len(series.events)} events, {_counted_note(series.labels)}",
        fontsize=11,
        pad=12,
    )
    handles, labels = ax.get_legend_handles_labels()
    # the legend sits under the axis, where it covers no bar and no marker
    ax.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, -0.5 / 4.4),
              ncol=3, fontsize=8, frameon=False)  # fmt: skip
    left_out = []
    if series.undated:
        left_out.append(f"{series.undated} undated event(s)")
    if series.imprecise:
        left_out.append(f"{series.imprecise} event(s) dated too coarsely for a {series.by}ly bin")
    if left_out:
        fig.text(0.08, 0.08 / height, "Left out: " + "; ".join(left_out) + ".", fontsize=8,
                 ha="left", va="bottom", gid="left-out")  # fmt: skip
    return fig


def plot_dyad_timeline(series: DyadSeries, path: str | Path, *, annotate: int = 3) -> Path:
    """Cooperation (up) and conflict (down) bars per period, the Goldstein sum as a line
    broken where a period has no events, and the ``annotate`` strongest events numbered
    over their bars and described under the chart."""
    path = _check_path(path)
    return _save(dyad_figure(series, annotate=annotate), path)


#: node labels' font size, points
NODE_FONT = 8
#: smallest and largest node radius, inches (the label sets a floor too)
MIN_RADIUS, MAX_RADIUS = 0.13, 0.38


def _label_size(label: str, size: float = NODE_FONT) -> tuple[float, float]:
    """Width and height of a bold label, in inches, as matplotlib will draw it."""
    extent = TextPath((0, 0), label, size=size, prop=FontProperties(weight="bold")).get_extents()
    return extent.width / 72, size / 72


def node_boxes(graph: nx.Graph) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    """Each node's radius and its box (a square around the circle, wide enough for its
    label), in inches: activity sets the radius, and the label fits inside."""
    activity = {n: int(graph.nodes[n].get("activity", 0)) for n in graph.nodes}
    top = max(1, max(activity.values(), default=1))
    radius, boxes = {}, {}
    for n in graph.nodes:
        w, h = _label_size(str(n))
        r = max(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(activity[n] / top), w / 2 + 0.04)
        radius[n] = r
        boxes[n] = (2 * r, 2 * r)
    return radius, boxes


def network_figure(
    graph: nx.Graph,
    *,
    title: str = "Alignment network",
    groups: dict[str, int] | None = None,
    seed: int = 7,
) -> Figure:
    """The network (see ``plot_network``) as a Figure, not yet saved. Page units are
    inches: data coordinates are laid out so that one unit is one inch on the page."""
    if graph.number_of_nodes() == 0:
        raise InputError(title, "no actors to draw in this period")
    radius, boxes = node_boxes(graph)
    drawn = strongest_edges(graph, MAX_EDGES)
    # laid out on the ties drawn, so that the picture's distances are those it shows
    shown = nx.Graph()
    shown.add_nodes_from(graph.nodes)
    shown.add_edges_from(drawn)
    pos = readable_layout(shown, boxes, seed=seed)
    xs = [pos[n][0] for n in graph.nodes]
    ys = [pos[n][1] for n in graph.nodes]
    pad = 0.25
    x0, x1 = min(x - radius[n] for x, n in zip(xs, graph.nodes, strict=True)) - pad, max(
        x + radius[n] for x, n in zip(xs, graph.nodes, strict=True)) + pad  # fmt: skip
    y0, y1 = min(y - radius[n] for y, n in zip(ys, graph.nodes, strict=True)) - pad, max(
        y + radius[n] for y, n in zip(ys, graph.nodes, strict=True)) + pad  # fmt: skip
    top_in, bottom_in, side_in = 1.0, 0.7, 0.3
    width = max(8.0, x1 - x0 + 2 * side_in)
    height = max(5.0, y1 - y0 + top_in + bottom_in)
    fig = Figure(figsize=(width, height))
    ax = fig.add_axes((side_in / width, bottom_in / height, 1 - 2 * side_in / width,
                       1 - (top_in + bottom_in) / height))  # fmt: skip
    # one data unit is one inch: the axes' span in inches, centred on the layout
    span_x, span_y = width - 2 * side_in, height - top_in - bottom_in
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax.set_xlim(cx - span_x / 2, cx + span_x / 2)
    ax.set_ylim(cy - span_y / 2, cy + span_y / 2)
    ax.set_axis_off()

    activity = {n: int(graph.nodes[n].get("activity", 0)) for n in graph.nodes}
    top = max(1, max(activity.values()))
    weights = [abs(float(d.get("weight", 0.0))) for _, _, d in graph.edges(data=True)]
    wmax = max(weights, default=1.0) or 1.0
    # conflict first and faint, cooperation over it: cooperation edges are never hidden
    for cooperative in (False, True):
        for a, b, data in drawn:
            w = float(data.get("weight", 0.0))
            if (w > 0) != cooperative:
                continue
            colour = COLOURS["positive"] if w > 0 else COLOURS["negative"] if w < 0 else COLOURS["neutral"]
            (xa, ya), (xb, yb) = pos[a], pos[b]
            ax.plot([xa, xb], [ya, yb], color=colour, linewidth=1.2 + 4 * abs(w) / wmax,
                    alpha=0.9 if cooperative else 0.55, zorder=2 if cooperative else 1,
                    linestyle="-" if w >= 0 else (0, (4, 2)), solid_capstyle="butt",
                    gid=f"edge-{'coop' if cooperative else 'conflict'}-{a}-{b}")  # fmt: skip
    if graph.number_of_edges() <= 15:  # small webs (the club) get their weights written on
        for a, b, data in graph.edges(data=True):
            xy = _edge_label_point(pos, radius, a, b)
            if xy is not None:
                ax.annotate(f"{float(data.get('weight', 0.0)):+g}", xy, ha="center", va="center",
                            fontsize=7, color="#333333", zorder=4, gid=f"edge-label-{a}-{b}",
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})  # fmt: skip
    for n in graph.nodes:
        colour = (_BLOC_COLOURS[(groups[n] - 1) % len(_BLOC_COLOURS)]
                  if groups and n in groups else "#d0d7de")  # fmt: skip
        ax.add_patch(Circle(pos[n], radius[n], facecolor=colour, edgecolor="#333333",
                            linewidth=0.8, zorder=3))  # fmt: skip
        ax.text(pos[n][0], pos[n][1], str(n), ha="center", va="center", fontsize=NODE_FONT,
                fontweight="bold", zorder=5, gid=f"node-label-{n}",
                color="white" if _dark(colour) else "black")  # fmt: skip
    handles: list[object] = [
        Line2D([], [], color=COLOURS["positive"], linewidth=3, label="net cooperation"),
        Line2D([], [], color=COLOURS["negative"], linewidth=3, linestyle=(0, (4, 2)),
               alpha=0.55, label="net conflict"),  # fmt: skip
        Line2D([], [], linestyle="", marker="o", markersize=8, color="#d0d7de",
               markeredgecolor="#333333", label=f"node size: events (max {top})"),  # fmt: skip
    ]
    if groups:
        for bloc in sorted(set(groups.values())):
            handles.append(Patch(color=_BLOC_COLOURS[(bloc - 1) % len(_BLOC_COLOURS)], label=f"bloc {bloc}"))
    fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 6), fontsize=8,
               frameon=False)  # fmt: skip
    meta = graph.graph
    subtitle = (f"edge width: {meta.get('weight_definition', 'weight')}; "
                f"{meta.get('counted', 'reportable')} events")  # fmt: skip
    if len(drawn) < graph.number_of_edges():
        subtitle += (f"; {len(drawn)} of {graph.number_of_edges()} ties drawn: the strongest, "
                     "and each actor's strongest (all are in --format graphml, gexf or json)")  # fmt: skip
    fig.suptitle(f"{title}: {meta.get('period', 'all time')}\n" + textwrap.fill(subtitle, int(width * 12)),
                 fontsize=10, y=1 - 0.12 / height, va="top")  # fmt: skip
    return fig


#: most edges drawn: past it a web is a hairball, so the strongest (by |weight|) are drawn
MAX_EDGES = 60


def strongest_edges(graph: nx.Graph, limit: int) -> list[tuple[str, str, dict]]:
    """The ``limit`` edges of largest |weight|, and each node's strongest edge, so that
    no node is drawn without a tie it has (every edge when there are no more)."""
    edges = list(graph.edges(data=True))
    if len(edges) <= limit:
        return edges

    def strength(e: tuple[str, str, dict]) -> tuple[float, str, str]:
        return (-abs(float(e[2].get("weight", 0.0))), str(e[0]), str(e[1]))

    ranked = sorted(edges, key=strength)
    keep = {(a, b) for a, b, _ in ranked[:limit]}
    for node in graph.nodes:
        own = sorted(((a, b, d) for a, b, d in graph.edges(node, data=True)), key=strength)
        if own:
            keep.add((own[0][0], own[0][1]))
    return [e for e in ranked if (e[0], e[1]) in keep or (e[1], e[0]) in keep]


def _edge_label_point(pos: dict, radius: dict[str, float], a: str, b: str) -> tuple[float, float] | None:
    """A point on the edge a-b, nearest its middle, that lies inside no node."""
    (xa, ya), (xb, yb) = pos[a], pos[b]
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        x, y = xa + t * (xb - xa), ya + t * (yb - ya)
        if all(math.hypot(x - px, y - py) > radius[n] + 0.12 for n, (px, py) in pos.items()):
            return x, y
    return None


def _dark(colour: str) -> bool:
    """True for a fill on which black text reads worse than white (relative luminance)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45


def plot_network(
    graph: nx.Graph,
    path: str | Path,
    *,
    title: str = "Alignment network",
    groups: dict[str, int] | None = None,
    seed: int = 7,
) -> Path:
    """Actors sized by activity, edges green for net cooperation and red (dashed) for net
    conflict, edge width by the weight's size; ``groups`` colours nodes by bloc. Nodes are
    laid out so that none covers another (``layout.readable_layout``): every label can be
    read; the page grows with the graph."""
    path = _check_path(path)
    return _save(network_figure(graph, title=title, groups=groups, seed=seed), path)
