"""Regressions: naming another state's government a dictatorship or a tyranny criticises it
(111; pejoratives.yaml, words VADER does not know)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Spain's defence minister described the government of Venezuela as a dictatorship.",
        "The Spanish foreign minister called the Venezuelan government a tyranny.",
        "Spain said the Venezuelan government was a dictatorship.",
    ],
)
def test_calling_a_government_a_dictatorship_criticises_it(coder: Coder, text: str) -> None:
    assert ("ESP", "VEN", "111", "asserted") in quads(code(coder, text))


def test_a_past_dictatorship_told_as_history_is_no_criticism(coder: Coder) -> None:
    found = quads(code(coder, "Spain became a democracy after the dictatorship of Francisco Franco ended in 1975."))
    assert not [q for q in found if q[2] == "111"]
