"""Regressions of the meet19b rules: a meeting or visit told as a noun keeps its parties
when the sentence's verb is another act ("agreed the terms during a visit to ..."), when a
participle says it took place ("the meeting held in Lima between ..."), and when the parser
hangs one named party of "between A and B" on the other."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(found: set[tuple[str, str, str, str]], root: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, t, c, _ in found if c.startswith(root)}


@pytest.mark.parametrize(
    ("sentence", "visitor", "host"),
    [
        ("The French foreign minister signed the contracts during a visit to Hanoi on Monday.", "FRA", "VNM"),
        ("Japan's prime minister praised the reforms during a trip to Jakarta last week.", "JPN", "IDN"),
        ("During a visit to Nairobi on Tuesday, the German president praised Kenya's reforms.", "DEU", "KEN"),
    ],
)
def test_a_visit_told_as_the_occasion_of_another_act_is_a_visit(coder: Coder, sentence: str, visitor: str, host: str) -> None:
    found = quads(code(coder, sentence))
    assert (visitor, host, "042", "asserted") in found


def test_the_act_of_the_verb_does_not_make_the_visit_future(coder: Coder) -> None:
    found = quads(code(coder, "The Canadian defence minister agreed the terms during a visit to Manila on Friday."))
    assert ("CAN", "PHL", "042", "asserted") in found
    assert not any(c == "042" and st == "future" for _, _, c, st in found)


def test_a_visit_still_to_come_stays_to_come(coder: Coder) -> None:
    found = quads(code(coder, "The Canadian defence minister will sign the deal during a visit to Manila next week."))
    assert not any(c == "042" and st == "asserted" for _, _, c, st in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington voiced concern about the meeting held in Havana between the defence minister of Nicaragua and his Cuban counterpart.",
        "The talks held last week in Doha between the foreign minister of Chad and the Sudanese foreign minister ended without a deal.",
    ],
)
def test_a_meeting_a_participle_says_was_held_keeps_its_between_parties(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    pair = {frozenset(("NIC", "CUB")), frozenset(("TCD", "SDN"))}
    assert _pairs(found, "04") & pair


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Border checks were eased after a phone call on Tuesday between Trump and Mexican President Claudia Sheinbaum.", {"USA", "MEX"}),
        ("Officials met last week, following a call between Trump and Colombian President Gustavo Petro, who called it cordial.", {"USA", "COL"}),
        ("The hotline was cut two years after a summit between President Moon Jae-in and North Korean leader Kim Jong Un.", {"KOR", "PRK"}),
    ],
)
def test_a_party_the_parser_hangs_on_the_other_is_still_a_party(coder: Coder, sentence: str, pair: set[str]) -> None:
    found = quads(code(coder, sentence))
    assert frozenset(pair) in _pairs(found, "04")
