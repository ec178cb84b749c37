"""The analysis commands (dyad, network, blocs, sanctions, shifts) over real stores.

Most tests read the synthetic world (two blocs, a sanctioned group, one shifting dyad);
the last one ingests the dev articles through the real pipeline and coder.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from PIL import Image

from analysis_world import (
    DOWNGRADED,
    EAST,
    SANCTIONED,
    WEST,
    WORDS,
    Spec,
    build_store,
    goldstein,
    make_record,
)
from dyadwatch.cli import main
from dyadwatch.store import EventFilter, Store
from shared_paths import DEV_ARTICLES

NEEDS_SHARED = True
#: senders that stand for "the West" in the seed story's sense
WESTERN = {"WST", "USA", "EUR", "GBR", "CAN", "FRA", "DEU", "NAT", "AUS", "JPN", "CHE", "NOR"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("world") / "world.duckdb")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> dict:
    code, out, err = run(*args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


# -- dyad ----------------------------------------------------------------------------


def test_dyad_json_gives_the_constructed_series(db: Path):
    doc = run_json("dyad", "VEN", "PRK", "--db", db, "--by", "month")
    rows = {r["period"]: r for r in doc["series"] if r["events"]}
    assert set(rows) == {"2018-06-01", "2018-12-01", "2019-03-01", "2019-08-01", "2019-10-01"}
    assert rows["2019-03-01"]["goldstein_sum"] == pytest.approx(goldstein("057"))
    assert rows["2019-10-01"]["material_coop"] == 1
    assert (doc["undated"], doc["imprecise"], doc["counted"]) == (1, 1, ["reportable"])
    assert sum(r["events"] for r in doc["series"]) == len(doc["events"])


def test_dyad_csv_labels_included_statuses(db: Path):
    code, out, _ = run("dyad", "VEN", "PRK", "--db", db, "--include", "claimed,hypothetical",
                       "--format", "csv")  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    august = next(r for r in rows if r["period"] == "2019-08-01")
    assert (august["events"], august["from_claimed"], august["from_hypothetical"]) == (
        "3",
        "1",
        "1",
    )


def test_dyad_table_says_what_was_counted(db: Path):
    code, out, _ = run("dyad", "VEN", "PRK", "--db", db, "--by", "year")
    assert code == 0
    assert "VEN – PRK by year" in out
    assert "counted: reportable events only" in out
    assert "1 undated event(s) left out" in out


def test_dyad_stories_count_distinct_stories(tmp_path: Path):
    """Two events reported by near-duplicate copies of one story are one story."""
    filler = " ".join(random.Random(7).choices(WORDS, k=150))
    batch = [
        make_record("copy-a", Spec("2019-05-02", "VEN", "PRK", "040", symmetric=True), filler),
        make_record("copy-b", Spec("2019-05-03", "VEN", "PRK", "057", symmetric=True), filler),
        make_record("other", Spec("2019-05-20", "PRK", "VEN", "071"), "A different report."),
    ]
    path = tmp_path / "stories.duckdb"
    with Store(path) as store:
        result = store.add_coded(batch)
    assert (result.events_new, result.new_stories) == (3, 2)
    doc = run_json("dyad", "VEN", "PRK", "--db", path)
    (may,) = doc["series"]
    assert (may["events"], may["stories"]) == (3, 2)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_dyad_plot_is_written(db: Path, tmp_path: Path, suffix: str):
    plot = tmp_path / f"dyad{suffix}"
    code, _, err = run("dyad", "VEN", "PRK", "--db", db, "--plot", plot, "--format", "json")
    assert code == 0 and f"plot written to {plot}" in err
    assert plot.stat().st_size > 10_000
    if suffix == ".png":
        with Image.open(plot) as image:
            assert image.format == "PNG" and image.size[0] > 800


# -- network and blocs ---------------------------------------------------------------


def test_network_graphml_export(db: Path, tmp_path: Path):
    out = tmp_path / "net.graphml"
    code, _, err = run("network", "--db", db, "--format", "graphml", "-o", out)
    assert code == 0 and "written to" in err
    graph = nx.read_graphml(out)
    assert set(graph.nodes) == WEST | EAST
    assert (
        float(graph.edges["USA", "VEN"]["weight"]) < 0 < float(graph.edges["VEN", "PRK"]["weight"])
    )


def test_network_period_and_plot(db: Path, tmp_path: Path):
    plot = tmp_path / "net.svg"
    code, out, _ = run("network", "--db", db, "--since", "2019-03", "--until", "2019-03",
                       "--format", "json", "--plot", plot)  # fmt: skip
    assert code == 0
    data = json.loads(out)
    pairs = {frozenset((e["source"], e["target"])) for e in data["edges"]}
    assert pairs == {frozenset(p) for p in [("USA", "FRA"), ("IRN", "CUB"), ("USA", "CUB"),
                                            ("VEN", "PRK")]}  # fmt: skip
    assert plot.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_network_table_lists_actors_and_ties(db: Path):
    code, out, _ = run("network", "--db", db)
    assert code == 0
    assert "Actors" in out and "Ties (strongest alignment first)" in out
    assert "sum of Goldstein scores" in out


def test_blocs_json(db: Path, tmp_path: Path):
    plot = tmp_path / "blocs.png"
    code, out, _ = run("blocs", "--db", db, "--format", "json", "--plot", plot, "--seed", "3")
    assert code == 0
    doc = json.loads(out)
    groups: dict[int, set[str]] = {}
    for row in doc["membership"]:
        groups.setdefault(row["bloc"], set()).add(row["actor"])
    assert sorted(map(frozenset, groups.values()), key=sorted) == sorted([EAST, WEST], key=sorted)
    west = next(b for b, m in groups.items() if m == WEST)
    against = [t["b"] for t in doc["ties"] if t["bloc"] == west and t["kind"] == "against"]
    assert against[0] == "VEN"
    assert plot.stat().st_size > 10_000


# -- sanctions -----------------------------------------------------------------------


def test_sanctions_with_reference(db: Path, tmp_path: Path):
    ref = tmp_path / "regimes.csv"
    ref.write_text("target,sender,start,end\nVEN,USA,2015,\nVEN,EUR,2017-11,\n", encoding="utf-8")
    plot = tmp_path / "club.png"
    code, out, err = run("sanctions", "--db", db, "--reference", ref, "--format", "json",
                         "--plot", plot)  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    assert {s["target"]: s["dated"] for s in doc["states"]} == {
        t: since for t, (_, since) in SANCTIONED.items()
    }
    assert {(d["target"], d["sender"]) for d in doc["downgrades"]} == {
        (t, s) for t, (senders, _) in DOWNGRADED.items() for s in senders
    }
    club = {frozenset((e["a"], e["b"])) for e in doc["club"]}
    assert club == {frozenset(("VEN", "IRN"))}
    agreement = {(r["target"], r["sender"]): r["agreement"] for r in doc["reference"]}
    assert agreement == {("VEN", "USA"): "both", ("VEN", "EUR"): "reference only",
                         ("IRN", "GBR"): "news only"}  # fmt: skip
    with Image.open(plot) as image:
        assert image.format == "PNG"


def test_sanctions_csv_lists_pairs_with_evidence(db: Path):
    code, out, _ = run("sanctions", "--db", db, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["target"], r["sender"]) for r in rows} == {
        (t, s) for t, (senders, _) in SANCTIONED.items() for s in senders
    }
    assert all(r["evidence"] and r["event_id"] for r in rows)


# -- shifts --------------------------------------------------------------------------


def test_shifts_json_ranks_the_constructed_dyad_first(db: Path):
    doc = run_json("shifts", "--db", db, "--before", "2018:2018", "--after", "2019:2019")
    top = doc["shifts"][0]
    assert (top["a"], top["b"], top["direction"]) == ("PRK", "VEN", "warmer")
    for key in ("before_events", "before_coop", "before_conflict", "before_coverage",
                "after_events", "after_coop", "after_conflict", "after_coverage"):
        assert isinstance(top[key], int), key  # the counts behind the shift
    drivers = [d for d in doc["drivers"] if d["rank"] == 1]
    assert drivers and all(d["period"] == "after" for d in drivers)
    assert doc["min_events"] == 2 and doc["unranked"]


def test_dev_shifts_do_not_read_silence_as_warmth(dev_db: Path):
    """Iran-USA: conflict before, nothing after, was ranked first as warmer; now the pairs
    without events in a period are listed as no data, with the counts."""
    doc = run_json("shifts", "--db", dev_db, "--before", "2007:2015", "--after", "2016:2020")
    for shift in doc["shifts"]:
        assert shift["before_events"] >= 2 and shift["after_events"] >= 2, shift
    reasons = {(u["a"], u["b"]): u["reason"] for u in doc["unranked"]}
    silent = [pair for pair, reason in reasons.items() if "no data" in reason]
    assert silent and all(pair not in {(s["a"], s["b"]) for s in doc["shifts"]} for pair in silent)


# -- errors --------------------------------------------------------------------------

ERROR_CASES = [
    # (arguments after the command, exit code, message fragment)
    (["dyad", "VEN", "PRK", "--db", "{missing}"], 4, "no such store"),
    (["dyad", "VEN", "PRK", "--db", "{db}", "--include", "rumours"], 2, "unknown status"),
    (["dyad", "VEN", "PRK", "--db", "{db}", "--plot", "{tmp}/x.gif"], 2, ".png or .svg"),
    (["dyad", "DEU", "PRK", "--db", "{db}", "--plot", "{tmp}/x.png"], 2, "no dated events"),
    (["network", "--db", "{db}", "--since", "June"], 2, "not a date"),
    (["network", "--db", "{db}", "-o", "{tmp}/x.txt"], 2, "-o needs --format"),
    (["shifts", "--db", "{db}", "--before", "2018", "--after", "2019:"], 2, "START:END"),
    (["shifts", "--db", "{db}", "--before", "2018:2019", "--after", "2019:"], 2, "overlap"),
    (["sanctions", "--db", "{db}", "--reference", "{tmp}/none.csv"], 2, "none.csv"),
]


@pytest.mark.parametrize(("args", "exit_code", "fragment"), ERROR_CASES)
def test_errors_exit_with_a_clear_message(db: Path, tmp_path: Path, args, exit_code, fragment):
    values = {"db": db, "missing": tmp_path / "missing.duckdb", "tmp": tmp_path}
    code, _, err = run(*(a.format(**{k: str(v) for k, v in values.items()}) for a in args))
    assert code == exit_code
    assert fragment in err


# -- the dev articles through the real pipeline --------------------------------------


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dyadwatch.coder import Coder
    from dyadwatch.ingest.pipeline import ingest

    path = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    with Store(path) as store:
        summary = ingest([DEV_ARTICLES], store, Coder())
    assert summary.articles_read == sum(1 for line in DEV_ARTICLES.open() if line.strip())
    return path


def _traceable(db: Path, a: str, b: str, event_id: str) -> str:
    """The event is listed for its dyad (as `dyadwatch events --dyad` does); its sentence."""
    with Store(db, read_only=True) as store:
        listed = set(store.events_frame(EventFilter(dyad=(a, b)))["event_id"])
        listed |= set(store.events_frame(EventFilter(dyad=(b, a)))["event_id"])
        assert event_id in listed
        event = store.get_event(event_id)
    assert event is not None and event["mentions"]
    return event["mentions"][0]["sentence"]


def test_dev_network_shows_venezuelas_partners(dev_db: Path):
    doc = run_json("network", "--db", dev_db)
    ties = {frozenset((e["source"], e["target"])): e for e in doc["edges"]}
    for partner in ("PRK", "RUS", "CHN"):
        edge = ties.get(frozenset(("VEN", partner)))
        assert edge is not None, f"no VEN-{partner} tie"
        assert edge["weight"] > 0, edge
        sentence = _traceable(dev_db, "VEN", partner, edge["strongest_event"])
        assert sentence.strip()


def test_dev_sanctions_show_western_sanctions_on_venezuela(dev_db: Path):
    doc = run_json("sanctions", "--db", dev_db)
    pairs = [p for p in doc["pairs"] if p["target"] == "VEN" and p["sender"] in WESTERN]
    assert pairs, doc["pairs"]
    for pair in pairs:
        sentence = _traceable(dev_db, pair["sender"], "VEN", pair["event_id"])
        assert sentence == pair["evidence"]


def test_dev_sanctions_are_sanctions_dated_by_themselves(dev_db: Path):
    """Recalled ambassadors and expelled diplomats are downgrades, not sanctions; the
    Western sanctions the seed story mentions as background get no date of their own
    (the seed article's date is not theirs), nor a first report (the article is undated)."""
    doc = run_json("sanctions", "--db", dev_db)
    states = {s["target"]: s for s in doc["states"]}
    downgraded = {d["target"] for d in doc["downgrades"]}
    for target in ("KOR", "ISR", "IND"):  # Japan recalls, Turkey recalls, Canada expels
        assert target not in states and target in downgraded, target
    ven = states["VEN"]
    assert ven["dated"] is None and ven["first_report"] is None, ven
    with Store(dev_db, read_only=True) as store:
        for state in states.values():
            event = store.get_event(state["event_id"])
            assert event is not None and event["cameo"].startswith("163")
            if state["first_report"] is not None:
                days = [m["article_date"] for m in event["mentions"] if m["article_date"]]
                assert state["first_report"] <= min(days).isoformat()
