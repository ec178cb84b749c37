"""events.arguments: from a token to the actors it names, references included, and what
a sentence leaves in the discourse memory."""

from __future__ import annotations

import pytest

from dyadwatch.events.arguments import Resolver, remember_named
from rule_support import read, token

# (text, the word to resolve, countries it excludes, [(country, sector, kind)]); the last
# sentence is the one asked
CASES = [
    ("Tehran condemned Baghdad.", "Tehran", set(), [("IRN", None, "capital")]),
    ("The Kremlin accused Warsaw.", "Kremlin", set(), [("RUS", "GOV", "seat")]),
    ("NATO warned Russia.", "NATO", set(), [("NAT", None, "igo")]),
    # modifiers give the actor, the head word its sector
    ("Iranian forces crossed the border.", "forces", set(), [("IRN", "MIL", "demonym")]),
    ("Pakistani and Afghan forces clashed.", "forces", set(), [("PAK", "MIL", "demonym"), ("AFG", "MIL", "demonym")]),
    ("The Government of India protested.", "Government", set(), [("IND", "GOV", "name")]),
    # "Western adversaries" are not the West; "the Minsk agreements" are no government
    ("Iran criticised its Western adversaries.", "adversaries", set(), []),
    ("The Minsk agreements were signed.", "Minsk", set(), []),
    # references
    ("Kenya has recalled its ambassador.", "its", set(), [("KEN", None, "pronoun")]),
    ("Turkey, which has recalled its envoy, protested.", "which", set(), [("TUR", None, "name")]),
    ("Morocco is a key partner. The United States pledged aid to the country.", "country", {"USA"}, [("MAR", None, "definite")]),
    ("The European Union criticised Japan. Later the country responded.", "country", set(), [("JPN", None, "definite")]),
    ("Russia and China met. The former praised the latter.", "former", set(), [("RUS", None, "former-latter")]),
    ("Russia and China met. The former praised the latter.", "latter", set(), [("CHN", None, "former-latter")]),
    ("Vietnam and Laos met. Both countries signed a deal.", "countries", set(), [("VNM", None, "pair"), ("LAO", None, "pair")]),
    ("Vietnam hosted the talks. Laos praised the Southeast Asian state.", "state", {"LAO"}, [("VNM", None, "description")]),
    # people the article introduced with a country
    ("Peruvian Foreign Minister Ana Ruiz met Bolivian officials. Ruiz later condemned Bolivia.", "Ruiz", set(), [("PER", "GOV", "person")]),
    ("Peruvian Foreign Minister Ana Ruiz met Bolivian officials. He later condemned Bolivia.", "He", set(), [("PER", "GOV", "pronoun")]),
    # an official with no country is nobody's, unless an official publisher speaks
    ("The Foreign Secretary spoke.", "Secretary", set(), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "exclude", "expected"), CASES, ids=[f"{c[1]}: {c[0][:40]}" for c in CASES])
def test_actors(text: str, word: str, exclude: set[str], expected: list[tuple]) -> None:
    _, ctx = read(text)
    refs = Resolver(ctx).actors(token(ctx, word), exclude)
    assert [(r.country, r.sector, r.kind) for r in refs] == expected


def test_an_official_publishers_title_is_its_own_official() -> None:
    _, ctx = read("The Foreign Secretary spoke.", source="UK Government - Foreign Office")
    refs = Resolver(ctx).actors(token(ctx, "Secretary"))
    assert [(r.country, r.sector, r.kind) for r in refs] == [("GBR", "GOV", "publisher-official")]


def test_deep_actors_take_an_event_nouns_partner() -> None:
    # "endorsed an agreement with the European Union" endorses the EU
    _, ctx = read("Japan endorsed an agreement with the European Union.")
    assert [r.country for r in Resolver(ctx).deep_actors(token(ctx, "agreement"))] == ["EUR"]


def test_deep_actors_skip_places() -> None:
    _, ctx = read("Japan condemned the attack on a ship in Iranian waters.")
    assert Resolver(ctx).deep_actors(token(ctx, "attack")) == []


def test_remember_named_ranks_the_subject_first_and_keeps_the_pair() -> None:
    state, ctx = read("Chile opened talks with Peru and Bolivia.")
    remember_named(ctx)
    assert state.disc.ranked() == ["CHL", "PER", "BOL"]
    assert state.disc.last_pair is not None
    assert [r.country for r in state.disc.last_pair] == ["PER", "BOL"]
