"""events.sentence: the order of the rules in a sentence. A CAMEO dictionary verb that made
no event leaves its word to the voice rules; a word of the hand lexicon keeps it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


# (text, [(source, target, code, trigger word, rule)])
CASES = [
    # "get out" is the dictionary's (080), with no second party: the demand speaks
    ("Peruvian Foreign Minister Ana Ruiz said Chile must get out.", [("PER", "CHL", "100", "get", "voice/demand:modal")]),
    ('Peruvian Foreign Minister Ana Ruiz said: "Chile must get out."', [("PER", "CHL", "100", "get", "voice/demand:modal")]),
    # "expel" is the hand lexicon's, with no second party: the obligation still speaks
    # (an obligation is a demand whichever lexicon took its verb)
    ("Peruvian Foreign Minister Ana Ruiz said Chile must expel the diplomats.", [("PER", "CHL", "100", "expel", "voice/demand:modal")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_a_dictionary_verb_without_an_event_leaves_its_word(coder: Coder, text: str, expected: list[tuple]) -> None:
    events = code(coder, text)
    assert [(e.source.country, e.target.country, e.cameo, e.trigger_text, e.rule) for e in events] == expected
