"""An undoing told in the passive with no agent ("The embargo was lifted in 2005", "The
sanctions were eased") undoes the measure of its kind told before: that measure's doer
lifts it, on its target (CAMEO 085). The measure's word may be its verb's noun ("banned
flights" ... "the ban", "the boycott"). With no measure told before, or a measure of
another kind, nothing is coded."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey imposed an embargo on Armenia in 1993. The embargo was lifted in 2005.", ("TUR", "ARM")),
        ("Canada imposed sanctions on Venezuela in 2017. The sanctions were eased last year.", ("CAN", "VEN")),
        ("Kenya banned flights from Somalia in 2019. The ban was lifted a year later.", ("KEN", "SOM")),
        ("Saudi Arabia imposed an embargo on Qatar in 2017. The boycott was lifted in 2020.", ("SAU", "QAT")),
    ],
)
def test_a_measure_lifted_with_no_agent_is_lifted_by_its_doer(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "085", "asserted") in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions were eased last year, officials in Ottawa said.",
        # (talks postponed undo no measure, though "postpone" undoes one elsewhere)
        "Canada imposed sanctions on Venezuela in 2017. The talks were postponed last year.",
    ],
)
def test_no_measure_told_no_undoing(coder: Coder, text: str) -> None:
    assert not [q for q in quads(code(coder, text)) if q[2].startswith("08")]
