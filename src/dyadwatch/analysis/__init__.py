"""Relations analytics over the event store: dyad time series, the alignment network,
blocs, the sanctioned states' web and shifts, with matplotlib figures.

Every function takes the events frame of ``Store.events_frame`` (one row per
deduplicated event) and returns pandas DataFrames (or a networkx graph), so the same
code serves the CLI, tests and the dashboard. Every figure counts reportable events
only unless ``include`` names other statuses, which are then labelled.

Figures live in ``dyadwatch.analysis.plots`` (not imported here: matplotlib loads only
when a plot is drawn).
"""

from __future__ import annotations

from .blocs import BlocReport, cooperation_graph, find_blocs
from .dyads import DyadSeries, dyad_events, dyad_series
from .network import alignment_graph, edges_frame, export_graph, nodes_frame
from .sanctions import (
    compare_with_reference,
    downgrade_events,
    embargoed_club,
    load_reference,
    sanction_events,
    sanction_pairs,
    sanctioned_states,
    with_dating,
)
from .select import Period, make_period, parse_period, select_events
from .shifts import ShiftReport, relation_shifts

__all__ = [
    "BlocReport",
    "DyadSeries",
    "Period",
    "ShiftReport",
    "alignment_graph",
    "compare_with_reference",
    "cooperation_graph",
    "downgrade_events",
    "dyad_events",
    "dyad_series",
    "edges_frame",
    "embargoed_club",
    "export_graph",
    "find_blocs",
    "load_reference",
    "make_period",
    "nodes_frame",
    "parse_period",
    "relation_shifts",
    "sanction_events",
    "sanction_pairs",
    "sanctioned_states",
    "select_events",
    "with_dating",
]
