"""A speaker's polite wish to perform a verbal act performs it: "I would like to invite
you", "we would like to thank" (status_cues.yaml polite_wish_heads; the transcripts'
gold in set10 and set11 reads the invitation as asserted). A wish for a material act, or
a third party's conditional wish, keeps its modal."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I would like to invite Chile to the summit in Lima," Peruvian President Luis Vargas said.', ("PER", "CHL", "020", "asserted")),
        ('"We would like to thank Chile for its help," Peruvian Foreign Minister Luis Vargas said.', ("PER", "CHL", "051", "asserted")),
    ],
)
def test_a_polite_wish_performs_the_verbal_act(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a material act wished for is still to come
        ('"We would like to buy Chilean copper," Peruvian Foreign Minister Luis Vargas said.', ("PER", "CHL", "061", "future")),
        # not the speaker's own wish, and under a condition
        ("Peru would like to invite Chile to the summit if relations improve.", ("PER", "CHL", "020", "hypothetical")),
    ],
)
def test_other_wishes_keep_their_modal(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))
