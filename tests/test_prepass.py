"""events.prepass: which sentences can hold an event, decided without the parser."""

from __future__ import annotations

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.events.prepass import cue_words, inflections, worth_parsing
from dyadwatch.events.speech import load_speech

# (sentence, worth parsing, worth parsing when a political voice speaks it)
CASES = [
    # no party at all
    ("The weather was fine on Monday.", False, False),
    # two parties and a trigger word
    ("Peru expelled Chilean diplomats.", True, True),
    # a party, no word that can express an event
    ("The economy of Peru relies on copper.", False, False),
    ("Peru’s economy slowed last year.", False, False),
    # one party: only a trigger that finds its other side in the discourse ...
    ("Peru imposed sanctions.", True, True),
    ("Ministers agreed to cooperate.", True, True),
    # ... or a word that points back at an event told, whose parties the coder looks up
    ("Peru criticised the decision.", True, True),
    # ... or a voice speaks: then one party can be the other side of a criticism
    ("Peru criticised the policies.", False, True),
    # a pronoun is a party; so is a capitalised name that may be a person introduced before
    ("Peru criticised them.", True, True),
    ("Ruiz later condemned Bolivia.", True, True),
    # month and weekday names are nobody's name
    ("On Monday Bolivia condemned.", False, True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "alone", "voiced"), CASES, ids=[c[0] for c in CASES])
def test_worth_parsing(text: str, alone: bool, voiced: bool) -> None:
    mentions = load_lexicon().find_mentions(text)
    assert worth_parsing(text, mentions) is alone
    assert worth_parsing(text, mentions, voiced=True) is voiced


@pytest.mark.parametrize(
    ("lemma", "irregular", "forms"),
    [
        ("ship", {}, {"ships", "shipped", "shipping"}),
        ("agree", {}, {"agrees", "agreed", "agreeing"}),
        ("deny", {}, {"denies", "denied", "denying"}),
        ("meet", {"meet": ["met"]}, {"meets", "met", "meeting"}),
    ],
)
def test_inflections(lemma: str, irregular: dict[str, list[str]], forms: set[str]) -> None:
    assert forms <= inflections(lemma, irregular)


def test_cue_words() -> None:
    cues = cue_words()
    # every form of the pre-pass's speech verbs is a cue ...
    assert all(verb in cues.words and verb + "s" in cues.words for verb in load_speech().cue_verbs)
    # ... and irregular forms come from the data file
    assert {"said", "told", "met"} <= cues.words
    # implicit-target and symmetric triggers can code with one named party; criticism cannot
    assert "sanctions" in cues.lone and "agreed" in cues.lone
    assert "criticised" in cues.words and "criticised" not in cues.lone
