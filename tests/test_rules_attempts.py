"""An attempt under way is no commitment: "tried to", "strove to", "endeavoured to" tell what
an actor is attempting, not a promise of an act (no 03), as "sought" does not; a pledge
still states an intent."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def _intents(found: set[tuple[str, str, str, str]], pair: tuple[str, str]) -> list[tuple[str, str, str, str]]:
    return [q for q in found if q[:2] == pair and q[2].startswith("03")]


def test_trying_to_broker_a_compromise_is_no_intent(coder: Coder) -> None:
    found = quads(code(coder, "China has been trying to broker a compromise between Benin and Niger."))
    assert not _intents(found, ("CHN", "BEN")), found
    assert not _intents(found, ("CHN", "NER")), found


def test_having_tried_for_weeks_is_no_intent(coder: Coder) -> None:
    found = quads(code(coder, "Germany had tried for weeks to improve relations with Poland."))
    assert not _intents(found, ("DEU", "POL")), found


def test_striving_to_deepen_ties_is_no_intent(coder: Coder) -> None:
    found = quads(code(coder, "Japan is striving to deepen ties with India."))
    assert not _intents(found, ("JPN", "IND")), found


def test_a_pledge_to_broker_still_states_an_intent(coder: Coder) -> None:
    found = quads(code(coder, "China pledged to broker a compromise between Benin and Niger."))
    assert _intents(found, ("CHN", "BEN")), found
