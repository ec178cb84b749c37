"""Relations analytics commands: ``dyad``, ``network``, ``blocs``, ``sanctions``, ``shifts``.

Each command reads the events frame from the store, hands it to
``dyadwatch.analysis`` and prints the result as a table (rich), CSV or JSON. Every
figure counts reportable events only unless ``--include`` adds other statuses, which
are then labelled in the output.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
import pandas as pd

if TYPE_CHECKING:
    from ..store import Store

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "dyadwatch.duckdb"
TABLE_FORMATS = ("table", "csv", "json")


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DB,
        show_default=True,
        help="The DuckDB event store.",
    )(func)


def _include_option(func: F) -> F:
    return click.option(
        "--include",
        multiple=True,
        metavar="STATUS",
        help="Also count non-reportable events of this status (claimed, speculated, "
        "hypothetical, future, negated, commentary); repeat or separate with commas.",
    )(func)


def _period_options(func: F) -> F:
    func = click.option("--until", help="Last date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")(func)
    return click.option("--since", help="First date (YYYY, YYYY-MM or YYYY-MM-DD).")(func)


def _format_option(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(TABLE_FORMATS),
        default="table",
        show_default=True,
        help="Output: a table, CSV (the main table) or one JSON document.",
    )(func)


def _plot_option(func: F) -> F:
    return click.option(
        "--plot",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Also draw a figure to this .png or .svg file.",
    )(func)


def _includes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v.strip() for raw in values for v in raw.split(",") if v.strip())


def _open(db: Path) -> Store:
    """The store at ``db``, read-only, with the settings of the environment."""
    from ..settings import from_env
    from ..store import Store

    return Store(db, from_env(), read_only=True)


def _load_frame(db: Path) -> pd.DataFrame:
    """Every event in the store, of every status: the analyses choose what to count."""
    from ..store import EventFilter

    with _open(db) as store:
        return store.events_frame(EventFilter(reportable=None))


def _load_dyad_frame(db: Path, a: str, b: str) -> pd.DataFrame:
    """The events between two actors, both ways, of every status: the store filters in SQL
    (loading every event first took 48 times a full scan on a million events)."""
    from ..store import EventFilter

    with _open(db) as store:
        return store.events_frame(EventFilter(dyad=(a, b), either_way=True, reportable=None))


def _counted(include: tuple[str, ...]) -> str:
    if not include:
        return "counted: reportable events only"
    return "counted: reportable events plus " + ", ".join(include) + " (labelled)"


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.0f}"
    return str(value)


def _print_table(frame: pd.DataFrame, title: str, caption: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, caption=caption, show_lines=False)
    for col in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[col]) and not pd.api.types.is_bool_dtype(
            frame[col]
        )
        table.add_column(str(col), justify="right" if numeric else "left", overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    Console(soft_wrap=False).print(table)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-safe rows: dates as strings, NaN as null."""
    out = []
    for row in frame.to_dict(orient="records"):
        clean: dict[str, Any] = {}
        for key, value in row.items():
            if isinstance(value, pd.Timestamp):
                value = value.strftime("%Y-%m-%d")
            elif value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            clean[str(key)] = value
        out.append(clean)
    return out


def _emit(fmt: str, main: pd.DataFrame, document: dict[str, Any]) -> None:
    """CSV prints ``main``; JSON prints ``document`` with its frames as lists of rows."""
    if fmt == "csv":
        main.to_csv(sys.stdout, index=False, date_format="%Y-%m-%d")
        return
    doc = {k: _records(v) if isinstance(v, pd.DataFrame) else v for k, v in document.items()}
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False))


# -- dyad ----------------------------------------------------------------------------


def _with_story_ids(db: Path, events: pd.DataFrame) -> pd.DataFrame:
    """Add each event's distinct story ids (from its mentions), for the stories column."""
    if "story_ids" in events.columns:
        return events  # the store's frame carries them
    ids: list[list[str]] = []
    with _open(db) as store:
        for event_id in events["event_id"]:
            record = store.get_event(str(event_id)) or {}
            ids.append(sorted({str(m["story_id"]) for m in record.get("mentions", [])}))
    return events.assign(story_ids=ids)


@click.command()
@click.argument("a")
@click.argument("b")
@_db_option
@click.option(
    "--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True
)
@click.option(
    "--directed", is_flag=True, help="Only events from A to B (symmetric ones count too)."
)
@_plot_option
@click.option(
    "--annotate", default=3, show_default=True, help="Strongest events labelled in the plot."
)
@_include_option
@_format_option
def dyad(
    a: str,
    b: str,
    db: Path,
    by: str,
    directed: bool,
    plot: Path | None,
    annotate: int,
    include: tuple[str, ...],
    fmt: str,
) -> None:
    """Time series of relations between actors A and B (country codes such as VEN PRK).

    Per period: events by quad class, cooperation and conflict, Goldstein sum and mean,
    and distinct stories. Undated events are left out and counted.
    """
    from ..analysis.dyads import dyad_events, dyad_series

    frame = _load_dyad_frame(db, a.upper(), b.upper())
    subset = dyad_events(frame, a.upper(), b.upper(), directed=directed)
    subset = _with_story_ids(db, subset)
    series = dyad_series(subset, a, b, by=by, directed=directed, include=_includes(include))
    arrow = "→" if directed else "–"
    notes = [_counted(series.include)]
    if series.undated:
        notes.append(f"{series.undated} undated event(s) left out")
    if series.imprecise:
        notes.append(f"{series.imprecise} event(s) dated too coarsely for a {by}ly series left out")
    if plot is not None:
        from ..analysis.plots import plot_dyad_timeline

        plot_dyad_timeline(series, plot, annotate=annotate)
        notes.append(f"plot written to {plot}")
    if fmt == "table":
        _print_table(series.table, f"{series.a} {arrow} {series.b} by {by}", "; ".join(notes))
        return
    _emit(
        fmt,
        series.table,
        {
            "a": series.a, "b": series.b, "by": by, "directed": directed,
            "counted": ["reportable", *series.include], "undated": series.undated,
            "imprecise": series.imprecise, "series": series.table,
            "events": series.events[[c for c in ("event_id", "date", "source_country",
                                                 "target_country", "cameo", "goldstein",
                                                 "basis", "sentence") if c in series.events]],
        },
    )  # fmt: skip
    if fmt == "csv":  # JSON carries these counts; CSV has no place for them
        for note in notes[1:]:
            click.echo(note, err=True)
    elif plot is not None:
        click.echo(f"plot written to {plot}", err=True)


# -- network -------------------------------------------------------------------------


@click.command()
@_db_option
@_period_options
@click.option(
    "--weight",
    type=click.Choice(["goldstein", "count"]),
    default="goldstein",
    show_default=True,
    help="Edge weight: Goldstein sum, or cooperation minus conflict event counts.",
)
@_plot_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "graphml", "gexf", "json"]),
    default="table",
    show_default=True,
    help="A table of actors and ties, or the graph for Gephi and the like.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@_include_option
def network(
    db: Path,
    since: str | None,
    until: str | None,
    weight: str,
    plot: Path | None,
    fmt: str,
    output: Path | None,
    include: tuple[str, ...],
) -> None:
    """The weighted alignment graph between actors (net cooperation minus conflict)."""
    from ..analysis.network import alignment_graph, edges_frame, export_graph, nodes_frame
    from ..analysis.select import make_period

    period = make_period(since, until)
    graph = alignment_graph(
        _load_frame(db), period=period, include=_includes(include), weight=weight
    )
    if plot is not None:
        from ..analysis.plots import plot_network

        plot_network(graph, plot, title="Alignment network")
        click.echo(f"plot written to {plot}", err=True)
    if fmt == "table":
        if output is not None:
            raise click.UsageError("-o needs --format graphml, gexf or json")
        caption = f"{period.label}; edge weight: {graph.graph['weight_definition']}; " + _counted(
            _includes(include)
        )
        _print_table(nodes_frame(graph), "Actors", caption)
        _print_table(edges_frame(graph), "Ties (strongest alignment first)", caption)
        return
    text = export_graph(graph, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(
            f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties written to {output}",
            err=True,
        )


# -- blocs ---------------------------------------------------------------------------


@click.command()
@_db_option
@_period_options
@click.option("--seed", default=42, show_default=True, help="Louvain seed (same seed, same blocs).")
@click.option(
    "--resolution", default=1.0, show_default=True, help="Louvain resolution (>1: smaller blocs)."
)
@click.option("--top", default=3, show_default=True, help="Ties and opponents listed per bloc.")
@_plot_option
@_include_option
@_format_option
def blocs(
    db: Path,
    since: str | None,
    until: str | None,
    seed: int,
    resolution: float,
    top: int,
    plot: Path | None,
    include: tuple[str, ...],
    fmt: str,
) -> None:
    """Blocs: communities in the cooperation graph, with their ties and opponents."""
    from ..analysis.blocs import find_blocs
    from ..analysis.network import alignment_graph
    from ..analysis.select import make_period

    period = make_period(since, until)
    graph = alignment_graph(_load_frame(db), period=period, include=_includes(include))
    report = find_blocs(graph, seed=seed, resolution=resolution, top=top)
    if plot is not None:
        from ..analysis.plots import plot_network

        groups = dict(zip(report.membership["actor"], report.membership["bloc"], strict=True))
        plot_network(graph, plot, title="Blocs (Louvain, cooperation graph)", groups=groups)
        click.echo(f"plot written to {plot}", err=True)
    if fmt == "table":
        caption = f"{period.label}; Louvain seed {seed}; " + _counted(_includes(include))
        _print_table(report.blocs, "Blocs", caption)
        _print_table(report.ties, "Ties inside blocs and against outside states", caption)
        return
    _emit(
        fmt,
        report.blocs,
        {"period": period.label, "seed": seed, "resolution": resolution,
         "counted": ["reportable", *_includes(include)], "blocs": report.blocs,
         "ties": report.ties, "membership": report.membership},
    )  # fmt: skip


# -- sanctions -----------------------------------------------------------------------


@click.command()
@_db_option
@_period_options
@click.option(
    "--reference",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of known sanctions regimes (target,sender,start,end) to set beside the news.",
)
@_plot_option
@_include_option
@_format_option
def sanctions(
    db: Path,
    since: str | None,
    until: str | None,
    reference: Path | None,
    plot: Path | None,
    include: tuple[str, ...],
    fmt: str,
) -> None:
    """States targeted by sanctions or reduced relations (CAMEO 16x), and their web."""
    from ..analysis.network import edges_frame
    from ..analysis.sanctions import (
        compare_with_reference,
        embargoed_club,
        load_reference,
        sanction_events,
        sanction_pairs,
        sanctioned_states,
    )
    from ..analysis.select import make_period

    wanted = _includes(include)
    period = make_period(since, until)
    ref = load_reference(reference) if reference is not None else None
    frame = _load_frame(db)
    events = sanction_events(frame, period=period, include=wanted)
    states = sanctioned_states(events)
    pairs = sanction_pairs(events)
    club = embargoed_club(frame, list(states["target"]), period=period, include=wanted)
    club_ties = edges_frame(club)
    comparison = compare_with_reference(pairs, ref, period=period) if ref is not None else None
    if plot is not None:
        from ..analysis.plots import plot_network

        plot_network(club, plot, title="The club of the embargoed")
        click.echo(f"plot written to {plot}", err=True)
    if fmt == "table":
        caption = f"{period.label}; " + _counted(wanted)
        _print_table(states, "Sanctioned states (targets of CAMEO 16x events)", caption)
        _print_table(pairs, "By whom and since when (first evidence)", caption)
        _print_table(club_ties, "The club of the embargoed: ties among the targets", caption)
        if comparison is not None:
            _print_table(comparison, f"Known regimes ({reference}) beside the news", caption)
        return
    document: dict[str, Any] = {
        "period": period.label, "counted": ["reportable", *wanted], "states": states,
        "pairs": pairs, "club": club_ties,
    }  # fmt: skip
    if comparison is not None:
        document["reference"] = comparison
    _emit(fmt, pairs, document)


# -- shifts --------------------------------------------------------------------------


@click.command()
@_db_option
@click.option(
    "--before", required=True, metavar="START:END", help="First period, e.g. 2018:2018-12."
)
@click.option(
    "--after", required=True, metavar="START:END", help="Second period, e.g. 2019-01:2019-12."
)
@click.option(
    "--measure", type=click.Choice(["sum", "mean"]), default="sum", show_default=True,
    help="Score per period: Goldstein sum (tone and volume) or mean (tone only).",
)  # fmt: skip
@click.option("--top", default=10, show_default=True, help="Dyads listed.")
@click.option("--drivers", default=3, show_default=True, help="Driving events listed per dyad.")
@_include_option
@_format_option
def shifts(
    db: Path,
    before: str,
    after: str,
    measure: str,
    top: int,
    drivers: int,
    include: tuple[str, ...],
    fmt: str,
) -> None:
    """Dyads whose relations changed most between two periods, and the events behind it.

    Periods are START:END with dates of any precision, both ends inclusive
    (2018:2018 is the year 2018; 2019-06: runs from June 2019 on).
    """
    from ..analysis.select import parse_period
    from ..analysis.shifts import relation_shifts

    report = relation_shifts(
        _load_frame(db),
        parse_period(before, what="--before"),
        parse_period(after, what="--after"),
        include=_includes(include),
        measure=measure,
        top=top,
        drivers=drivers,
    )
    if fmt == "table":
        caption = (
            f"before: {report.before.label}; after: {report.after.label}; "
            f"score: Goldstein {measure}; " + _counted(_includes(include))
        )
        _print_table(report.shifts, "Largest shifts in relations", caption)
        _print_table(report.drivers, "Events that drove each shift", caption)
        return
    _emit(
        fmt,
        report.shifts,
        {"before": report.before.label, "after": report.after.label, "measure": measure,
         "counted": ["reportable", *_includes(include)], "shifts": report.shifts,
         "drivers": report.drivers},
    )  # fmt: skip
