"""A second act in the sentence: a hand trigger of one subject that names no one it acts on,
coordinated with a verb of the same subject whose act was coded, is aimed at that act's
target (events/conjunct.py; triggers.yaml conjunct_hostile_roots, conjunct_friendly_roots)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second verb takes the first's target
        ("Chile's foreign ministry thanked Argentina for its help and offered its good offices.", ("CHL", "ARG", "030")),
        # ... and the first the second's: a coordinated noun trigger's verb counts
        ("Norway refused to recognise the vote and imposed sanctions on Belarusian officials.", ("NOR", "BLR", "120")),
        ("Turkey, which has launched dozens of drone strikes in Iraq this year and seized a hill near Duhok, said nothing.",
         ("TUR", "IRQ", "173")),
        ("Ottawa backed Denmark's right to protect its waters but urged caution to avoid an incident.", ("CAN", "DNK", "100")),
        # a relative clause on the act tells what it holds
        ("In 2005 Caracas signed an energy agreement with Havana, under which Venezuela shipped 90,000 barrels of oil a day.",
         ("VEN", "CUB", "061")),
        # a purpose infinitive shares the subject of the verb it serves
        ("Ramaphosa telephoned President Kagame to urge restraint.", ("ZAF", "RWA", "100")),
    ],
)
def test_coordinated_act_takes_the_target_of_its_conjunct(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # another clause with a subject of its own
        ("Peru summoned Bolivia's ambassador, and Lima refused to attend the summit in Geneva.", ("PER", "BOL")),
        # a criticism beside a cooperative act: a third party's act
        ("Ghana's foreign ministry thanked Togo for its help and condemned what it called an attempt to seize the ship.",
         ("GHA", "TGO")),
        # a verb of saying: what is said decides
        ("Kenya's minister met Uganda's envoy and insisted that the border stay open.", ("KEN", "UGA")),
        # a passive conjunct: its subject suffered the act (the parser hangs it on the verb)
        ("Iraqi troops invaded Kuwait in 1990, and about a thousand Kuwaiti citizens, half of them women, were killed during "
         "the occupation.", ("IRQ", "KWT")),
    ],
)
def test_coordinated_act_left_alone(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    events = [e for e in code(coder, sentence) if e.rule.endswith("+conjunct")]
    assert not [e for e in events if (e.source.country, e.target.country) == pair], events
