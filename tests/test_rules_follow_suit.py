"""A phrase that repeats the act told before it ("followed suit", "did the same") makes its
subject a doer of that act, to the same target: a main clause repeats the last deed told
before its sentence, a subordinate clause the act of its own sentence."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Saudi Arabia cut diplomatic ties with Iran on Sunday. Al-Jubeir accused Tehran of planting terrorist cells. "
            "Bahrain followed suit on Monday.",
            date(2016, 1, 5),
            ("BHR", "IRN", "161", "asserted"),
        ),
        (
            "Niger said Tuesday it was severing diplomatic relations with Ukraine, two days after neighbouring Mali did the same.",
            date(2024, 8, 7),
            ("MLI", "UKR", "161", "asserted"),
        ),
        (
            "Lithuania expelled two Russian diplomats on Friday. Latvia did likewise a day later.",
            date(2022, 4, 9),
            ("LVA", "RUS", "166", "asserted"),
        ),
    ],
)
def test_a_follower_repeats_the_act(coder: Coder, text: str, day: date, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text, day=day))


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain followed suit on Monday.",
        "The lawsuit followed suit.",
    ],
)
def test_no_act_to_follow_or_no_new_doer(coder: Coder, text: str) -> None:
    assert not any(e.rule.startswith("follow-suit") for e in code(coder, text))
