"""An agreement a verb of agreeing takes as its object is concluded ("agreed a treaty with
Tuvalu", "agreed a deal with France"): asserted, no statement of intent; only the verb's
to-infinitive lies ahead ("agreed to supply radars": an intent, the supply future). And a
word of judgement counts at VADER's valence of the form written where VADER rates it
("disputed" -1.4, its lemma "dispute" -1.7): a disputed border is no criticism."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Canberra has agreed a treaty with Tuvalu.", ("AUS", "TUV")),
        ("Britain agreed a deal with France on migrants last year.", ("GBR", "FRA")),
        ("Japan agreed a new trade accord with Vietnam in March.", ("JPN", "VNM")),
    ],
)
def test_an_agreement_agreed_is_concluded(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "057", "asserted") in found
    assert not any(q[2].startswith("03") for q in found)


def test_agreeing_to_an_act_still_states_an_intent(coder: Coder) -> None:
    found = quads(code(coder, "Russia agreed to supply Armenia with radars."))
    assert ("RUS", "ARM", "031", "asserted") in found
    # (the act itself stays future: radars supplied are military cooperation, 062, since
    # provide-with-arms; any 06 code)
    assert any(q[:2] == ("RUS", "ARM") and q[2].startswith("06") and q[3] == "future" for q in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in Kyrgyzstan and Tajikistan said on Friday that troops had pulled back from their disputed border.",
        "The foreign ministers of Kyrgyzstan and Tajikistan said the talks on their disputed border would resume.",
    ],
)
def test_a_disputed_border_criticises_no_one(coder: Coder, sentence: str) -> None:
    assert not [q for q in quads(code(coder, sentence)) if q[2].startswith("11")]


def test_agreeing_that_an_act_will_be_done_states_an_intent(coder: Coder) -> None:
    found = quads(code(coder, "Peru and Chile agreed that their foreign ministers would meet in Lima next month."))
    assert any(q[2] == "036" and q[3] == "asserted" for q in found)
