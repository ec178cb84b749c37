"""Regressions of the eval19 rules on feelings of grievance: a state that says it is
"deeply concerned" or "disappointed" and names no cause criticises (111) whoever last
acted against it; a quoted feeling the parser makes the head of its clause is read as one."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Peru expelled two Chilean diplomats on Monday. Chile's foreign minister said Santiago was deeply disappointed.",
        'Peru expelled two Chilean diplomats on Monday. Chile\'s foreign minister said Santiago was "deeply concerned".',
        'Peru expelled two Chilean diplomats on Monday. Chile said it was "profoundly disappointed" and would study its options.',
    ],
)
def test_a_grievance_naming_no_cause_criticises_the_last_actor_against_the_aggrieved(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("CHL", "PER", "111", "asserted") in found


def test_a_grievance_with_nothing_done_against_the_aggrieved_has_no_target(coder: Coder) -> None:
    found = quads(code(coder, "Peru signed a trade deal with Brazil on Monday. Chile said it was deeply concerned."))
    assert not any(q[0] == "CHL" and q[2] == "111" for q in found)


def test_a_grievance_told_as_a_condition_is_no_criticism(coder: Coder) -> None:
    found = quads(code(coder, "Peru expelled two Chilean diplomats on Monday. Chile said it would be deeply concerned if talks failed."))
    assert ("CHL", "PER", "111", "asserted") not in found


def test_as_far_as_it_is_concerned_is_no_grievance(coder: Coder) -> None:
    text = "Peru expelled two Chilean diplomats on Monday. Chile's minister said the question was closed as far as her government was concerned."
    found = quads(code(coder, text))
    assert ("CHL", "PER", "111", "asserted") not in found
