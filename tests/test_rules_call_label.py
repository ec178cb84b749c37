"""Regressions of the root20 rule on "call" with a label: a verb of calling whose object the
parser gave a trailing adjective ("called Beijing's remarks unacceptable") names the object, as
a predicative complement does; it phones no one (041)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Hungary's president also called Xi's words unacceptable.", ("HUN", "CHN")),
        ("Germany's chancellor also called Putin's words unacceptable.", ("DEU", "RUS")),
        ("Kenya's president called Museveni's words outrageous.", ("KEN", "UGA")),
    ],
)
def test_calling_a_statement_something_phones_no_one(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, sentence))}
    assert (*pair, "04") not in found and (pair[1], pair[0], "04") not in found


def test_calling_a_leader_still_phones_him(coder: Coder) -> None:
    found = quads(code(coder, "Biden called Xi on Tuesday."))
    assert ("USA", "CHN", "041", "asserted") in found
