"""Regressions of the scope of the status cues (annotate/status.py): a modal, hedge or
word of intent governs its own clause and what it embeds, not a participle that describes
a noun ("in a Qatari-brokered deal") nor the act a possessed noun presupposes ("Minsk's
decision to suspend talks")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "broker", "parties"),
    [
        ("Chad and Sudan agree to end border row in Qatari-brokered deal", "QAT", ("TCD", "SDN")),
        ("Niger and Benin agree to settle border row in Chinese-brokered deal", "CHN", ("NER", "BEN")),
    ],
)
def test_a_participle_before_its_noun_tells_a_done_act(coder: Coder, sentence: str, broker: str, parties: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    for party in parties:
        assert (broker, party, "045", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuania expelled two Belarusian diplomats, as the United States weighed its response to Minsk's decision to suspend talks with Vilnius.",
        "Poland recalled its ambassador while the European Union considered a reply to Minsk's decision to suspend talks with Vilnius.",
    ],
)
def test_a_possessed_noun_keeps_its_act_from_the_cues_above(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == ("BLR", "LTU") and q[3] == "asserted" for q in found), found
    assert not any(q[:2] == ("BLR", "LTU") and q[3] == "hypothetical" for q in found), found


def test_a_plan_still_looks_ahead(coder: Coder) -> None:
    found = quads(code(coder, "Britain said it would oppose Minsk's plan to suspend talks with Vilnius."))
    assert not any(q[:2] == ("BLR", "LTU") and q[3] == "asserted" for q in found), found


def test_a_demand_still_directs(coder: Coder) -> None:
    found = quads(code(coder, "Lithuania reiterated its demand that Belarus release the detained Lithuanian diplomats."))
    assert not any(q[3] == "asserted" and q[2].startswith("08") for q in found), found


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("Japan does not recognise the referendum and condemns Russia for holding it.", ("JPN", "RUS", "111", "asserted")),
        ("The Philippines will not withdraw its ships and urges China to respect the ruling.", ("PHL", "CHN", "100", "asserted")),
    ],
)
def test_a_present_verb_beside_a_negated_verb_keeps_its_own_polarity(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


def test_a_negation_joined_by_or_is_shared(coder: Coder) -> None:
    found = quads(code(coder, "Seoul does not confirm or condemn Pyongyang's launch."))
    assert ("KOR", "PRK", "111", "asserted") not in found, found
