"""The alignment network and the blocs, on a real DuckDB store holding the synthetic world."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from PIL import Image

from analysis_world import EAST, SPECS, WEST, build_store, counted, goldstein, load_frame, quad
from dyadwatch.analysis import alignment_graph, edges_frame, export_graph, find_blocs, nodes_frame
from dyadwatch.analysis.plots import plot_network
from dyadwatch.errors import InputError


@pytest.fixture(scope="module")
def frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return load_frame(build_store(tmp_path_factory.mktemp("world") / "world.duckdb"))


def expected_edges(weight: str, include: tuple[str, ...] = (), year: str | None = None):
    """Edge weights computed straight from the world's specs (the oracle)."""
    out: dict[frozenset[str], float] = {}
    for spec in SPECS:
        if not counted(spec, include) or (year and not (spec.date or "").startswith(year)):
            continue
        key = frozenset((spec.source, spec.target))
        if weight == "goldstein":
            value = goldstein(spec.cameo)
        else:
            value = 1.0 if quad(spec.cameo) <= 2 else -1.0
        out[key] = out.get(key, 0.0) + value
    return out


GRAPH_CASES = [
    # (weight, include, since, until, year of the oracle)
    ("goldstein", (), None, None, None),
    ("count", (), None, None, None),
    ("goldstein", ("claimed", "hypothetical", "commentary"), None, None, None),
    ("goldstein", (), "2019", "2019", "2019"),
    ("count", (), "2018-01", "2018-12", "2018"),
]


@pytest.mark.parametrize(("weight", "include", "since", "until", "year"), GRAPH_CASES)
def test_edge_weights_are_net_cooperation(frame, weight, include, since, until, year):
    graph = alignment_graph(frame, since=since, until=until, include=include, weight=weight)
    expected = expected_edges(weight, include, year)
    got = {frozenset((a, b)): d["weight"] for a, b, d in graph.edges(data=True)}
    assert set(got) == set(expected)
    for key, value in expected.items():
        assert got[key] == pytest.approx(value), sorted(key)
        assert graph.edges[tuple(key)]["sign"] == (value > 0) - (value < 0)


def test_blocs_are_aligned_inside_and_opposed_across(frame):
    graph = alignment_graph(frame)
    for a, b, data in graph.edges(data=True):
        same_bloc = {a, b} <= WEST or {a, b} <= EAST
        assert (data["weight"] > 0) == same_bloc, (a, b, data["weight"])


def test_node_activity_counts_each_event_once(frame):
    graph = alignment_graph(frame)
    nodes = nodes_frame(graph).set_index("actor")
    for actor in WEST | EAST:
        expected = sum(1 for s in SPECS if counted(s) and actor in (s.source, s.target))
        assert nodes.loc[actor, "activity"] == expected


def test_edges_keep_their_strongest_event(frame):
    graph = alignment_graph(frame)
    edge = graph.edges["USA", "VEN"]
    row = frame[frame["event_id"] == edge["strongest_event"]].iloc[0]
    assert (row["source_country"], row["target_country"], row["cameo"]) == ("USA", "VEN", "163")


def test_edges_frame_lists_alignment_first(frame):
    edges = edges_frame(alignment_graph(frame))
    assert list(edges["weight"]) == sorted(edges["weight"], reverse=True)
    assert len(edges) == alignment_graph(frame).number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trips(frame, tmp_path: Path, fmt: str):
    graph = alignment_graph(frame)
    text = export_graph(graph, fmt)
    path = tmp_path / f"graph.{fmt}"
    path.write_text(text, encoding="utf-8")
    if fmt == "graphml":
        back = nx.read_graphml(path)
    elif fmt == "gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(text), edges="edges")
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    for a, b, data in graph.edges(data=True):
        assert float(back.edges[a, b]["weight"]) == pytest.approx(data["weight"])
        assert int(back.edges[a, b]["events"]) == data["events"]


def test_export_refuses_an_unknown_format(frame):
    with pytest.raises(InputError, match="unknown graph format"):
        export_graph(alignment_graph(frame), "dot")


# -- blocs -----------------------------------------------------------------------------


def test_blocs_come_out_as_constructed(frame):
    report = find_blocs(alignment_graph(frame), seed=1)
    members = {frozenset(m.split(", ")) for m in report.blocs["members"]}
    assert members == {WEST, EAST}
    assert sorted(report.membership["actor"]) == sorted(WEST | EAST)


@pytest.mark.parametrize("seed", [0, 1, 42, 2024])
def test_blocs_are_reproducible_with_a_seed(frame, seed):
    graph = alignment_graph(frame)
    first = find_blocs(graph, seed=seed)
    again = find_blocs(graph, seed=seed)
    pd.testing.assert_frame_equal(first.blocs, again.blocs)
    pd.testing.assert_frame_equal(first.ties, again.ties)


def test_blocs_stand_against_their_strongest_opponents(frame):
    report = find_blocs(alignment_graph(frame), top=10)
    weights = expected_edges("goldstein")
    for row in report.blocs.itertuples(index=False):
        members = set(row.members.split(", "))
        totals: dict[str, float] = {}
        for key, w in weights.items():
            inside = key & members
            if len(inside) == 1:
                (outside,) = key - members
                totals[outside] = totals.get(outside, 0.0) + w
        expected = sorted((o for o, w in totals.items() if w < 0), key=lambda o: (totals[o], o))
        against = report.ties[
            (report.ties["bloc"] == row.bloc) & (report.ties["kind"] == "against")
        ]
        assert list(against["b"]) == expected
        assert list(against["total"]) == pytest.approx([totals[o] for o in expected])
        internal = report.ties[
            (report.ties["bloc"] == row.bloc) & (report.ties["kind"] == "internal")
        ]
        strongest = max((w, sorted(k)) for k, w in weights.items() if k <= members)
        assert internal.iloc[0]["weight"] == pytest.approx(strongest[0])


def test_no_cooperation_means_no_blocs(frame):
    conflict_only = frame[frame["quad_class"] >= 3]
    report = find_blocs(alignment_graph(conflict_only))
    assert report.blocs.empty and report.membership.empty


# -- the network plot ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_network_plot_is_a_valid_image(frame, tmp_path: Path, suffix: str):
    graph = alignment_graph(frame)
    report = find_blocs(graph)
    groups = dict(zip(report.membership["actor"], report.membership["bloc"], strict=True))
    path = plot_network(graph, tmp_path / f"network{suffix}", groups=groups)
    assert path.stat().st_size > 10_000
    if suffix == ".png":
        with Image.open(path) as image:
            assert image.format == "PNG"
            width, height = image.size
        assert 600 <= width <= 3000 and 500 <= height <= 3000
    else:
        assert ET.parse(path).getroot().tag.endswith("svg")
        text = path.read_text(encoding="utf-8")
        # labels are drawn as glyph paths; matplotlib keeps the strings as comments
        for actor in WEST | EAST:
            assert f"<!-- {actor} -->" in text


def test_network_plot_depends_on_the_data(frame, tmp_path: Path):
    one = plot_network(alignment_graph(frame), tmp_path / "all.png")
    two = plot_network(alignment_graph(frame, since="2019-06"), tmp_path / "late.png")
    assert one.read_bytes() != two.read_bytes()


def test_network_plot_refuses_an_empty_graph(frame, tmp_path: Path):
    with pytest.raises(InputError, match="no actors"):
        plot_network(alignment_graph(frame, since="2030"), tmp_path / "empty.png")
