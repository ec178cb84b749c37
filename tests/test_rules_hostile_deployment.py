"""Forces sent to a state itself cooperate with it (062, deploy-to-host) unless the sentence
says they go there to fight it: a purpose, a participle or a coordinated verb of attack
("to fight", "launching an invasion", "and occupied") keeps the show of force (150) of the
plain deploy entry (triggers.yaml except_complements)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Russia sent troops to Ukraine on Thursday, launching a full-scale invasion.", ("RUS", "UKR")),
        ("Turkey sent troops to Syria to fight Kurdish militias.", ("TUR", "SYR")),
        ("Moscow deployed troops to Georgia and occupied two regions.", ("RUS", "GEO")),
        ("Ethiopia dispatched soldiers to Eritrea to crush the rebellion.", ("ETH", "ERI")),
    ],
)
def test_forces_sent_to_fight_a_state_show_force(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "150", "asserted") in found
    assert (*pair, "062", "asserted") not in found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Turkey sent troops to Libya last year.", ("TUR", "LBY")),
        ("Rwanda sent soldiers to Mozambique, where they trained local units.", ("RWA", "MOZ")),
    ],
)
def test_forces_sent_without_a_hostile_purpose_still_cooperate(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "062", "asserted") in found
