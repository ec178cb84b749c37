"""`dyadwatch eval`, `dyadwatch eval-sentences`, the accuracy gate and the benchmark page,
run on small hand-made evaluation files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.evaluate import load_floors
from dyadwatch.evaluate.gate import ARTICLE_FIGURES
from dyadwatch.evaluate.sentences import PetrCounts, PloverCounts

ROOT = Path(__file__).resolve().parent.parent
GATE = ROOT / "scripts" / "accuracy_gate.py"
REPORT = ROOT / "scripts" / "accuracy_report.py"


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def actor(country: str) -> dict[str, Any]:
    return {"country": country, "code": country, "sector": None, "text": country}


def event(doc: str, source: str, target: str, cameo: str, **extra: Any) -> dict[str, Any]:
    record = {
        "doc": doc, "source": actor(source), "target": actor(target), "cameo": cameo,
        "root": cameo[:2], "status": "asserted", "section": "body", "date": None,
        "sentence": f"{source} and {target}.", "rule": "test-rule",
    }  # fmt: skip
    record.update(extra)
    return record


@pytest.fixture
def article_files(tmp_path: Path) -> tuple[Path, Path]:
    gold = write_jsonl(
        tmp_path / "dev" / "x.gold.jsonl",
        [
            {"doc": "a1", "date": "2019-08-21", "events": [
                {"source": "VEN", "target": "PRK", "root": ["05"], "status": "asserted",
                 "section": "body", "date": "2019-08", "evidence": "opened its first embassy"},
                {"source": "USA", "target": "VEN", "root": ["16"], "status": "asserted",
                 "section": "body", "date": None, "evidence": "sanctions"},
                {"source": "PRK", "target": "VEN", "root": ["07"], "status": "hypothetical",
                 "section": "body", "date": None, "evidence": "could benefit"},
            ]},
        ],
    )  # fmt: skip
    events = write_jsonl(
        tmp_path / "events.jsonl",
        [
            event("a1", "VEN", "PRK", "051", date="2019-08-21"),
            event("a1", "PRK", "VEN", "070", sentence="Korea could benefit.", rule="aid-rule"),
        ],
    )
    return gold, events


def test_eval_json_output(article_files: tuple[Path, Path]) -> None:
    gold, events = article_files
    result = CliRunner().invoke(main, ["eval", str(gold), "--events", str(events), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert (payload["tp"], payload["fp"], payload["fn"], payload["modality_fp"]) == (1, 1, 1, 1)
    assert payload["precision"] == pytest.approx(0.5)
    assert payload["recall"] == pytest.approx(0.5)
    assert payload["date_accuracy"] == pytest.approx(1.0)
    assert payload["per_root"]["05"]["tp"] == 1
    assert "errors" not in payload


def test_eval_errors_list_false_positives_and_negatives(article_files: tuple[Path, Path]) -> None:
    gold, events = article_files
    result = CliRunner().invoke(
        main, ["eval", str(gold), "--events", str(events), "--json", "--errors"]
    )
    assert result.exit_code == 0, result.output
    errors = {e["kind"]: e for e in json.loads(result.output)["errors"]}
    assert errors["modality_fp"]["triple"] == ["PRK", "VEN", "07"]
    assert errors["modality_fp"]["sentence"] == "Korea could benefit."
    assert errors["modality_fp"]["rule"] == "aid-rule"
    assert errors["modality_fp"]["gold_evidence"] == "could benefit"
    assert errors["fn"]["triple"] == ["USA", "VEN", "16"]
    assert errors["fn"]["gold_evidence"] == "sanctions"


def test_eval_errors_list_facts_found_with_a_wrong_date_or_status(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "g" / "x.gold.jsonl",
        [
            {"doc": "a1", "date": "2019-08-21", "events": [
                {"source": "VEN", "target": "PRK", "root": ["05"], "status": "asserted",
                 "section": "body", "date": "2019-08", "evidence": "opened its first embassy"},
                {"source": "USA", "target": "VEN", "root": ["16"], "status": "asserted",
                 "section": "body", "date": None, "evidence": "sanctions"},
            ]},
        ],
    )  # fmt: skip
    events = write_jsonl(
        tmp_path / "events.jsonl",
        [
            event("a1", "VEN", "PRK", "051", date="2018-12-04", sentence="Venezuela opened an embassy."),
            event("a1", "USA", "VEN", "163", status="future", sentence="The US will impose sanctions."),
        ],
    )
    result = CliRunner().invoke(main, ["eval", str(gold), "--events", str(events), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    errors = {e["kind"]: e for e in json.loads(result.output)["errors"]}
    assert errors["date"]["triple"] == ["VEN", "PRK", "05"]
    assert (errors["date"]["coder_date"], errors["date"]["gold"]["date"]) == ("2018-12-04", "2019-08")
    assert errors["date"]["sentence"] == "Venezuela opened an embassy."
    assert errors["status"]["triple"] == ["USA", "VEN", "16"]
    assert (errors["status"]["coder_status"], errors["status"]["gold"]["status"]) == ("future", "asserted")
    assert set(errors) == {"date", "status", "fn"}  # the future sanctions leave the fact unfound
    text = CliRunner().invoke(main, ["eval", str(gold), "--events", str(events), "--errors"]).output
    assert "coder date: 2018-12-04   gold date: 2019-08" in text
    assert "Errors (3: 1 date, 1 fn, 1 status)" in text


def test_eval_text_output(article_files: tuple[Path, Path]) -> None:
    gold, events = article_files
    result = CliRunner().invoke(main, ["eval", str(gold), "--events", str(events), "--errors"])
    assert result.exit_code == 0, result.output
    assert "precision 0.500" in result.output
    assert "modality false positives (non-reportable gold reported as fact): 1" in result.output
    assert "FP (modality)" in result.output and "gold evidence: could benefit" in result.output


def test_eval_bad_events_file_names_it_and_exits_2(
    article_files: tuple[Path, Path], tmp_path: Path
) -> None:
    gold, _ = article_files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a1"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--events", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}, line 1" in result.output


def test_eval_without_events_needs_the_articles_beside_the_gold(
    article_files: tuple[Path, Path],
) -> None:
    gold, _ = article_files  # no articles.jsonl beside it: refused before any coding
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 2
    assert "articles.jsonl" in result.output


def test_eval_sentences_petr2_json(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "petr.jsonl", [
        {"id": "s1", "date": "20080804", "text": "The US leader visited China.",
         "events": [{"source": "USA", "target": "CHN", "code": "042"}], "noevents": False},
        {"id": "s2", "date": "20080806", "text": "Nothing happened.", "events": [], "noevents": True},
    ])  # fmt: skip
    events = write_jsonl(tmp_path / "ev.jsonl", [event("s1", "USA", "CHN", "042")])
    result = CliRunner().invoke(
        main, ["eval-sentences", str(gold), "--events", str(events), "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["set"] == "petr2"
    assert (payload["exact"], payload["f1_full"], payload["f1_root"]) == (1.0, 1.0, 1.0)
    assert payload["events"] == "non-negated"


def test_eval_sentences_plover_with_errors(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "plover.jsonl", [
        {"id": "p1", "date": "2000-01-01", "text": "Japan demanded talks.", "noevents": False,
         "events": [{"source": ["JAPGOV"], "target": ["CHN"], "code": "DEMAND"}]},
        {"id": "p2", "date": "2000-01-01", "text": "Iraq fought Iran.", "noevents": False,
         "events": [{"source": ["IRQMIL"], "target": ["IRN"], "code": "FIGHT"}]},
    ])  # fmt: skip
    events = write_jsonl(tmp_path / "ev.jsonl", [event("p1", "JPN", "CHN", "106")])
    result = CliRunner().invoke(
        main, ["eval-sentences", str(gold), "--events", str(events), "--json", "--errors"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["set"] == "plover"
    assert payload["type_accuracy"] == pytest.approx(0.5)
    assert payload["actor_accuracy"] == pytest.approx(1.0)
    assert [r["id"] for r in payload["per_record"] if not r["type_right"]] == ["p2"]


# --------------------------------------------------------------------------- the gate


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, timeout=120
    )


FIGURES = {
    "articles": {"precision": 0.6, "recall": 0.5, "f1": 0.545, "status_accuracy": 0.8,
                 "date_accuracy": 0.7, "modality_fp": 3},
    "petr2": {"exact": 0.4, "f1_full": 0.5, "f1_root": 0.6, "records": 78,
              "events": "non-negated", "domestic_gold": 9},
    "plover": {"type_accuracy": 0.3, "actor_accuracy": 0.7, "coverage": 0.5},
}  # fmt: skip


@pytest.fixture
def eval_dir(tmp_path: Path) -> Path:
    root = tmp_path / "eval"
    write_jsonl(root / "dev" / "d.gold.jsonl", [{"doc": "a", "events": []}])
    write_jsonl(root / "petrarch2" / "petr2_gsr.jsonl", [])
    write_jsonl(root / "plover" / "plover_gsr.jsonl", [])
    return root


def gate_files(tmp_path: Path, floors: dict[str, Any]) -> tuple[Path, Path]:
    figures = tmp_path / "figures.json"
    figures.write_text(json.dumps(FIGURES), encoding="utf-8")
    floors_path = tmp_path / "floors.yaml"
    floors_path.write_text(yaml.safe_dump(floors), encoding="utf-8")
    return figures, floors_path


GATE_CASES = [
    pytest.param({"articles": {"f1": 0.5}, "petr2": {"f1_root": 0.6}}, 0, "PASS", id="at or above"),
    pytest.param({"articles": {"f1": 0.6}}, 1, "articles.f1", id="f1 below its floor"),
    pytest.param({"plover": {"type_accuracy": 0.31}}, 1, "BELOW FLOOR", id="plover below"),
    pytest.param({"petr2": {"no_such_figure": 0.1}}, 1, "missing", id="a floor without a figure"),
]  # fmt: skip


@pytest.mark.parametrize(("floors", "code", "says"), GATE_CASES)
def test_gate_compares_figures_with_floors(
    tmp_path: Path, eval_dir: Path, floors, code, says
) -> None:
    figures, floors_path = gate_files(tmp_path, floors)
    done = run(GATE, str(eval_dir), "--floors", str(floors_path), "--figures", str(figures))
    assert done.returncode == code, done.stdout + done.stderr
    assert says in done.stdout


def test_gate_prints_each_figure_beside_its_floor(tmp_path: Path, eval_dir: Path) -> None:
    figures, floors_path = gate_files(tmp_path, {"articles": {"recall": 0.25, "precision": 0.7}})
    done = run(GATE, str(eval_dir), "--floors", str(floors_path), "--figures", str(figures))
    lines = {line.split()[0]: line for line in done.stdout.splitlines() if line.startswith("  ")}
    assert "0.5000" in lines["articles.recall"] and "floor 0.2500" in lines["articles.recall"]
    assert "BELOW FLOOR" in lines["articles.precision"]
    assert done.returncode == 1


def test_gate_skips_with_a_notice_when_the_eval_dir_is_absent(tmp_path: Path) -> None:
    done = run(GATE, str(tmp_path / "no-such-eval"))
    assert done.returncode == 0
    assert "NOTICE" in done.stdout and "skipped" in done.stdout


def test_gate_refuses_an_unreadable_floors_file(tmp_path: Path, eval_dir: Path) -> None:
    figures, floors_path = gate_files(tmp_path, {})
    floors_path.write_text("articles: {f1: high}\n", encoding="utf-8")
    done = run(GATE, str(eval_dir), "--floors", str(floors_path), "--figures", str(figures))
    assert done.returncode == 2
    assert str(floors_path) in done.stderr


def test_repo_floors_name_only_figures_the_gate_measures() -> None:
    measured = {
        "articles": set(ARTICLE_FIGURES),
        "train": set(ARTICLE_FIGURES),
        "petr2": set(PetrCounts().figures()) | {f"states_{k}" for k in PetrCounts().figures()},
        "plover": set(PloverCounts().figures()),
        # the project's own review sets (bench/review), scored as the articles are
        **{f"review_{d.name}": set(ARTICLE_FIGURES) for d in (ROOT / "bench" / "review").glob("set*") if d.is_dir()},
    }
    floors = load_floors(ROOT / "accuracy_floors.yaml")
    assert set(floors) == set(measured)
    for group, values in floors.items():
        assert set(values) <= measured[group], group
        assert all(0.0 <= v <= 1.0 for v in values.values())


def test_benchmark_page_sets_figures_beside_the_anchors(tmp_path: Path) -> None:
    figures, _ = gate_files(tmp_path, {})
    out = tmp_path / "bench" / "accuracy.md"
    done = run(REPORT, str(tmp_path), "--figures", str(figures), "--out", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "| F1, full CAMEO code | 0.500 | 0.816 |" in page
    assert "| F1, root code | 0.600 | 0.896 |" in page
    assert "come from raw text" in page
    assert "| reportable F1 | 0.545 |" in page
    assert "| event-type accuracy | 0.300 |" in page


# --------------------------------------------------------------------------- with the real coder
# These check the harness around the coder (coding, failures, figures), not the coder's
# accuracy: they assert what is scored, never how well.

SENTENCE = "Venezuela opened its first embassy in Pyongyang on Wednesday."


@pytest.fixture
def real_eval_dir(tmp_path: Path) -> Path:
    root = tmp_path / "eval"
    write_jsonl(root / "dev" / "articles.jsonl", [
        {"id": "a1", "title": "Venezuela opens embassy", "text": SENTENCE, "date": "2019-08-21",
         "url": None, "source": "test", "licence": "CC0"},
        {"id": "empty", "title": "", "text": "   ", "date": None},
    ])  # fmt: skip
    write_jsonl(root / "dev" / "d.gold.jsonl", [
        {"doc": "a1", "date": "2019-08-21", "events": [
            {"source": "VEN", "target": "PRK", "root": ["05"], "status": "asserted",
             "section": "body", "date": "2019-08-21", "evidence": "opened its first embassy"}]},
        {"doc": "empty", "date": None, "events": [
            {"source": "USA", "target": "VEN", "root": ["16"], "status": "asserted",
             "section": "body", "date": None, "evidence": "-"}]},
    ])  # fmt: skip
    # the train folder is laid out like dev (GUIDELINES §7)
    write_jsonl(root / "train" / "articles.jsonl", [
        {"id": "t1", "title": "", "text": SENTENCE, "date": "2019-08-21"},
    ])  # fmt: skip
    write_jsonl(root / "train" / "t.gold.jsonl", [
        {"doc": "t1", "date": "2019-08-21", "events": [
            {"source": "VEN", "target": "PRK", "root": ["05"], "status": "asserted",
             "section": "body", "date": "2019-08-21", "evidence": "opened"},
            {"source": "USA", "target": "VEN", "root": ["16"], "status": "asserted",
             "section": "body", "date": None, "evidence": "-"}]},
    ])  # fmt: skip
    write_jsonl(root / "petrarch2" / "petr2_gsr.jsonl", [
        {"id": "s1", "date": "20190821", "text": SENTENCE,
         "events": [{"source": "VENGOV", "target": "PRK", "code": "054"}], "noevents": False},
    ])  # fmt: skip
    write_jsonl(root / "plover" / "plover_gsr.jsonl", [
        {"id": "p1", "date": "2000-01-01", "text": SENTENCE, "noevents": False,
         "events": [{"source": ["VEN"], "target": ["PRK"], "code": "SUPPORT"}]},
        {"id": "p2", "date": "2000-01-01", "text": "", "noevents": False,
         "events": [{"source": ["USA"], "target": ["IRN"], "code": "DEMAND"}]},
    ])  # fmt: skip
    return root


def test_eval_codes_the_articles_beside_the_gold(real_eval_dir: Path) -> None:
    gold = real_eval_dir / "dev" / "d.gold.jsonl"
    result = CliRunner().invoke(main, ["eval", str(gold), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["articles"] == 2 and payload["gold_required"] == 2
    # the empty article is recorded as failed, scored with no events, and the batch goes on
    assert list(payload["failed"]) == ["empty"]
    assert ["USA", "VEN", "16"] in [e["triple"] for e in payload["errors"] if e["kind"] == "fn"]


def test_eval_sentences_codes_each_record(real_eval_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval-sentences", str(real_eval_dir / "plover" / "plover_gsr.jsonl"), "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert (payload["records"], payload["gold_events"]) == (2, 2)
    assert list(payload["failed"]) == ["p2"]


def test_gate_measures_every_floored_figure_with_the_coder(
    real_eval_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "figures.json"
    done = run(GATE, str(real_eval_dir), "--floors", str(ROOT / "accuracy_floors.yaml"),
               "--write-figures", str(out))  # fmt: skip
    figures = json.loads(out.read_text(encoding="utf-8"))
    floors = load_floors(ROOT / "accuracy_floors.yaml")
    for group, values in floors.items():
        for name in values:
            assert isinstance(figures[group][name], float | int), f"{group}.{name}"
            assert f"{group}.{name}" in done.stdout
    assert figures["articles"]["failed"] == 1 and figures["plover"]["failed"] == 1
    # the train set is gated as its own group: one of its two required facts is findable
    assert figures["train"]["failed"] == 0 and figures["train"]["recall"] <= 0.5
    # the one PETR2 record's gold actors are a state and a state organ: the states subset
    assert figures["petr2"]["states_records"] == 1
    assert done.returncode in (0, 1)  # pass or fail on the floors, never an error


def test_an_article_set_folder_without_gold_is_refused(real_eval_dir: Path, tmp_path: Path) -> None:
    from dyadwatch.coder import Coder
    from dyadwatch.errors import InputError
    from dyadwatch.evaluate.gate import collect_figures

    with pytest.raises(InputError, match=str(tmp_path)):
        collect_figures(real_eval_dir, Coder(), article_sets={"review_x": tmp_path})


def test_benchmark_page_orders_review_sets_by_number() -> None:
    from dyadwatch.evaluate.report import render_benchmark

    figures = {f"review_set{i}": {"f1": i / 100} for i in (10, 2, 9, 1)}
    header = next(line for line in render_benchmark(figures, {}).splitlines() if line.startswith("| figure | set"))
    assert header == "| figure | set1 | set2 | set9 | set10 |"
