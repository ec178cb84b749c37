"""Regressions of the words21 rule on hopes: hoping that another actor will act appeals to
it (020, the CAMEO dictionary's HOPE, triggers.yaml hope-that), when the clause names the
actor by itself or by its "side" ("the Afghan side"); not a word that points back ("the two
sides"), nor a thing ("hoped the visit would bring peace")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan hopes Seoul will respond to its proposal soon.",
        "Tokyo said it hoped South Korea would handle the matter calmly.",
        "Japan hopes the South Korean side will stop the survey near the islands.",
    ],
)
def test_hoping_another_state_acts_appeals_to_it(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("JPN", "KOR", "020", "asserted") in found


def test_hoping_a_thing_happens_appeals_to_no_one(coder: Coder) -> None:
    found = quads(code(coder, "Japan hoped the visit to Seoul would bring lasting peace."))
    assert not any(q[2] == "020" for q in found), found


def test_a_hope_for_sides_pointed_back_at_names_no_target(coder: Coder) -> None:
    text = "South Korea and China held talks in Hanoi. Japan said it hoped the two sides would keep talking."
    found = quads(code(coder, text))
    assert not any(q[0] == "JPN" and q[2] == "020" for q in found), found
