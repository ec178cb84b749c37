"""A defence of one's own under a verb of warning threatens, as under a word of readiness
(commitment.yaml defence_heads): "warned that it would defend every inch of its land",
"warned that it has the right to defend its territory" (130, at the state the quarrel is
with). The part's of-phrase names what is the defender's own ("every inch of its land")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean troops crossed into Djibouti on Monday. Djibouti warned that it would defend every inch of its land.",
        "Eritrean troops crossed into Djibouti on Monday. Djibouti warned that it had the right to defend its territory.",
    ],
)
def test_warned_defence_of_own_threatens(coder: Coder, text: str) -> None:
    assert ("DJI", "ERI", "130", "asserted") in quads(code(coder, text))


def test_warned_defence_of_an_agreement_threatens_no_one(coder: Coder) -> None:
    # (not one's own: an agreement with another is no territory defended)
    events = code(coder, "Eritrean troops crossed into Djibouti on Monday. Djibouti warned that it would defend the agreement with Ethiopia.")
    assert not [e for e in events if e.cameo == "130"]
