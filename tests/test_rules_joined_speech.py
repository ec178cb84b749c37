"""Regressions of the words21 rule on obligations said under a verb of saying that is not
the sentence's root: "rejected the claims and said Washington should stop", ", saying
Washington should stop" (the speaker is that verb's subject), and an obligation in a
that-clause joined to another ("said that ... is not in Europe's interest and that Ukraine
should negotiate": what governs the first clause governs it)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing rejected the report as a smear and said Washington should stop meddling in Asia.",
        "The Chinese foreign ministry dismissed the allegations, saying the United States must end its interference.",
        "China summoned the American envoy and said the United States should stop selling weapons in the region.",
    ],
)
def test_an_obligation_said_by_a_joined_verb_of_saying_demands(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("CHN", "USA", "100", "asserted") in found


def test_an_obligation_in_a_joined_that_clause_is_said_as_the_first(coder: Coder) -> None:
    text = "Orban has said that more aid to Kyiv is not in Europe's interest and that Ukraine should negotiate a ceasefire with Russia."
    found = quads(code(coder, text))
    assert ("HUN", "UKR", "100", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "China rejected the report and did not say the United States should stop meddling.",
        "China rejected the report, and analysts said the United States should stop meddling.",
        "China rejected the report and said the United States should not be blamed.",
    ],
)
def test_no_demand_without_a_speaker_who_says_it(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("CHN", "USA", "100", "asserted") not in found
