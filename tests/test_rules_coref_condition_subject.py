"""Regressions of the coref20 rule for the subject "it" of a clause of condition or time
("unless it cooperates", "after it invaded Ukraine"): it is the state named after the verb
the clause hangs on, not that verb's own subject."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


def _sources(coder: Coder, text: str, target: str, root: str) -> set[str]:
    return {e.source.country for e in code(coder, text) if e.target.country == target and e.cameo.startswith(root)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya began naval drills with India, ignoring warnings that the drills help Moscow nearly a year after it invaded Ukraine.",
        "Brazil has kept buying fertiliser from Moscow two years after it invaded Ukraine.",
    ],
)
def test_an_after_clause_it_is_the_state_the_main_clause_names_after_its_verb(coder: Coder, text: str) -> None:
    invaders = _sources(coder, text, "UKR", "19")
    assert "RUS" in invaders
    assert not invaders & {"KEN", "BRA"}


@pytest.mark.parametrize(
    "text",
    [
        "Romania, a NATO member since 2004, has threatened to veto Moldova's membership of the bloc unless it drops the claim.",
        "Hungary has threatened to block Ukraine's progress towards membership of the union unless it restores minority rights.",
    ],
)
def test_an_unless_clause_it_is_the_state_acted_on(coder: Coder, text: str) -> None:
    found = {(e.source.country, e.target.country) for e in code(coder, text) if e.cameo.startswith("13")}
    assert found
    assert all(t in ("MDA", "UKR") for _, t in found)


def test_an_it_with_no_state_after_the_verb_keeps_the_subject(coder: Coder) -> None:
    text = "Iran said it would resume talks with France if it received guarantees."
    assert "IRN" in _sources(coder, text, "FRA", "04") | _sources(coder, text, "FRA", "03")
