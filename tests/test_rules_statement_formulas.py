"""Formulas of official statements that carry an event without a trigger verb of their own:
"notes with concern X" criticises whoever X's act is of (triggers.yaml note-with-concern,
111); a list led by its own "among them" names examples of a group, not further targets
(tree.example_list)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Chile notes with concern the decision of the Argentine government to close its consulates.", "CHL", "ARG"),
        ("The foreign ministry said Japan views with alarm the decision of the Chinese authorities to extend the drills.", "JPN", "CHN"),
        ("Kenya has noted with deep concern the decision of Uganda to suspend the border talks.", "KEN", "UGA"),
    ],
)
def test_noting_with_concern_criticises(coder: Coder, sentence: str, source: str, target: str) -> None:
    assert (source, target, "111", "asserted") in quads(code(coder, sentence))


def test_noting_without_concern_is_no_event(coder: Coder) -> None:
    events = code(coder, "Chile notes with interest the decision of the Argentine government to close its consulates.")
    assert not [e for e in events if e.cameo == "111"]


def test_among_them_list_is_not_a_target(coder: Coder) -> None:
    sentence = ("Peru notes with concern the decision of Ecuador to order the departure of the diplomats "
                "of five countries, among them Chile and Bolivia.")
    found = quads(code(coder, sentence))
    assert ("PER", "ECU", "111", "asserted") in found
    assert not {q for q in found if q[0] == "PER" and q[1] in ("CHL", "BOL") and q[2] == "111"}
