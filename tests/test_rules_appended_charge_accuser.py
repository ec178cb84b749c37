"""Regressions of the actors29 accuser of an appended charge: ", a charge Kampala rejects"
sums up the clause before its comma, so the accuser is the subject of the nearest finite
verb there that names an actor other than the deniers ("officials in Nairobi say ..."; not
a participle's subject: "accuses the North of sending troops, a charge both Moscow and
Pyongyang deny" is Seoul's charge), even when no earlier accusation was coded."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Officials in Nairobi say the smuggling is run by gangs and by units of the Ugandan army, a charge Kampala rejects.",
         {("UGA", "KEN", "110")}, set()),
        ("Egypt broke off relations with Libya in May over its alleged support for armed groups, a charge Tripoli denies.",
         {("LBY", "EGY", "110")}, set()),
        ("Seoul accuses the North of sending troops to fight in Ukraine, a charge both Moscow and Pyongyang deny.",
         {("PRK", "KOR", "110"), ("RUS", "KOR", "110")}, {("RUS", "PRK", "110")}),
    ],
)
def test_the_accuser_is_the_charging_clause_subject(coder: Coder, text: str, expected: set, wrong: set) -> None:
    found = {(s, t, c) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert expected <= found
    assert not wrong & found
