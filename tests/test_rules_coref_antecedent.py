"""Regressions of the coref20 rules for a reaction to a definite act noun ("condemned the
strikes", "the seizures"): its target is the doer of the act told before with that very
word or with its verb, not the doer of a later act of the same kind told with another word."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


def _pairs(coder: Coder, text: str, code_prefix: str) -> set[tuple[str, str]]:
    return {(e.source.country, e.target.country) for e in code(coder, text) if e.cameo.startswith(code_prefix)}


@pytest.mark.parametrize(
    "text",
    [
        "Iraq summoned Turkey's ambassador to protest Turkish air strikes in the north. "
        "Iran, which also shells Kurdish positions in Iraq, called for calm. The Arab League condemned the strikes.",
        "Lebanon denounced Israeli strikes on its southern villages. Syria, whose army also shells militants "
        "inside Lebanon, urged restraint. On Tuesday the Arab League condemned the strikes.",
    ],
)
def test_the_same_word_told_with_its_doer_beats_a_later_act_of_its_kind(coder: Coder, text: str) -> None:
    condemned = _pairs(coder, text, "11")
    doer = "TUR" if "Turkish" in text else "ISR"
    wrong = "IRN" if doer == "TUR" else "SYR"
    assert ("ARL", doer) in condemned
    assert ("ARL", wrong) not in condemned


@pytest.mark.parametrize(
    ("text", "judge", "doer", "other"),
    [
        ("Iran's navy seized two Greek tankers on Friday, weeks after Greece impounded a Russian vessel whose "
         "cargo was confiscated by the United States. The United States condemned the seizures.", "USA", "IRN", "GRC"),
        ("Belarus detained three Polish journalists, a month after Lithuania's police held a Belarusian lorry "
         "that Poland later confiscated. Germany condemned the detentions.", "DEU", "BLR", "POL"),
    ],
)
def test_a_noun_points_back_at_the_act_told_with_its_verb(coder: Coder, text: str, judge: str, doer: str, other: str) -> None:
    condemned = _pairs(coder, text, "11")
    assert (judge, doer) in condemned
    assert (judge, other) not in condemned


@pytest.mark.parametrize(
    ("text", "judge", "parties", "other"),
    [
        ("Australia and Papua New Guinea signed a mutual defence treaty on Monday. Papua New Guinea signed a police "
         "deal with Canberra last year, after Solomon Islands' security pact with China alarmed Australian officials. "
         "The United States welcomed the treaty.", "USA", {"AUS", "PNG"}, "SLB"),
        ("Chile and Peru signed a fisheries accord in Lima. Ecuador meanwhile reached a trade pact with Colombia. "
         "Brazil welcomed the accord.", "BRA", {"CHL", "PER"}, "ECU"),
    ],
)
def test_an_agreement_noun_points_back_at_the_act_told_with_that_noun(coder: Coder, text: str, judge: str, parties: set[str], other: str) -> None:
    welcomed = {t for s, t in _pairs(coder, text, "05") if s == judge}
    assert parties <= welcomed
    assert other not in welcomed
