"""Regressions of the disc21 at-request rule: acting "at the request of" another actor
answers its appeal: the requester asks the subject of the verb the phrase hangs on (020)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June 2020 Argentina grounded a cargo plane at the request of the United States.", ("USA", "ARG", "02")),
        ("Kenya extradited the suspect at the request of Uganda.", ("UGA", "KEN", "02")),
        ("At the request of France, the Security Council met on Friday.", ("FRA", "UNO", "02")),
    ],
)
def test_the_requester_asks_the_one_who_acts(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, text)


def test_a_request_named_as_a_thing_is_no_appeal_to_the_subject(coder: Coder) -> None:
    found = _pairs(coder, "Kenya rejected the request of Uganda on Monday.")
    assert ("UGA", "KEN", "02") not in found
