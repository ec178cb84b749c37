"""Regressions: a month or weekday name is never a place, though the gazetteer knows towns
called March or May ("struck targets in Khost province in March": no act against Britain)."""

from __future__ import annotations

import pytest

from dyadwatch.annotate.places import lookup_place
from dyadwatch.coder import Coder
from event_support import code


@pytest.mark.parametrize("name", ["March", "May", "August", "Sunday"])
def test_calendar_names_are_no_places(name: str) -> None:
    assert lookup_place(name) is None


def test_a_city_still_resolves() -> None:
    found = lookup_place("Peshawar")
    assert found is not None and found.country == "PAK"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani jets struck targets in Khost and Paktika provinces in March this year.",
        "Pakistani jets bombed targets in Khost in March.",
    ],
)
def test_a_strike_in_a_month_hits_no_state_of_that_name(coder: Coder, text: str) -> None:
    events = code(coder, "Afghanistan and Pakistan have clashed often. " + text)
    assert not [e for e in events if e.target.country == "GBR"]
