"""actors.people (issue 13 rules): proper nouns that an office's "of" or "for" governs name
a body, not a person; a titled person with no country, in an official publisher's
statement, is the publisher's own."""

from __future__ import annotations

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.people import person_spans
from dyadwatch.events.arguments import Resolver
from dyadwatch.nlp.pipeline import load_pipeline
from dyadwatch.settings import DEFAULT_MODEL
from rule_support import read, token

OFFICIAL = "UK Government - Foreign Office"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(DEFAULT_MODEL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Minister of Foreign Affairs met Chilean officials.", []),
        ("The Ministry of Foreign Affairs summoned the ambassador.", []),
        ("The minister met Ana Ruiz.", ["Ana Ruiz"]),
        ("Ana Ruiz met the minister.", ["Ana Ruiz"]),
    ],
)
def test_person_spans(nlp, text: str, expected: list[str]) -> None:
    lex = load_lexicon()
    doc = nlp(text, disable=["ner"])
    mentions = {}
    for m in lex.find_mentions(text):
        for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
            mentions[tok.i] = m
    sent = next(iter(doc.sents))
    assert [doc[a:b].text for a, b in person_spans(sent, mentions, lex)] == expected


# (text, publisher, [(country, sector, kind)] of "Ruiz" in the last sentence)
TITLED = [
    # a minister the official publisher names without a country is its own
    ("Minister Ruiz met Chilean officials. Ruiz later condemned Chile.", OFFICIAL, [("GBR", "GOV", "person")]),
    # a publisher that is no government gives nobody a country
    ("Minister Ruiz met Chilean officials. Ruiz later condemned Chile.", "Reuters", []),
    ("Minister Ruiz met Chilean officials. Ruiz later condemned Chile.", None, []),
    # a country in the title speaks first
    ("Peruvian Minister Ruiz met Chilean officials. Ruiz later condemned Chile.", OFFICIAL, [("PER", "GOV", "person")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "expected"), TITLED, ids=[f"{t[0][:30]} ({t[1]})" for t in TITLED])
def test_a_titled_person_in_an_official_statement(text: str, source: str | None, expected: list[tuple]) -> None:
    _, ctx = read(text, source=source)
    assert [(r.country, r.sector, r.kind) for r in Resolver(ctx).actors(token(ctx, "Ruiz"))] == expected
