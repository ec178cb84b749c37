"""Regressions of the disc24 rule on thanks: the act a relative clause tells in what an
actor is thanked for is that actor's ("Venezuela thanks China for the help it provided":
China's aid to Venezuela, not Venezuela's to China)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya thanked Japan for the aid it sent after the floods.",
        "Kenya's president thanked Japan for the humanitarian assistance it delivered last year.",
        "Kenya praised Japan for the help it provided during the drought.",
    ],
)
def test_the_thanked_one_did_the_act_it_is_thanked_for(coder: Coder, sentence: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert ("JPN", "KEN", "07") in found
    assert ("KEN", "JPN", "07") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya criticised Japan for the sanctions it imposed on Uganda.",
        "Kenya condemned Japan for the sanctions it imposed on Uganda last year.",
    ],
)
def test_the_blamed_one_did_the_act_it_is_blamed_for(coder: Coder, sentence: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert ("JPN", "UGA", "16") in found
    assert ("KEN", "UGA", "16") not in found


@pytest.mark.parametrize(
    ("sentence", "doer", "other", "root"),
    [
        ("Nicaragua thanked China for the vaccines donated to the country this year.", "CHN", "NIC", "07"),
        ("Ukraine condemned Russia for the missiles fired at Kyiv on Monday.", "RUS", "UKR", "19"),
        ("Cuba praised Mexico for the oil shipped to Havana in March.", "MEX", "CUB", "07"),
    ],
)
def test_a_participle_with_no_agent_is_the_act_of_the_one_thanked_or_blamed(coder: Coder, sentence: str, doer: str, other: str, root: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert (doer, other, root) in found
