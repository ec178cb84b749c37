"""Regressions of the disc22 rule: a voiced act's from-phrase is its author, as a text's is
("criticism from Washington" is Washington's), so rejecting it rejects that author (120),
also where the parser takes "aside" of "brush aside" for a preposition."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mexico dismissed criticism from Washington.", ("MEX", "USA", "120")),
        ("Kenya rejected the demands from Somalia on Tuesday.", ("KEN", "SOM", "120")),
        ("India held drills with Russia, brushing aside criticism from Western governments.", ("IND", "WST", "120")),
        ("Brazil brushed aside objections from Argentina.", ("BRA", "ARG", "120")),
    ],
)
def test_rejecting_a_voiced_act_rejects_its_author(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in quads(code(coder, sentence))


def test_criticism_from_no_political_actor_is_no_rejection(coder: Coder) -> None:
    found = quads(code(coder, "Canada dismissed criticism from human rights groups."))
    assert not any(s == "CAN" for s, *_ in found)
