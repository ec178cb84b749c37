"""evaluate.sentences: which CAMEO actor codes are state actors (GUIDELINES §1), and the
PETR2-GSR figures on the records whose gold actors all are, on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.evaluate import (
    coded_event_from_dict,
    load_country_codes,
    load_sentence_records,
    score_petr2,
)


@pytest.mark.parametrize(
    ("code", "state"),
    [
        ("USA", True),
        ("RUSGOV", True),
        ("JAPMIL", True),  # an old code of a state, with a state sector
        ("USAGOVLEG", True),
        ("CHNLEG", True),
        ("IRNSPY", True),
        ("IGOUNO", True),  # a GUIDELINES §2 organisation
        ("IGONAT", True),
        ("IGOUNOMIL", True),
        ("IGO", False),  # an organisation not named
        ("IGOWBK", False),  # an organisation GUIDELINES §2 does not code
        ("---", False),
        ("---GOV", False),
        ("BRAOPP", False),
        ("GEOREB", False),
        ("USACVL", False),
        ("USABUS", False),
        ("NGO", False),  # international actors of no state
        ("NGOXXX", False),
        ("MNC", False),
        ("MNCUSA", False),
    ],
)
def test_is_state_actor(code: str, state: bool) -> None:
    assert load_country_codes().is_state_actor(code) is state


def petr(rid: str, triples: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": rid, "category": "TEST", "date": "20150609", "text": f"Sentence {rid}.",
            "events": [{"source": s, "target": t, "code": c} for s, t, c in triples], "noevents": not triples}  # fmt: skip


def event(doc: str, source: str, target: str, cameo: str, order: int = 0):
    record = {"doc": doc, "source": {"country": source}, "target": {"country": target}, "cameo": cameo,
              "root": cameo[:2], "status": "asserted", "section": "body"}  # fmt: skip
    return coded_event_from_dict(record, order)


def test_petr2_figures_on_the_state_records(tmp_path: Path) -> None:
    rows = [
        petr("s1", [("USAGOV", "CHN", "042")]),  # states: coded right
        petr("s2", [("JAPMIL", "IGOUNO", "112"), ("RUS", "UKR", "190")]),  # states: one of two coded, one root right
        petr("n1", []),  # no gold event: not a state record
        petr("n2", [("BRAOPP", "BRAGOV", "111")]),  # domestic, and an opposition
        petr("n3", [("USA", "USACVL", "070")]),  # domestic
        petr("n4", [("---REB", "SYR", "190")]),  # an unknown actor
        petr("n5", [("USAGOV", "IRN", "111"), ("IRNCVL", "USA", "140")]),  # one actor is no state's
        petr("n6", [("RUSGOV", "RUSMIL", "190")]),  # state organs, one state: domestic
    ]
    path = tmp_path / "petr.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    records = load_sentence_records(path)
    events = [
        event("s1", "USA", "CHN", "042"),
        event("s2", "JPN", "UNO", "111"),  # root 11 right, full code wrong
        event("n1", "FRA", "RWA", "110"),
        event("n5", "USA", "IRN", "111"),
    ]
    result = score_petr2(records, events)
    s, c = result.states, result.counts
    assert [r["id"] for r in result.records if r["states"]] == ["s1", "s2"]
    assert (s.records, s.exact, s.noevents_records) == (2, 1, 0)
    assert (s.tp_full, s.coded_full, s.gold_full) == (1, 2, 3)
    assert (s.tp_root, s.coded_root, s.gold_root) == (2, 2, 3)
    assert s.figures()["precision_root"] == pytest.approx(1.0)
    assert s.figures()["recall_root"] == pytest.approx(2 / 3)
    # the overall figures still count every record
    assert (c.records, c.coded_full, c.gold_full) == (8, 4, 9)
    out = result.to_dict()
    assert out["states_records"] == 2 and out["states_recall_root"] == pytest.approx(0.6667)
