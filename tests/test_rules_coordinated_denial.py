"""Regressions of the disc22 rule: each coordinated subject of a denial denies the charge
("both Moscow and Pyongyang deny", "Rwanda and Uganda denied"), and one charge has one
accuser for all its deniers ("Washington accuses the North of ..., a charge both Moscow
and Pyongyang deny": Moscow denies Washington's charge too)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both Moscow and Tehran deny the U.S. charge.", {("RUS", "USA"), ("IRN", "USA")}),
        ("Rwanda and Uganda denied the accusations made by Congo.", {("RWA", "COD"), ("UGA", "COD")}),
        ("Washington accuses Iran of supplying drones for the war in Ukraine, a charge both Moscow and Tehran deny.",
         {("RUS", "USA"), ("IRN", "USA")}),
    ],
)
def test_each_coordinated_denier_criticises_the_accuser(coder: Coder, sentence: str, expected: set[tuple[str, str]]) -> None:
    found = {(s, t) for s, t, c, st in quads(code(coder, sentence)) if c[:2] == "11" and st == "asserted"}
    assert expected <= found


def test_a_single_denier_stays_single(coder: Coder) -> None:
    found = {(s, t) for s, t, c, _ in quads(code(coder, "Tehran denies the U.S. charge that it supplied Russia."))
             if c[:2] == "11"}
    assert ("RUS", "USA") not in found
