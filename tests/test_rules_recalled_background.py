"""A hostile act a speaker's words only recall as background, in a relative clause or a
clause of time, is no accusation made now (events/assemble.py _recalled_background); an act
the speaker reports as news still is."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "\"We will never join an alliance with Turkey, which invaded our island fifty years ago,\" the Cypriot president said.",
        "\"Cuba stood by us when the South African army was attacking our villages,\" the Angolan president said.",
    ],
)
def test_recalled_act_is_no_accusation(coder: Coder, text: str) -> None:
    assert not {q for q in quads(code(coder, text)) if q[2] == "112"}


def test_reported_act_still_accuses(coder: Coder) -> None:
    text = "\"Turkish troops attacked our positions overnight,\" the Cypriot defence ministry said."
    assert ("CYP", "TUR", "112", "asserted") in quads(code(coder, text))
