"""Regressions of the eval19 rule on refusals naming no one: "has refused to apologise",
"would not apologise" reject (120) whoever last pressed the one who refuses."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Chile expelled Peru's ambassador over the remarks. Peru's president has refused to apologise, aides said.",
        "Chile recalled its ambassador to Peru. Peru's president said he would not apologise.",
        "Chile demanded that Peru withdraw its troops. Peru refused to apologise.",
    ],
)
def test_a_refusal_naming_no_one_rejects_whoever_pressed_the_refuser(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("PER", "CHL", "120", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile recalled its ambassador to Peru. Peru's president did not apologise.",
        "Chile signed a trade deal with Bolivia. Peru's president said he would not apologise.",
    ],
)
def test_no_refusal_without_refusing_nor_without_pressure(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[0] == "PER" and q[2] == "120" for q in found)
