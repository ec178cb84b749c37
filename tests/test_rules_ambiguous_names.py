"""Regressions of the disc24 rule on names of several actors: "Brussels" (Belgium or the
EU's institutions, capitals.yaml candidates) is the one its own sentence named before it
("the European Union's ambassador said Brussels had raised the matter"), before the
article's memory; and it is that actor wherever the sentence reads it (its reference
and the state another word of the sentence points at)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("South Africa held naval drills with Russia. The European Union's ambassador in Pretoria said Brussels had raised the matter with the government.", "ZAF"),
        ("The EU's envoy in Caracas said Brussels had raised the matter with the Venezuelan government.", "VEN"),
        ("Kenya hosted the talks. The European Union's spokesman said Brussels had raised the matter with the Kenyan government.", "KEN"),
    ],
)
def test_brussels_after_the_union_in_its_sentence_is_the_union(coder: Coder, text: str, other: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert ("EUR", other, "04") in found
    assert not any("BEL" in (s, t) for s, t, _ in found)


def test_brussels_alone_after_belgium_is_belgium(coder: Coder) -> None:
    found = quads(code(coder, "Belgium recalled its ambassador. Brussels accused Rwanda of backing the rebels."))
    assert ("BEL", "RWA", "112", "asserted") in found
