"""Regressions of offices29: doers and targets named by an office, a body or a relation
that does not name its state. Officials of a state's body named with no state ("Interior
Ministry officials") in a subject act for the state that just acted, as "the ministry"
alone does; not when an adjective or a phrase names their own."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egyptian officials said they were looking for new suppliers of wheat. Trade Ministry officials have held talks with Kazakhstan.", ("EGY", "KAZ", "04")),
        ("Peru closed its border crossings on Tuesday. Interior Ministry officials met Bolivia's envoy in Lima.", ("PER", "BOL", "04")),
    ],
)
def test_officials_of_a_bare_body_act_for_the_state_that_just_acted(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, text)


def test_officials_whose_state_is_named_are_that_state(coder: Coder) -> None:
    found = _pairs(coder, "Peru closed its border crossings on Tuesday. Chilean Interior Ministry officials met Bolivia's envoy in Lima.")
    assert not any(s == "PER" and t == "BOL" and r == "04" for s, t, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan's junta dissolved parliament on Monday. Britain urged the generals to restore civilian rule.", ("GBR", "SDN", "10")),
        ("The Malian junta expelled a French envoy. Algeria has avoided criticising the generals, and Turkey has kept selling them drones.", ("TUR", "MLI", "06")),
    ],
)
def test_the_generals_are_the_junta_the_text_named(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, text)


def test_the_generals_with_no_junta_named_are_no_state(coder: Coder) -> None:
    found = _pairs(coder, "India and Pakistan exchanged fire on Monday. Britain urged the generals to show restraint.")
    assert not any(s == "GBR" and r == "10" for s, _, r in found)


def test_a_bare_title_is_the_office_the_text_named_with_its_state(coder: Coder) -> None:
    # (in a ministry's own statement "The Ambassador" is not the publisher's envoy when the
    # text has named the ambassador of another state)
    text = (
        "The Minister today met the Ambassador of Nigeria to Ghana, who had been summoned over "
        "remarks he made on Monday. The Ambassador accused Ghana of harbouring rebels."
    )
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text, source="Ministry of Foreign Affairs of Ghana"))}
    assert ("NGA", "GHA", "11") in found
