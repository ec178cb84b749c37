"""Regressions of the rule on asking for an undoing: a demand or appeal for the lifting of
a measure, or an end to it, that names no one is made of the one who took the measure:
the state named on it ("the US embargo"), else the doer of the last such measure told
against the one who asks."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _asserted(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "asker", "doer", "other"),
    [
        ("Bolivia has long called for an end to the Chilean blockade of its exports to Peru.", "BOL", "CHL", "PER"),
        ("Canada imposed sanctions on Iran in 2012. Iran's foreign ministry demanded the immediate lifting of the sanctions, citing Iraq's support.", "IRN", "CAN", "IRQ"),
        ("Japan imposed export curbs on South Korea in July. China criticised the move. Seoul has since demanded the removal of what it calls unfair restrictions.", "KOR", "JPN", "CHN"),
    ],
)
def test_the_undoing_is_asked_of_the_measures_doer(coder: Coder, text: str, asker: str, doer: str, other: str) -> None:
    found = _asserted(coder, text)
    assert (asker, doer, "10") in found
    assert (asker, other, "10") not in found
