"""Which time expression dates which event: the expression must sit in the trigger's own
clause or in a clause above it ("On Monday the minister said that ..."), never in a clause
below it ("agreed to hold a meeting next year" does not date the agreement). A "when"
clause hanging on a date takes that date ("since 2012, when it closed its embassy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.dates import (
    BOUND_KINDS,
    DATING_KINDS,
    ResolvedDate,
    TimeExpression,
    find_time_expressions,
    resolve,
)

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Span, Token


_NOMINAL_SUFFIXES = ("ing", "tion", "sion", "ment", "ure", "al")


def clause_of(tok: Token) -> Token:
    """The verb (or the sentence root) whose clause holds ``tok``; an event noun on the way
    ("the forced landing ... on 23 May") is a clause of its own, which the date dates."""
    t = tok
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        if t.i != tok.i and t.pos_ == "NOUN" and t.lower_.endswith(_NOMINAL_SUFFIXES) and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            return t
        t = t.head
    return t


def is_ancestor(a: Token, b: Token) -> bool:
    t = b
    for _ in range(40):
        if t.i == a.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _token_at(sent: Span, offset: int) -> Token | None:
    for t in sent:
        if t.idx - sent.start_char <= offset < t.idx - sent.start_char + len(t.text):
            return t
    return None


def event_date(
    sent: Span,
    trigger: Token,
    *,
    article_date: date | None,
    reference: ResolvedDate | None,
    tense: str | None,
    future: bool,
) -> tuple[TimeExpression, ResolvedDate] | None:
    """The date the sentence gives the event at ``trigger``, or None."""
    own = clause_of(trigger)
    best: tuple[tuple[int, int], TimeExpression, ResolvedDate] | None = None
    pos = trigger.idx - sent.start_char
    for expr in find_time_expressions(sent.text):
        tok = _token_at(sent, expr.start)
        if tok is None:
            continue
        # "since 2012, when it closed its embassy": the when-clause takes the date it hangs on
        lead = own
        while lead.dep_ == "conj" and lead.head.i != lead.i:
            lead = lead.head  # "when it closed its embassy ... and expelled ..."
        when = (
            any(c.lower_ == "when" and c.dep_ == "advmod" for c in lead.children)
            and lead.dep_ in ("relcl", "advcl")
            and expr.start <= lead.head.idx - sent.start_char < expr.end
        )
        if expr.kind in BOUND_KINDS and not when:
            continue
        if expr.kind not in DATING_KINDS and not when:
            continue
        where = clause_of(tok)
        if when or where.i == own.i:
            rank = 0
        elif is_ancestor(where, own) and not future:
            rank = 1
        elif is_ancestor(own, where):
            continue  # the expression dates something the event's clause governs
        else:
            rank = 2
        got = resolve(expr, article_date=article_date, reference=reference, tense=tense)
        if got is None:
            continue
        distance = max(expr.start - pos, pos - expr.end, 0)
        key = (rank, distance)
        if best is None or key < best[0]:
            best = (key, expr, got)
    return None if best is None else (best[1], best[2])
