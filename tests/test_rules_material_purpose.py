"""Support told as the purpose of sending or giving (a verb of the CAMEO dictionary's SEND,
FLY or GRANT blocks: triggers.yaml material_purpose_blocks) is given in people or goods: aid
(070, the support entry's purpose_code), as CAMEO's AID codes "to help"; support said or
shown otherwise stays praise (051)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("In 1971 Cuba sent engineers and medical specialists to support the Chilean government.", ("CUB", "CHL")),
        ("Japan shipped supplies to support the Philippine coast guard.", ("JPN", "PHL")),
    ],
)
def test_support_sent_is_aid(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "070", "asserted") in found
    assert not [q for q in found if q[:2] == pair and q[2] == "051"]


@pytest.mark.parametrize(
    "sentence",
    [
        "France supports Ukraine.",
        "Brazil voted to support Argentina's claim.",
    ],
)
def test_support_otherwise_stays_praise(coder: Coder, sentence: str) -> None:
    assert not [q for q in quads(code(coder, sentence)) if q[2] == "070"]
