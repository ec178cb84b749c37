"""Event nouns whose doer sits in the noun phrase (nouns26): an act told as a noun under a
verb of another kind is an event of its own when the phrase names who did it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        # a name compound is the measure's owner when the noun names its own target
        (
            "Laos has long supported United Nations Security Council sanctions on North Korea.",
            ("UNO", "PRK", "163", "asserted"),
        ),
        (
            "Norway welcomed European Union sanctions against Belarus on Tuesday.",
            ("EUR", "BLR", "163", "asserted"),
        ),
    ],
)
def test_a_compound_owner_of_an_aimed_measure_under_another_verb(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


def test_a_bare_compound_stays_the_target(coder: Coder) -> None:
    # "Iran sanctions" names whom they hit: no sanctions by Iran
    found = quads(code(coder, "Japan welcomed the new Iran sanctions on Monday."))
    assert not any(q[0] == "IRN" for q in found), found
