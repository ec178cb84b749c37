"""Regressions of the actors29 rule on implicit targets: an act whose other side the
sentence does not name, no state named in it, is aimed at the state its doer has dealt with
most in the article's acts, before the state the article talks about most ("The two
countries established relations in 1945 ... Canada halved its embassy staff": Cuba's, not
the United States' the article names more)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "doer", "partner", "talked_of", "root"),
    [
        ("Ghana recalled its ambassador from Togo in March. Nigeria is the largest economy in the region, "
         "and Nigeria's president chairs the bloc. Nigeria has long dominated the region. Ghana later sent aid.",
         "GHA", "TGO", "NGA", "07"),
        ("Chile and Peru signed a fisheries accord in 2019. Argentina is the region's biggest buyer of fish, "
         "and Argentina's fleet is the largest. Argentina has long dominated the trade. "
         "Chile suspended most visa services in May.", "CHL", "PER", "ARG", "16"),
    ],
)
def test_the_unnamed_side_is_the_doers_partner(coder: Coder, text: str, doer: str, partner: str, talked_of: str, root: str) -> None:
    found = _pairs(coder, text)
    assert (doer, partner, root) in found
    assert (doer, talked_of, root) not in found
