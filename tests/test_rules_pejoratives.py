"""Regressions of the eval19 political invective (data/events/pejoratives.yaml): words
VADER lacks judge as its negative words do ("called the claims slanderous", "said the
accusations were nonsense", "a puppet of Washington")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Chile accused Peru of spying. Peru called the claims slanderous.",
        'Chile accused Peru of spying. Peru\'s foreign ministry said the accusations were "Chilean propaganda and nonsense".',
        "Chile accused Peru of spying. Peru's foreign ministry said the accusations were a fabrication.",
    ],
)
def test_invective_against_an_accusation_criticises_the_accuser(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("PER", "CHL", "111", "asserted") in found


def test_invective_against_a_government_criticises_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru's prime minister called the Chilean government a puppet of Washington."))
    assert ("PER", "CHL", "111", "asserted") in found


def test_invective_denied_is_no_criticism(coder: Coder) -> None:
    found = quads(code(coder, "Chile accused Peru of spying. Peru said the accusations were not slanderous."))
    assert ("PER", "CHL", "111", "asserted") not in found
