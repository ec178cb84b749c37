"""Intents to go on with a cooperative act (CAMEO 030, GUIDELINES §4: "will continue to
provide assistance", the promise itself asserted).

"Ruto said his country would continue to support peace efforts in eastern Congo", "a
White House official said Washington would keep working to resolve differences",
"Tebboune said Algeria would continue to honour its supply contracts": a verb of going on
(commitment.yaml ``continuation_verbs``) with a modal of the future, whose own infinitive
or gerund is a cooperative act of ``continued_acts``, told by its own side. The intent is
towards a state the act names, else the state the speaker's side last quarrelled with in
the article (an intent to go on with an act left without its other side is the speaker's
word in a quarrel: "Algeria would continue to honour its supply contracts" after it
suspended its treaty with Spain; not the state the story is about, which may be a third);
where the trigger rules code the act between the same sides, the caller keeps theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..annotate.attribution import reported_by_itself
from ..records import Event, QuadClass, Status
from .arguments import Resolver, unique_actors
from .commitment import Commitment, load_commitment
from .context import SentenceContext
from .tree import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _continued_act(verb: Token, acts: frozenset[str]) -> Token | None:
    """The act a verb of going on takes: "continue to support", "keep working"."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() in acts and not any(s.dep_ in ("nsubj", "auxpass", "neg") for s in c.children):
            return c
    return None


_QUARREL = (QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT)


def _quarrel_partner(events: Iterable[Event], country: str, head: Token, ctx: SentenceContext) -> Referent | None:
    """The state ``country`` last quarrelled with in the events told so far (either side)."""
    partner = None
    for e in events:
        if e.quad_class in _QUARREL and e.status in (Status.ASSERTED, Status.CLAIMED) and country in (e.source.country, e.target.country):
            other = e.target.country if e.source.country == country else e.source.country
            if other and other != country and ctx.disc.is_state(other):
                partner = other
    return Referent(partner, None, "", ctx.char(head), ctx.char(head), "answered", 0.45) if partner is not None else None


def continued_intents(ctx: SentenceContext, told: Iterable[Event]) -> list[Commitment]:
    """The intents to go on with a cooperative act this sentence's states state (030);
    ``told`` are the article's events so far, in order."""
    told = list(told)
    lex = load_commitment()
    res = Resolver(ctx)
    out: list[Commitment] = []
    for tok in ctx.with_lemma(lex.continuation_verbs):
        if tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ctx.triggers.refusal_modals for c in tok.children) or any(c.dep_ == "neg" for c in tok.children):
            continue
        act = _continued_act(tok, lex.continued_acts)
        if act is None:
            continue
        for source in unique_actors(a for s in subject_of(tok) for a in res.actors(s)):
            if source.sector in ctx.lexicon.non_political or not ctx.disc.is_state(source.country):
                continue
            quoted = ctx.speaker_for(tok)
            if not (reported_by_itself(ctx, tok, source) or (quoted is not None and quoted.country == source.country)):
                continue  # only its own side's word states its intent
            exclude = {source.country}
            named = [a for t in act.subtree if t.i in ctx.mentions for a in res.actors(t, exclude) if ctx.disc.is_state(a.country)]
            if not named and (found := _quarrel_partner(told, source.country, tok, ctx)) is not None:
                named = [found]
            for target in unique_actors(named):
                out.append(Commitment("030", tok, source, target, f"continue/{tok.lemma_.lower()}>{act.lemma_.lower()}"))
    return out
