"""A state that hosts people who stay (a garrison, refugees, workers) meets no one: only a
guest hosted is a meeting (triggers.yaml host, except_objects)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali hosts about 2,000 Russian troops.", ("MLI", "RUS")),
        ("Chad, whose government hosts about 400 Egyptian doctors, said nothing.", ("TCD", "EGY")),
        ("Kenya hosts about 300,000 Somali refugees.", ("KEN", "SOM")),
    ],
)
def test_hosting_people_who_stay_is_no_meeting(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert not any(q[:2] == pair and q[2].startswith("04") for q in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana hosted Nigerian President Bola Tinubu in Accra.", ("GHA", "NGA")),
        ("Kenya hosted members of a Chinese parliamentary delegation in Nairobi.", ("KEN", "CHN")),
    ],
)
def test_a_guest_hosted_is_still_a_meeting(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert (*pair, "043", "asserted") in found, found
