"""The broker of a joint act told as a noun: "a U.S.-mediated agreement", "the
Turkish-brokered talks". The one named on the participle mediated (CAMEO 045) between the
joint act's parties, the sides the sentence names as doing it ("Lebanon and Israel sealed
a U.S.-mediated agreement"), when the joint act is told as done. The noun itself leaves the
broker out of its parties (extract.brokering); this adds the broker's own act. A noun
that names no parties is left alone: the conflict told before it is too often another's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Status
from .arguments import Resolver, unique_actors
from .extract import Candidate, brokering
from .lexicon import MEDIATE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .context import SentenceContext


def brokered(cand: Candidate, ctx: SentenceContext, made: list[Event]) -> Candidate | None:
    """The broker's mediation between the parties of the joint act ``cand`` (a symmetric
    noun, or a verb whose object is such a noun: "signed a U.S.-mediated accord"), or None
    when no modifier names a broker or the act is not told as done."""
    if not cand.symmetric or not any(e.status is Status.ASSERTED for e in made):
        return None
    mediate = next((t for t in ctx.triggers.candidates("verb", "mediate") if t.code == MEDIATE), None)
    if mediate is None:
        return None
    res = Resolver(ctx)
    marks = [m for m in _modifiers(_joint_nouns(cand.head)) if brokering(m, ctx)]
    brokers = unique_actors([a for m in marks for a in res.actors(m)])
    own = {b.country for b in brokers}
    told = {c for e in made if e.status is Status.ASSERTED for c in (e.source.country, e.target.country)}
    parties = unique_actors([a for a in (*cand.sources, *cand.targets) if a.country in told and a.country not in own])
    if not brokers or len({p.country for p in parties}) < 2:
        return None
    # (on the broker's own word, "U.S.-mediated", for its status: the act it hangs on is
    # told as done, not "agreed to end the row in a Turkish-brokered deal")
    return Candidate(mediate, MEDIATE, marks[0], brokers, parties, f"{mediate.id}/brokered>parties", False, 0.7)


def _joint_nouns(head: Token) -> list[Token]:
    """The noun that tells the joint act: the trigger itself, or the object a joint verb
    takes ("signed a U.S.-mediated accord")."""
    if head.pos_ in ("NOUN", "PROPN"):
        return [head]
    return [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]


def _modifiers(nouns: list[Token]) -> list[Token]:
    """The modifiers of ``nouns`` that may name a broker: "U.S.-mediated" as one word, and
    the name on a participle parsed apart ("Brazilian - brokered")."""
    mods = [c for n in nouns for c in n.children if c.dep_ in ("amod", "compound", "npadvmod", "nmod")]
    return mods + [g for m in mods if m.dep_ == "amod" for g in m.children if g.dep_ == "npadvmod"]
