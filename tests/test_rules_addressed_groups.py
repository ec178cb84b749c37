"""A verb whose object is a class of states named by none of them ("urged its partners",
"urged Pacific governments") names others: it takes no target from the act coordinated
with it (parse_words.yaml addressed_group_nouns, events/conjunct.py)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_urging_partners_is_no_demand_of_the_neighbour_s_target(coder: Coder) -> None:
    text = "Canada said it would not restore ties with Iran's government and urged its partners to avoid contacts with Tehran."
    found = quads(code(coder, text))
    assert not any(q[:2] == ("CAN", "IRN") and q[2].startswith("10") for q in found), found


def test_a_state_urged_by_name_stays_the_target(coder: Coder) -> None:
    text = "Canada said it would not restore ties with Iran and urged Tehran to free the detainees."
    assert ("CAN", "IRN", "100", "asserted") in quads(code(coder, text))
