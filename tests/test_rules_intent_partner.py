"""Regressions of the threat19 partner rule: an intent that names no other side is towards
the state its committer has just acted with in the same sentence (events/assemble.py
``_done_with``)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Japan welcomed Vietnam's decision and pledged cooperation.", ("JPN", "VNM")),
        ("Peru praised Chile and promised closer cooperation.", ("PER", "CHL")),
    ],
)
def test_an_intent_naming_no_one_is_towards_the_state_just_acted_with(coder: Coder, text: str, intent: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == intent and q[2].startswith("03") and q[3] == "asserted" for q in found), found
