"""A movement that governs a state from a date (data/actors/de_facto_governments.yaml) acts
for that state from the date on, and for no state before it."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.de_facto import load_de_facto_governments
from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def _accusations(coder: Coder, text: str, day: date) -> set[tuple[str, str]]:
    return {(e.source.country, e.target.country) for e in code(coder, text, day=day) if e.root == "11" and e.status.value == "asserted"}


TEXT = "The Taliban accused Tajikistan of sheltering armed opponents."


def test_the_movement_acts_for_the_state_it_governs_from_its_date(coder: Coder) -> None:
    since = next(g.since for g in load_de_facto_governments() if g.country == "AFG")
    assert _accusations(coder, TEXT, since) == {("AFG", "TJK")}
    assert _accusations(coder, TEXT, date(2023, 5, 2)) == {("AFG", "TJK")}


def test_before_its_date_the_movement_acts_for_no_state(coder: Coder) -> None:
    assert _accusations(coder, TEXT, date(2019, 5, 2)) == set()


def test_a_longer_name_of_another_movement_is_never_the_government(coder: Coder) -> None:
    text = "The Pakistani Taliban accused Tajikistan of sheltering armed opponents."
    assert _accusations(coder, text, date(2023, 5, 2)) == set()
