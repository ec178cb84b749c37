"""A verb acting on what another actor did or must do: a dictionary verb of judging keeps
its own event over an event noun that names another doer ("mocked Tokyo's protests" mocks
Tokyo), and telling another actor to act is a demand ("told Riga to close its consulate")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.records import Event
from dyadwatch.settings import Settings
from event_support import code


def roots(events: list[Event]) -> set[tuple[str, str, str, str]]:
    return {(e.source.country, e.target.country, e.root, e.status.value) for e in events}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Beijing on Monday derided Tokyo's protests as a cheap political show.", ("CHN", "JPN")),
        ("The Russian foreign ministry ridiculed Warsaw's complaints about the airspace incident.", ("RUS", "POL")),
    ],
)
def test_a_dictionary_verb_on_another_actors_act_is_aimed_at_that_actor(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "11", "asserted") in roots(code(coder, text))


def test_a_verb_on_its_own_act_leaves_the_event_to_the_noun(coder: Coder) -> None:
    # "withdrew its recognition": the subject's own act, no second event on the noun's doer
    events = code(coder, "In 1983 Myanmar withdrew its recognition of North Korea.")
    assert ("MMR", "PRK", "08", "asserted") not in roots(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow expelled two Latvian diplomats and told Riga to close its consulate in Pskov.", ("RUS", "LVA")),
        ("The Chinese government told Manila to withdraw its vessels from the shoal.", ("CHN", "PHL")),
    ],
)
def test_telling_another_actor_to_act_is_a_demand(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "10", "asserted") in roots(code(coder, text))


def test_telling_reporters_something_is_no_demand(coder: Coder) -> None:
    events = code(coder, "The Indian minister told reporters to expect a trade deal with Britain soon.")
    assert not [e for e in events if e.root == "10"]
