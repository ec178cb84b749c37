"""A verb's preposition counts for a pattern only when it names a party: "on Tuesday" dates a
phone call, it makes no "call on" (a demand); a parser's predicative complement with no
object to describe is the object ("called Nepalese Prime Minister K.P. Sharma Oli"); an
indefinite noun phrase straight after the object names it ("called the ambassador a
politician"), it does not phone."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan on Tuesday.", ("RUS", "TUR")),
        ("French President Emmanuel Macron called Italian Prime Minister Giorgia Meloni on Friday.", ("FRA", "ITA")),
        ("Indian Prime Minister Narendra Modi called Nepalese Prime Minister K.P. Sharma Oli on Monday.", ("IND", "NPL")),
    ],
)
def test_a_call_dated_by_on_is_a_phone_call(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "041", "asserted") in found
    assert not any(q[2] == "100" for q in found)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The United States on Monday called on Russia to withdraw its troops.", ("USA", "RUS")),
        ("Britain called on Iran on Monday to release the tanker.", ("GBR", "IRN")),
    ],
)
def test_a_call_on_a_state_stays_a_demand_beside_a_date(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "100", "asserted") in quads(code(coder, sentence))


def test_a_pattern_preposition_under_a_particle_still_counts(coder: Coder) -> None:
    found = quads(code(coder, "The Trump administration put Cuba back on its list of state sponsors of terrorism."))
    assert ("USA", "CUB", "163", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "US President Donald Trump called South Africa's ambassador a race-baiting politician.",
        "Brazil's president called the Argentine minister an arrogant amateur.",
    ],
)
def test_naming_someone_something_is_no_phone_call(coder: Coder, sentence: str) -> None:
    assert not any(q[2] == "041" for q in quads(code(coder, sentence)))
