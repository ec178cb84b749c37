"""A sentence that repeats the act told before it with a pro-verb phrase: "Saudi Arabia cut
ties with Iran. Bahrain followed suit on Monday", "Niger cut ties with Ukraine. Mali did the
same last week", "Peru took similar steps", "Belarus followed Moscow's lead" (the last act
of the leader it names). The phrase's subject did that act too, to the same target (the in-sentence
echo, "as did Chile", is ``extract._echoed``). So does an act of the same kind told "also"
or "too" with no target of its own: "Sudan also severed ties". The phrases are data:
``parse_words.yaml`` ``follow_suit`` and ``also_words`` (ordinary English usage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from .arguments import Resolver, unique_actors
from .extract import Candidate
from .lexicon import Trigger
from .parse_words import load_parse_words
from .tree import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .context import SentenceContext


def _phrase_verb(tok: Token) -> bool:
    """"followed suit", "did the same", "did likewise": the verb and what makes it an echo."""
    words = load_parse_words().follow_suit
    lemma = tok.lemma_.lower()
    for verb, objects in words.items():
        if lemma != verb:
            continue
        # (the parser may hang "the same" on a time phrase: "did the same last week")
        near = [c for c in tok.children if c.dep_ in ("dobj", "advmod", "npadvmod")]
        if any(t.lemma_.lower() in objects for c in near for t in (c, *(g for g in c.children if g.dep_ == "amod"))):
            return True
    return False


#: roots of words, not deeds: a phrase that follows suit repeats a deed ("accused Tehran of
#: planting cells ... Bahrain followed suit" cut its ties, as the lead told)
_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "14"})


def _followed(events: list[Event], leaders: set[str] | None = None) -> Event | None:
    """The act a phrase follows: the last deed told, else the last act; the last one done
    by ``leaders`` when the phrase names whose lead it follows."""
    if leaders is not None:
        events = [e for e in events if e.source.country in leaders]
    for e in reversed(events):
        if e.cameo[:2] not in _VERBAL_ROOTS:
            return e
    return events[-1] if events else None


def _leaders(tok: Token, res: Resolver) -> set[str] | None:
    """Whose lead or example the phrase follows ("followed Moscow's lead", "the Kazakh
    example"), or None when it names nobody ("followed suit", "followed its example")."""
    mods = [o for c in tok.children if c.dep_ == "dobj" for o in c.children]
    owners = [o for o in mods if o.dep_ == "poss" and o.pos_ != "PRON"]
    found = {a.country for o in owners for a in res.actors(o)}
    # (a modifier counts only when it names an actor: not "similar steps")
    found |= {a.country for o in mods if o.dep_ in ("amod", "compound") for a in res.actors(o)}
    return found if owners or found else None


def followed_acts(ctx: SentenceContext, res: Resolver, told: list[tuple[str, Event]], told_before: int, fired: set[int]) -> list[Candidate]:
    """Candidates for the acts a pro-verb phrase of this sentence repeats, with the phrase's
    subject as their source: a main clause's ("Bahrain followed suit") repeats an act told
    before the sentence (the first ``told_before`` of ``told``), a subordinate one's ("two
    days after Mali did the same") the act its own sentence told too, a coordinated one's
    ("..., and Bahrain did the same") also an act told before it in its sentence."""
    out: list[Candidate] = []
    for tok in ctx.with_lemma(load_parse_words().follow_suit.keys()):  # (the verbs _phrase_verb reads)
        if tok.pos_ not in ("VERB", "AUX") or tok.i in fired or not _phrase_verb(tok):
            continue
        earlier = [e for _, e in told[: told_before if tok.dep_ in ("ROOT", "conj") else len(told)]]
        if tok.dep_ == "conj":
            # ("Saudi Arabia cut ties with Iran, and Bahrain did the same": a coordinated
            # clause repeats an act its own sentence told before it, too)
            earlier += [e for _, e in told[told_before:] if e.trigger_end <= ctx.char(tok)]
        last = _followed(earlier, _leaders(tok, res))
        if last is None:
            continue
        sources = unique_actors([a for s in subject_of(tok) for a in res.actors(s)])
        sources = [s for s in sources if s.country != last.target.country and ctx.disc.is_state(s.country)]
        if not sources or any(s.country == last.source.country for s in sources):
            continue
        here = (ctx.char(tok), ctx.char(tok) + len(tok.text))
        target = Referent(last.target.country, last.target.sector, tok.text, *here, "echo", 0.7)
        trigger = Trigger(id="follow-suit", pos="verb", words=(tok.lemma_.lower(),), code=last.cameo,
                          source=("subj",), target=(), symmetric=last.symmetric)  # fmt: skip
        out.append(Candidate(trigger, last.cameo, tok, sources, [target], "follow-suit/subj>earlier", last.symmetric, 0.7))
    return out


def also_target(cand: Candidate, told: list[tuple[str, Event]], ctx: SentenceContext) -> Candidate | None:
    """"Sudan also severed ties": an act with no target, told "also" or "too", is done to the
    target of the last act of its kind (its CAMEO root) ``told`` before, by another doer."""
    if cand.targets or not cand.sources or cand.head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in load_parse_words().also_words for c in cand.head.children):
        return None
    last = next((e for _, e in reversed(told) if e.cameo[:2] == cand.code[:2]), None)
    if last is None or any(s.country in (last.source.country, last.target.country) for s in cand.sources):
        return None
    here = (ctx.char(cand.head), ctx.char(cand.head) + len(cand.head.text))
    target = Referent(last.target.country, last.target.sector, cand.head.text, *here, "echo", 0.7)
    return Candidate(cand.trigger, cand.code, cand.head, cand.sources, [target], cand.rule + "+also", cand.symmetric, 0.7)
