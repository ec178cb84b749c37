"""Regressions of the words24 trigger entries: acts between two named states that the
coder gave no event at all (operations suspended in another state, fighting alongside its
forces, works inaugurated together, territory handed over, a permission revoked, carriers
banned, hotlines cut, talks walked out of, a suspension lifted)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source, target, root) of the asserted events, either order for symmetric ones."""
    out = set()
    for e in code(coder, text):
        if e.status.value != "asserted":
            continue
        out.add((e.source.country, e.target.country, e.root))
        if e.symmetric:
            out.add((e.target.country, e.source.country, e.root))
    return out


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Belgium is suspending its training operations in Niger.", ("BEL", "NER", "16")),
        ("Canada suspended the operations of its consulate in Tehran in 2012.", ("CAN", "IRN", "16")),
        ("Kenyan police officers fought alongside Haitian forces against the gangs.", ("KEN", "HTI", "06")),
        ("Cuban advisers served alongside Angolan troops for years.", ("CUB", "AGO", "06")),
        ("Egypt's Prime Minister and Sudan's President inaugurated a new railway on Monday.", ("EGY", "SDN", "06")),
        ("Presidents of Uzbekistan and Tajikistan inaugurated a bridge over the border river.", ("UZB", "TJK", "06")),
        ("Britain handed over the territory to China in 1997.", ("GBR", "CHN", "08")),
        ("ECOWAS lifted the suspension of trade with Guinea.", ("ECW", "GIN", "08")),
        ("Ghana revoked Nigeria's permission to use the port.", ("GHA", "NGA", "16")),
        ("Peru revoked the accreditation of Mexico's ambassador.", ("PER", "MEX", "16")),
        ("The EU banned Belarusian airlines from its airspace.", ("EUR", "BLR", "16")),
        ("Seoul cut all military hotlines with Pyongyang.", ("KOR", "PRK", "16")),
        ("North Korea cut off communication lines with South Korea.", ("PRK", "KOR", "16")),
        ("Ethiopia said it was pulling out of the talks with Egypt.", ("ETH", "EGY", "16")),
    ],
)
def test_an_act_between_two_named_states_is_coded(coder: Coder, sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # operations suspended at home, or with no state where they were
        "Germany suspended its reconnaissance operations in Bavaria.",
        "Germany suspended its reconnaissance operations on Tuesday.",
        # what is handed over in words yields nothing
        "Britain handed over a letter to China.",
    ],
)
def test_no_act_without_another_state_or_its_goods(coder: Coder, sentence: str) -> None:
    roots = {t[2] for t in _triples(coder, sentence)}
    assert not roots & {"16", "08"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya said Somalia's decision was disproportionate.",
        "Kenya called the Somali decision disproportionate.",
        "Kenya said the Somali decision was legally void.",
    ],
)
def test_a_measure_judged_disproportionate_or_void_criticises_its_author(coder: Coder, sentence: str) -> None:
    assert ("KEN", "SOM", "11") in _triples(coder, sentence)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Chile's ambassador to Peru, Ana Gomez, was summoned by Peru's foreign ministry on Monday. "
            "Santiago responded by recalling Gomez for consultations.",
            ("CHL", "PER", "16"),
        ),
        ("Canada's envoy in Riyadh, Dennis Horak, was expelled on Monday. Ottawa then recalled Dennis Horak.", ("CAN", "SAU", "16")),
    ],
)
def test_an_envoy_recalled_by_name_is_recalled_from_the_state_of_the_story(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(coder, text)


def test_recalling_a_named_person_s_words_recalls_no_envoy(coder: Coder) -> None:
    text = "Relations between Russia and Georgia soured in 2008. Putin recalled Gorbachev's words in a speech."
    assert not {t for t in _triples(coder, text) if t[2] == "16"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Chile's foreign ministry said the sailors were fishermen who had been \"detained without cause\" "
            "and thanked Argentina for its help.",
            ("CHL", "ARG", "05"),
        ),
        (
            "Egypt's foreign ministry said the talks were meetings that had been \"held in a positive spirit\" "
            "and welcomed Sudan's proposal.",
            ("EGY", "SDN", "05"),
        ),
    ],
)
def test_a_speech_act_coordinated_after_a_reported_clause_is_the_speaker_s(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(coder, text)
