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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia cut diplomatic ties with Iran on Sunday. Sudan also severed ties on Monday.", ("SDN", "IRN", "161", "asserted")),
        ("Lithuania expelled two Russian diplomats on Friday. Estonia expelled three diplomats too.", ("EST", "RUS", "166", "asserted")),
    ],
)
def test_an_act_told_also_takes_the_target_of_the_last_of_its_kind(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text, day=date(2016, 1, 5)))


def test_an_act_told_also_with_a_target_of_its_own_keeps_it(coder: Coder) -> None:
    found = quads(code(coder, "Saudi Arabia cut diplomatic ties with Iran on Sunday. Sudan also severed ties with Qatar.", day=date(2016, 1, 5)))
    assert ("SDN", "QAT", "161", "asserted") in found
    assert not any(q[:2] == ("SDN", "IRN") for q in found)
