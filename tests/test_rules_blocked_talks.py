"""Blocking the talks or the action of a body is a veto: a rejection (120) of the state
whose talks they are, never CAMEO's bare BLOCK (EXCLUDE, 170) on the state the action is
about (triggers.yaml block-bid)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("Greece blocked Albania's accession talks on Monday.", ("GRC", "ALB", "120", "asserted")),
        ("Cyprus has blocked Turkey's negotiations with the bloc.", ("CYP", "TUR", "120", "asserted")),
    ],
)
def test_blocked_talks_are_rejected(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    found = quads(code(coder, sentence))
    assert quad in found
    assert (quad[0], quad[1], "170", "asserted") not in found


def test_blocked_action_on_a_state_coerces_no_one(coder: Coder) -> None:
    events = code(coder, "For the third time, France and Britain have blocked council action on Libya.")
    assert not [e for e in events if e.target.country == "LBY"]
