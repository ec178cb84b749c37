"""Regressions of the status20 rule: a rejection its own actor announces with a plain
future ("said it would reject any talks") is made in announcing it, asserted (as an
intent is, GUIDELINES §4); the same future told by others stays a forecast."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Pyongyang's foreign ministry said on Monday that North Korea would reject any dialogue with Seoul.", "PRK", "KOR"),
        ("Hungary said it will reject the EU's migration plan.", "HUN", "EUR"),
        ("Iran announced it would reject the IAEA's new proposal.", "IRN", "IAE"),
    ],
)
def test_an_announced_rejection_is_made(coder: Coder, sentence: str, source: str, target: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == (source, target) and q[2].startswith("12") and q[3] == "asserted" for q in found)


def test_a_rejection_forecast_by_others_is_not(coder: Coder) -> None:
    found = quads(code(coder, "Analysts said Hungary would reject the EU's migration plan."))
    assert not any(q[:2] == ("HUN", "EUR") and q[2].startswith("12") and q[3] == "asserted" for q in found)
