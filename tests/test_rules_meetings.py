"""Regressions of the actors18 rules on meetings, visits and hosting: the counterparts of a
meeting given by a counted group ("the five Central Asian states", "the same four
leaders"), a leader received by name, a hosted or joined meeting that names no parties
(those of the meeting told before), and a repeated "with"-phrase."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads

CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")


def _pairs(found: set[tuple[str, str, str, str]], root: str = "04", status: str = "asserted") -> set[tuple[str, str]]:
    return {(s, t) for s, t, c, st in found if c.startswith(root) and st == status}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Japan hosted the foreign ministers of the five Central Asian states in Tokyo on Monday.", "JPN"),
        ("India's prime minister met the leaders of five Central Asian nations in New Delhi on Monday.", "IND"),
    ],
)
def test_a_counted_region_names_all_its_states(coder: Coder, text: str, host: str) -> None:
    pairs = _pairs(quads(code(coder, text)))
    assert {(host, c) for c in CENTRAL_ASIA} <= pairs


def test_the_same_counted_leaders_are_the_group_listed_before(coder: Coder) -> None:
    text = ("Brazil's president met Argentine President Javier Milei and the presidents of Chile, Peru and Bolivia "
            "in Brasilia on Monday. In May, Xi Jinping had met the same four leaders in Beijing.")
    pairs = _pairs(quads(code(coder, text)))
    assert {("CHN", c) for c in ("ARG", "CHL", "PER", "BOL")} <= pairs
    assert ("CHN", "BRA") not in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Jordan's King Abdullah received Erdogan in Amman on Monday.", ("JOR", "TUR")),
        ("Egypt's foreign minister greeted Lavrov at the airport.", ("EGY", "RUS")),
    ],
)
def test_a_leader_received_by_name_is_hosted(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(quads(code(coder, text)))


def test_a_thing_received_is_no_visit(coder: Coder) -> None:
    assert not _pairs(quads(code(coder, "Kenya received a letter from Somalia on Monday.")))


@pytest.mark.parametrize(
    "joined",
    [
        "Qatar's emir hosted the talks, and Egyptian President Abdel Fattah al-Sisi joined by phone.",
        "Qatar's emir hosted the talks. Egypt's president joined the talks by video link.",
        "Qatar's emir hosted the talks. Egyptian President Sisi later joined them by telephone.",
    ],
)
def test_a_hosted_meeting_and_a_caller_meet_each_party_of_the_meeting_told(coder: Coder, joined: str) -> None:
    text = f"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Doha on Monday. {joined}"
    pairs = _pairs(quads(code(coder, text)))
    assert {("QAT", "KEN"), ("QAT", "ETH"), ("EGY", "KEN"), ("EGY", "ETH")} <= pairs


def test_a_meeting_told_by_one_party_is_asserted_for_each(coder: Coder) -> None:
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. "
            "Qatar's emir hosted the meeting, the Kenyan government said.")
    pairs = _pairs(quads(code(coder, text)))
    assert {("QAT", "KEN"), ("QAT", "ETH")} <= pairs


def test_a_new_meeting_hosted_is_not_the_one_told(coder: Coder) -> None:
    text = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. Qatar hosted a summit on Friday."
    pairs = _pairs(quads(code(coder, text)))
    assert not {("QAT", "KEN"), ("QAT", "ETH")} & pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Japan's foreign minister held telephone talks with Secretary of State Antony Blinken of the United States "
         "and with Foreign Minister Park Jin of the Republic of Korea.", {("JPN", "USA"), ("JPN", "KOR")}),
        ("Egypt's foreign minister spoke with his Saudi counterpart and with the Qatari emir.", {("EGY", "SAU"), ("EGY", "QAT")}),
    ],
)
def test_a_repeated_with_phrase_names_each_counterpart(coder: Coder, text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _pairs(quads(code(coder, text)))


def test_meeting_a_need_is_no_meeting(coder: Coder) -> None:
    assert not _pairs(quads(code(coder, "Cuba met Venezuela's needs in March.")))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Peru signed a treaty on permanent good-neighbourliness with Chile.", {("PER", "CHL")}),
        ("Peru inked a deal on Monday on maritime borders with Chile.", {("PER", "CHL")}),
        (
            "India hosted the leaders of the five Central Asian states in January. Later Xi Jinping received the same "
            "five leaders in Beijing and signed a treaty on permanent good-neighbourliness with them.",
            {("CHN", c) for c in CENTRAL_ASIA},
        ),
    ],
)
def test_the_partner_of_an_agreement_after_what_it_is_about(coder: Coder, text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _pairs(quads(code(coder, text)), root="05")


def test_a_with_phrase_of_a_topic_without_an_object_is_the_nouns_own(coder: Coder) -> None:
    assert not _pairs(quads(code(coder, "Egypt spoke about its relations with Israel.")))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Russian president reached Hanoi from Pyongyang, where he had been on a state visit since Tuesday.", ("RUS", "PRK")),
        ("Lula thanked Beijing, where he arrived on Sunday.", ("BRA", "CHN")),
        ("Erdogan praised Cairo, where he was on an official visit.", ("TUR", "EGY")),
    ],
)
def test_a_visit_in_a_where_clause_is_to_its_place(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(quads(code(coder, text)))
