"""Goods handed or given to a state named as the first of two objects are aid (070), whether
the parser reads a dative or two direct objects; a recipient needs something given ("gave
the envoy 48 hours to leave" gives nothing), and words, outcomes and documents are no goods."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("India gifted Sri Lanka two patrol vessels on Monday.", ("IND", "LKA")),
        ("On Monday India handed the Sri Lankan navy a Dornier maritime surveillance aircraft.", ("IND", "LKA")),
        ("Japan handed the Philippine coast guard five new patrol boats.", ("JPN", "PHL")),
    ],
)
def test_goods_handed_to_a_state_are_aid(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "070", "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Riyadh on Friday gave Lebanon's envoy 48 hours to leave the kingdom.",
        "The vote handed Russia a diplomatic victory.",
        "Kyiv handed Qatari officials a list of missing children.",
        "Panama said it could give Maduro safe haven.",
    ],
)
def test_time_outcomes_and_documents_are_no_goods(coder: Coder, sentence: str) -> None:
    assert not any(q[2].startswith("07") for q in quads(code(coder, sentence)))
