"""Regressions of the noun19 rules on agreements told as nouns: one its own words tell as
made before (a year before it, or a participle of its making: "a deal signed a year ago")
is a background fact, asserted whatever the clause around it says (GUIDELINES §6), and not
only a claim of whoever says the clause around it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Observers warned the row could derail a trade deal between Chile and Peru signed last year.",
        "Diplomats fear the spat might unravel a fisheries accord signed in 2019 by Chile and Peru.",
        "The quarrel could threaten a 2019 border treaty between Chile and Peru.",
    ],
)
def test_an_agreement_made_before_is_asserted_under_a_modal(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("CHL", "PER", "057", "asserted") in found or ("PER", "CHL", "057", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Observers said Chile and Peru could sign a trade deal between them next year.",
        "The quarrel could threaten a trade deal between Chile and Peru to be signed next year.",
    ],
)
def test_an_agreement_not_yet_made_keeps_the_clause_s_status(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert not {q for q in found if q[2] == "057" and q[3] == "asserted"}
