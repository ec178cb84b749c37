"""Regressions of the actors29 reading of a relative-clause denial: ", which X denied" hangs
on the clause that tells the charge, up through the clauses without a subject of their own
(and a verb the tagger read as an adjective, "to free") to the accusing one: "accused
France of seeking to intervene militarily to free Bazoum, which Paris denied" is France
denying Niger's charge."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "accuser", "denier"),
    [
        ("Mali's junta accused Algeria, its northern neighbour, of seeking to intervene militarily to free Dicko, "
         "which Algiers denied.", "MLI", "DZA"),
        ("Chad's junta accused Sudan, the eastern neighbour, of seeking to intervene militarily to free Timan, "
         "which Khartoum denied.", "TCD", "SDN"),
    ],
)
def test_the_denial_answers_the_accusing_clause(coder: Coder, text: str, accuser: str, denier: str) -> None:
    found = {(s, t, c) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert (denier, accuser, "110") in found
