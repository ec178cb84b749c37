"""Regressions of the actors29 reading of a judged visit: a visit is a meeting of both sides
(CAMEO 04, symmetric in the guidelines), so a third party that praises "the
visit" approves of the visitor and the host (criticism of a visit stays the visitor's)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


def test_a_third_party_praises_both_sides_of_a_visit(coder: Coder) -> None:
    found = _triples(coder, "Kenyan President William Ruto visited Uganda on Monday for the first time in four years. "
                            "The United States and the European Union both praised the visit.")
    assert {("USA", "KEN", "05"), ("USA", "UGA", "05"), ("EUR", "KEN", "05"), ("EUR", "UGA", "05")} <= found

