"""Relations analytics commands: ``dyad``, ``network``, ``blocs``, ``sanctions``, ``shifts``.

Each command reads the events frame from the store, hands it to
``dyadwatch.analysis`` and prints the result as a table (rich), CSV or JSON. Every
figure counts reportable events only unless ``--include`` adds other statuses, which
are then labelled in the output.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .options import (
    PERIOD,
    FormatChoice,
    counted,
    db_option,
    format_option,
    include_option,
    includes,
    open_store,
    output_option,
    period_options,
)
from .show import emit_document, show_table

if TYPE_CHECKING:
    import pandas as pd

F = Any

_format_option = format_option(
    ("table", "csv", "json"), "table",
    "Output: tables (fitted to the terminal, tab-separated when piped), CSV (the main "
    "table) or one JSON document.",
)  # fmt: skip


def _plot_option(func: F) -> F:
    return click.option(
        "--plot",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Also draw a figure to this .png or .svg file.",
    )(func)


def _plots() -> Any:
    """The plotting module, or one line saying which package is missing (matplotlib)."""
    from ..optional import need

    need("matplotlib", "--plot")
    from ..analysis import plots

    return plots


def _load_frame(db: Path) -> pd.DataFrame:
    """Every event in the store, of every status: the analyses choose what to count."""
    from ..store import EventFilter

    with open_store(db, read_only=True) as store:
        return store.events_frame(EventFilter(reportable=None))


def _load_dyad_frame(db: Path, a: str, b: str) -> pd.DataFrame:
    """The events between two actors, both ways, of every status: the store filters in SQL
    (loading every event first took 48 times a full scan on a million events)."""
    from ..store import EventFilter

    with open_store(db, read_only=True) as store:
        return store.events_frame(EventFilter(dyad=(a, b), either_way=True, reportable=None))


def _emit(fmt: str, main: pd.DataFrame, document: dict[str, Any]) -> None:
    """CSV prints ``main``; JSON prints ``document`` with its frames as lists of rows."""
    if fmt == "csv":
        main.to_csv(sys.stdout, index=False, date_format="%Y-%m-%d")
        return
    emit_document(document)


# -- dyad ----------------------------------------------------------------------------

#: a period as the bin names it
PERIOD_FORMS = {"week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
#: the dyad table in a terminal: short headers, and the totals stay longest
DYAD_HEADERS = {"verbal_coop": "v.coop", "material_coop": "m.coop", "verbal_conflict": "v.confl",
                "material_conflict": "m.confl", "cooperation": "coop", "conflict": "confl",
                "goldstein_sum": "goldstein", "goldstein_mean": "mean"}  # fmt: skip
DYAD_KEEP = {"period": 20, "events": 19, "cooperation": 18, "conflict": 17, "goldstein_sum": 16,
             "stories": 15, "goldstein_mean": 14}  # fmt: skip


def _with_story_ids(db: Path, events: pd.DataFrame) -> pd.DataFrame:
    """Add each event's distinct story ids (from its mentions), for the stories column."""
    if "story_ids" in events.columns:
        return events  # the store's frame carries them
    ids: list[list[str]] = []
    with open_store(db, read_only=True) as store:
        for event_id in events["event_id"]:
            record = store.get_event(str(event_id)) or {}
            ids.append(sorted({str(m["story_id"]) for m in record.get("mentions", [])}))
    return events.assign(story_ids=ids)


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
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
@include_option
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
    series = dyad_series(subset, a, b, by=by, directed=directed, include=includes(include))
    arrow = "→" if directed else "–"
    notes = [counted(series.include)]
    if series.undated:
        notes.append(f"{series.undated} undated event(s) left out")
    if series.imprecise:
        notes.append(f"{series.imprecise} event(s) dated too coarsely for a {by}ly series left out")
    if plot is not None:
        _plots().plot_dyad_timeline(series, plot, annotate=annotate)
        notes.append(f"plot written to {plot}")
    if fmt == "table":
        shown = series.table.assign(period=series.table["period"].dt.strftime(PERIOD_FORMS[by]))
        show_table(shown, f"{series.a} {arrow} {series.b} by {by}", "; ".join(notes),
                   headers=DYAD_HEADERS, keep=DYAD_KEEP, kinds={"period": "code"})  # fmt: skip
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
@db_option
@period_options
@click.option(
    "--weight",
    type=click.Choice(["goldstein", "count"]),
    default="goldstein",
    show_default=True,
    help="Edge weight: Goldstein sum, or cooperation minus conflict event counts.",
)
@_plot_option
@format_option(("table", "graphml", "gexf", "json"), "table",
               "Tables of actors and ties, or the graph for Gephi and the like.")  # fmt: skip
@output_option("Write the graph to FILE (graphml, gexf, json).")
@include_option
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
        _load_frame(db), period=period, include=includes(include), weight=weight
    )
    if plot is not None:
        _plots().plot_network(graph, plot, title="Alignment network")
        click.echo(f"plot written to {plot}", err=True)
    if fmt == "table":
        if output is not None:
            raise click.UsageError("-o needs --format graphml, gexf or json")
        caption = f"{period.label}; edge weight: {graph.graph['weight_definition']}; " + counted(
            includes(include)
        )
        show_table(nodes_frame(graph), "Actors", caption)
        show_table(edges_frame(graph), "Ties (strongest alignment first)", caption)
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
@db_option
@period_options
@click.option("--seed", default=42, show_default=True, help="Louvain seed (same seed, same blocs).")
@click.option(
    "--resolution", default=1.0, show_default=True, help="Louvain resolution (>1: smaller blocs)."
)
@click.option("--top", default=3, show_default=True, help="Ties and opponents listed per bloc.")
@_plot_option
@include_option
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
    graph = alignment_graph(_load_frame(db), period=period, include=includes(include))
    report = find_blocs(graph, seed=seed, resolution=resolution, top=top)
    if plot is not None:
        groups = dict(zip(report.membership["actor"], report.membership["bloc"], strict=True))
        _plots().plot_network(graph, plot, title="Blocs (Louvain, cooperation graph)",
                              groups=groups)  # fmt: skip
        click.echo(f"plot written to {plot}", err=True)
    if fmt == "table":
        caption = f"{period.label}; Louvain seed {seed}; " + counted(includes(include))
        show_table(report.blocs, "Blocs", caption)
        show_table(report.ties, "Ties inside blocs and against outside states", caption)
        return
    _emit(
        fmt,
        report.blocs,
        {"period": period.label, "seed": seed, "resolution": resolution,
         "counted": ["reportable", *includes(include)], "blocs": report.blocs,
         "ties": report.ties, "membership": report.membership},
    )  # fmt: skip


# -- sanctions -----------------------------------------------------------------------


@click.command()
@db_option
@period_options
@click.option(
    "--reference",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of known sanctions regimes (target,sender,start,end) to set beside the news.",
)
@_plot_option
@include_option
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
    """Sanctioned states (CAMEO 163: sanctions, embargoes, boycotts), by whom, and their web.

    A state is sanctioned when the news reports a sanction on it; recalled ambassadors,
    expelled diplomats, halted talks and cut aid (the other CAMEO 16x codes) are listed
    apart as downgrades of relations. "dated" is the earliest date a text gives a
    sanction itself (empty: only told as undated background); "first_report" is the
    publication date of the first article in the store that reports it.
    """
    from ..analysis.network import edges_frame
    from ..analysis.sanctions import (
        REDUCE_ROOT,
        compare_with_reference,
        downgrade_events,
        embargoed_club,
        load_reference,
        sanction_events,
        sanction_pairs,
        sanctioned_states,
    )
    from ..analysis.select import make_period
    from ..store import EventFilter

    wanted = includes(include)
    period = make_period(since, until)
    ref = load_reference(reference) if reference is not None else None
    with open_store(db, read_only=True) as store:
        frame = store.events_frame(EventFilter(reportable=None))
        reduce_ids = frame.loc[frame["root"].astype(str) == REDUCE_ROOT, "event_id"]
        dating = store.event_dating(list(reduce_ids))
    events = sanction_events(frame, period=period, include=wanted, dating=dating)
    states = sanctioned_states(events)
    pairs = sanction_pairs(events)
    downgrades = sanction_pairs(downgrade_events(frame, period=period, include=wanted, dating=dating))
    club = embargoed_club(frame, list(states["target"]), period=period, include=wanted)
    club_ties = edges_frame(club)
    comparison = compare_with_reference(pairs, ref, period=period) if ref is not None else None
    if plot is not None:
        _plots().plot_network(club, plot, title="The club of the embargoed")
        click.echo(f"plot written to {plot}", err=True)
    if fmt == "table":
        caption = (f"{period.label}; {counted(wanted)}; dated: the earliest date a text gives a "
                   "sanction (empty: undated background); first report: the first article in "
                   "the store reporting one")  # fmt: skip
        keep = {"target": 9, "senders": 8, "sender": 8, "events": 7, "dated": 6, "first_report": 5,
                "evidence": 4, "kinds": 3, "latest": 2, "event_id": 1}  # fmt: skip
        headers = {"first_report": "first report"}
        show_table(states, "Sanctioned states (CAMEO 163: sanctions, embargoes, boycotts)", caption,
                   keep=keep, headers=headers, kinds={"evidence": "text", "senders": "text"})
        show_table(pairs, "By whom", None, keep=keep, headers=headers,
                   kinds={"evidence": "text", "kinds": "text"})
        show_table(downgrades, "Downgraded relations, not sanctions (CAMEO 160-162, 164-166)",
                   None, keep=keep, headers=headers, kinds={"evidence": "text", "kinds": "text"})
        show_table(club_ties, "The club of the embargoed: ties among the sanctioned states", None)
        if comparison is not None:
            show_table(comparison, f"Known regimes ({reference}) beside the news", None,
                       kinds={"evidence": "text"})
        return
    document: dict[str, Any] = {
        "period": period.label, "counted": ["reportable", *wanted], "states": states,
        "pairs": pairs, "downgrades": downgrades, "club": club_ties,
    }  # fmt: skip
    if comparison is not None:
        document["reference"] = comparison
    _emit(fmt, pairs, document)


# -- shifts --------------------------------------------------------------------------


@click.command()
@db_option
@click.option("--before", required=True, type=PERIOD, help="First period, e.g. 2018:2018-12.")
@click.option("--after", required=True, type=PERIOD, help="Second period, e.g. 2019-01:2019-12.")
@click.option(
    "--measure", type=FormatChoice(["rate", "mean"], hidden=("sum",)), default="rate",
    show_default=True,
    help="Score per period: rate (Goldstein sum per story in which either state takes part) "
    "or mean (mean Goldstein score: tone only).",
)  # fmt: skip
@click.option("--min-events", type=click.IntRange(1), default=2, show_default=True,
              help="Events a dyad needs in each period to be ranked.")  # fmt: skip
@click.option("--top", default=10, show_default=True, help="Dyads listed.")
@click.option("--drivers", default=3, show_default=True, help="Driving events listed per dyad.")
@include_option
@_format_option
def shifts(
    db: Path,
    before: str,
    after: str,
    measure: str,
    min_events: int,
    top: int,
    drivers: int,
    include: tuple[str, ...],
    fmt: str,
) -> None:
    """Dyads whose relations changed most between two periods, and the events behind it.

    Periods are START:END with dates of any precision, both ends inclusive
    (2018:2018 is the year 2018; 2019-06: runs from June 2019 on). A dyad is ranked only
    with at least --min-events events in each period: a period without events is no data,
    not a change; the others are listed apart with the reason. Scores are rates, so that
    more or less coverage of either state is no shift.
    """
    from ..analysis.select import parse_period
    from ..analysis.shifts import relation_shifts

    if measure == "sum":  # the former raw sum: coverage read as warmth
        click.echo("notice: --measure sum is now --measure rate (the sum per story)", err=True)
        measure = "rate"
    report = relation_shifts(
        _load_frame(db),
        parse_period(before, what="--before"),
        parse_period(after, what="--after"),
        include=includes(include),
        measure=measure,
        min_events=min_events,
        top=top,
        drivers=drivers,
    )
    score = {"rate": "Goldstein sum per story in which either state takes part",
             "mean": "mean Goldstein score per event"}[measure]  # fmt: skip
    if fmt == "table":
        caption = (
            f"before: {report.before.label}; after: {report.after.label}; score: {score}; "
            f"coverage: stories in which either state takes part; ranked with at least "
            f"{min_events} events in each period; " + counted(includes(include))
        )
        headers = {k: k.replace("before_", "b.").replace("after_", "a.") for k in report.shifts.columns}
        keep = {"rank": 20, "a": 19, "b": 18, "change": 17, "direction": 16, "before_events": 15,
                "after_events": 14, "before_score": 13, "after_score": 12, "before_coverage": 11,
                "after_coverage": 10}  # fmt: skip
        show_table(report.shifts, "Largest shifts in relations", caption, headers=headers, keep=keep)
        show_table(report.drivers, "Events that drove each shift", None,
                   kinds={"sentence": "text", "description": "text"},
                   keep={"rank": 9, "a": 8, "b": 7, "period": 6, "date": 5, "cameo": 4,
                         "contribution": 3, "sentence": 2})  # fmt: skip
        if not report.unranked.empty:
            show_table(report.unranked.head(top),
                       f"Not ranked: too little evidence (first {min(top, len(report.unranked))} "
                       f"of {len(report.unranked)})", None, kinds={"reason": "text"})  # fmt: skip
        return
    _emit(
        fmt,
        report.shifts,
        {"before": report.before.label, "after": report.after.label, "measure": measure,
         "score": score, "min_events": min_events,
         "counted": ["reportable", *includes(include)], "shifts": report.shifts,
         "drivers": report.drivers, "unranked": report.unranked},
    )  # fmt: skip
