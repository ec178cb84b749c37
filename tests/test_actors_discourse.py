"""actors.discourse: "he" is the person named last before it, never one named later."""

from __future__ import annotations

from dyadwatch.actors.discourse import Discourse
from dyadwatch.actors.lexicon import load_lexicon


def discourse() -> Discourse:
    return Discourse(frozenset(load_lexicon().igo_names))


def test_no_person_named_later_in_the_text() -> None:
    d = discourse()
    d.add_person("Ana Ruiz", "PER", "GOV", offset=100)
    assert d.person_before(50) is None
    found = d.person_before(150)
    assert found is not None and found.country == "PER"


def test_the_nearest_person_before() -> None:
    d = discourse()
    d.add_person("Ana Ruiz", "PER", "GOV", offset=10)
    d.add_person("Luis Soto", "CHL", "GOV", offset=100)
    before = [d.person_before(at) for at in (5, 50, 150)]
    assert [p.country if p else None for p in before] == [None, "PER", "CHL"]
    d.seen_person(d.people["Ruiz"], 200)  # "Ruiz" named again
    assert d.person_before(250).country == "PER"  # type: ignore[union-attr]


def test_a_person_known_without_a_place_in_the_text_still_answers() -> None:
    d = discourse()
    d.add_person("Ana Ruiz", "PER", "GOV")  # registered with no offset
    found = d.person_before(50)
    assert found is not None and found.country == "PER"
