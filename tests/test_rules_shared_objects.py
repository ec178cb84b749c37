"""Regressions of the disc24 rules on who an act reaches: a preposition that shares its
object with another ("flights to and from X and Y": each state), and a joint pledge made
for a third state's own ("X and Y pledged training for its diplomats": each of them
towards that state, not a pact between the two)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Caracas suspended commercial flights to and from Panama and the Dominican Republic.",
        "Caracas halted all flights from and to Panama and the Dominican Republic on Monday.",
        "Venezuela banned flights to and from Panama and the Dominican Republic until further notice.",
    ],
)
def test_coordinated_prepositions_share_their_objects(coder: Coder, sentence: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert {("VEN", "PAN", "16"), ("VEN", "DOM", "16")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Timor-Leste joined ASEAN on Sunday. Singapore and Malaysia have pledged training for its diplomats.",
        "Timor-Leste joined ASEAN on Sunday. Singapore and Malaysia vowed support for its bid to join the WTO.",
        "Timor-Leste joined ASEAN on Sunday. Singapore and Malaysia promised scholarships to its students.",
    ],
)
def test_a_joint_pledge_for_a_third_states_own_is_made_to_that_state(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert {("SGP", "TLS", "030", "asserted"), ("MYS", "TLS", "030", "asserted")} <= found
    assert ("SGP", "MYS", "030", "asserted") not in found


def test_a_joint_pledge_with_no_third_state_still_binds_the_two(coder: Coder) -> None:
    found = quads(code(coder, "Afghan President Karzai and his Pakistani counterpart Zardari have pledged to reach a peace settlement."))
    assert ("AFG", "PAK", "030", "asserted") in found


@pytest.mark.parametrize(
    ("sentence", "actor", "first", "second", "root"),
    [
        ("The Syrian foreign minister travelled to Saudi Arabia last week and to Algeria on Sunday.", "SYR", "SAU", "DZA", "04"),
        ("The Iranian president travelled to Venezuela last week and to Cuba on Wednesday.", "IRN", "VEN", "CUB", "04"),
        ("Russia sent military advisers to Mali last year and to Niger in May.", "RUS", "MLI", "NER", "06"),
    ],
)
def test_a_preposition_repeated_after_and_reaches_its_own_object(coder: Coder, sentence: str, actor: str, first: str, second: str, root: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert {(actor, first, root), (actor, second, root)} <= found
