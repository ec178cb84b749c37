"""A person held by a state is detained (173, triggers.yaml hold-person), the person's
state the target; told in a passive with no doer, the state of the place holds them
(person_acts.yaml state_only_verbs). Not what is held that is no person ("The forum was
held in Brisbane"), nor "held X responsible"."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Dutch citizen has been held in Tehran since January.", ("IRN", "NLD")),
        ("Two Canadian citizens were held in China for three years.", ("CHN", "CAN")),
        ("Russia has held American journalist Evan Gershkovich since March.", ("RUS", "USA")),
    ],
)
def test_a_person_held_is_detained(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected and q[2].startswith("17") and q[3] == "asserted" for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The 26th Australia-Papua New Guinea Ministerial Forum was held in Brisbane on 6 April.",
        "The Chile-Peru summit was held in Lima.",
        "Iran held the British ambassador responsible for the attack.",
    ],
)
def test_what_is_held_and_no_person_is_no_detention(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2].startswith("17") for q in found), found
