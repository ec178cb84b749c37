"""Support an adverb says is given in arms or in money is military cooperation (062) or
economic aid (071), not praise (051): the trigger entries' ``adverbs`` (back-militarily,
back-financially); without such an adverb, backing stays praise."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Somali government, which Ethiopia backs militarily, rejected the plan.", ("ETH", "SOM", "062", "asserted")),
        ("Qatar has long supported Egypt financially.", ("QAT", "EGY", "071", "asserted")),
    ],
)
def test_support_given_in_arms_or_money(coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    found = quads(code(coder, sentence))
    assert expected in found
    assert not [q for q in found if q[:2] == expected[:2] and q[2] == "051"]


def test_plain_backing_stays_praise(coder: Coder) -> None:
    assert ("ETH", "SOM", "051", "asserted") in quads(code(coder, "Ethiopia backs the Somali government."))
