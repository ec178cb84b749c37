"""Regressions of the disc21 measure-owner rule: a measure whose own on- or against-phrase
names its target ("UN sanctions on Iran") keeps its compound as its owner, even where a
verb with a subject governs it ("Mongolia enforced UN sanctions on North Korea" is the
UN's sanctions on North Korea, not Mongolia's against the UN); a compound with no such
phrase is still the target ("Washington imposed new Iran sanctions")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia has enforced United Nations Security Council sanctions on North Korea.",
        "Vietnam applied UN sanctions against North Korea for years.",
        "Laos strictly implemented Security Council sanctions on North Korea.",
    ],
)
def test_the_compound_owns_a_measure_whose_target_it_names(coder: Coder, text: str) -> None:
    found = _pairs(coder, text)
    assert ("UNO", "PRK", "16") in found
    assert not any(t == "UNO" for _, t, _ in found)


def test_a_compound_on_a_measure_without_an_on_phrase_is_its_target(coder: Coder) -> None:
    found = _pairs(coder, "Washington imposed new Iran sanctions on Monday.")
    assert ("USA", "IRN", "16") in found
