"""Ending or terminating an agreement or relations reduces relations (16) with the other
party; the agreement quit is what the act is on, so it is no signing (057) or second event of
its own, unless it names another doer."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Burkina Faso terminated its military agreement with France.", ("BFA", "FRA")),
        ("The government of Chad said it was ending its defence cooperation agreement with France.", ("TCD", "FRA")),
        ("Mali ended its defence accords with France in May.", ("MLI", "FRA")),
        ("Niger quit its migration pact with the European Union.", ("NER", "EUR")),
    ],
)
def test_ending_an_agreement_reduces_relations_and_signs_nothing(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "160", "asserted") in found
    assert [q for q in found if q[:2] == pair] == [(*pair, "160", "asserted")]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Taiwan decided to end relations with Nauru.", ("TWN", "NRU")),
        ("Paraguay terminated diplomatic relations with Venezuela on Friday.", ("PRY", "VEN")),
    ],
)
def test_ending_relations_cuts_ties(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert any(q[:3] == (*pair, "161") for q in quads(code(coder, sentence)))


def test_a_reluctance_to_ease_sanctions_leaves_the_sanctions_in_place(coder: Coder) -> None:
    found = quads(code(coder, "Washington saw no reason to ease its own sanctions on Havana."))
    assert ("USA", "CUB", "163", "asserted") in found


def test_ending_a_visit_is_no_reduction_of_relations(coder: Coder) -> None:
    found = quads(code(coder, "The Brazilian president ended his visit to China on Friday."))
    assert not any(q[2].startswith("16") for q in found)
