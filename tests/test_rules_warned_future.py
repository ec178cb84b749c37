"""Regressions of the threat19 warning rule: under a verb of warning "would" is the future
of the past, as under "said" (speech.yaml reports_future_verbs): a state that warns it
would act commits to it (130, asserted), and the act warned of is future, not hypothetical."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Egypt accused Ethiopia of filling the dam. Cairo warned that it would not hesitate to act against any threat to its water.",
         ("EGY", "ETH")),
        ("Greece warned that it would not hesitate to take action against Turkish survey ships.", ("GRC", "TUR")),
        ("Venezuela warned that it would not hesitate to defend its territory from Guyana.", ("VEN", "GUY")),
    ],
)
def test_a_warning_of_what_the_speaker_would_do_threatens(coder: Coder, text: str, threat: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == threat and q[2].startswith("13") and q[3] == "asserted" for q in found), found
