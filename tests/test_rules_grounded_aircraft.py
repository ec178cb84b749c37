"""Regressions of the words21 rule on grounded aircraft: grounding another state's plane
keeps its property from leaving, a seizure (171; triggers.yaml ground-aircraft); whose plane
it is, its demonym or possessor says, and one's own fleet grounded is no act on anyone."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina grounded a Venezuelan cargo plane in June.",
        "Argentine authorities have grounded Venezuela's presidential jet at Ezeiza.",
        "Argentina grounded two Venezuelan aircraft for a week.",
    ],
)
def test_grounding_another_states_aircraft_seizes_it(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("ARG", "VEN", "171", "asserted") in found


def test_grounding_ones_own_fleet_seizes_nothing(coder: Coder) -> None:
    found = quads(code(coder, "Argentina grounded its whole fleet of airliners after the crash."))
    assert not any(q[2] == "171" for q in found), found
