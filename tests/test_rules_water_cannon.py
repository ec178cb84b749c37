"""Water cannon or tear gas turned on another state's vessels coerce (175, root 17), no
armed attack (190): triggers.yaml water-cannon, written before fire-at."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday a Chinese coast guard vessel fired water cannon at a Vietnamese fishing boat near the Paracels.",
        "Chinese coast guard ships used water cannon against two Philippine resupply boats on Saturday.",
    ],
)
def test_water_cannon_is_coercion(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[2] == "175" for q in found), found
    assert not any(q[2].startswith("19") for q in found), found


def test_shells_fired_still_attack(coder: Coder) -> None:
    found = quads(code(coder, "North Korean troops fired artillery shells at a South Korean island on Tuesday."))
    assert ("PRK", "KOR", "190", "asserted") in found, found
