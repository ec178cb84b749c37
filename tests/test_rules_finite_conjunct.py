"""Regressions of the status20 rule: a finite verb in the past that the parse joins to the
infinitive of a demand ("urged X to act and closed its border") is an act of its own,
done, not part of what was demanded; the demanded infinitive stays hypothetical."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "source", "target", "root"),
    [
        ("Washington urged Caracas to hold talks and lifted some sanctions on Venezuela last week.", "USA", "VEN", "08"),
        ("Ankara urged Baghdad to act and closed its border with Iraq on Friday.", "TUR", "IRQ", "16"),
        ("Beijing urged Manila to show restraint and expelled two Philippine diplomats on Monday.", "CHN", "PHL", "16"),
    ],
)
def test_a_past_verb_beside_a_demanded_infinitive_is_done(coder: Coder, sentence: str, source: str, target: str, root: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == (source, target) and q[2].startswith(root) and q[3] == "asserted" for q in found)


def test_the_demanded_infinitive_itself_stays_hypothetical(coder: Coder) -> None:
    found = quads(code(coder, "The EU urged Minsk to free the prisoners and to impose no new restrictions on Lithuania."))
    assert not any(q[:2] == ("BLR", "LTU") and q[3] == "asserted" for q in found)
