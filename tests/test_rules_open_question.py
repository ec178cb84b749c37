"""Regressions: a clause that "whether" or "if" makes the object of a verb of saying is an
open question, so it promises and threatens nothing ("Qatar has not said whether it will
retaliate"); a clause that "if" makes a condition still does."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code

LEAD = "Saudi Arabia cut ties with Qatar on Monday. "



def _asserted_threats(events: list) -> list:
    return [e for e in events if e.source.country == "QAT" and e.cameo.startswith("13") and e.status.value == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar has not said whether it will retaliate.",
        "Qatar did not say whether it would retaliate against Riyadh.",
        "Qatar would not say if it would take countermeasures.",
    ],
)
def test_an_open_question_threatens_nothing(coder: Coder, text: str) -> None:
    assert not _asserted_threats(code(coder, LEAD + text))


def test_a_condition_still_threatens(coder: Coder) -> None:
    assert _asserted_threats(code(coder, LEAD + "Qatar said it would retaliate if Riyadh closed the border."))
