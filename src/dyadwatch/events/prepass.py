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
from typing import TYPE_CHECKING

from ..actors.lexicon import load_lexicon
from ..annotate.dates import load_temporal_lexicon
from ..yamlfiles import read_yaml
from .cameo import load_cameo
from .commitment import load_commitment
from .evaluation import load_evaluation
from .lexicon import load_triggers
from .speech import load_speech
from .tree import GROUP_NUMBERS, POINTING_DETERMINERS
from .voice import load_voice

if TYPE_CHECKING:
    from ..actors.matcher import Mention

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our", "us", "i", "my"})
_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "for", "after", "before", "but", "and", "this", "that",
                      "these", "those", "as", "while", "when", "with", "by", "from", "to", "of", "last", "next",
                      "during", "since", "following", "according", "however", "meanwhile", "also", "earlier",
                      "later", "there", "if", "although", "despite", "today", "yesterday", "some", "many",
                      "most", "all", "both", "other", "such", "his", "her", "its", "their", "our", "my", "no"})  # fmt: skip
# "Ministers agreed to cooperate": a group that stands for the states under discussion
_GROUPS = frozenset({"ministers", "leaders", "officials", "sides", "delegations", "governments", "counterparts", "both", "parties", "presidents", "diplomats"})


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
    words: frozenset[str]  # any trigger, voice or speech word
    lone: frozenset[str]  # words of triggers that can code with one named party
    pointers: frozenset[str]  # words that point back at an event told ("the move")
    event_nouns: frozenset[str]  # the lexicon's event nouns, which point back after "the" ("the visit")
    partyless: frozenset[str] = frozenset()  # acts of the conflict's parties that name none ("a ceasefire took hold")
    calm: frozenset[str] = frozenset()  # what an appeal for calm asks for ("urged restraint")
    appeals: frozenset[str] = frozenset()  # words of appeal and demand (CAMEO 02, 10)


@cache
def cue_words() -> CueWords:
    raw = read_yaml((resources.files("dyadwatch") / "data" / "events" / "irregular_verbs.yaml").read_text("utf-8"))
    irregular: dict[str, list[str]] = raw["forms"]
    lex = load_triggers()
    words: set[str] = set()
    lone: set[str] = set()
    nouns: set[str] = set()
    partyless: set[str] = set()
    appeals: set[str] = set()
    for (pos, head), entries in lex.by_head.items():
        forms = inflections(head, irregular)
        words |= forms
        if pos == "noun":
            nouns |= forms
        # "imposition of Western sanctions" (an implicit target), "Ministers agreed"
        if any(t.symmetric and t.code in lex.conflict_party_codes for t in entries):
            partyless |= forms
        if any(t.code[:2] in ("02", "10") for t in entries):
            appeals |= forms
        if any(t.implicit_target or t.symmetric or t.code in lex.conflict_party_codes for t in entries):
            lone |= forms
    for lemma in lex.light_verbs:
        words |= inflections(lemma, irregular)
    voice = load_voice()
    for group in (voice.negative_verbs, voice.negative_nouns, voice.negative_adjectives, voice.obligation_modals, voice.obligation_verbs):
        for lemma in group:
            words |= inflections(lemma, irregular)
    for lemma in load_speech().cue_verbs:
        words |= inflections(lemma, irregular)
    words |= load_evaluation().grateful_adjectives  # "Kyiv is grateful to Tokyo"
    # the CAMEO verb dictionary's verbs that can code
    cameo = load_cameo()
    coding = cameo.coding_lemmas()
    for lemma in coding:
        words |= inflections(lemma, irregular)
    words |= cameo.irregular_forms(coding)
    # "Chile denied the charge": a denial finds its accuser in the discourse; "North Korea
    # launched a missile" tells the act a later "the launch" points back at
    # "Moscow vowed to retaliate": a response finds whom it answers in the discourse
    commitment = load_commitment()
    evaluation = load_evaluation()
    for lemma in evaluation.denial_verbs | evaluation.told_acts | frozenset(evaluation.told_act_verbs) | commitment.response_verbs | commitment.response_nouns:
        forms = inflections(lemma, irregular)
        words |= forms
        lone |= forms
    # "The United Nations urged restraint": an appeal for calm is to the conflict's parties
    calm = {f for lemma in lex.calm_nouns for f in inflections(lemma, irregular)}
    return CueWords(frozenset(w.lower() for w in words), frozenset(w.lower() for w in lone), frozenset(lex.event_nouns),
                    frozenset(w.lower() for w in nouns), frozenset(w.lower() for w in partyless),
                    frozenset(w.lower() for w in calm), frozenset(w.lower() for w in appeals))  # fmt: skip


def worth_parsing(text: str, mentions: list[Mention], *, voiced: bool = False) -> bool:
    """Can this sentence hold an event? ``mentions`` are the actor mentions inside it;
    ``voiced`` says a political voice speaks it (a quote's speaker, an official publisher),
    so that one named party can be the other side of a criticism or a demand."""
    raw = _WORD.findall(text)
    words = [w.lower() for w in raw]
    named = {m.country or m.kind for m in mentions}
    covered = {w.lower() for m in mentions for w in _WORD.findall(m.text)}
    # a capitalised word inside the sentence that names no known actor may be a person
    # the article introduced ("Ruiz later condemned Bolivia")
    calendar = load_temporal_lexicon().calendar_names
    person_like = any(
        w[:1].isupper() and w.lower() not in covered and w.lower() not in calendar and w.lower() not in _OPENERS
        for w in raw
    )
    lexicon = load_lexicon()
    organisations = lexicon.organisation_nouns  # "the agency", "the alliance"
    # "the ministry", "the army": a state's body the text named before
    body = any(a == "the" and lexicon.sector_of(b) is not None for a, b in zip(words, words[1:], strict=False))
    parties = len(named) + (1 if person_like or body or any(w in _PRONOUNS or w in _GROUPS or w in organisations for w in words) else 0)
    # "the two former foes reopened embassies", "urged the neighbours", "mediate between
    # the two": a group of states is two parties
    if any(w in _group_forms() for w in words) or any(a == "the" and b in GROUP_NUMBERS for a, b in zip(words, words[1:], strict=False)):
        parties = max(parties, len(named) + 2)
    cues = cue_words()
    if parties == 0:
        return any(w in cues.partyless for w in words)
    if parties >= 2 or voiced:
        return any(w in cues.words for w in words)
    # one party: only triggers that find their other side in the discourse, or any trigger
    # that points back at an event told ("Tehran condemned the move as illegal")
    # ("The visit drew criticism from Chile": a definite event noun is a pointer too)
    pointing = any(w in cues.pointers for w in words) or any(
        a in POINTING_DETERMINERS and b in cues.event_nouns for a, b in zip(words, words[1:], strict=False))
    calming = any(w in cues.calm for w in words) and any(w in cues.appeals for w in words)
    return calming or any(w in cues.lone for w in words) or (pointing and any(w in cues.words for w in words))


@cache
def _group_forms() -> frozenset[str]:
    """The plurals of the nouns that stand for a group of states ("allies", "neighbours")."""
    return frozenset(w.lower() for lemma in load_lexicon().group_nouns for w in inflections(lemma, {}))


@cache
def verb_forms() -> dict[str, str]:
    """Inflected form -> lemma for the verbs the lexicons know, where the form belongs to
    exactly one of them ("staged" -> "stage"); for ``nlp.verb_lemmas``."""
    raw = read_yaml((resources.files("dyadwatch") / "data" / "events" / "irregular_verbs.yaml").read_text("utf-8"))
    irregular: dict[str, list[str]] = raw["forms"]
    lex = load_triggers()
    evaluation, speech, commitment, voice = load_evaluation(), load_speech(), load_commitment(), load_voice()
    lemmas = {head for pos, head in lex.by_head if pos == "verb"} | set(lex.light_verbs) | load_cameo().coding_lemmas()
    lemmas |= evaluation.judging_verbs | evaluation.denial_verbs | evaluation.experiencer_verbs
    lemmas |= speech.speaker_verbs | speech.cue_verbs | commitment.verbs | commitment.threat_verbs | commitment.response_verbs
    lemmas |= voice.negative_verbs | voice.obligation_verbs
    owners: dict[str, set[str]] = {}
    for lemma in lemmas:
        if lemma.isalpha():  # one word: phrases match on their head
            for form in inflections(lemma, irregular):
                owners.setdefault(form.lower(), set()).add(lemma)
    return {form: next(iter(owner)) for form, owner in owners.items() if len(owner) == 1}
