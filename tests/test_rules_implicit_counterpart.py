"""Regressions of the disc21 implicit-counterpart rule: an act whose other side the
sentence leaves implicit takes, among the states the sentence names, the one the doer has
already dealt with in the article ("Chile expelled Peruvian diplomats. Chile also issued
demands, including the closure of a Bolivian station in Peru": Peru), not a state named
only on the way."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "doer", "counterpart", "passing", "root"),
    [
        ("Chile expelled two Peruvian diplomats on Monday. Chile also issued five demands, "
         "including the closure of a Bolivian radio station in Peru.", "CHL", "PER", "BOL", "10"),
        ("Ghana accused Togo of harbouring rebels. Ghana later imposed sanctions, "
         "citing a Nigerian militia based in Togo.", "GHA", "TGO", "NGA", "16"),
        ("Egypt recalled its ambassador from Sudan in May. Egypt then issued several demands, "
         "including the expulsion of an Ethiopian adviser from Sudan.", "EGY", "SDN", "ETH", "10"),
    ],
)
def test_the_implicit_side_is_the_doers_counterpart(coder: Coder, text: str, doer: str, counterpart: str, passing: str, root: str) -> None:
    found = _pairs(coder, text)
    assert (doer, counterpart, root) in found
    assert (doer, passing, root) not in found
