"""Regressions of the disc24 rule on implicit targets: a demand that names no one is aimed
at a state that owns a thing in its own phrase ("called for a corridor through Armenia's
province") before a state named in another clause of the sentence."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "caller", "owner", "other"),
    [
        ("When Azerbaijan and Turkey called for a corridor through Armenia's southern province, Iranian officials warned against it.", "AZE", "ARM", "IRN"),
        ("After Turkey called for a buffer zone inside Syria's northern border region, Russian officials objected.", "TUR", "SYR", "RUS"),
        ("When Ethiopia called for access to Eritrea's Red Sea ports, Egyptian officials voiced alarm.", "ETH", "ERI", "EGY"),
    ],
)
def test_a_call_is_aimed_at_the_owner_named_in_its_phrase(coder: Coder, sentence: str, caller: str, owner: str, other: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert (caller, owner, "10") in found
    assert (caller, other, "10") not in found
