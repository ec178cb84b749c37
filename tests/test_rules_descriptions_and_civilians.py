"""Regressions of the disc24 data: "the Himalayan kingdom" (or nation) describes Nepal or
Bhutan, as "the Gulf kingdom" describes a Gulf state (descriptions.yaml regions); and
celebrities, tourists and fans are civilians who act for no state (sectors.yaml CVL)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "small"),
    [
        ("Bhutan held elections on Tuesday. The Himalayan kingdom has no formal ties with the permanent members of the U.N. Security Council and has long relied on India, which trains its army.", "BTN"),
        ("Nepal held elections on Tuesday. The Himalayan nation has no ties with the members of the U.N. Security Council and relies on India, which trains its army.", "NPL"),
    ],
)
def test_the_himalayan_kingdom_is_the_small_state_named_before(coder: Coder, text: str, small: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert ("IND", small, "06") in found
    assert ("IND", "UNO", "06") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Maldives criticised Modi. Some Indian celebrities called for a boycott of the islands.",
        "The Maldives criticised Modi. Several Indian celebrities called for a boycott of the islands.",
        "The Maldives criticised Modi. Indian celebrities called for a boycott of the islands on Sunday.",
    ],
)
def test_civilians_named_by_a_demonym_act_for_no_state(coder: Coder, text: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert not any(s == "IND" and r == "10" for s, _, r in found)
