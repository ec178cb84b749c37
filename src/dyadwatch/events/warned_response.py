"""Responses a state speaker says will come: a threat (CAMEO 13, GUIDELINES §3) told
without a verb of commitment.

"The foreign ministry in Moscow said retaliation would follow very soon", "a move Moscow
warned would be met with counter-measures", "'This affront will have grave consequences,'
said the ministry's principal secretary", "officials hinted that further measures could
follow if the campaign continued": a response word (commitment.yaml ``response_nouns``)
in a clause told as to come (a modal of the future, or any modal on a condition),
governed by the speech verb of a political speaker or spoken in his quote. The speaker
threatens whom the response answers ("retaliation against Britain"), who is to bear it
("warned that Vilnius would bear all the consequences"), the subject of the condition, else the state the clause leaves implicit (given by the caller).

And an action a state says it will take against another, or on a condition another is
to meet: "the United States would take action if Venezuela did not keep its promises",
"will take measures against Minsk" (whom the condition or the "against" phrase names;
an action aimed at no state named threatens no one: "will take action if prices rise").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..annotate.status import condition_clauses, read_status
from ..records import Status
from .arguments import Resolver, unique_actors
from .commitment import (
    Commitment,
    CommitmentLexicon,
    answered_by,
    condition_subjects,
    defended_from,
    load_commitment,
    payer,
)
from .context import SentenceContext
from .speech import load_speech
from .tree import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_MAX_CLIMB = 3


def _response_lemma(tok: Token) -> str:
    """The lemma of a response word, with a hyphenated prefix the tokenizer split off
    ("counter-measures" -> "countermeasure")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].whitespace_ == "" and doc[i - 1].whitespace_ == "" and doc[i - 2].is_alpha:
        return doc[i - 2].lower_ + tok.lemma_.lower()
    return tok.lemma_.lower()


@cache
def _candidate_lemmas() -> frozenset[str]:
    """Lemmas a response word may have: a response or action noun, or the last part of a
    hyphened response noun ("counter-measures": "measure")."""
    lex = load_commitment()
    tails = {w[k:] for w in lex.response_nouns for k in range(1, len(w))}
    return lex.response_nouns | lex.action_nouns | frozenset(tails)


def _response_candidates(ctx: SentenceContext, lex: CommitmentLexicon) -> list[Token]:
    """The sentence's words that may be response words, in order: those of a candidate
    lemma, and the heads of a response adjective ("a firm answer")."""
    found = {t.i: t for t in ctx.with_lemma(_candidate_lemmas())}
    doc, start = ctx.sent.doc, ctx.sent.start
    for k, lower in enumerate(ctx.lowers):
        if lower in lex.response_adjectives:
            head = doc[start + k].head
            found.setdefault(head.i, head)
    return [found[i] for i in sorted(found)]


def _is_response(tok: Token, lex: CommitmentLexicon) -> bool:
    if tok.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "the consequences of the war": effects, not an answer
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return False  # "no retaliation would follow"
    lemma = _response_lemma(tok)
    if lemma in lex.response_nouns or any(a.dep_ == "amod" and a.lower_ in lex.response_adjectives for a in tok.children):
        return True
    # "further measures could follow": more of a quarrel's measures to come
    return lemma in lex.action_nouns and tok.dep_ == "nsubj" and any(a.dep_ == "amod" and a.lower_ in lex.more_to_come_adjectives for a in tok.children)


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause tells the response: "retaliation would follow", "will have
    grave consequences", "would be met with counter-measures"."""
    if tok.dep_ in _CLAUSE_DEPS and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None


def _told_to_come(verb: Token, lex: CommitmentLexicon, future: frozenset[str]) -> bool:
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return not modals.isdisjoint(future) or (
        condition_clauses(verb) != [] and not modals.isdisjoint(lex.conditional_threat_modals))


def _speech_verb(verb: Token, lex: CommitmentLexicon) -> Token | None:
    """The speech verb whose complement the clause is ("said retaliation would follow"),
    or one told in a relative clause on its subject ("a move Moscow warned would be met
    with counter-measures", as the parser reads it)."""
    words = load_speech().speaker_verbs | lex.intimating_verbs
    for r in (r for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for r in s.children if r.dep_ == "relcl" and r.i < verb.i):
        if r.pos_ == "VERB" and r.lemma_.lower() in words and not any(c.dep_ in ("dobj", "ccomp") for c in r.children):
            return r
    t = verb
    for _ in range(_MAX_CLIMB):
        if t.dep_ not in ("ccomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in words:
            return t
    return None


def warned_responses(ctx: SentenceContext, implicit: Callable[[Token, set[str]], Referent | None]) -> list[Commitment]:
    """The responses this sentence's political speakers say will come (130)."""
    lex = load_commitment()
    res = Resolver(ctx)
    out: list[Commitment] = []
    for tok in _response_candidates(ctx, lex):
        if not _is_response(tok, lex):
            continue
        verb = _clause_verb(tok)
        if verb is None or not _told_to_come(verb, lex, ctx.triggers.refusal_modals):
            continue
        speech = _speech_verb(verb, lex)
        if speech is not None:
            if read_status(speech).status is not Status.ASSERTED:
                continue
            speakers = [a for s in subject_of(speech) for a in res.actors(s)]
        else:
            quoted = ctx.speaker_for(verb)
            speakers = [quoted] if quoted is not None else []
        for source in unique_actors(s for s in speakers if s.sector not in ctx.lexicon.non_political and ctx.disc.is_state(s.country)):
            exclude = {source.country}
            targets = answered_by(tok, res, exclude) or payer(tok, res, exclude) or condition_subjects(verb, res, exclude)
            if not targets and (found := implicit(tok, exclude)) is not None:
                targets = [found]
            for target in unique_actors(targets):
                out.append(Commitment("130", tok, source, target, f"warned-response/{_response_lemma(tok)}"))
    return out


def promised_actions(ctx: SentenceContext) -> list[Commitment]:
    """Actions a state says it will take against another or on another's condition (130)."""
    lex = load_commitment()
    res = Resolver(ctx)
    out: list[Commitment] = []
    for tok in ctx.with_lemma(lex.action_nouns):
        take = tok.head
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.action_nouns or tok.dep_ != "dobj" or take.lemma_.lower() not in lex.action_light_verbs:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ctx.triggers.refusal_modals for c in take.children) or any(c.dep_ == "neg" for c in take.children):
            continue
        for source in unique_actors(a for s in subject_of(take) for a in res.actors(s)):
            if source.sector in ctx.lexicon.non_political or not ctx.disc.is_state(source.country):
                continue
            exclude = {source.country}
            against = [a for p in defended_from(tok, lex) for a in res.actors(p, exclude)]
            targets = against or condition_subjects(take, res, exclude)
            for target in unique_actors(t for t in targets if ctx.disc.is_state(t.country)):
                out.append(Commitment("130", tok, source, target, f"promised-action/{tok.lemma_.lower()}"))
    return out
