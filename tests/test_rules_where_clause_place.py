"""An attack told in a where-clause happens in the place the clause hangs on: "diverted
from Grozny, where Ukrainian drones were attacking" is an attack on Russia, the state of the
city (GeoNames gazetteer, as "drones attacked Grozny" already was); a state named there
counts too (triggers.yaml place_target_roots, place_target_city_roots)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The airliner was turned back from Grozny, where Ukrainian drones were attacking at the time.", ("UKR", "RUS", "190", "asserted")),
        ("The convoy left Syria, where Russian jets were bombing rebel positions.", ("RUS", "SYR", "190", "asserted")),
    ],
)
def test_where_clause_attack_targets_its_place(coder: Coder, sentence: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in quads(code(coder, sentence))


def test_where_clause_own_city_is_no_target(coder: Coder) -> None:
    # a city of the attacker's own state names no target
    events = code(coder, "The minister flew to Aleppo, where Syrian forces were attacking rebel positions.")
    assert not [e for e in events if e.source.country == "SYR" and e.target.country == "SYR"]
    assert not [e for e in events if e.root == "19"]


def test_where_clause_of_two_doers_is_between_them(coder: Coder) -> None:
    # two states that fought each other there: the place is no target of either
    events = code(coder, "The talks stirred memories of Congo, where Ugandan and Rwandan troops fought on opposing sides.")
    assert not [e for e in events if e.target.country == "COD"]
