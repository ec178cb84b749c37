"""The broker of a joint act told as a noun: "a U.S.-mediated agreement", "the
Turkish-brokered talks". The one named on the participle mediated (CAMEO 045) between the
joint act's parties, the sides the sentence names as doing it ("Lebanon and Israel sealed
a U.S.-mediated agreement"), when the joint act is told as done. The noun itself leaves the
broker out of its parties (extract.brokering); this adds the broker's own act. A noun
that names no parties is left alone: the conflict told before it is too often another's.

A third party named in a phrase of the joint act's clause hosts or mediates it too:
"signed a declaration in a ceremony hosted by Trump" (a participle of a meeting trigger,
CAMEO 04, with its by-agent), "met under the auspices of the Saudi minister" (a noun of
sponsoring, parse_words.yaml ``sponsor_nouns``): that party's act on each side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Status
from .arguments import Resolver, unique_actors
from .extract import Candidate, brokering
from .lexicon import MEDIATE
from .parse_words import load_parse_words
from .tree import agents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .context import SentenceContext
    from .lexicon import Trigger


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


def sponsored(cand: Candidate, ctx: SentenceContext, made: list[Event]) -> list[Candidate]:
    """The host's or mediator's act on each party of the joint act ``cand`` that a phrase of
    its clause names ("in a ceremony hosted by Trump", "under the auspices of Saudi
    Arabia"), when the joint act is told as done; none when no phrase names a third party."""
    if not cand.symmetric or not any(e.status is Status.ASSERTED for e in made):
        return []
    res = Resolver(ctx)
    told = {c for e in made if e.status is Status.ASSERTED for c in (e.source.country, e.target.country)}
    out: list[Candidate] = []
    for mark, trig, names in _sponsor_phrases(cand.head, ctx):
        sponsors = unique_actors([a for t in names for a in res.actors(t)])
        own = {b.country for b in sponsors}
        parties = unique_actors([a for a in (*cand.sources, *cand.targets) if a.country in told and a.country not in own])
        if sponsors and len({p.country for p in parties}) >= 2:
            out.append(Candidate(trig, trig.code, mark, sponsors, parties, f"{trig.id}/sponsor>parties", False, 0.7))
    return out


def _sponsor_phrases(head: Token, ctx: SentenceContext) -> list[tuple[Token, Trigger, list[Token]]]:
    """(the word of the act, its trigger, the words naming its doer) of each phrase on the
    joint act ``head`` (or its object) that names who hosts or mediates it."""
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "nsubjpass"))]
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        holders.append(head.head)  # ("held talks ..., mediated by Norway": the verb's own participle)
    sponsor_nouns = load_parse_words().sponsor_nouns
    mediate = next((t for t in ctx.triggers.candidates("noun", "mediation") if t.code == MEDIATE), None) or next(
        (t for t in ctx.triggers.candidates("verb", "mediate") if t.code == MEDIATE), None)
    out: list[tuple[Token, Trigger, list[Token]]] = []
    for holder in holders:
        nouns = [p for prep in holder.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
        # (and one phrase further: "met in Jeddah under the auspices of ...")
        nouns += [p for n in nouns for prep in n.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
        for noun in [holder, *nouns]:
            for acl in (a for a in noun.children if a.dep_ in ("acl", "advcl") and a.tag_ == "VBN"):
                # "a ceremony hosted by Trump", "the talks, mediated by the EU"
                trig = next((t for t in ctx.triggers.candidates("verb", acl.lemma_.lower()) if t.code[:2] == "04"), None)
                by = agents(acl)
                if trig is not None and by:
                    out.append((acl, trig, by))
            if noun is not holder and {noun.lemma_.lower(), noun.lower_} & sponsor_nouns and mediate is not None:
                # "under the auspices of the Saudi minister", "with Qatar's mediation"
                names = [x for x in noun.children if x.dep_ == "poss"]
                names += [p for of in noun.children if of.dep_ == "prep" and of.lower_ in ("of", "by") for p in of.children if p.dep_ == "pobj"]
                if names:
                    out.append((noun, mediate, names))
    return list({mark.i: (mark, trig, names) for mark, trig, names in out}.values())


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
