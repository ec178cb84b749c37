"""The purpose of a summons: "summoned Argentina's ambassador to demand an explanation" is
the summoner's demand, aimed at the one summoned (the summoned envoy does not act in it,
as an object controls "urged Iran to stop"); a noun carried by a light verb there is the
same ("to lodge strong protests"), not a noun with a doer of its own ("to protest Turkish
air strikes")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.records import Event
from dyadwatch.settings import Settings
from event_support import code


def roots(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.country, e.target.country, e.root) for e in events if e.status.value == "asserted"}


def codes(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.country, e.target.country, e.cameo) for e in events if e.status.value == "asserted"}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Brazil summoned Paraguay's ambassador on Friday to demand an explanation.", ("BRA", "PRY", "100")),
        # (the protest itself, beside the summons, 114)
        ("The Japanese foreign ministry summoned the Chinese ambassador to lodge a strong protest.", ("JPN", "CHN", "111")),
    ],
)
def test_the_purpose_of_a_summons_is_the_summoners_act_on_the_summoned(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in codes(code(coder, text))


def test_the_summoned_envoy_does_not_act_in_the_purpose(coder: Coder) -> None:
    text = "Brazil summoned Paraguay's ambassador to demand an explanation for the shooting of two Brazilian farmers."
    events = roots(code(coder, text))
    assert ("PRY", "BRA", "10") not in events and ("BRA", "PRY", "10") in events


def test_a_purpose_noun_with_its_own_doer_keeps_it(coder: Coder) -> None:
    events = roots(code(coder, "Iraq summoned Turkey's ambassador on Monday to protest Turkish air strikes in the north."))
    assert ("TUR", "IRQ", "19") not in events and ("TUR", "IRQ", "18") not in events
