"""Speed changes that must not change an answer (speed29): the token at a character read
through the Doc's kept offsets is the one a walk over the sentence finds, and the people
found with the sentence's own Token objects are those found without them."""

from __future__ import annotations

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.people import person_spans
from dyadwatch.events.tree import forget_readings, token_at_char
from dyadwatch.nlp.pipeline import load_pipeline
from dyadwatch.settings import DEFAULT_MODEL

TEXT = (
    "On Tuesday, Peru's  foreign minister   said the talks with Chile would resume next week.\n"
    "Japanese Foreign Minister Koichiro Gemba criticised Seoul's decision (announced on 3 May)."
)


@pytest.fixture(scope="module")
def doc():
    return load_pipeline(DEFAULT_MODEL)(TEXT, disable=["ner"])


def _walk(sent, char: int):
    """The old reading: the first token of the sentence whose characters hold ``char``."""
    return next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)


def test_token_at_char_is_the_walk(doc) -> None:
    for sent in doc.sents:
        for char in range(sent.start_char - 2, sent.end_char + 2):
            found, walked = token_at_char(sent, char), _walk(sent, char)
            assert (found.i if found is not None else None) == (walked.i if walked is not None else None), (char, TEXT[char : char + 1])
    forget_readings(doc)
    assert not doc.user_data


def test_person_spans_with_the_sentence_tokens(doc) -> None:
    lex = load_lexicon()
    mentions = {}
    for m in lex.find_mentions(TEXT):
        for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
            mentions[tok.i] = m
    spans = [(sent, person_spans(sent, mentions, lex, list(sent))) for sent in doc.sents]
    assert [person_spans(sent, mentions, lex) for sent, _ in spans] == [s for _, s in spans]
    assert [doc[a:b].text for _, s in spans for a, b in s] == ["Koichiro Gemba"]
