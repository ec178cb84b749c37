"""Regressions of defence and security agreements as military cooperation (triggers.yaml
sign-military-agreement, n-military-agreement: 062; GUIDELINES §3 "06 where it is a material
deal", military cooperation 06), and of a pointing noun that finds the agreement it points
back at, not an act told in its own sentence."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Vanuatu signed a security pact with China on Monday.", ("VUT", "CHN")),
        ("Egypt and Somalia signed a mutual defence treaty in Cairo.", ("EGY", "SOM")),
        ("Kenya concluded a military cooperation agreement with Turkey last year.", ("KEN", "TUR")),
    ],
)
def test_a_defence_or_security_agreement_is_military_cooperation(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, sentence)) if q[3] == "asserted"}
    assert (*pair, "062") in found or (pair[1], pair[0], "062") in found, found


def test_a_trade_agreement_stays_an_agreement(coder: Coder) -> None:
    found = quads(code(coder, "Vanuatu signed a trade agreement with China on Monday."))
    assert ("VUT", "CHN", "057", "asserted") in found, found


def test_the_pact_points_back_at_the_pact_not_at_an_act_beside_it(coder: Coder) -> None:
    text = ("Niger and Mali signed a mutual defence pact on Wednesday. "
            "Russia, which has sent military instructors to Mali and Niger, welcomed the pact.")
    found = quads(code(coder, text))
    assert {("RUS", "NER", "051", "asserted"), ("RUS", "MLI", "051", "asserted")} <= found, found
