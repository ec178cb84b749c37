"""Voice rules: events a political speaker performs by describing another actor.

An official statement that says another state "foments instability" criticises it; a
minister who says "the North Korean regime needs to change its course" demands it; a
minister who says his country "will continue to provide assistance" states an intent.
The speaker is the quote's speaker, or the publisher when the article is the official
statement of a government or organisation. The word lists are data (data/events/voice.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

import yaml

from ..actors.discourse import Referent
from ..codebook import load_codebook
from ..errors import DataFileError
from ..yamlfiles import read_yaml
from .arguments import Resolver
from .context import SentenceContext
from .speech import load_speech
from .tree import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

@dataclass(frozen=True, slots=True)
class VoiceLexicon:
    negative_verbs: frozenset[str]
    strong_nouns: frozenset[str]  # criticise their agent on their own
    hedged_nouns: frozenset[str]  # only with a negative adjective
    negative_adjectives: frozenset[str]
    obligation_modals: frozenset[str]
    obligation_verbs: frozenset[str]
    obligation_exclude: frozenset[str]
    proof_nouns: frozenset[str]  # evidence that an actor did something accuses it
    proof_link_verbs: frozenset[str]  # "evidence linking X to ..."
    proof_negators: frozenset[str]  # "no evidence", "without evidence"
    reason_roots: frozenset[str]  # hostile acts whose reason may accuse their target
    reason_preps: frozenset[str]  # "for", "over", "because of"
    reason_allegation_words: frozenset[str]  # "alleged", "spying"
    reason_telling_verbs: frozenset[str]  # "for what it called ..."
    intent_codes: Mapping[str, str]  # root of a promised act -> CAMEO 03x code
    intent_markers: frozenset[str]
    schedule_markers: frozenset[str]
    official_publisher_words: tuple[str, ...]
    news_publisher_words: tuple[str, ...]

    @property
    def negative_nouns(self) -> frozenset[str]:
        return self.strong_nouns | self.hedged_nouns


_WORD_SETS = (
    "negative_verbs", "strong_nouns", "hedged_nouns", "negative_adjectives", "obligation_modals",
    "obligation_verbs", "obligation_exclude", "intent_markers",
    "schedule_markers", "proof_nouns", "proof_link_verbs", "proof_negators",
    "reason_roots", "reason_preps", "reason_allegation_words", "reason_telling_verbs",
)  # fmt: skip


@cache
def load_voice() -> VoiceLexicon:
    path = resources.files("dyadwatch") / "data" / "events" / "voice.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read voice rules {path}: {exc}") from exc
    codebook = load_codebook()
    intent = {str(k): str(v) for k, v in (raw.get("intent_codes") or {}).items()}
    if not intent or any(k not in codebook or v not in codebook or not v.startswith("03") for k, v in intent.items()):
        raise DataFileError(f"{path}: intent_codes must map CAMEO roots to 03x codes of the codebook")
    return VoiceLexicon(
        **{k: frozenset(str(x) for x in raw[k]) for k in _WORD_SETS},
        intent_codes=MappingProxyType(intent),
        official_publisher_words=tuple(raw["official_publisher_words"]),
        news_publisher_words=tuple(raw["news_publisher_words"]),
    )


def is_official_publisher(source: str | None) -> bool:
    """Whether a publisher's name marks a government's or organisation's own voice: one of
    the official words and none of the news words, each a whole word ("Military Watch" is
    news, a name that merely contains "watch" is not)."""
    if not source:
        return False
    v = load_voice()
    words = _publisher_words(v.news_publisher_words, v.official_publisher_words)
    if words[0].search(source):
        return False
    return words[1].search(source) is not None


@cache
def _publisher_words(news: tuple[str, ...], official: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    return alternation(news), alternation(official)


@dataclass
class VoiceEvent:
    code: str
    head: Token
    agent: Referent
    rule: str
    #: who speaks, when the rule found it in the sentence (else the sentence's voice)
    speaker: Referent | None = None


def voice_events(ctx: SentenceContext, tokens: list[Token]) -> list[VoiceEvent]:
    """Criticism and demands that a political voice expresses in this sentence."""
    v = load_voice()
    res = Resolver(ctx)
    out: list[VoiceEvent] = []
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in v.negative_verbs:
            for s in subject_of(tok):
                for a in res.actors(s):
                    out.append(VoiceEvent("112", tok, a, f"voice/accuse:{lemma}"))
        elif tok.pos_ == "NOUN" and lemma in v.negative_nouns:
            strong = lemma in v.strong_nouns or any(
                c.dep_ == "amod" and c.lemma_.lower() in v.negative_adjectives for c in tok.children
            )
            if not strong:
                continue
            agents: list[Referent] = []
            for c in tok.children:
                if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i:
                    agents.extend(res.actors(c))
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            agents.extend(res.actors(p) or res.deep_actors(p))
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    # "the threat posed by North Korea"
                    for s in subject_of(c):
                        agents.extend(res.actors(s))
            for a in agents:
                out.append(VoiceEvent("112", tok, a, f"voice/accuse:{lemma}"))
    return out


def proof_events(ctx: SentenceContext, tokens: list[Token]) -> list[VoiceEvent]:
    """Accusations told as evidence: "saying police had gathered evidence linking agents of
    the Indian government to a campaign of violence" (Canada accuses India), "after
    prosecutors said there was sufficient evidence that Russia had ordered the killing"
    (Germany accuses Russia). The accuser is the nearest actor that holds, finds or tells
    the evidence, up through the clauses above the noun."""
    v = load_voice()
    if v.proof_nouns.isdisjoint(ctx.lemma_set):
        return []
    res = Resolver(ctx)
    out: list[VoiceEvent] = []
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in v.proof_nouns:
            continue
        doers = _proven_doers(tok, res, v)
        if not doers:
            continue
        speaker = _proof_holder(tok, res)
        out.extend(VoiceEvent("112", tok, a, f"voice/proof:{tok.lemma_.lower()}", speaker) for a in doers)
    return out


def _proof_holder(noun: Token, res: Resolver) -> Referent | None:
    """The first actor found as subject of the verbs above a piece of evidence, through its
    own verb ("had gathered evidence") and the clauses that tell it ("saying ...", "said
    there was evidence", "after prosecutors said ...")."""
    t = noun
    for _ in range(6):
        if t.dep_ not in ("dobj", "attr", "nsubj", "pobj", "prep", *_CLAUSE_LINKS) or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            found = [a for s in subject_of(t) for a in res.actors(s)]
            if found:
                return found[0]
    return None


def _proven_doers(noun: Token, res: Resolver, v: VoiceLexicon) -> list[Referent]:
    """The actors a piece of evidence says did something: the subject of the clause it
    states ("evidence that Russia had ordered the killing") or the actor it links to an act
    ("evidence linking agents of the Indian government to a campaign"); none where the
    evidence is denied or lacking ("no evidence that", "without evidence", "lacked proof")."""
    if noun.head.lower_ == "as":
        return []  # "cited the talks as evidence that ...": what a thing is taken for
    if any(c.lower_ in v.proof_negators for c in noun.children) or (
            noun.head.lower_ in v.proof_negators or noun.head.lemma_.lower() in v.proof_negators
            or noun.head.head.lower_ in v.proof_negators  # "without providing evidence"
            or any(c.dep_ == "neg" for c in noun.head.children)):  # fmt: skip
        return []
    found: list[Referent] = []
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            if c.lemma_.lower() in v.proof_link_verbs:
                for o in c.children:
                    if o.dep_ == "dobj":
                        found.extend(res.actors(o) or res.deep_actors(o))
            elif any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.dep_ == "ccomp":
                # (the tagger may read "evidence that Rwandan soldiers were operating" as a
                # relative clause; its "that" then marks it, no relative pronoun)
                for s in subject_of(c):
                    found.extend(res.actors(s) or res.deep_actors(s))
    return found


def reason_alleges(act: Token) -> Token | None:
    """The word of a hostile act's reason phrase that alleges a wrong of its target: "declared
    three diplomats persona non grata for alleged conspiracy", "imposed sanctions on officials
    because of corruption allegations", "expelled two staff for what it called activities
    incompatible with their status". The act's own clause (a noun's governing verb too)."""
    v = load_voice()
    heads = [act]
    if act.pos_ == "NOUN" and act.head.i != act.i and act.dep_ in ("dobj", "pobj", "attr", "nsubjpass", "oprd"):
        heads.append(act.head if act.dep_ != "pobj" else act.head.head)
    wrongs = v.reason_allegation_words
    # (and the phrase the parser hangs on the act's object: "detained two citizens on suspicion of ...")
    heads += [o for o in act.children if o.dep_ in ("dobj", "nsubjpass")]
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("prep", "advcl") or c.lower_ not in v.reason_preps:
                continue
            for t in c.subtree:
                if t.lemma_.lower() in wrongs or t.lower_ in wrongs:
                    return t
                if t.lemma_.lower() in v.reason_telling_verbs and t.dep_ in ("relcl", "pcomp", "ccomp", "csubj"):
                    return t
    # ("expelled two diplomats it said were intelligence officers": what the doer calls those it acts on)
    for o in (c for c in act.children if c.dep_ in ("dobj", "nsubjpass")):
        for r in o.children:
            if r.dep_ == "relcl" and r.lemma_.lower() in v.reason_telling_verbs and any(k.dep_ == "ccomp" for k in r.children):
                return r
    return None


def obligation_demands(ctx: SentenceContext) -> list[VoiceEvent]:
    """"Iran must stop enriching uranium", "Russia should withdraw its forces", "Serbia needs
    to act": an obligation on an actor is a demand on it; "the immunity of its members
    should be respected", "Iran's programme must be halted": a passive obligation with no
    agent is a demand on whoever its subject belongs to. Whatever word carries it (a trigger
    may have coded the act itself, as not done)."""
    v = load_voice()
    if v.obligation_modals.isdisjoint(ctx.lower_set) and v.obligation_verbs.isdisjoint(ctx.lemma_set):
        return []  # (neither a modal nor a verb of need in the sentence: no obligation)
    res = Resolver(ctx)
    out: list[VoiceEvent] = []
    for tok in ctx.tokens:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() in v.obligation_exclude:
            continue
        kids = list(tok.children)
        modal = any(c.dep_ == "aux" and c.lower_ in v.obligation_modals for c in kids)
        needs = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in v.obligation_verbs
        if not (modal or needs) or any(c.dep_ == "neg" for c in kids):
            continue
        if any(c.dep_ == "auxpass" for c in kids):
            if modal and not any(c.dep_ == "agent" for c in kids):
                for s in (c for c in kids if c.dep_ == "nsubjpass" and c.i not in ctx.mentions):
                    out.extend(VoiceEvent("100", tok, a, "voice/demand:passive") for a in res.actors(s) or res.deep_actors(s))
            continue
        speaker = _clause_speaker(tok, ctx, res)
        for s in subject_of(tok.head if needs else tok):
            out.extend(VoiceEvent("100", tok, a, "voice/demand:" + ("need" if needs else "modal"), speaker) for a in res.actors(s))
    return out


#: the links of a clause to the clause above it
_CLAUSE_LINKS = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis"})


def _clause_speaker(tok: Token, ctx: SentenceContext, res: Resolver) -> Referent | None:
    """Who says the clause ``tok`` heads when a verb of saying other than the sentence's
    root governs it: "rejected the claims as smears and said Washington should stop",
    "..., saying Washington should stop" (the root's speaker is the sentence's voice)."""
    verbs = load_speech().speaker_verbs
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in _CLAUSE_LINKS:
            return None  # (only up through clauses: not out of a noun's relative clause)
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in verbs:
            if t.i == ctx.sent.root.i:
                return None
            found = [a for s in subject_of(t) for a in res.actors(s)]
            return found[0] if found else None
    return None


def scheduled(tok: Token) -> bool:
    """"are due to hold joint drills", "is scheduled to visit": an act on a timetable."""
    markers = load_voice().schedule_markers
    t = tok
    for _ in range(4):
        if t.dep_ == "xcomp" and (t.head.lower_ in markers or t.head.lemma_.lower() in markers):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def has_intent_marker(tok: Token) -> bool:
    """"will continue to provide", "is ready to support", "committed to working with"."""
    markers = load_voice().intent_markers
    t = tok
    for _ in range(4):
        if t.lemma_.lower() in markers or any(c.lemma_.lower() in markers and c.dep_ in ("acomp", "aux", "advmod") for c in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False
