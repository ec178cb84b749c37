"""Access granted to another state or its forces (to bases, ports, the sea) is material
cooperation with it (060), the receiver named as the first object, which the parser often
hangs on "access" as a modifier; not consular or humanitarian access, and no receiver that
is no actor."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Kenya granted British troops access to two training ranges last year.", ("KEN", "GBR")),
        ("Djibouti gave Japan access to a port on its coast.", ("DJI", "JPN")),
        ("Georgia gave Armenia access to the Black Sea under the 2019 deal.", ("GEO", "ARM")),
    ],
)
def test_access_granted_cooperates_materially(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "060", "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "China granted Canada consular access to the detained businessman.",
        "The Kenyan government gave reporters access to the camp.",
    ],
)
def test_no_material_cooperation_without_a_state_given_material_access(coder: Coder, sentence: str) -> None:
    assert not [q for q in quads(code(coder, sentence)) if q[2].startswith("06")]
