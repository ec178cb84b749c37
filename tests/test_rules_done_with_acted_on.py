"""Regressions of the intent19b rule on intents that name no one: the state that acted on
the committer earlier in the sentence is the one the intent is towards ("Rubio visited San
Salvador, when Bukele offered ..."), as the state the committer acted on is; not the other
side of a joint act, whose first-named side already stands for both."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("China thanked Pakistan for its support, and Islamabad pledged to deepen cooperation.", ("PAK", "CHN")),
        ("The Japanese foreign minister visited Hanoi on Monday, when Vietnam promised to expand cooperation.", ("VNM", "JPN")),
        ("Brazil praised Argentina's restraint, and Buenos Aires vowed to strengthen ties.", ("ARG", "BRA")),
    ],
)
def test_an_intent_naming_no_one_is_towards_who_just_acted_on_the_committer(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert any((s, t) == pair and c.startswith("03") for s, t, c, _ in found)


def test_a_joint_act_gives_one_intent_per_pair(coder: Coder) -> None:
    events = code(coder, "Benin and Togo signed a mutual defence pact on Tuesday, pledging to come to each other's aid if either is attacked.")
    assert not any((e.source.country, e.target.country) == ("TGO", "BEN") and e.rule.startswith("commit/") for e in events)
