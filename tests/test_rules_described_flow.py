"""Trade between states told as the subject of a copula or a passive is described, a
background figure, no act of either state (triggers.yaml measured_nouns,
events/extract.py _described_flow); acts on it stay events."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Trade between Kenya and Tanzania was worth about $2 billion last year.", ("KEN", "TZA")),
        ("Trade between Chile and Bolivia has been disrupted for weeks by road blockades.", ("CHL", "BOL")),
    ],
)
def test_trade_described_is_no_cooperation(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert not any({q[0], q[1]} == set(pair) and q[2].startswith("06") for q in found), found


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Bolivia resumed direct trade with Chile.", ("BOL", "CHL", "061", "asserted")),
        ("Chile halted most trade with Bolivia.", ("CHL", "BOL", "160", "asserted")),
    ],
)
def test_acts_on_trade_stay_events(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, text))
