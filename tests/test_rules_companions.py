"""Actors who act in company with a clause's subject do its act too (events/tree.py
subject_of, companions; parse_words.yaml joining_verbs, companion_prepositions): "X joined
Y in V-ing" (Y does V as well), "X, along with Y and Z, V", "X together with Y V", "X, like
Y, V" and a fronted "Like Y, X V". A "like" phrase that lists members of a plural noun
("nations like Peru") names no companion."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada joined Australia and other partners in expelling Iranian diplomats.", {("CAN", "IRN", "166"), ("AUS", "IRN", "166")}),
        ("Norway joined Sweden in condemning Belarus.", {("NOR", "BLR", "111"), ("SWE", "BLR", "111")}),
        ("Cuba, along with Nicaragua and Bolivia, condemned Israel.", {("CUB", "ISR", "111"), ("NIC", "ISR", "111"), ("BOL", "ISR", "111")}),
        ("Egypt together with Jordan denounced Israel.", {("EGY", "ISR", "111"), ("JOR", "ISR", "111")}),
        ("Slovakia, like Hungary, has criticised Ukraine.", {("SVK", "UKR", "111"), ("HUN", "UKR", "111")}),
        ("Like Tokyo, Seoul condemned Pyongyang.", {("KOR", "PRK", "111"), ("JPN", "PRK", "111")}),
    ],
)
def test_companions_act_too(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {(s, t, c) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert expected <= found, found


def test_a_member_list_is_no_companion(coder: Coder) -> None:
    found = quads(code(coder, "Nations like Peru condemned Venezuela."))
    assert not any(q[0] == "PER" for q in found), found


def test_the_one_joined_in_a_speech_act_is_no_target(coder: Coder) -> None:
    # the one joined acts with the subject; it is not what the act is aimed at
    found = quads(code(coder, "Chile joined Argentina in condemning Venezuela."))
    assert ("CHL", "ARG", "111", "asserted") not in found and ("ARG", "VEN", "111", "asserted") in found, found
