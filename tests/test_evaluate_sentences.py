"""Sentence-level scoring (PETR2-GSR and PLOVER-GSR shapes) on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pycountry
import pytest

from dyadwatch.codebook import PLOVER_TYPES
from dyadwatch.errors import FormatError
from dyadwatch.evaluate import (
    CountPolicy,
    coded_event_from_dict,
    detect_format,
    load_country_codes,
    load_plover_names,
    load_sentence_records,
    plover_2,
    score_petr2,
    score_plover,
)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def event(doc: str, source: str, target: str, cameo: str, order: int = 0, **extra: Any):
    record = {
        "doc": doc,
        "source": {"country": source},
        "target": {"country": target},
        "cameo": cameo,
        "root": cameo[:2],
        "status": "asserted",
        "section": "body",
    }
    record.update(extra)
    return coded_event_from_dict(record, order)


def petr(rid: str, triples: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "id": rid,
        "category": "TEST",
        "date": "20150609",
        "text": f"Sentence {rid}.",
        "events": [{"source": s, "target": t, "code": c} for s, t, c in triples],
        "noevents": not triples,
    }


def plover(rid: str, code: str, source: list[str], target: list[str]) -> dict[str, Any]:
    return {
        "id": rid,
        "category": code,
        "date": "2000-01-01",
        "text": f"Sentence {rid}.",
        "events": [{"source": source, "target": target, "code": code, "mode": None}],
        "noevents": False,
    }


# --------------------------------------------------------------------------- data tables


@pytest.mark.parametrize(
    ("actor_code", "country"),
    [
        ("USAGOV", "USA"),
        ("JAPGOV", "JPN"),
        ("JAP", "JPN"),
        ("ROMMIL", "ROU"),
        ("IGOUNOMIL", "UNO"),
        ("IGOEUREEC", "EUR"),
        ("IGO", "IGO"),
        ("---REB", None),
        ("---", None),
        ("PSEGZA", "PSE"),
    ],
)
def test_cameo_actor_codes_reduce_to_country_level(actor_code: str, country: str | None) -> None:
    assert load_country_codes().country(actor_code) == country


@pytest.mark.parametrize(
    ("gold", "coder", "matches"),
    [
        (None, "VEN", True),  # "---": any actor
        ("IGO", "UNO", True),  # an unnamed IGO: any IGO
        ("IGO", "USA", False),
        ("JPN", "JPN", True),
        ("JPN", "CHN", False),
    ],
)
def test_country_matching(gold: str | None, coder: str, matches: bool) -> None:
    assert load_country_codes().matches(gold, coder) is matches


def test_country_table_maps_only_non_iso_codes_to_iso_codes() -> None:
    table = load_country_codes()
    for old, new in table.to_iso.items():
        # a key that is a current ISO code would silently re-map a real country
        assert pycountry.countries.get(alpha_3=old) is None, old
        assert new == "XKX" or pycountry.countries.get(alpha_3=new) is not None, new


@pytest.mark.parametrize(
    ("name", "expected"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"),
     ("FIGHT", "ASSAULT"), ("AGREE", "AGREE"), ("assault", "ASSAULT")],
)  # fmt: skip
def test_early_plover_names_map_to_plover_2(name: str, expected: str) -> None:
    assert plover_2(name) == expected


def test_plover_renamings_all_land_on_plover_2_types() -> None:
    assert set(load_plover_names().values()) <= PLOVER_TYPES


# --------------------------------------------------------------------------- PETR2-GSR


def test_petr2_exact_records_and_micro_scores(tmp_path: Path) -> None:
    records = load_sentence_records(
        write_jsonl(
            tmp_path / "petr.jsonl",
            [
                petr("r1", [("USAGOV", "CHN", "042")]),
                petr("r2", []),  # no event expected, none coded
                petr("r3", []),  # no event expected, one coded
                petr("r4", [("---REB", "SYR", "190")]),  # unknown source country
                petr("r5", [("JAPGOV", "USA", "0352"), ("USA", "JAP", "0352")]),
            ],
        )
    )
    events = [
        event("r1", "USA", "CHN", "042"),
        event("r3", "FRA", "RWA", "110"),
        event("r4", "IRQ", "SYR", "190"),
        event("r5", "JPN", "USA", "035"),  # right root, coarser code
    ]
    result = score_petr2(records, events)
    c = result.counts
    assert (c.records, c.exact, c.noevents_records, c.noevents_exact) == (5, 3, 2, 1)
    assert {r["id"] for r in result.records if r["exact"]} == {"r1", "r2", "r4"}
    assert (c.tp_full, c.coded_full, c.gold_full) == (2, 4, 4)
    assert (c.tp_root, c.coded_root, c.gold_root) == (3, 4, 4)
    figures = c.figures()
    assert figures["f1_full"] == pytest.approx(0.5)
    assert figures["precision_root"] == pytest.approx(0.75)
    assert figures["recall_root"] == pytest.approx(0.75)


def test_petr2_duplicate_triples_count_once(tmp_path: Path) -> None:
    # PSECVL and PSEGZACVL are one country: the gold set holds one triple
    records = load_sentence_records(
        write_jsonl(
            tmp_path / "p.jsonl",
            [petr("r", [("ISR", "PSECVL", "190"), ("ISR", "PSEGZACVL", "190")])],
        )
    )
    events = [event("r", "ISR", "PSE", "190"), event("r", "ISR", "PSE", "190", order=1)]
    c = score_petr2(records, events).counts
    assert (c.exact, c.tp_full, c.coded_full, c.gold_full) == (1, 1, 1, 1)


def test_petr2_counts_domestic_gold_triples(tmp_path: Path) -> None:
    records = load_sentence_records(
        write_jsonl(
            tmp_path / "p.jsonl", [petr("r", [("GEOOPP", "GEOGOV", "194"), ("USA", "RUS", "190")])]
        )
    )
    assert score_petr2(records, []).counts.domestic_gold == 1


POLICY_CASES = [
    pytest.param(CountPolicy.NON_NEGATED, {"status": "hypothetical"}, 1, id="default counts hypothetical"),
    pytest.param(CountPolicy.NON_NEGATED, {"status": "negated"}, 0, id="default drops negated"),
    pytest.param(CountPolicy.REPORTABLE, {"status": "hypothetical"}, 0, id="reportable drops hypothetical"),
    pytest.param(CountPolicy.REPORTABLE, {"section": "commentary"}, 0, id="reportable drops commentary"),
    pytest.param(CountPolicy.ALL, {"status": "negated"}, 1, id="all counts negated"),
]  # fmt: skip


@pytest.mark.parametrize(("policy", "fields", "tp"), POLICY_CASES)
def test_which_coder_events_count(tmp_path: Path, policy, fields, tp) -> None:
    records = load_sentence_records(
        write_jsonl(tmp_path / "p.jsonl", [petr("r", [("USA", "RUS", "190")])])
    )
    c = score_petr2(records, [event("r", "USA", "RUS", "190", **fields)], policy=policy).counts
    assert c.tp_full == tp


# --------------------------------------------------------------------------- PLOVER-GSR


PLOVER_CASES = [
    pytest.param(plover("p", "DEMAND", ["USAGOV"], ["IRN"]), [("USA", "IRN", "100", None)],
                 (1, 2, 2), id="early name DEMAND is REQUEST, from the codebook"),
    pytest.param(plover("p", "AGREE", ["JOR", "GBR"], []), [("JOR", "GBR", "057", "AGREE")],
                 (1, 2, 2), id="compound actor: both sides among the sources"),
    pytest.param(plover("p", "AGREE", ["JOR", "GBR"], []), [("JOR", "USA", "057", "AGREE")],
                 (1, 1, 2), id="compound actor with a wrong second side"),
    pytest.param(plover("p", "ASSAULT", [], ["IRQCVL"]), [("SYR", "IRQ", "190", None)],
                 (1, 1, 1), id="only the named role is scored"),
    pytest.param(plover("p", "FIGHT", ["JAPMIL"], ["---"]), [("JPN", "CHN", "190", None)],
                 (1, 2, 2), id="JAP is Japan and --- matches anyone"),
    pytest.param(plover("p", "THREATEN", ["USA"], ["IRQ"]), [("USA", "IRQ", "112", None)],
                 (0, 0, 0), id="wrong type: no actors scored"),
    pytest.param(plover("p", "THREATEN", ["USA"], ["IRQ"]),
                 [("IRQ", "USA", "138", None), ("USA", "IRQ", "138", None)],
                 (1, 2, 2), id="the best-scoring event of the right type speaks"),
    pytest.param(plover("p", "REJECT", ["USA"], ["IRQ"]), [],
                 (0, 0, 0), id="no event"),
]  # fmt: skip


@pytest.mark.parametrize(("record", "coded", "expected"), PLOVER_CASES)
def test_plover_type_and_actor_accuracy(tmp_path: Path, record, coded, expected) -> None:
    records = load_sentence_records(write_jsonl(tmp_path / "p.jsonl", [record]))
    events = [
        event("p", s, t, cameo, order=i, plover=pl) for i, (s, t, cameo, pl) in enumerate(coded)
    ]
    c = score_plover(records, events).counts
    assert (c.type_right, c.actor_right, c.actor_roles) == expected


def test_plover_per_type_tally(tmp_path: Path) -> None:
    records = load_sentence_records(
        write_jsonl(
            tmp_path / "p.jsonl",
            [
                plover("a", "DISAPPROVE", ["USA"], ["IRN"]),
                plover("b", "INVESTIGATE", ["UNO"], ["IRN"]),
                plover("c", "AID", ["USA"], ["HTI"]),
            ],
        )  # fmt: skip
    )
    result = score_plover(
        records, [event("a", "USA", "IRN", "111"), event("c", "USA", "HTI", "120")]
    )
    assert result.per_type == {"ACCUSE": {"gold": 2, "right": 1}, "AID": {"gold": 1, "right": 0}}
    assert result.counts.figures()["type_accuracy"] == pytest.approx(1 / 3)
    assert result.counts.figures()["coverage"] == pytest.approx(2 / 3)


# --------------------------------------------------------------------------- input


def test_format_is_told_apart_by_actor_shape(tmp_path: Path) -> None:
    petr_records = load_sentence_records(
        write_jsonl(tmp_path / "a.jsonl", [petr("a", []), petr("b", [("USA", "RUS", "190")])])
    )
    plover_records = load_sentence_records(
        write_jsonl(tmp_path / "b.jsonl", [plover("c", "AID", ["USA"], [])])
    )
    assert (detect_format(petr_records), detect_format(plover_records)) == ("petr2", "plover")
    with pytest.raises(FormatError, match="cannot tell"):
        detect_format(petr_records[:1])


def test_sentence_record_dates_become_article_dates(tmp_path: Path) -> None:
    rows = [petr("a", []), {**petr("b", []), "date": "121108"}, plover("c", "AID", ["USA"], [])]
    records = load_sentence_records(write_jsonl(tmp_path / "a.jsonl", rows))
    dates = [r.article().date for r in records]
    assert [d.isoformat() if d else None for d in dates] == ["2015-06-09", None, "2000-01-01"]
    assert records[0].article().id == "a" and records[0].article().title == ""


@pytest.mark.parametrize(
    "line",
    [pytest.param("{oops", id="invalid JSON"), pytest.param('{"id": "x"}', id="no text"),
     pytest.param('{"id": "x", "text": "t", "events": [{"source": "USA"}]}', id="event without code")],
)  # fmt: skip
def test_bad_sentence_records_name_the_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(petr("ok", [])) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load_sentence_records(path)
    assert f"{path}, line 2" in str(info.value)
