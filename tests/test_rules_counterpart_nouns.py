"""A state's one neighbour or rival ("its neighbour", "its Andean rival") is the other
state its sentence named before it (GUIDELINES §2: descriptions resolve to the state they
point at), never a guess across sentences."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(
    "text",
    [
        "Peru has recalled its ambassador to Chile, accusing its neighbour of spying on its navy.",
        "Peru suspended a fishing agreement with Chile on Monday, accusing its Andean rival of overfishing.",
    ],
)
def test_its_neighbour_is_the_state_named_with_it(coder: Coder, text: str) -> None:
    accusations = {(e.source.country, e.target.country, e.status.value) for e in code(coder, text) if e.root == "11"}
    assert accusations == {("PER", "CHL", "asserted")}


def test_a_neighbour_with_no_state_named_before_it_is_no_one(coder: Coder) -> None:
    text = "Chile held naval drills on Friday. Peru has accused its neighbour of spying on its navy."
    assert not [e for e in code(coder, text) if e.root == "11"]
