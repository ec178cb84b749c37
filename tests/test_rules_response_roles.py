"""Who makes a response and who bears it (commitment.yaml, events/commitment.py): a
response verb that tells the purpose of another act committed to ("agreed to deploy the
system to counter the missiles") is that act's aim, no answer promised; and a verb whose
subject undergoes the response it takes ("they will pay a dear price", "will face the
consequences") makes its subject the one threatened, never the one who threatens."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo and Canberra agreed last year to station more radars to counter China's missiles.",
        "Poland and Lithuania pledged to build new fences to counter Belarus's border provocations.",
        "Manila and Washington agreed in April to deploy a missile system to counter China's coast guard.",
    ],
)
def test_a_response_that_is_an_act_s_purpose_threatens_no_one(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2].startswith("13") and q[3] == "asserted" for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed to retaliate against Israel for the strike on its consulate.",
        "Iran reserves the right to respond to Israel's strike on its consulate.",
    ],
)
def test_a_commitment_s_own_response_still_threatens(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("IRN", "ISR", "130", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "bearer"),
    [
        ("Pyongyang's statement said the United States and its followers will pay a dear price for their reckless provocations.", "USA"),
        ('North Korea said on Tuesday: "We remind the U.S. and South Korea that they will pay a dear price for their reckless drills."', "USA"),
    ],
)
def test_who_pays_the_price_is_threatened(coder: Coder, text: str, bearer: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[0] == bearer and q[2].startswith("13") for q in found), found
    assert ("PRK", bearer, "130", "asserted") in found, found
