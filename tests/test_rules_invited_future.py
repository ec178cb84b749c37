"""What a state is invited to do is still to come (GUIDELINES §4 future: planned, not yet
done): the visit of "was invited to visit" is future, while the invitation itself is an
asserted act (status_cues.yaml future_heads: invite, invitation)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chilean President Gabriel Boric has been invited to visit Lima, though no date has been set.", ("CHL", "PER", "042", "future")),
        ("Peru's president has invited Chile's president to visit Lima later this year.", ("CHL", "PER", "042", "future")),
        ("Chile's president was invited to attend the summit in Lima.", ("CHL", "PER", "042", "future")),
    ],
)
def test_invited_act_is_future(coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    got = quads(code(coder, sentence))
    assert expected in got
    assert (expected[0], expected[1], expected[2], "asserted") not in got


def test_invitation_itself_stays_asserted(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president has invited Chile's president to visit Lima later this year."))
    assert ("PER", "CHL", "020", "asserted") in got


def test_visit_made_at_an_invitation_stays_asserted(coder: Coder) -> None:
    got = quads(code(coder, "Boric visited Lima at the invitation of Peru's president."))
    assert ("CHL", "PER", "042", "asserted") in got
