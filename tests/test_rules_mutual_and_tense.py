"""Two rules of the events' time and direction: the past perfect is a past ("had recalled
its ambassador on Friday" lies before the report), and verbal conflict told as mutual
("traded accusations") is each side's own act beside one side's accusation told alone."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import DAY, code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan had recalled its ambassador from Tehran on Friday.",
        "On Friday Pakistan had recalled its ambassador from Tehran.",
        "Islamabad expelled the Iranian envoy. On Friday it had recalled its ambassador from Tehran.",
    ],
)
def test_a_weekday_of_the_past_perfect_lies_before_the_report(coder: Coder, text: str) -> None:
    assert DAY.isoformat() == "2021-03-10"  # a Wednesday: the Friday before is the 5th
    recalls = [e for e in code(coder, text) if e.cameo == "161"]
    assert [(e.source.country, e.target.country, e.status.value, e.date) for e in recalls] == [
        ("PAK", "IRN", "asserted", "2021-03-05")
    ]


def test_mutual_accusations_leave_each_side_an_accusation(coder: Coder) -> None:
    text = (
        "Ecuador and Peru traded accusations on Tuesday over a shooting on their border. "
        "Peru's defence ministry said on Tuesday that Ecuadorean troops had opened fire on a Peruvian patrol."
    )
    accusations = {(e.source.country, e.target.country) for e in code(coder, text) if e.root == "11" and e.status.value == "asserted"}
    assert accusations == {("ECU", "PER"), ("PER", "ECU")}
