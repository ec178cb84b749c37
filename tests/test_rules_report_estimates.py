"""Regressions of the words21 rule on reports' estimates: a report that estimates another
actor's forces or conduct accuses it as its findings do (112; triggers.yaml report-finds,
"estimate" beside "say", "find"), not what it estimates of a thing ("Kenya's economy")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "A United Nations experts' report has estimated that up to 4,000 Rwandan soldiers are operating in eastern Congo.",
        "A UN panel's report estimated that Rwandan troops controlled the mines.",
        "The latest UN report estimates that Rwanda's army has deployed thousands of soldiers across the border.",
    ],
)
def test_a_report_estimating_another_states_forces_accuses_it(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("UNO", "RWA", "112", "asserted") in found


def test_an_estimate_of_a_thing_accuses_no_one(coder: Coder) -> None:
    found = quads(code(coder, "A UN report estimated that Rwanda's economy would grow by seven percent."))
    assert not any(q[2] == "112" for q in found), found
