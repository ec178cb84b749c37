"""An envoy ordered, thrown or sent out (a particle, not a to-infinitive) is expelled (166)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Moscow retaliated by ordering out two Bulgarian envoys.", ("RUS", "BGR")),
        ("Latvia threw out the Russian ambassador.", ("LVA", "RUS")),
        ("Mali ordered the French ambassador out of the country.", ("MLI", "FRA")),
        ("Paris sent home the Malian ambassador.", ("FRA", "MLI")),
    ],
)
def test_an_envoy_ordered_out_is_expelled(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert any(q[:3] == (*pair, "166") for q in quads(code(coder, sentence)))


def test_ordering_out_troops_is_no_expulsion_of_envoys(coder: Coder) -> None:
    found = quads(code(coder, "Russia ordered out its troops from the border area."))
    assert not any(q[2] == "166" for q in found)
