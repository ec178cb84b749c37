"""Regressions of the rule on calls for a clause: "called for X to be done" says what is
asked and, by its passive, names no one to do it; no implicit target is guessed for it
(the state the sentence is about is not the one asked). An active clause names its doer."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _asserted(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "caller", "topic"),
    [
        ("Austria has summoned the Turkish ambassador. Austria and Switzerland have called for the rallies to be called off.", "AUT", "TUR"),
        ("Iraq's parliament condemned the Turkish strike. Iraqi lawmakers called for Turkish imports to be boycotted.", "IRQ", "TUR"),
        ("Thailand accused Cambodia of shelling its villages. Thai lawmakers have called for the border to be closed.", "THA", "KHM"),
    ],
)
def test_a_passive_call_names_no_one_asked(coder: Coder, text: str, caller: str, topic: str) -> None:
    assert (caller, topic, "10") not in _asserted(coder, text)


def test_an_active_call_names_its_doer(coder: Coder) -> None:
    assert ("EGY", "ISR", "10") in _asserted(coder, "Egypt called for Israel to withdraw its troops.")
