"""Directives told in a to-infinitive (CAMEO 10, demand: "order"): a state that tells or
orders another to act demands it, and the act demanded is not done."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def test_telling_a_state_to_act_demands_it(coder: Coder) -> None:
    text = "Peru has recalled its ambassador to Chile and told Santiago to pull its own envoy out of Lima."
    events = code(coder, text)
    assert ("PER", "CHL", "asserted") in {(e.source.country, e.target.country, e.status.value) for e in events if e.root == "10"}
    # the recall demanded of Chile has not happened
    assert not [e for e in events if (e.source.country, e.root, e.status.value) == ("CHL", "16", "asserted")]
