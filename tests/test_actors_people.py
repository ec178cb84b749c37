"""People's names found by rule (the coder runs without the statistical NER)."""

from __future__ import annotations

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.people import person_spans
from dyadwatch.nlp.pipeline import load_pipeline
from dyadwatch.settings import DEFAULT_MODEL

CASES = [
    ("title then name", "Japanese Foreign Minister Koichiro Gemba criticised Seoul.", ["Koichiro Gemba"]),
    ("honorific", "Mr. Lee visited the islands on Friday.", ["Lee"]),
    ("counterpart", "His Korean counterpart Pak Myung Guk stated his support.", ["Pak Myung Guk"]),
    ("two-word name as subject", "Vladimir Putin thanked the president.", ["Vladimir Putin"]),
    ("no months or places", "In December 2018 Venezuela opened an embassy in Pyongyang.", []),
    ("no country names", "North Korea and Venezuela signed a deal.", []),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(DEFAULT_MODEL)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_person_spans(nlp, name: str, text: str, expected: list[str]) -> None:
    lex = load_lexicon()
    doc = nlp(text, disable=["ner"])
    mentions = {}
    for m in lex.find_mentions(text):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for tok in span or []:
            mentions[tok.i] = m
    sent = next(iter(doc.sents))
    found = [doc[a:b].text for a, b in person_spans(sent, mentions, lex)]
    assert found == expected
