"""Regressions of the threat19 continuation rule: a state that says it will go on with a
cooperative act states an intent (030, asserted), towards a state its act names, else the
state it last quarrelled with in the article (events/continued_intent.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Ghana's president said his country would keep helping refugees in northern Togo.", ("GHA", "TGO")),
        ("Peru expelled Bolivia's ambassador on Monday. Bolivia said it would continue to honour its gas contracts.", ("BOL", "PER")),
        ("Chile recalled its envoy from Argentina. Argentina's foreign ministry said Buenos Aires would keep working to mend the rift.",
         ("ARG", "CHL")),
    ],
)
def test_a_state_going_on_with_a_cooperative_act_states_an_intent(coder: Coder, text: str, intent: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == intent and q[2].startswith("03") and q[3] == "asserted" for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        # told by another side: its claim, no intent it states
        "Germany said Russia would continue to back the separatists in Transnistria.",
        # no quarrel and no state named: no other side to guess
        "Bolivia said it would continue to honour its gas contracts.",
        # refused
        "Bolivia said it would not continue to support Peru's bid.",
    ],
)
def test_no_intent_without_its_own_word_or_another_side(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2] == "030" for q in found), found
