"""Regressions of the rule on undoings that name no one: an act that undoes (lifts a ban,
unblocks funds, releases what was seized) whose object points back at nothing ("removed
tariffs", "unblocked 1 billion euros") undoes the measure or seizure its own actor took
against another state before, and takes that state as its target."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _asserted(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Ghana imposed sanctions on Togo in March. In June Ghana lifted restrictions on cross-border trade.", "GHA", "TGO"),
        ("The European Union froze 3 billion euros of funds for Poland in 2021. The European Commission unblocked 1 billion euros this month.", "EUR", "POL"),
        ("Iran seized a Greek tanker in the Gulf in May. Iran released the tanker and its crew in November.", "IRN", "GRC"),
    ],
)
def test_an_undoing_takes_the_target_of_the_doers_own_measure(coder: Coder, text: str, doer: str, target: str) -> None:
    assert (doer, target, "08") in _asserted(coder, text)


def test_an_undoing_never_takes_the_target_of_anothers_measure(coder: Coder) -> None:
    # the measure was Egypt's, not Kenya's: Kenya's own easing names no one it undoes
    found = _asserted(coder, "Egypt imposed a ban on Sudanese imports in March. Kenya lifted restrictions on cross-border trade in June.")
    assert not any(s == "KEN" and r == "08" for s, _, r in found)
