"""Regressions of urging as a demand (triggers.yaml urge, 100): urging another to act
demands it, as calling on it does; the gold's convention lists demand first ("urge / call
on / ask / press" [10, 02]). An appeal for help stays an appeal (020)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan strongly urges North Korea to abandon its missile programme.",
        "China urged Lithuania on Tuesday to reverse its decision.",
        "The United States has repeatedly urged Rwanda to withdraw its troops from Congo.",
    ],
)
def test_urging_another_to_act_demands_it(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[2] == "100" and q[3] == "asserted" for q in found), found
    assert not any(q[2] == "020" for q in found), found


def test_an_appeal_for_help_is_still_an_appeal(coder: Coder) -> None:
    found = quads(code(coder, "Sudan appealed to Egypt for help on Monday."))
    assert ("SDN", "EGY", "020", "asserted") in found, found
