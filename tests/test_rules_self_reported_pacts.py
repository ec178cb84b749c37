"""Regressions of a state's own word on its military cooperation (speech.yaml
self_reported_codes: 062): a party that says it signed a defence or security pact tells it
as done, as it would any agreement it signed; another's word on it stays a claim."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "China said on Tuesday it had signed a security agreement with Vanuatu.",
        "\"We signed a defence pact with Vanuatu last week,\" China's foreign ministry spokesman said.",
    ],
)
def test_a_party_tells_its_own_pact_as_done(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("CHN", "VUT", "062", "asserted") in found or ("VUT", "CHN", "062", "asserted") in found, found


def test_a_third_states_word_on_the_pact_is_a_claim(coder: Coder) -> None:
    found = quads(code(coder, "Australia said China had signed a security agreement with Vanuatu."))
    assert ("CHN", "VUT", "062", "asserted") not in found and ("VUT", "CHN", "062", "asserted") not in found, found
