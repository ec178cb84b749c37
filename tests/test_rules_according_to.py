"""'According to' is a preposition, never CAMEO's verb 'accord' (grant, 060): the source of
a report names no act between the states of the sentence (triggers.yaml prepositional_forms)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian military instructors have arrived in Mali, according to the government.",
        "Zinoviev said Moscow's ties with Pyongyang were not aimed at South Korea, according to the Russian embassy.",
        "Nearly 1,000 balloons have drifted into South Korean towns, according to the military in Seoul.",
    ],
)
def test_according_to_codes_no_grant(coder: Coder, sentence: str) -> None:
    events = code(coder, sentence)
    assert not [e for e in events if e.trigger_text.lower().startswith("accord")]
