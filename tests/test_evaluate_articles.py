"""The article-level scorer (GUIDELINES §8), on hand-made gold and event files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.errors import FormatError, InputError
from dyadwatch.evaluate import (
    articles_for_gold,
    date_agrees,
    load_events,
    load_gold,
    score_articles,
)


def gold_event(source: str, target: str, root: str | list[str], **extra: Any) -> dict[str, Any]:
    event = {
        "source": source,
        "target": target,
        "root": [root] if isinstance(root, str) else root,
        "status": "asserted",
        "section": "body",
        "date": None,
        "evidence": f"{source} {target} {root}",
    }
    event.update(extra)
    return event


def coded(source: str, target: str, root: str, doc: str = "a1", **extra: Any) -> dict[str, Any]:
    event = {
        "doc": doc,
        "source": {"country": source, "code": source, "sector": None, "text": source},
        "target": {"country": target, "code": target, "sector": None, "text": target},
        "cameo": root + "0",
        "root": root,
        "status": "asserted",
        "section": "body",
        "date": None,
        "sentence": f"{source} did {root} to {target}.",
        "rule": f"rule-{root}",
    }
    event.update(extra)
    return event


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def score(tmp_path: Path, gold: dict[str, list[dict[str, Any]]], events: list[dict[str, Any]]):
    gold_path = write_jsonl(
        tmp_path / "t.gold.jsonl",
        [{"doc": doc, "date": None, "events": evs} for doc, evs in gold.items()],
    )
    events_path = write_jsonl(tmp_path / "events.jsonl", events)
    return score_articles(load_gold([gold_path]), load_events(events_path))


def tally(result) -> tuple[int, int, int, int, int]:
    c = result.counts
    return (c.tp, c.fp, c.fn, c.modality_fp, c.borderline)


# One table per §8 matching rule: gold events, coder events, (tp, fp, fn, modality fp, borderline)
MATCHING_CASES = [
    pytest.param(
        [gold_event("VEN", "PRK", "04", symmetric=True)],
        [coded("PRK", "VEN", "04")],
        (1, 0, 0, 0, 0),
        id="symmetric gold matches the reversed direction",
    ),
    pytest.param(
        [gold_event("VEN", "USA", "11")],
        [coded("USA", "VEN", "11")],
        (0, 1, 1, 0, 0),
        id="directed gold does not match the reversed direction",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", "04", symmetric=True)],
        [coded("VEN", "PRK", "04"), coded("PRK", "VEN", "04")],
        (1, 1, 0, 0, 0),
        id="each gold event is matched once, even by both directions",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", ["05", "04"])],
        [coded("VEN", "PRK", "04")],
        (1, 0, 0, 0, 0),
        id="any root in the gold root list matches",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", "05")],
        [coded("VEN", "PRK", "05"), coded("VEN", "PRK", "05", sentence="again")],
        (1, 0, 0, 0, 0),
        id="repeated mentions reduce to one triple",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", "06", required=False)],
        [coded("VEN", "PRK", "06")],
        (0, 0, 0, 0, 1),
        id="borderline gold found is neither counted nor penalised",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", "06", required=False)],
        [],
        (0, 0, 0, 0, 0),
        id="borderline gold missed is not a false negative",
    ),
    pytest.param(
        [gold_event("PRK", "VEN", "07", status="hypothetical")],
        [coded("PRK", "VEN", "07")],
        (0, 1, 0, 1, 0),
        id="hypothetical gold reported as fact is a modality false positive",
    ),
    pytest.param(
        [gold_event("PRK", "VEN", "07", status="hypothetical")],
        [coded("PRK", "VEN", "07", status="hypothetical")],
        (0, 0, 0, 0, 0),
        id="hypothetical gold coded as hypothetical is not reported",
    ),
    pytest.param(
        [gold_event("USA", "VEN", "11", section="commentary")],
        [coded("USA", "VEN", "11")],
        (0, 1, 0, 1, 0),
        id="commentary gold reported from the body is a modality false positive",
    ),
    pytest.param(
        [gold_event("USA", "VEN", "11")],
        [coded("USA", "VEN", "11", section="commentary")],
        (0, 0, 1, 0, 0),
        id="coder events in commentary are never reportable",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", "04", required=False), gold_event("VEN", "PRK", "04")],
        [coded("VEN", "PRK", "04")],
        (1, 0, 0, 0, 0),
        id="a triple matching a required and a borderline event takes the required one",
    ),
    pytest.param(
        [
            gold_event("VEN", "PRK", "13", status="future"),
            gold_event("VEN", "PRK", "13", required=False),
        ],
        [coded("VEN", "PRK", "13")],
        (0, 0, 0, 0, 1),
        id="a triple matching a borderline and a non-reportable event takes the borderline one",
    ),
    pytest.param(
        [gold_event("VEN", "PRK", ["04", "05"]), gold_event("VEN", "PRK", "04", required=False)],
        [coded("VEN", "PRK", "04"), coded("VEN", "PRK", "05")],
        (1, 0, 0, 0, 1),
        id="regression: greedy matching gave the required event to the first triple",
    ),
]


@pytest.mark.parametrize(("gold", "events", "expected"), MATCHING_CASES)
def test_matching_rules(tmp_path: Path, gold, events, expected) -> None:
    assert tally(score(tmp_path, {"a1": gold}, events)) == expected


def test_precision_ignores_triples_that_match_only_borderline_gold(tmp_path: Path) -> None:
    gold = [gold_event("VEN", "PRK", "05"), gold_event("VEN", "RUS", "04", required=False)]
    events = [coded("VEN", "PRK", "05"), coded("VEN", "RUS", "04"), coded("VEN", "CHN", "11")]
    result = score(tmp_path, {"a1": gold}, events)
    assert result.counts.triples == 3
    assert result.counts.precision == pytest.approx(1 / 2)  # VEN-CHN is the one FP
    assert result.counts.recall == pytest.approx(1.0)


def test_scores_are_micro_averaged_over_articles(tmp_path: Path) -> None:
    gold = {
        "a1": [gold_event("VEN", "PRK", "05")],
        "a2": [gold_event("USA", "IRN", "16"), gold_event("IRN", "SYR", "07"),
               gold_event("RUS", "SYR", "07"), gold_event("USA", "SYR", "11")],
    }  # fmt: skip
    events = [
        coded("VEN", "PRK", "05", doc="a1"),
        coded("USA", "IRN", "16", doc="a2"),
        coded("USA", "RUS", "11", doc="a2"),
        coded("SYR", "USA", "11", doc="a2"),
    ]
    c = score(tmp_path, gold, events).counts
    # micro: 2 of 4 triples right, 2 of 5 gold found (macro would give P = (1 + 1/3) / 2)
    assert (c.tp, c.fp, c.fn) == (2, 2, 3)
    assert c.precision == pytest.approx(2 / 4)
    assert c.recall == pytest.approx(2 / 5)
    assert c.f1 == pytest.approx(2 * 0.5 * 0.4 / 0.9)


@pytest.mark.parametrize(
    ("gold_date", "coder_date", "agrees"),
    [
        ("2018-12", "2018-12", True),
        ("2018-12", "2018-12-05", True),
        ("2018-12", "2018", False),
        ("2018-12", "2019-12-05", False),
        ("2018-12", None, False),
        ("2018-12-05", "2018-12-05", True),
        ("2018-12-05", "2018-12-06", False),
        ("2018-12-05", "2018-12", False),
        ("2014", "2014-03-01", True),
        ("2014", "2014", True),
        ("2014", "2015", False),
    ],
)
def test_date_agrees_to_the_gold_precision(gold_date, coder_date, agrees) -> None:
    assert date_agrees(gold_date, coder_date) is agrees


DATE_CASES = [
    pytest.param("2018-12", [None, "2018-12-05"], (1, 1), id="month gold accepts a day in it"),
    pytest.param("2018-12", ["2018"], (0, 1), id="month gold rejects a year-only date"),
    pytest.param(None, ["2018-12-05"], (0, 0), id="gold without a date is not scored"),
    pytest.param(
        "2019-08-21",
        ["2019", "2019-08-21", "2019-08"],
        (1, 1),
        id="the most precise of a triple's dates speaks for it",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("gold_date", "coder_dates", "expected"), DATE_CASES)
def test_date_accuracy(tmp_path: Path, gold_date, coder_dates, expected) -> None:
    gold = [gold_event("VEN", "PRK", "05", date=gold_date)]
    events = [coded("VEN", "PRK", "05", date=d) for d in coder_dates]
    c = score(tmp_path, {"a1": gold}, events).counts
    assert (c.date_right, c.date_total) == expected


@pytest.mark.parametrize("second_required", [True, False], ids=["both required", "one borderline"])
def test_date_accuracy_pairs_each_triple_with_the_gold_event_of_its_date(tmp_path: Path, second_required: bool) -> None:
    # two symmetric gold visits between the same pair; each direction coded once, each
    # dated rightly: a matching that crosses them would count two wrong dates
    gold = [
        gold_event("VEN", "SYR", "04", symmetric=True, date="2006-08"),
        gold_event("SYR", "VEN", "04", symmetric=True, date="2010-07", required=second_required),
    ]
    events = [coded("VEN", "SYR", "04", date="2006-08-30"), coded("SYR", "VEN", "04", date="2010-07-12")]
    c = score(tmp_path, {"a1": gold}, events).counts
    assert (c.date_right, c.date_total) == (2, 2)
    assert (c.tp, c.fp, c.fn, c.borderline) == ((2, 0, 0, 0) if second_required else (1, 0, 0, 1))


def test_date_accuracy_prefers_an_unmatched_gold_event_of_the_same_kind(tmp_path: Path) -> None:
    gold = [
        gold_event("VEN", "SYR", "04", symmetric=True, date="2009-09", required=False),
        gold_event("VEN", "SYR", "04", symmetric=True, date="2010-10", required=False),
    ]
    c = score(tmp_path, {"a1": gold}, [coded("VEN", "SYR", "04", date="2010-10-02")]).counts
    assert (c.date_right, c.date_total, c.borderline) == (1, 1, 1)


STATUS_CASES = [
    pytest.param({"section": "commentary"}, {"section": "body"}, (0, 1), id="commentary gold placed in body"),
    pytest.param({"section": "commentary"}, {"section": "commentary"}, (1, 1), id="commentary gold in commentary"),
    pytest.param({"section": "headline"}, {"section": "body"}, (1, 1), id="headline and body are both outside commentary"),
    pytest.param({"status": "hypothetical"}, {"status": "asserted"}, (0, 1), id="hypothetical coded as fact"),
    pytest.param({"status": "hypothetical"}, {"status": "hypothetical"}, (1, 1), id="hypothetical coded as hypothetical"),
    pytest.param({"status": "future"}, {"status": "speculated"}, (0, 1), id="wrong non-reportable status"),
    pytest.param({"status": "asserted", "required": False}, {"status": "claimed"}, (0, 1), id="borderline gold events count too"),
]  # fmt: skip


@pytest.mark.parametrize(("gold_fields", "coder_fields", "expected"), STATUS_CASES)
def test_status_accuracy(tmp_path: Path, gold_fields, coder_fields, expected) -> None:
    gold = [gold_event("USA", "VEN", "11", **gold_fields), gold_event("USA", "CUB", "16")]
    c = score(tmp_path, {"a1": gold}, [coded("USA", "VEN", "11", **coder_fields)]).counts
    assert (c.status_right, c.status_found) == expected


def test_status_accuracy_pairs_each_reading_with_the_gold_event_it_agrees_with(
    tmp_path: Path,
) -> None:
    # the same triple twice in gold: once as fact in the body, once hypothetical in commentary
    gold = [
        gold_event("PRK", "VEN", "07"),
        gold_event("PRK", "VEN", "07", status="hypothetical", section="commentary"),
    ]
    events = [
        coded("PRK", "VEN", "07", status="hypothetical", section="commentary"),
        coded("PRK", "VEN", "07"),
    ]
    c = score(tmp_path, {"a1": gold}, events).counts
    assert (c.status_right, c.status_found) == (2, 2)
    assert (c.tp, c.fp, c.modality_fp) == (1, 0, 0)


def test_errors_carry_sentence_rule_and_gold_evidence(tmp_path: Path) -> None:
    gold = [
        gold_event("VEN", "PRK", "05", evidence="Venezuela opened its first embassy"),
        gold_event("PRK", "VEN", "07", status="hypothetical", evidence="could benefit"),
    ]
    events = [
        coded("VEN", "PRK", "04", sentence="Maduro met Kim.", rule="meet.v"),
        coded("PRK", "VEN", "07", sentence="Fuel could flow.", rule="aid.n"),
    ]
    errors = {e.kind: e for e in score(tmp_path, {"a1": gold}, events).errors}
    assert set(errors) == {"fp", "fn", "modality_fp"}
    assert (errors["fp"].sentence, errors["fp"].rule) == ("Maduro met Kim.", "meet.v")
    assert errors["fp"].gold is None
    assert errors["modality_fp"].gold is not None
    assert errors["modality_fp"].gold.evidence == "could benefit"
    assert errors["fn"].gold is not None
    assert errors["fn"].gold.evidence == "Venezuela opened its first embassy"
    assert [n["triple"] for n in errors["fn"].near] == [["VEN", "PRK", "04"], ["PRK", "VEN", "07"]]


def test_per_root_breakdown_counts_each_root(tmp_path: Path) -> None:
    gold = [gold_event("VEN", "PRK", "05"), gold_event("USA", "VEN", ["16", "17"])]
    events = [coded("VEN", "PRK", "05"), coded("USA", "VEN", "11")]
    per_root = score(tmp_path, {"a1": gold}, events).per_root
    assert (per_root["05"].tp, per_root["05"].fp, per_root["05"].fn) == (1, 0, 0)
    assert (per_root["11"].tp, per_root["11"].fp) == (0, 1)
    assert per_root["16"].fn == 1  # a miss is filed under the gold's best root


def test_events_for_docs_without_gold_are_reported_not_scored(tmp_path: Path) -> None:
    result = score(tmp_path, {"a1": [gold_event("VEN", "PRK", "05")]},
                   [coded("VEN", "PRK", "05"), coded("USA", "CHN", "11", doc="other")])  # fmt: skip
    assert result.unknown_docs == ["other"]
    assert result.counts.fp == 0


BAD_GOLD = [
    pytest.param("{not json", "invalid JSON", id="invalid JSON"),
    pytest.param('{"doc": "a1"}', "'events' list", id="no events list"),
    pytest.param('{"doc": "a1", "events": [{"source": "VEN"}]}', "field", id="event lacks fields"),
    pytest.param(json.dumps({"doc": "a1", "events": [gold_event("A", "B", "05", status="rumoured")]}),
                 "unknown status", id="unknown status"),
    pytest.param(json.dumps({"doc": "a1", "events": [gold_event("A", "B", "05", date="Dec 2018")]}),
                 "bad date", id="bad date"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "message"), BAD_GOLD)
def test_bad_gold_names_the_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.gold.jsonl"
    path.write_text('{"doc": "ok", "events": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load_gold([path])
    assert str(path) in str(info.value) and "line 2" in str(info.value)
    assert message in str(info.value)


def test_a_doc_with_gold_in_two_files_is_refused(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.gold.jsonl", [{"doc": "x", "events": []}])
    b = write_jsonl(tmp_path / "b.gold.jsonl", [{"doc": "x", "events": []}])
    with pytest.raises(FormatError, match="already has gold"):
        load_gold([a, b])


@pytest.mark.parametrize(
    ("record", "message"),
    [
        pytest.param({"doc": "a1", "status": "asserted", "root": "05"}, "field", id="no actors"),
        pytest.param(
            {**coded("A", "B", "05"), "status": "maybe"}, "unknown status", id="bad status"
        ),
        pytest.param(
            {**coded("A", "B", "05"), "root": None, "cameo": None}, "neither", id="no code"
        ),
    ],
)
def test_bad_event_records_name_the_file_and_line(tmp_path: Path, record, message) -> None:
    path = write_jsonl(tmp_path / "events.jsonl", [coded("A", "B", "04"), record])
    with pytest.raises(FormatError) as info:
        load_events(path)
    assert f"{path}, line 2" in str(info.value) and message in str(info.value)


def test_missing_events_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_events(tmp_path / "absent.jsonl")


def test_articles_are_read_from_beside_the_gold_files(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "x.gold.jsonl", [{"doc": "b", "events": []}])
    write_jsonl(
        tmp_path / "articles.jsonl",
        [
            {"id": "a", "title": "A", "text": "Text a.", "date": None},
            {"id": "b", "title": "Venezuela opens embassy", "text": "Body.", "date": "2019-08-21",
             "url": "https://example.org/b", "source": "outlet", "licence": "CC BY"},
        ],
    )  # fmt: skip
    [article] = articles_for_gold([gold], ["b"])
    assert (article.id, article.title, article.text) == ("b", "Venezuela opens embassy", "Body.")
    assert article.date is not None and article.date.isoformat() == "2019-08-21"
    assert (article.url, article.source, article.licence) == (
        "https://example.org/b",
        "outlet",
        "CC BY",
    )
    with pytest.raises(InputError, match="missing from articles.jsonl: c"):
        articles_for_gold([gold], ["b", "c"])
