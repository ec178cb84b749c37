"""Two states that pledge together bind each other (030) unless the act they pledge is for a
third state: "Mexico and Russia pledged to send fuel to Cuba" is each one's intent towards
Cuba (and fuel sent is aid), not towards each other; an opponent named with "against" leaves
the bond between the two."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize("giver", ["MEX", "RUS"])
def test_a_joint_pledge_for_a_third_state_is_towards_it(coder: Coder, giver: str) -> None:
    found = quads(code(coder, "Mexico and Russia pledged on Tuesday to send fuel to Cuba.", day=date(2024, 10, 24)))
    assert any(q[:2] == (giver, "CUB") and q[2].startswith("03") for q in found)
    assert not any({q[0], q[1]} == {"MEX", "RUS"} for q in found)


def test_a_joint_vow_against_a_third_state_binds_the_two(coder: Coder) -> None:
    text = "Cuban President Miguel Diaz-Canel visited Pyongyang, where the two sides vowed to stand together against U.S. imperialism."
    found = quads(code(coder, text, day=date(2018, 11, 5)))
    assert any({q[0], q[1]} == {"CUB", "PRK"} and q[2] == "030" for q in found)
