"""Regressions of the actors29 institution name: Germany's foreign ministry in its own English
name, "the Federal Foreign Office", is Germany's, not Britain's "Foreign Office" it contains."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_the_federal_foreign_office_is_germanys(coder: Coder) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, "The Federal Foreign Office called on Belarus to release the man."))}
    assert ("DEU", "BLR", "10") in found
    assert ("GBR", "BLR", "10") not in found
