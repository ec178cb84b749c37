"""Regressions of the threat19 wish rule: a state that wants its own cooperative act states
an intent (03, asserted), even where the parser makes the act the subject of a clause
("wants talks with X to settle the issue"); wanting another state to act is no intent of
the wisher's (commitment.yaml wish_verbs)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Chile wants talks with Bolivia to end the quarrel.", ("CHL", "BOL")),
        ("Cambodia wants negotiations with Thailand to resume.", ("KHM", "THA")),
        ("Laos wants negotiations with Thailand.", ("LAO", "THA")),
        ("Laos wants closer cooperation with Vietnam.", ("LAO", "VNM")),
    ],
)
def test_a_state_that_wants_its_own_talks_states_an_intent(coder: Coder, text: str, intent: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == intent and q[2].startswith("03") and q[3] == "asserted" for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile wants Bolivia to hold talks with Peru.",
        "Laos wants Thailand to negotiate.",
    ],
)
def test_wanting_another_to_act_is_no_intent_of_the_wisher(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2].startswith("03") for q in found), found


def test_wanting_to_be_acted_on_is_no_intent(coder: Coder) -> None:
    found = quads(code(coder, "Cuba's foreign minister said Havana wants to be removed from the U.S. list of state sponsors of terrorism."))
    assert not any(q[2].startswith("03") and q[0] == "CUB" for q in found), found
