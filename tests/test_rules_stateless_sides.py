"""An opposition is no side of an event between states (sectors.yaml stateless_sides,
GUIDELINES §1): it neither acts for its state nor suffers an act as its state, whichever
rule finds the act (events/sentence.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Under the accord, Ankara promised to disarm Syrian Kurdish opposition groups based near its border.", ("TUR", "SYR")),
        ("France condemned the Venezuelan opposition for the boycott.", ("FRA", "VEN")),
    ],
)
def test_opposition_suffers_no_act_as_its_state(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert not {q for q in quads(code(coder, sentence)) if q[:2] == pair}


def test_state_itself_still_suffers_the_act(coder: Coder) -> None:
    assert ("FRA", "VEN", "111", "asserted") in quads(code(coder, "France condemned Venezuela for the boycott."))
