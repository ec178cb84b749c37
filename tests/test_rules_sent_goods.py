"""Regressions of the words21 rule on goods sent to a state named as the first of two
objects (triggers.yaml send-goods, double_object): "sent Cuba tens of thousands of tons of
wheat" is aid (070), whatever the goods and however they are counted; people and words sent
stay the CAMEO dictionary's readings (a visit, a message), and a to-phrase is no double
object."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan has sent Nepal thousands of tonnes of rice since the earthquake.",
        "Japan sent Nepal hundreds of water pumps last year.",
        "Tokyo is sending Nepal 20,000 tons of fertiliser and seed this spring.",
    ],
)
def test_goods_sent_to_a_first_object_are_aid(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("JPN", "NPL", "070", "asserted") in found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Japan sent Nepal a message of condolence.", ("JPN", "NPL")),
        ("Japan sent Nepal a delegation of ministers.", ("JPN", "NPL")),
        ("Japan sent a delegation to Nepal.", ("JPN", "NPL")),
    ],
)
def test_words_and_people_sent_are_no_goods(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "070", "asserted") not in found


def test_people_sent_keep_the_dictionary_reading(coder: Coder) -> None:
    found = quads(code(coder, "Japan sent Nepal a delegation of ministers."))
    assert ("JPN", "NPL", "042", "asserted") in found
