"""Regressions of the words20 rule: a speaker who says another state interferes or meddles
(in a third state's affairs, a bloc's decision, an election) criticises it (112, the voice
rules' verbs of hostile conduct, as the nouns interference and meddling already are)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("Cambodia's government said Thailand had interfered in the bloc's decision.", ("KHM", "THA", "112", "asserted")),
        ("Russia said Britain was meddling in Moldova's elections.", ("RUS", "GBR", "112", "asserted")),
        ("Iran's foreign ministry said France and Germany had interfered in the talks.", ("IRN", "FRA", "112", "asserted")),
        ("Iran's foreign ministry said France and Germany had interfered in the talks.", ("IRN", "DEU", "112", "asserted")),
    ],
)
def test_a_speaker_saying_a_state_interferes_accuses_it(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "China said it does not interfere in the internal affairs of other countries.",
        "The United States said it would not interfere in Venezuela's election.",
    ],
)
def test_a_refusal_to_interfere_accuses_no_one(coder: Coder, sentence: str) -> None:
    assert not [q for q in quads(code(coder, sentence)) if q[2].startswith("11")]
