"""Regressions of the disc24 rule on findings: what a political body reports, finds or
concludes that another state did is its claim, and a hostile act it so reports is its
accusation (GUIDELINES §4: 11), as with a verb of saying."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "finder", "accused"),
    [
        ("In 2005 the International Court of Justice found that Uganda had violated Congo's sovereignty.", "UNO", "UGA"),
        ("A U.N. panel of experts reported last year that Eritrea had attacked Djibouti.", "UNO", "ERI"),
        ("The United Nations concluded that Israel had attacked Lebanon.", "UNO", "ISR"),
    ],
)
def test_a_finding_of_a_hostile_act_accuses_its_doer(coder: Coder, sentence: str, finder: str, accused: str) -> None:
    found = quads(code(coder, sentence))
    assert (finder, accused, "112", "asserted") in found


def test_the_act_a_finding_reports_is_the_finders_claim(coder: Coder) -> None:
    found = quads(code(coder, "A U.N. panel of experts reported that Eritrea had attacked Djibouti."))
    assert not any(s == "ERI" and t == "DJI" and st == "asserted" for s, t, _, st in found)
