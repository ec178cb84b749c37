"""Regressions of the disc21 plural-pronoun rule: a "they", "them" or "their" that its own
sentence leaves open stands for every state of the coordinated subject of the sentence
before ("Chile, Peru and Bolivia walked out ... The bloc urged them ..."), not for one of
them alone nor for a state merely named on the way."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


def test_them_after_a_coordinated_subject_is_each_of_its_states(coder: Coder) -> None:
    text = ("Chile, Peru and Bolivia announced on Monday that they would leave the trade pact, "
            "which they blame for Brazilian dumping. The African Union has urged them to stay.")
    found = _pairs(coder, text)
    assert {("AFU", "CHL", "10"), ("AFU", "PER", "10"), ("AFU", "BOL", "10")} <= found


def test_two_coordinated_states_are_both_meant(coder: Coder) -> None:
    text = ("Ghana and Togo closed their border crossings last week. "
            "The United Nations criticised them on Tuesday.")
    found = _pairs(coder, text)
    assert {("UNO", "GHA", "11"), ("UNO", "TGO", "11")} <= found


def test_they_as_a_subject_goes_on_with_the_whole_group(coder: Coder) -> None:
    text = ("Kenya and Uganda signed a trade deal in March. "
            "They also condemned Sudan for the border clashes.")
    found = _pairs(coder, text)
    assert {("KEN", "SDN", "11"), ("UGA", "SDN", "11")} <= found

