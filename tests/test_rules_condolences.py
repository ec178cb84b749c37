"""Regressions of the root20 rules on condolences: condolences or sympathy offered to another
state express support for it (051, GUIDELINES §3 "praise, endorse, express support" 05), as
thanks do; not CAMEO's empathetic comment (018), which the gold never takes alone; and words
of support offered ("offered solidarity", "offered condolences") are given in the offer: no
intent (03), as aid offered is."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Japan offered its condolences to Turkey after the earthquake.", ("JPN", "TUR")),
        ("The Indian prime minister expressed deep condolences to Nepal on Sunday.", ("IND", "NPL")),
        ("Canada sent its condolences to Morocco.", ("CAN", "MAR")),
    ],
)
def test_condolences_express_support(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert (*pair, "05") in found
    assert (*pair, "01") not in found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Mexico offered solidarity with Bogota on Monday.", ("MEX", "COL")),
        ("Japan offered condolences to Turkey.", ("JPN", "TUR")),
    ],
)
def test_words_offered_are_expressed_not_promised(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, sentence)) if st == "asserted"}
    assert (*pair, "05") in found
    assert (*pair, "03") not in found


def test_aid_offered_is_still_promised(coder: Coder) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, "Japan offered assistance to Turkey.")) if st == "asserted"}
    assert ("JPN", "TUR", "03") in found
