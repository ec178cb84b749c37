"""events.arguments (issue 13 rules): a possessive bound to its clause's subject, an
appositive office, purpose clauses, and a gerund's own subject. tests/test_arguments.py
covers the resolver's other references."""

from __future__ import annotations

import pytest

from dyadwatch.events.arguments import Resolver
from rule_support import read, token

OFFICIAL = "UK Government - Foreign Office"

# (text, word, excluded countries, publisher, [(country, kind)]); the last sentence is asked
ACTORS = [
    # a possessive in the object refers to the clause's own subject, when they agree in
    # number; excluded (the subject looking for its target), it names no other party
    ("Japan said North Korea must abandon its weapons.", "its", set(), None, [("PRK", "pronoun")]),
    ("Japan said North Korea must abandon its weapons.", "its", {"PRK"}, None, []),
    ("Japan said the North Korean leaders must abandon their weapons.", "their", {"PRK"}, None, []),
    # a plural possessive is not bound to a singular subject: the nearest other party
    ("Japan said North Korea must abandon their weapons.", "their", {"PRK"}, None, [("JPN", "pronoun")]),
    ("Iran detained two Britons. The British government has demanded their release.", "their", {"GBR"}, None,
     [("IRN", "pronoun")]),
    # an appositive office names a person's actor, whatever the dictionaries say he held
    # (Carl Bildt: Sweden's in the Phoenix dictionaries) ...
    ("Carl Bildt criticised Turkey.", "Bildt", set(), None, [("SWE", "person")]),
    ("Carl Bildt, the United Nations special envoy, criticised Turkey.", "Bildt", set(), None, [("UNO", "igo")]),
    ("Carl Bildt, the special envoy of the United Nations, criticised Turkey.", "Bildt", set(), None, [("UNO", "igo")]),
    # ... but not an office the resolver would guess (the official publisher's own)
    ("Carl Bildt, the foreign minister, criticised Turkey.", "Bildt", set(), OFFICIAL, [("SWE", "person")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "exclude", "source", "expected"), ACTORS, ids=[f"{a[1]}: {a[0][:45]} {a[2] or ''}" for a in ACTORS])
def test_actors(text: str, word: str, exclude: set[str], source: str | None, expected: list[tuple]) -> None:
    _, ctx = read(text, source=source)
    assert [(r.country, r.kind) for r in Resolver(ctx).actors(token(ctx, word), exclude)] == expected


DEEP = [
    # a purpose clause names no party of its noun
    ("Japan welcomed efforts to address the North Korean threat.", "efforts", []),
    ("Japan supported efforts to contain the Russian offensive.", "efforts", []),
    ("Japan supported efforts by Russia.", "efforts", ["RUS"]),
    # a gerund's own subject is its party, not what it governs
    ("Japan voiced concern about Iran accelerating its enrichment.", "accelerating", ["IRN"]),
    ("Japan voiced concern about accelerating Iranian enrichment.", "accelerating", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "expected"), DEEP, ids=[d[0][:55] for d in DEEP])
def test_deep_actors(text: str, word: str, expected: list[str]) -> None:
    _, ctx = read(text)
    assert [r.country for r in Resolver(ctx).deep_actors(token(ctx, word))] == expected
