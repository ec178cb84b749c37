"""A state named by its relation to another, through a pronoun ("accusing its neighbour",
"invaded its neighbour", "stood by its ally"): the other state of the relation, the one
the sentence names beside the owner, else its other side in the story; never what the act
is about ("of helping Russia")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.records import Event
from dyadwatch.settings import Settings
from event_support import code


def roots(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.country, e.target.country, e.root) for e in events if e.status.value == "asserted"}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # named before it in the sentence
        ("Morocco suspended contacts with Germany on Monday, accusing its European partner of hostile acts.", ("MAR", "DEU", "11")),
        # named after it, outside what the act is about
        ("Chad has long accused its eastern neighbour of arming the rebels, a claim Sudan has always denied.", ("TCD", "SDN", "11")),
        # named in the story before
        ("Armenia and Azerbaijan held talks in Brussels on Monday. On Tuesday Yerevan accused its neighbour of shelling border villages.", ("ARM", "AZE", "11")),
    ],
)
def test_a_relation_owned_by_a_pronoun_names_the_other_state(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in roots(code(coder, text))


def test_what_the_act_is_about_is_not_the_related_state(coder: Coder) -> None:
    # no neighbour is named: Russia is what the accusation is about
    events = code(coder, "Uzbekistan accused its neighbour of helping Russia.")
    assert ("UZB", "RUS", "11") not in roots(events)
