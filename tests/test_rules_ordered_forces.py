"""Forces ordered to a border show force to the state beyond it (150), as forces sent
there do (triggers.yaml deploy-frontier): "ordered ten battalions to the Colombian
border"; not forces ordered to a place of their own."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador ordered two battalions to the Peruvian border.", ("ECU", "PER")),
        ("Armenia ordered troops to its border with Azerbaijan.", ("ARM", "AZE")),
    ],
)
def test_forces_ordered_to_a_border(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected and q[2].startswith("15") and q[3] == "asserted" for q in found), found


def test_forces_ordered_to_their_own_capital_threaten_no_one(coder: Coder) -> None:
    found = quads(code(coder, "Ecuador's president ordered troops to the capital."))
    assert not any(q[2].startswith("15") for q in found), found
