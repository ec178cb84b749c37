"""Whom an undoing naming no one is on, and whom an undoing asked for is asked of.

- "China removed tariffs on the grain", "the Commission unblocked 10 billion euros",
  "released the tanker": an act of a root that undoes its actor's own acts (the lexicon's
  ``own_act_roots``, CAMEO 08 yield) whose object names no one undoes the measure or
  seizure (``undone_roots``: CAMEO 16, 17) its actor took against another before, and is
  on that other.
- "demanded the lifting of sanctions", "called for an end to the US embargo": asking
  (``undoing_demand_roots``: CAMEO 10, 02) for an undoing (a ``reversal_nouns`` word) of a
  measure is asking it of the measure's doer: the state named on it, else the doer of the
  last such measure told against the one who asks.
- "called for the border to be closed": a "for X to do" clause says what is asked and who
  is to do it (no one, in the passive), as an infinitive or a that-clause does.

The events told so far come in last first, the ones that tell an act only (``assemble``
leaves out those read off another's telling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from .arguments import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .context import SentenceContext
    from .extract import Candidate


def for_clause(verb: Token) -> bool:
    """A clause of "for X to do": "called for the rallies to be called off"."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


def measure_roots(ctx: SentenceContext, tok: Token) -> set[str]:
    """The roots of measure or seizure (``undone_roots``) a noun names ("tariffs": 16)."""
    if tok.pos_ != "NOUN":
        return set()
    return {e.code[:2] for e in ctx.triggers.candidates("noun", tok.lemma_.lower())} & ctx.triggers.undone_roots


def undone_own_act(ctx: SentenceContext, cand: Candidate, exclude: set[str], told: list[Event]) -> Referent | None:
    """The target of the last measure or seizure that the actor of an undoing act took
    against another before it, when what is undone is that measure: its object is a
    measure's noun, or a word the measure was told with ("froze 20 billion euros" ...
    "unblocked 10 billion euros"; in the undoing's own sentence, a word told twice), not
    "cleared the way for drills"."""
    here = ctx.char(cand.head)
    own_sentence = ctx.offset + ctx.sent.start_char
    for prev in told:
        if prev.trigger_start >= here or prev.root not in ctx.triggers.undone_roots or prev.source.country not in exclude or prev.target.country in exclude:
            continue
        words = [w.strip(".,;:!?\"'()").lower() for w in prev.sentence.split()]
        least = 2 if prev.sentence_start == own_sentence else 1
        if any(words.count(t.lower_) >= least or measure_roots(ctx, t) for t in cand.target_tokens):
            return Referent(prev.target.country, prev.target.sector, "", here, here, "undone", 0.5)
        return None
    return None


def measure_doer(ctx: SentenceContext, cand: Candidate, exclude: set[str], told: list[Event]) -> Referent | None:
    """Who took the measure whose undoing is asked for ("the lifting of sanctions", "an end
    to the US embargo"): the state named on the measure, else the doer of the last measure
    of its kind told against the one who asks."""
    here = ctx.char(cand.head)
    res = Resolver(ctx)
    # (the thing asked for: a role's words, or the verb's object or prepositional object: "called for an end")
    asked = [*cand.target_tokens, *(c for c in cand.head.children if c.dep_ == "dobj"),
             *(p for c in cand.head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    for tok in asked:
        if tok.lemma_.lower() not in ctx.triggers.reversal_nouns:
            continue
        for m in tok.subtree:
            roots = measure_roots(ctx, m) if m.i != tok.i else set()
            if not roots:
                continue
            span = (ctx.char(m), ctx.char(m) + len(m.text))
            named = [a for c in m.children if c.dep_ in ("amod", "compound", "poss") for a in res.actors(c, exclude)]
            if named:
                return Referent(named[0].country, named[0].sector, m.text, *span, "measure", 0.5)
            prev = next((e for e in told if e.trigger_start < here and e.root in roots and e.target.country in exclude and e.source.country not in exclude), None)
            return Referent(prev.source.country, prev.source.sector, m.text, *span, "measure", 0.5) if prev is not None else None
    return None
