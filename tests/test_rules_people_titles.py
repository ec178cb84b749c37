"""A person's title that names an office with a coordinated of-phrase ("Minister of Trade
and Tourism") still carries the state named before it to the name after it: the title
walk in register_people crosses a conjunction inside the name's own phrase."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("Peruvian Minister of Trade and Tourism Luis Vargas met Brazilian officials in Lima.", ("PER", "BRA", "040", "asserted")),
        ("Norwegian Minister of Climate and Environment Kari Holm condemned Russia on Tuesday.", ("NOR", "RUS", "111", "asserted")),
    ],
)
def test_title_with_coordinated_office_keeps_state(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))
