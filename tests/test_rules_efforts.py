"""Seeking something tells an effort, not a commitment: no statement of intent (03) comes
of "have sought support" or "has sought security deals", while a pledge still states one."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Niger cut diplomatic ties with Ukraine on Tuesday. Russian military instructors arrived in Niamey in April. "
        "Analysts said the rupture could help Moscow portray Ukraine as a destabilising force in Africa, where both "
        "countries have sought support over the war.",
        "Tuvalu signed a security treaty with Australia. The provision was widely read as aimed at China, which has "
        "sought security deals in the region since its 2022 pact with Solomon Islands.",
    ],
)
def test_seeking_is_no_statement_of_intent(coder: Coder, text: str) -> None:
    assert not any(q[2].startswith("03") for q in quads(code(coder, text)))


def test_a_pledge_still_states_an_intent(coder: Coder) -> None:
    found = quads(code(coder, "China pledged to expand its security cooperation with Solomon Islands."))
    assert any(q[:2] == ("CHN", "SLB") and q[2].startswith("03") for q in found)
