"""The pre-pass: which sentences can hold an event, decided without the parser.

A sentence needs a party (an actor name, a capital, a demonym, a reference such as
"the country" or a pronoun) and a word that can express an event (a trigger of the
lexicon in any inflected form, a speech verb, or a word of the voice rules). Everything
else skips the tagger, parser and NER; its actor mentions still feed the discourse
memory, so "the country" two sentences later resolves as it would with a full parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from .lexicon import load_triggers
from .voice import load_voice

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our", "us", "i", "my"})
# "Ministers agreed to cooperate": a group that stands for the states under discussion
_GROUPS = frozenset({"ministers", "leaders", "officials", "sides", "delegations", "governments", "counterparts", "both", "parties", "presidents", "diplomats"})
_SPEECH = ("say", "state", "stress", "add", "affirm", "declare", "tell", "announce", "note", "warn", "claim", "deny", "label", "describe")


def inflections(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Regular English inflections of a verb or noun lemma, plus listed irregular forms."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ion"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "ship" -> "shipped"
    forms |= set(irregular.get(lemma, []))
    return forms


@dataclass(frozen=True, slots=True)
class CueWords:
    words: frozenset[str]


@cache
def cue_words() -> CueWords:
    raw = yaml.safe_load((resources.files("dyadwatch") / "data" / "events" / "irregular_verbs.yaml").read_text("utf-8"))
    irregular: dict[str, list[str]] = raw["forms"]
    lex = load_triggers()
    words: set[str] = set()
    for (_pos, head), _entries in lex.by_head.items():
        words |= inflections(head, irregular)
    for lemma in lex.light_verbs:
        words |= inflections(lemma, irregular)
    voice = load_voice()
    for group in (voice.negative_verbs, voice.negative_nouns, voice.negative_adjectives, voice.obligation_modals, voice.obligation_verbs):
        for lemma in group:
            words |= inflections(lemma, irregular)
    for lemma in _SPEECH:
        words |= inflections(lemma, irregular)
    return CueWords(frozenset(w.lower() for w in words))


def worth_parsing(text: str, mentions: list[Any]) -> bool:
    """Can this sentence hold an event? ``mentions`` are the actor mentions inside it."""
    words = [w.lower() for w in _WORD.findall(text)]
    has_party = bool(mentions) or any(w in _PRONOUNS or w in _GROUPS for w in words)
    if not has_party:
        return False
    cues = cue_words().words
    return any(w in cues for w in words)
