"""Verb senses that are no interaction: what a state "overcomes" is a difficulty, a
challenge or its differences, no state attacked (cameo_exclusions.yaml: DESTROY's 190 on
"overcome"); and an order to leave sends people out of the country, it asks their state to
do nothing (triggers.yaml order-to: no demand, 10, with a verb of leaving)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Russia will continue to support Nicaragua in overcoming its economic difficulties.",
        "China will continue to support Laos in overcoming its economic difficulties.",
    ],
)
def test_overcoming_a_difficulty_attacks_no_one(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2][:2] in ("13", "18", "19") for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Prague expelled two Russian diplomats, and Moscow then ordered two Czechs to leave.",
        "Beijing told three Canadians to leave the country within a week.",
    ],
)
def test_an_order_to_leave_is_no_demand(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2].startswith("10") for q in found), found


def test_an_order_to_act_is_still_a_demand(coder: Coder) -> None:
    found = quads(code(coder, "The International Court of Justice ordered Venezuela to refrain from any action in the territory."))
    assert ("UNO", "VEN", "100", "asserted") in found, found
