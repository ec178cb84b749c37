"""Regressions of the words21 rule on what is seized from a state: seizing or capturing a
place or thing from another state coerces that state (173, triggers.yaml seize, target the
from-phrase when the object names no actor); a from-phrase that names no actor is none."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("China seized the nearby shoal from the Philippines in 2012.", ("CHN", "PHL", "173", "asserted")),
        ("Russia captured the town from Ukraine in May.", ("RUS", "UKR", "173", "asserted")),
        ("Azerbaijan seized three villages from Armenia last year.", ("AZE", "ARM", "173", "asserted")),
    ],
)
def test_what_is_seized_from_a_state_coerces_it(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


def test_a_from_phrase_naming_no_actor_is_no_target(coder: Coder) -> None:
    found = quads(code(coder, "Chinese police seized drugs from a smuggler's boat."))
    assert not any(q[2] == "173" for q in found), found
