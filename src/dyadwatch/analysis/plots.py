"""Figures for the relations analytics, drawn with matplotlib's Agg canvas.

Figures are built on ``matplotlib.figure.Figure`` directly, never through ``pyplot``,
so no global figure state is kept and the same code can run in a CLI, a test or a web
server thread. Each figure says what it shows without outside explanation: a title
naming the actors, the period and which events were counted; labelled axes with dates;
a legend. The format follows the file suffix (``.png`` or ``.svg``).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.dates as mdates
import networkx as nx
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..codebook import load_codebook
from ..errors import InputError
from .dyads import DyadSeries

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


def plot_dyad_timeline(series: DyadSeries, path: str | Path, *, annotate: int = 3) -> Path:
    """Cooperation (up) and conflict (down) bars per period, the Goldstein sum as a line,
    and the ``annotate`` strongest events labelled with their short description."""
    path = _check_path(path)
    table = series.table
    if table.empty:
        raise InputError(
            f"dyad {series.a}-{series.b}", "no dated events to plot (try --include or another --by)"
        )
    fig = Figure(figsize=(11, 6))
    ax = fig.add_subplot(1, 1, 1)
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
    twin = ax.twinx()
    centre = x + width / 2
    twin.plot(centre, table["goldstein_sum"], color="black", marker="o", linewidth=1.5,
              label="Goldstein sum")  # fmt: skip
    twin.axhline(0, color="black", linewidth=0.4, linestyle=":")
    twin.set_ylabel("Goldstein sum (net cooperation)")
    lim = max(1.0, float(table["goldstein_sum"].abs().max())) * 1.7
    twin.set_ylim(-lim, lim)
    ylim = max(1, int(table[["cooperation", "conflict"]].max().max())) * 1.6
    ax.set_ylim(-ylim, ylim)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))

    strongest = series.events.reindex(
        series.events["goldstein"].abs().sort_values(ascending=False, kind="stable").index
    ).head(annotate)
    # labels point inward (left of points in the right half) and stack away from zero,
    # so they stay inside the axes and do not cover one another
    span = (x.max() - x.min()) or pd.Timedelta(days=1)
    for i, (_, ev) in enumerate(strongest.iterrows()):
        xp = pd.Timestamp(ev["period"]) + width / 2
        yp = float(ev["goldstein"])
        right_half = (xp - x.min()) > span / 2
        up = 1 if yp >= 0 else -1
        twin.annotate(
            f"{ev['date']}: {short_description(ev)}",
            xy=(xp, yp),
            xytext=(-20 if right_half else 20, up * (18 + 16 * i)),
            textcoords="offset points",
            ha="right" if right_half else "left",
            va="bottom" if up > 0 else "top",
            fontsize=8,
            arrowprops={"arrowstyle": "->", "color": "#333333", "linewidth": 0.8},
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#999999", "alpha": 0.9},
        )
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
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
    h2, l2 = twin.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, loc="upper left", fontsize=8, framealpha=0.9)
    left_out = []
    if series.undated:
        left_out.append(f"{series.undated} undated event(s)")
    if series.imprecise:
        left_out.append(f"{series.imprecise} event(s) dated too coarsely for a {series.by}ly bin")
    if left_out:
        fig.text(0.01, 0.005, "Left out: " + "; ".join(left_out) + ".", fontsize=8)
    return _save(fig, path)


def plot_network(
    graph: nx.Graph,
    path: str | Path,
    *,
    title: str = "Alignment network",
    groups: dict[str, int] | None = None,
    seed: int = 7,
) -> Path:
    """Actors sized by activity, edges green for net cooperation and red for net conflict,
    edge width by the weight's size; ``groups`` colours nodes by bloc."""
    path = _check_path(path)
    if graph.number_of_nodes() == 0:
        raise InputError(title, "no actors to draw in this period")
    # opponents should drift apart: only cooperation pulls nodes together in the layout
    layout_graph = nx.Graph()
    layout_graph.add_nodes_from(graph.nodes)
    for a, b, data in graph.edges(data=True):
        layout_graph.add_edge(a, b, weight=max(float(data.get("weight", 0.0)), 0.0) + 0.05)
    pos = nx.spring_layout(
        layout_graph, weight="weight", seed=seed, k=1.2 / max(1, len(graph)) ** 0.5
    )
    fig = Figure(figsize=(10, 8))
    ax = fig.add_subplot(1, 1, 1)
    activity = {n: int(graph.nodes[n].get("activity", 0)) for n in graph.nodes}
    top = max(1, max(activity.values()))

    def size(n: str) -> float:
        return 250 + 2200 * activity[n] / top

    weights = [abs(float(d.get("weight", 0.0))) for _, _, d in graph.edges(data=True)]
    wmax = max(weights, default=1.0) or 1.0
    for a, b, data in graph.edges(data=True):
        w = float(data.get("weight", 0.0))
        colour = (
            COLOURS["positive"] if w > 0 else COLOURS["negative"] if w < 0 else COLOURS["neutral"]
        )
        (xa, ya), (xb, yb) = pos[a], pos[b]
        ax.plot([xa, xb], [ya, yb], color=colour, linewidth=0.8 + 5 * abs(w) / wmax, alpha=0.75,
                zorder=1, linestyle="-" if w >= 0 else "--")  # fmt: skip
    if graph.number_of_edges() <= 25:  # small webs (the club) get their weights written on
        for a, b, data in graph.edges(data=True):
            (xa, ya), (xb, yb) = pos[a], pos[b]
            ax.annotate(f"{float(data.get('weight', 0.0)):+g}", ((xa + xb) / 2, (ya + yb) / 2),
                        ha="center", va="center", fontsize=7, color="#333333", zorder=3,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})  # fmt: skip
    nodes = list(graph.nodes)
    colours = [
        _BLOC_COLOURS[(groups[n] - 1) % len(_BLOC_COLOURS)] if groups and n in groups else "#d0d7de"
        for n in nodes
    ]
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[size(n) for n in nodes],
               c=colours, edgecolors="#333333", linewidths=0.8, zorder=2)  # fmt: skip
    for n in nodes:
        ax.annotate(
            str(n), pos[n], ha="center", va="center", fontsize=9, fontweight="bold", zorder=3
        )
    handles: list[object] = [
        Line2D([], [], color=COLOURS["positive"], linewidth=3, label="net cooperation"),
        Line2D(
            [], [], color=COLOURS["negative"], linewidth=3, linestyle="--", label="net conflict"
        ),
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=6,
            color="#d0d7de",
            markeredgecolor="#333333",
            label=f"node size: events (max {top})",
        ),  # fmt: skip
    ]
    if groups:
        for bloc in sorted(set(groups.values())):
            handles.append(
                Patch(color=_BLOC_COLOURS[(bloc - 1) % len(_BLOC_COLOURS)], label=f"bloc {bloc}")
            )
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.9)
    meta = graph.graph
    ax.set_title(
        f"{title}: {meta.get('period', 'all time')}\n"
        f"edge width: {meta.get('weight_definition', 'weight')}; {meta.get('counted', 'reportable')} events",
        fontsize=10,
    )
    ax.set_axis_off()
    ax.margins(0.12)
    return _save(fig, path)
