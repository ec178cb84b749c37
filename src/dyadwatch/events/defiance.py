"""Defiance: a state that says it will not be pressed rebuffs whoever presses it, and so
disapproves of that pressure (CAMEO 111, GUIDELINES §3 "criticise"): "Budapest would not
be intimidated by the lawsuit", "China is never intimidated by bullies", "We are not going
to be bullied", "nobody can intimidate or blackmail the European Union".

Two English constructions: a verb of coercion in the passive, denied ("not", "never"),
whose subject is the defiant side; and the same verb in the active with a subject that
denies any doer ("nobody", "no one") and the defiant side as object. Who presses is the
"by" phrase where it names a state, else who last accused or pressed the defiant side in
the article (given by the caller: "Ukraine filed a lawsuit against Hungary ... Budapest
would not be intimidated"). The verbs are data/events/evaluation.yaml's coercion_verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from .arguments import Resolver, unique_actors
from .commitment import Commitment
from .context import SentenceContext
from .tree import agents, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_NO_ONE = frozenset({"nobody", "no one", "noone", "none"})
_OWN = frozenset({"we", "i", "it"})
# the verbs between a denial and the passive it denies ("are not going to be bullied",
# "will not allow itself to be blackmailed")
_CARRIERS = frozenset({"go", "let", "allow", "accept"})


def _denied(verb: Token) -> bool:
    t = verb
    for _ in range(3):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "ccomp") or t.head.lemma_.lower() not in _CARRIERS:
            return False
        t = t.head
    return False


def _no_one(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and (c.lower_ in _NO_ONE or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)))
               for c in verb.children)  # fmt: skip


def _defiant(verb: Token) -> list[Token]:
    """The phrases naming the side that defies at ``verb``, or none."""
    if verb.pos_ != "VERB":
        return []
    if any(c.dep_ == "auxpass" for c in verb.children) and _denied(verb):
        # (the one pressed: the passive's subject, or the subject of the verb that carries it,
        # "We are not going to be bullied")
        pressed = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return pressed or (subject_of(verb.head) if verb.dep_ == "xcomp" else [])
    if _no_one(verb) and not any(c.dep_ == "neg" for c in verb.children):
        found = [c for c in verb.children if c.dep_ == "dobj"]
        # ("nobody can intimidate or blackmail the EU": the object of the last conjunct)
        return found or [c for v in verb.conjuncts for c in v.children if c.dep_ == "dobj"]
    return []


def defiances(ctx: SentenceContext, coercion_verbs: frozenset[str], presser: Callable[[Referent], Referent | None],
              voice: Referent | None) -> list[Commitment]:  # fmt: skip
    """The sentence's defiances, as criticisms (111) of whoever presses the defiant side:
    the "by" phrase's actors, else ``presser`` of the defiant side (who last accused or
    pressed it in the article)."""
    res = Resolver(ctx)
    out: list[Commitment] = []
    for verb in ctx.with_lemma(coercion_verbs):
        sides = _defiant(verb)
        if not sides:
            continue
        # (a pronoun of the speaker's own side in his quote is the speaker: "we")
        sources = unique_actors(a for s in sides for a in (res.actors(s) or ([voice] if voice is not None and s.lower_ in _OWN else [])))
        for source in sources:
            if source.sector in ctx.lexicon.non_political:
                continue
            exclude = {source.country}
            pressers = [a for p in agents(verb) for a in res.actors(p, exclude)]
            if not pressers and (found := presser(source)) is not None:
                pressers = [found]
            out.extend(Commitment("111", verb, source, p, f"defiance/{verb.lemma_.lower()}") for p in unique_actors(pressers))
    return out
