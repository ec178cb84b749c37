"""Answers in kind: "It expelled all Latvian diplomats from Minsk; Latvia responded in
kind" is Latvia expelling Belarus's diplomats (the act answered, against its doer).

The words are commitment.yaml's (``response_verbs`` with an ``in_kind_phrases`` phrase,
or a ``reciprocating_verbs`` verb alone); the act answered is the last one told
(``ArticleState.events``) against the answering actor, before the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Event, Status
from .commitment import load_commitment

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import SentenceContext


def answers_in_kind(ctx: SentenceContext) -> list[Token]:
    """The verbs of the sentence that answer in kind ("Latvia responded in kind")."""
    lex = load_commitment()
    out = []
    for tok in ctx.with_lemma(lex.reciprocating_verbs | lex.response_verbs):
        if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        phrase = any((c.lower_, p.lemma_.lower()) in lex.in_kind_phrases for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
        if lemma in lex.reciprocating_verbs or (lemma in lex.response_verbs and phrase):
            out.append(tok)
    return out


def answered_event(events: list[tuple[str, Event]], answerer: str, before: int) -> Event | None:
    """The last one-sided act told before ``before`` against ``answerer`` by another
    actor, as done (not an intent or threat read off another act)."""
    for _, e in reversed(events):
        if e.trigger_start >= before or e.symmetric or e.rule.startswith(("intent/", "commit/")):
            continue
        if e.target.country == answerer and e.source.country != answerer and e.status in (Status.ASSERTED, Status.CLAIMED):
            return e
    return None
