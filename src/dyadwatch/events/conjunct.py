"""Coordinated acts: "India dismissed the map as a unilateral act and urged Kathmandu to
respect its integrity", "Washington supported Jordan's right to defend its borders but
urged care", "Malaysia urged the neighbours to show restraint and offered its good offices".

Verbs coordinated under one subject tell acts of the same doer; a hand trigger among them
that names no one it acts on (its object is a thing: "the map", "care", "its good
offices") is aimed at whoever the coordinated act names, the one the sentence is about.
The coordinated act is one the sentence coded on a verb of the coordination, or on the
object of one ("imposed sanctions on Belarusian officials", "carried out hundreds of
airstrikes in Syria"), or on the verb a to-infinitive serves ("telephoned President Kiir to
urge restraint": the purpose shares the subject), or on the act a relative clause hangs on
("signed a cooperation agreement with Cuba, under which Venezuela supplied oil": what the
agreement holds, between its parties); the nearest such act decides. Left out:

- verbs of saying ("met Mulino and said ..."): the rules that read what is said decide;
- a conjunct with a subject of its own ("Iraq summoned the ambassador after shells struck a
  resort", "and Baku has refused to attend"): another clause, maybe another doer;
- a verb that names someone else, as a state or as a group ("delivered weapons to
  Mogadishu, alarming Addis Ababa", "urged other countries to follow suit");
- a criticism or hostile act beside a cooperative one ("thanked Brasilia for its commitment
  and condemned what it called an attempt to seize the asylum seekers": a third party's act;
  triggers.yaml conjunct_hostile_roots, conjunct_friendly_roots);
- dictionary verbs: one that found no two parties is left to the voice rules
  (events/sentence.py), and CAMEO's readings of a bare verb ("voted", "was expected",
  "remains") are too loose to be aimed at someone by their neighbour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from .arguments import Resolver
from .parse_words import load_parse_words
from .speech import load_speech
from .tree import conjuncts, first_conjunct, governor, has_to, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .context import SentenceContext
    from .extract import Candidate

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _carrier(tok: Token) -> Token | None:
    """The verb an act's trigger is told by: the verb itself, or the verb a nominal
    trigger is the object of."""
    return tok if tok.pos_ in ("VERB", "AUX") else governor(tok)


def _names_others(verb: Token, res: Resolver, own: set[str]) -> bool:
    """The verb names an actor other than ``own`` ("its good offices" names its own) or a
    group of states in an object or a preposition's object."""
    words = load_parse_words()
    group = words.group_nouns | words.addressed_group_nouns
    for c in verb.children:
        named = [c] if c.dep_ in ("dobj", "dative") else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        for n in named:
            # (a state's own named by name is a place of its own: "visited the U.S. Pituffik
            # Space Base in the north of the island and accused Denmark")
            if any(a.country not in own or a.kind != "pronoun" for a in res.actors(n)) or (n.tag_ in ("NNS", "NNPS") and n.lemma_.lower() in group):
                return True
    return False


def _passive(verb: Token, first: Token) -> bool:
    """A passive verb, or a bare participle coordinated with one ("he was arrested in Cape
    Verde and extradited the following year"): its subject suffered the act."""
    return is_passive(verb) or (verb is not first and verb.tag_ == "VBN" and is_passive(first)
                                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))  # fmt: skip


def _act_of(clause: Token, made: dict[int, list[Event]]) -> int | None:
    """The coded act a relative clause hangs on: its noun, or the verb its noun is the
    object of ("signed a cooperation agreement with Cuba, under which ...")."""
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.i in made:
        return noun.i
    gov = governor(noun)
    return gov.i if gov is not None and gov.i in made else None


def conjunct_targets(ctx: SentenceContext, cand: Candidate, made: dict[int, list[Event]]) -> list[Referent]:
    """The targets of the nearest act coded on a verb coordinated with ``cand``'s verb by
    one of ``cand``'s sources; none when there is no such act or ``cand`` may not take it."""
    head = cand.head
    if cand.trigger.pos != "verb" or cand.trigger.origin != "hand" or not cand.sources or cand.targets or head.pos_ not in ("VERB", "AUX"):
        return []
    if head.lemma_.lower() in load_speech().speaker_verbs:
        return []
    first = first_conjunct(head)
    verbs = {t.i for t in (first, *conjuncts(first)) if t.pos_ in ("VERB", "AUX")}
    if first.dep_ in ("advcl", "xcomp") and has_to(first) and first.head.pos_ in ("VERB", "AUX"):
        # a purpose: "telephoned President Kiir to urge restraint", "visited Beijing to discuss trade"
        verbs |= {first.head.i, *(t.i for t in conjuncts(first.head) if t.pos_ in ("VERB", "AUX"))}
    own = {s.country for s in cand.sources}
    if head.i not in verbs or (len(verbs) < 2 and _act_of(first, made) is None) or _passive(head, first) or _names_others(head, Resolver(ctx), own):
        return []
    if cand.trigger.infinitive_code and any(c.dep_ == "xcomp" and has_to(c) for c in head.children):
        return []  # "has agreed to restructure the island's debts": the commitment rules read it
    hostile = cand.code[:2] in ctx.triggers.conjunct_hostile_roots
    best: tuple[int, list[Event]] | None = None
    # (a relative clause on an act: "signed a cooperation agreement with Cuba, under which
    # Venezuela supplied oil" supplies the agreement's other party)
    on_act = _act_of(first, made)
    for i, events in made.items():
        carrier = _carrier(ctx.sent.doc[i])
        if i != on_act:
            if carrier is None or carrier.i == head.i or carrier.i not in verbs:
                continue
            later = ctx.sent.doc[max(carrier.i, head.i)]
            if any(c.dep_ in _SUBJECTS for c in later.children):
                continue  # another clause: "..., and Baku has refused to attend"
        aimed = [e for e in events if e.source.country in own and e.target.country not in own
                 and not (hostile and e.root in ctx.triggers.conjunct_friendly_roots)]  # fmt: skip
        if aimed and (best is None or abs(i - head.i) < abs(best[0] - head.i)):
            best = (i, aimed)
    if best is None:
        return []
    here = ctx.char(head)
    out: list[Referent] = []
    for e in best[1]:
        if all(r.country != e.target.country for r in out):
            out.append(Referent(e.target.country, e.target.sector, "", here, here, "conjunct", 0.5))
    return out
