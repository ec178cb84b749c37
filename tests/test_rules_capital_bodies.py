"""A capital set before a noun of the state's own bodies ("the Tripoli authorities", "the
Kabul government", "a Beijing court") stands for that state, as "the authorities in Tripoli"
do (descriptions.yaml local_institution_nouns); a capital naming anything else ("the Minsk
agreements", "the Astana format") is a name, not a government (GUIDELINES §2: a capital
used for its government)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Kabul government signed a border deal with Pakistan on Monday.", ("AFG", "PAK", "057", "asserted")),
        ("A Beijing court sentenced a Canadian citizen to death on Friday.", ("CHN", "CAN", "172", "asserted")),
        ("Seoul officials met Japanese diplomats on Thursday.", ("KOR", "JPN", "040", "asserted")),
    ],
)
def test_capital_before_a_body_is_its_state(coder: Coder, sentence: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in quads(code(coder, sentence))


def test_capital_in_a_name_is_no_state(coder: Coder) -> None:
    events = code(coder, "Pakistan criticised the Minsk agreements on Tuesday.")
    assert not [e for e in events if "BLR" in (e.source.country, e.target.country)]
