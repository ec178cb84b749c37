"""A noun made from a CAMEO verb that codes an event ("shooting", "designation"), judged by
a verb of judging or a copula, names an act: its doer is the one criticised (111), found as
the doer of the last act of that verb's kind told (evaluation.yaml nominal_suffixes;
GUIDELINES §3, criticising another's act)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the act of the verb's kind told before ("shot down" ... "the shooting": 19)
        ("Turkish jets shot down a Syrian helicopter near the border on Monday. "
         "Syria described the shooting as a criminal act.", ("SYR", "TUR", "111", "asserted")),
        # a verb of no kind of its own: the act the judge answers
        ("Washington added Nicaragua to its list of state sponsors of terrorism on Tuesday. "
         "The Nicaraguan foreign minister called the designation \"cynical and hypocritical\".", ("NIC", "USA", "111", "asserted")),
    ],
)
def test_judged_verbal_noun_criticises_its_doer(coder: Coder, text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in quads(code(coder, text))


def test_adjective_on_verbal_noun_judges_no_act(coder: Coder) -> None:
    # "the brutal conflict in Sudan": a state of things, not an act judged
    events = code(coder, "Britain pledged more aid on Monday. \"The brutal conflict in Sudan has caused terrible suffering,\" the British minister said.")
    assert not [e for e in events if e.cameo == "111"]


def test_verbal_noun_of_a_kind_no_one_did_is_no_ones(coder: Coder) -> None:
    # protesters (no state) broke into the mission: the breach is no state's act
    events = code(coder, "Bangladesh summoned India's envoy on Tuesday. Hundreds of protesters broke into its mission in Agartala. "
                         "India's foreign ministry called the breach deeply regrettable.")
    assert not [e for e in events if e.cameo == "111" and e.source.country == "IND"]
