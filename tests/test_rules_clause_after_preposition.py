"""A clause after a word that is both conjunction and preposition ("after artillery shells
struck a resort") that the parser hangs, without its subject, as a conjunct of the main
verb: its subject is the noun right before it, not the main verb's subject
(events/tree.py subject_of)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_clause_after_preposition_keeps_its_own_subject(coder: Coder) -> None:
    text = ("BAGHDAD (AFP) - Iraq recalled its charge d'affaires from Ankara on Wednesday and summoned the Turkish "
            "ambassador after artillery shells struck a mountain resort in the Kurdistan region, killing nine tourists.")
    got = quads(code(coder, text))
    assert ("IRQ", "TUR", "114", "asserted") in got
    assert not {q for q in got if q[2][:2] in ("18", "19")}
