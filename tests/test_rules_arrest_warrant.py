"""An arrest warrant issued for a foreign leader or official charges him with legal action
(173, triggers.yaml issue-warrant), not a demand (CAMEO's 'issue warrant' pattern, 100,
excluded in cameo_exclusions.yaml)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("A Spanish court on Tuesday issued an arrest warrant for Venezuela's interior minister.", ("ESP", "VEN")),
        ("Last year Belgian prosecutors issued a warrant for Rwandan President Paul Kagame over the killings.", ("BEL", "RWA")),
    ],
)
def test_arrest_warrant_is_legal_action(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    events = code(coder, sentence)
    found = quads(events)
    assert (*pair, "173", "asserted") in found, found
    assert not [q for q in found if q[2] == "100"], found
