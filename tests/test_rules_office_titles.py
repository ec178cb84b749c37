"""An office of two words that neither names alone ("The High Representative", "the Special
Representative", sectors.yaml GOV) is a title with no country: in a political publisher's
statement it is the publisher's own official."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("The High Representative spoke by telephone with Chilean Foreign Minister Ana Rojas on Tuesday.", ("EUR", "CHL", "041", "asserted")),
        ("The Special Representative met Peruvian President Luis Vargas in Lima on Friday.", ("EUR", "PER", "040", "asserted")),
    ],
)
def test_two_word_office_is_the_publishers(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence, source="European External Action Service"))
