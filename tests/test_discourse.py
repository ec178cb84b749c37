"""actors.discourse: what an article has named so far, and who a reference points at."""

from __future__ import annotations

import pytest

from dyadwatch.actors.discourse import Discourse
from dyadwatch.actors.lexicon import load_lexicon


def discourse() -> Discourse:
    return Discourse(frozenset(load_lexicon().igo_names))


def test_recent_mentions_and_subjects_weigh_more() -> None:
    d = discourse()
    d.remember("CHL")
    d.next_sentence()
    d.remember("PER")
    assert d.ranked() == ["PER", "CHL"]
    d.remember("CHL", subject=True)
    assert d.ranked() == ["CHL", "PER"]
    assert d.topic({"CHL"}) == "PER"


def test_old_mentions_fade_but_stay() -> None:
    d = discourse()
    d.remember("CHL")
    for _ in range(10):
        d.next_sentence()
    d.remember("PER")
    scores = d.salience()
    assert scores["PER"] > 10 * scores["CHL"] > 0


def test_an_igo_is_no_state() -> None:
    # "the country" never means the EU or NATO
    d = discourse()
    d.remember("EUR", subject=True)
    d.remember("JPN")
    assert d.topic() == "JPN"
    assert d.ranked(states_only=False)[0] == "EUR"
    assert not d.is_state("NAT") and d.is_state("JPN")


def test_a_long_article_forgets_mentions_forty_sentences_back() -> None:
    d = discourse()
    d.remember("CHL", headline=True)  # the headline's sentence 0 is kept
    d.next_sentence()
    d.remember("BOL")
    for _ in range(450):
        d.next_sentence()
        d.remember("PER")
    assert {m.country for m in d.memory} == {"CHL", "PER"}
    assert len(d.memory) < 450


@pytest.mark.parametrize(
    ("introduced", "later", "found"),
    [
        ("Koichiro Gemba", "Gemba", True),
        ("Kim Yong Nam", "Kim", True),  # the family name may come first
        ("Ana Ruiz", "Mr. Ruiz", True),
        ("Ana Ruiz", "President Ruiz", True),
        ("Ana Ruiz", "Lopez", False),
    ],
)
def test_find_person(introduced: str, later: str, found: bool) -> None:
    d = discourse()
    d.add_person(introduced, "PER", "GOV")
    assert (d.find_person(later) is not None) is found


def test_a_pronoun_finds_the_person_named_last_before_it() -> None:
    d = discourse()
    ruiz = d.add_person("Ana Ruiz", "PER", "GOV", offset=10)
    lee = d.add_person("Lee Myung-bak", "KOR", "GOV", offset=50)
    assert d.person_before(40) is ruiz
    assert d.person_before(60) is lee
    d.seen_person(ruiz, 70)
    assert d.person_before(80) is ruiz
