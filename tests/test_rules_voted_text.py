"""Regressions of the disc22 rule: a body's vote, like its text, speaks in that body's voice.
"a U.N. General Assembly vote condemning the invasion": the Assembly (UNO) condemns, not the
state that voted or abstained in it; an organisation named on a text or vote is its author
(a state named there is its topic); a vote that names no body has no source."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brazil abstained in a U.N. General Assembly vote last month condemning the Russian invasion.", ("UNO", "RUS", "11")),
        ("Egypt abstained in United Nations General Assembly votes demanding an Israeli withdrawal.", ("UNO", "ISR", "10")),
        ("India stayed away from a Security Council vote condemning Iran.", ("UNO", "IRN", "11")),
    ],
)
def test_a_bodys_vote_speaks_for_the_body(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "voter"),
    [
        ("Brazil abstained in a U.N. General Assembly vote last month condemning the Russian invasion.", "BRA"),
        ("India abstained in a vote condemning Russia.", "IND"),
    ],
)
def test_the_one_who_abstains_does_not_condemn(coder: Coder, sentence: str, voter: str) -> None:
    assert not any(s == voter and r == "11" for s, _, r in _pairs(coder, sentence))
