"""The rules leave the Doc they read as they found it: the parse readings they keep while a
paragraph is read (``tree``'s memo) are dropped when the paragraph is done, so the Doc can
still be saved and loaded with spaCy's own ``to_bytes`` / ``from_bytes``."""

from __future__ import annotations

from spacy.tokens import Doc

from dyadwatch.events.sentence import Parsed
from dyadwatch.events.tree import conjuncts
from dyadwatch.nlp.pipeline import load_pipeline
from dyadwatch.settings import Settings
from rule_support import article_state, rules

TEXT = "France and Germany condemned the missile launch by North Korea. Japan did the same."


def test_a_paragraph_read_by_the_rules_can_be_saved_and_loaded_again() -> None:
    nlp = load_pipeline(Settings().model)
    state = article_state(TEXT)
    (doc,) = nlp.pipe([TEXT], disable=["ner"])
    events = rules().paragraph(state, [Parsed(0, doc)])
    assert events  # the rules did read the paragraph (and asked the parse their questions)
    loaded = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [t.text for t in loaded] == [t.text for t in doc]
    assert [(t.dep_, t.head.i) for t in loaded] == [(t.dep_, t.head.i) for t in doc]


def test_a_reading_asked_again_after_the_rules_is_the_same() -> None:
    nlp = load_pipeline(Settings().model)
    state = article_state(TEXT)
    (doc,) = nlp.pipe([TEXT], disable=["ner"])
    before = [[c.i for c in conjuncts(t)] for t in doc]
    rules().paragraph(state, [Parsed(0, doc)])
    assert [[c.i for c in conjuncts(t)] for t in doc] == before
    assert before[0] == [2]  # "France" is coordinated with "Germany"
