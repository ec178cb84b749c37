"""Regressions of the refusal-scope rule (roots24): a word of refusal or failing negates the
infinitive it governs, not a finite verb the parse joins to that infinitive ("refused to
condemn the invasion and abstained in votes demanding a withdrawal": the abstaining, the
votes and what is said beside them took place; GUIDELINES §4)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile refused to sign the accord with Peru and expelled two Peruvian diplomats.", ("CHL", "PER", "166", "asserted")),
        (
            "Argentina has refused to condemn the invasion and abstained in Security Council votes demanding a Russian withdrawal.",
            ("UNO", "RUS", "100", "asserted"),
        ),
        (
            "Cuba has refused to condemn the invasion and abstained in the vote, while blaming NATO expansion for the war.",
            ("CUB", "NAT", "112", "asserted"),
        ),
    ],
)
def test_a_finite_verb_joined_to_a_refused_infinitive_is_done(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))


def test_the_finite_verb_is_no_refusal(coder: Coder) -> None:
    found = quads(code(coder, "Chile refused to sign the accord with Peru and expelled two Peruvian diplomats."))
    assert ("CHL", "PER", "120", "asserted") in found  # (the refusal to sign)
    assert not any(q[2] == "166" and q[3] == "negated" for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the refusal governs stays negated
        ("Chile refused to sign the accord with Peru.", ("CHL", "PER", "057", "negated")),
        # and so does a base-form verb joined to the infinitive
        ("Chile refused to sign the accord with Peru or expel its diplomats.", ("CHL", "PER", "166", "negated")),
    ],
)
def test_what_the_refusal_governs_is_still_negated(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))
