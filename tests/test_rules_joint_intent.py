"""A statement of intent to a joint act of several committers ("the three leaders plan to
sign a declaration", "the two sides agreed to meet again") is among the committers
themselves, as the joint act is (events/commitment.py): not towards a state the story
named before (the one that just welcomed them, a venue)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads

TEXT = (
    "Russia welcomed the border treaty that Tajikistan and Kyrgyzstan signed on Thursday. "
    "Tajikistan, Kyrgyzstan and Uzbekistan plan to sign a declaration on their borders later this month."
)


def test_a_joint_intent_is_among_its_committers(coder: Coder) -> None:
    found = quads(code(coder, TEXT))
    intents = {(s, t) for s, t, c, st in found if c.startswith("03") and st == "asserted"}
    assert not any("RUS" in pair for pair in intents), found
    members = {"TJK", "KGZ", "UZB"}
    assert intents and all(set(pair) <= members for pair in intents), found
