"""A show of force at a place the text ties to no state, or at no place, is aimed at the
doer's rival: the other state of the last conflict told before between the doer and a
state (triggers.yaml rival_postures; events/assemble.py _rival). Without such a quarrel it
is aimed at no one, and drills told with no place are not read as aimed at a rival."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Chile accused Argentina of violating the fishing treaty. Chile has put its armed forces on full alert.",
         ("CHL", "ARG", "152", "asserted")),
        ("Peru condemned Ecuador's claim to the river. The Peruvian army has moved additional warships to the area.",
         ("PER", "ECU", "150", "asserted")),
        ("Armenia criticised Turkey over the blockade. Armenia staged large military exercises near the border in May.",
         ("ARM", "TUR", "150", "asserted")),
    ],
)
def test_show_of_force_at_an_unnamed_place_is_aimed_at_the_rival(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile has put its armed forces on full alert after the earthquake.",
        "Chile signed a trade deal with Argentina. The Chilean army has moved additional warships to the area.",
    ],
)
def test_no_quarrel_no_rival(coder: Coder, text: str) -> None:
    assert not [e for e in code(coder, text) if e.root == "15"]


def test_rival_posture_is_no_antecedent_of_an_attack(coder: Coder) -> None:
    # (an act of force whose other side is only guessed is no act a later noun points back at)
    text = ("Armenia criticised Turkey over the blockade. Armenia staged large military exercises near the "
            "border in May. France condemned the attack on the embassy.")
    assert not [e for e in code(coder, text) if e.source.country == "FRA"]
