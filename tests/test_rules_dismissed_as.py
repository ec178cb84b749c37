"""Dismissing a state, its step or its words "as" something names them so: a criticism
(111), not the rejection of a proposal (triggers.yaml dismiss-as); an offer or a demand
dismissed stays a rejection (120)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nairobi dismissed the Ugandan move as a provocation.", ("KEN", "UGA")),
        ("Peru, which a Chilean minister dismissed as a spoiler, said nothing.", ("CHL", "PER")),
    ],
)
def test_dismissed_as_is_a_criticism(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert (*pair, "111", "asserted") in found, found
    assert not any(q[:2] == pair and q[2].startswith("12") for q in found), found


def test_an_offer_dismissed_stays_a_rejection(coder: Coder) -> None:
    found = quads(code(coder, "Kenya dismissed Uganda's offer as a publicity stunt."))
    assert ("KEN", "UGA", "120", "asserted") in found, found
