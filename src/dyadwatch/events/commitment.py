"""Commitments: an actor that commits itself to a cooperative act states an intent (03,
GUIDELINES §4: "a statement of intent is itself an asserted event").

"Ministers committed to deepen cooperation", "the UK stands ready to support this process",
"his readiness for constructive dialogue and cooperation with Cyril Ramaphosa", "have
pledged to reach a peace settlement": a word of commitment (data/events/commitment.yaml)
whose complement holds a cooperative act, a trigger whose root CAMEO's 03 family promises
(voice.yaml ``intent_codes``: meet, cooperate, give aid, yield).

- who commits: the subject of the committing verb or adjective ("stands ready"), the
  possessor of a committing noun ("his readiness"), else the subject of the verb that
  governs that noun ("confirmed his readiness");
- to whom: the act's own target; else an actor named inside the complement ("the
  normalisation of relations between Ethiopia and Eritrea"); else the state the article
  is about (``implicit``, given by the caller).

The promised act itself is coded by the trigger rules, with its own status (future).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

import yaml

from ..actors.discourse import Referent
from ..annotate.status import condition_clauses, conditioned, load_cues, phrasal_head, read_status
from ..codebook import load_codebook
from ..errors import DataFileError
from ..records import Status
from ..yamlfiles import read_yaml
from .arguments import Resolver, unique_actors
from .context import SentenceContext
from .extract import Candidate, defends_own
from .speech import load_speech
from .tree import (
    conjuncts,
    has_to,
    is_passive,
    misread_verb,
    of_objects,
    participle_agents,
    subject_of,
)
from .voice import load_voice

if TYPE_CHECKING:
    from spacy.tokens import Token

_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "prep", "pobj", "pcomp", "conj", "dobj", "advcl", "relcl", "amod", "compound"})
_MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class CommitmentLexicon:
    verbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    intent_codes: Mapping[str, str]
    threat_codes: Mapping[str, str]
    announced_threat_roots: frozenset[str]
    announced_now_roots: frozenset[str]
    conditional_threat_modals: frozenset[str]
    threat_heads: frozenset[str]
    threat_only_heads: frozenset[str]
    warning_verbs: frozenset[str]
    forecast_modals: frozenset[str]
    aim_heads: frozenset[str]
    threat_verbs: frozenset[str]
    response_nouns: frozenset[str]
    response_verbs: frozenset[str]
    response_adjectives: frozenset[str]
    bearing_verbs: frozenset[str]
    joint_intent_heads: frozenset[str]
    accepted_nouns: frozenset[str]
    accepting_verbs: frozenset[str]
    bond_nouns: frozenset[str]
    bond_verbs: frozenset[str]
    defence_heads: frozenset[str]
    defence_verbs: frozenset[str]
    own_determiners: frozenset[str]
    action_nouns: frozenset[str]
    action_verbs: frozenset[str]
    action_light_verbs: frozenset[str]
    warning_formula_heads: frozenset[str]
    defence_prepositions: frozenset[str]
    reciprocating_verbs: frozenset[str]  # answer in kind by themselves ("reciprocated")
    more_to_come_adjectives: frozenset[str]
    intimating_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    continuation_verbs: frozenset[str]
    indefinite_subjects: frozenset[str]
    continued_acts: frozenset[str]
    joint_manner_adverbs: frozenset[str]
    joint_manner_nouns: frozenset[str]
    in_kind_phrases: frozenset[tuple[str, str]] = frozenset()  # (preposition, noun): "responded in kind"


@dataclass(frozen=True, slots=True)
class Commitment:
    code: str  # the CAMEO 03x code
    head: Token  # the word of commitment
    source: Referent
    target: Referent
    rule: str


@cache
def load_commitment() -> CommitmentLexicon:
    path = resources.files("dyadwatch") / "data" / "events" / "commitment.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
        words = {k: frozenset(str(w) for w in raw[k]) for k in ("verbs", "adjectives", "nouns", "threat_heads", "threat_only_heads", "warning_verbs", "forecast_modals", "aim_heads", "threat_verbs", "response_nouns", "response_verbs", "response_adjectives", "bearing_verbs", "joint_intent_heads", "conditional_threat_modals", "accepted_nouns", "accepting_verbs", "bond_nouns", "bond_verbs", "defence_heads", "defence_verbs", "own_determiners",
                                                       "action_nouns", "action_verbs", "action_light_verbs", "warning_formula_heads", "defence_prepositions",
                                                       "reciprocating_verbs", "more_to_come_adjectives", "intimating_verbs", "wish_verbs", "continuation_verbs", "continued_acts",
                                                       "indefinite_subjects", "announced_now_roots",
                                                       "joint_manner_adverbs", "joint_manner_nouns")}
        in_kind = frozenset((str(p).lower(), str(n).lower()) for p, n in raw["in_kind_phrases"])
        threats = {str(k): str(v) for k, v in raw["threat_codes"].items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise DataFileError(f"cannot read the commitment rules {path}: {exc}") from exc
    codebook = load_codebook()
    if any(v not in codebook or not v.startswith("13") for v in threats.values()):
        raise DataFileError(f"{path}: threat_codes must map roots to CAMEO 13x codes of the codebook")
    announced = frozenset(str(r) for r in raw.get("announced_threat_roots") or ())
    if not announced <= {k[:2] for k in threats}:
        raise DataFileError(f"{path}: announced_threat_roots must be roots of threat_codes")
    return CommitmentLexicon(**words, intent_codes=load_voice().intent_codes, threat_codes=MappingProxyType(threats),
                             announced_threat_roots=announced, in_kind_phrases=in_kind)  # fmt: skip


@cache
def _cue_lemmas() -> frozenset[str]:
    """The lemmas a commitment or a response can be read at (``_kind``, a response verb,
    a phrasal head): a word whose lemma and form are none of them makes none."""
    lex = load_commitment()
    return lex.verbs | lex.adjectives | lex.nouns | lex.accepted_nouns | lex.response_verbs | frozenset(load_cues().future_phrasal_heads)


def _kind(tok: Token, lex: CommitmentLexicon) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.lower_ in lex.adjectives and any(c.dep_ == "auxpass" for c in tok.children):
        return "participle"  # "Peru is committed to supporting Chile", however it is tagged
    if lemma in load_cues().litotes_heads and not any(c.dep_ == "neg" for c in tok.children):
        return None  # "hesitated to act" commits to nothing; "will not hesitate to act" does
    if (tok.pos_ == "VERB" or misread_verb(tok)) and lemma in lex.verbs:
        # (a verb of infinitive_future_heads commits only to its to-infinitive or its
        # that-clause: "agreed to supply", "agreed that they should cooperate", not "agreed a treaty")
        clause = any((c.dep_ == "xcomp" and has_to(c)) or c.dep_ == "ccomp" for c in tok.children)
        return "verb" if clause or lemma not in load_cues().infinitive_future_heads else None
    if phrasal_head(tok):
        return "phrasal"  # "looked forward to working with Dakar"
    if tok.pos_ in ("ADJ", "VERB") and (lemma in lex.adjectives or tok.lower_ in lex.adjectives) and tok.dep_ in ("acomp", "oprd", "amod", "xcomp"):
        return "adjective"
    if tok.pos_ == "NOUN" and lemma in lex.nouns:
        return "noun"
    if tok.pos_ == "NOUN" and lemma in lex.accepted_nouns and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.accepting_verbs:
        return "noun"  # "accepted an invitation to visit Turkey": the one who accepts commits
    return None


def _complement(tok: Token, kind: str, acts: Mapping[int, Candidate] | None = None) -> list[Token]:
    """The words a commitment governs, nearest first (breadth-first, bounded): a verb's
    infinitive ("pledged to reach"), an adjective's or a noun's infinitive or its "to",
    "for" phrase ("ready for dialogue", "commitment to cooperation"); a verb of wishing's
    own infinitive or object, or the act its clause makes the subject ("want the talks to
    continue"; not "wants China to stop", nor "wants to be removed from the list")."""
    out: list[Token] = []
    if kind == "verb" and tok.lemma_.lower() in load_commitment().wish_verbs:
        layer = [c for c in tok.children if c.i > tok.i and (c.dep_ == "dobj" or (c.dep_ == "xcomp" and not any(s.dep_ in ("nsubj", "auxpass") for s in c.children)))]
        layer += [s for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i for s in c.children
                  if s.dep_ == "nsubj" and (s.i in (acts or {}) or s.lemma_.lower() in load_commitment().bond_nouns)]  # fmt: skip
    elif kind == "verb":
        layer = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.i > tok.i]
    else:
        layer = [c for c in tok.children if c.i > tok.i and (c.dep_ in ("xcomp", "acl") or (c.dep_ == "prep" and c.lower_ in ("to", "for", "towards", "toward")))]
    for _ in range(_MAX_DEPTH):
        out.extend(layer)
        # (a clause of time, cause or condition is no part of what is committed to: "vowed
        # to take measures after the US approved the sale of drones to Taiwan")
        layer = [c for t in layer for c in t.children if c.dep_ in _COMPLEMENT_DEPS
                 and not (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))]  # fmt: skip
    return out


def _unnamed_states(complement: list[Token], ctx: SentenceContext) -> bool:
    """What is committed to names its other side as states it does not name: "threatening
    the sovereignty of countries across the region" (not the state the story is about)."""
    return any(t.tag_ == "NNS" and ctx.lexicon.is_state_noun(t.lemma_.lower()) and t.i not in ctx.mentions and ctx.known(t.i) is None
               for c in complement for t in c.subtree)  # fmt: skip


def _committer(tok: Token, kind: str, res: Resolver) -> list[Referent]:
    if kind in ("verb", "phrasal"):
        return [a for s in subject_of(tok) for a in res.actors(s)]
    if kind == "adjective":
        return [a for s in subject_of(tok.head if tok.dep_ in ("acomp", "oprd") else tok) for a in res.actors(s)]
    if kind == "participle":
        return [a for s in tok.children if s.dep_ == "nsubjpass" for a in res.actors(s)]
    found = [a for c in tok.children if c.dep_ == "poss" for a in res.actors(c)]
    if not found and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "nsubjpass", "attr"):
        found = [a for s in subject_of(tok.head) for a in res.actors(s)]
    return found


def _voiceless_subject(tok: Token, kind: str, lex: CommitmentLexicon) -> bool:
    """A verb of commitment whose subject is a noun or name no actor resolves to: the act's
    own doer does not commit for it ("Analysts warned that a war could draw in Egypt",
    "Others warn that Moscow could deploy missiles", a gang leader "vowed to fight Kenyan
    police"). A pronoun is left to the act ("it pledged to help")."""
    if kind not in ("verb", "phrasal"):
        return False
    return any(s.pos_ in ("NOUN", "PROPN") or s.lower_ in lex.indefinite_subjects for s in subject_of(tok))


def _act(head: Token, complement: list[Token], acts: Mapping[int, Candidate], lex: CommitmentLexicon) -> tuple[str, Candidate | None, Token | None] | None:
    """The first act of the complement a commitment makes an event of: a cooperative act
    (intent), a hostile act (threat, under a word of threat) or a response (threat).
    (code, act, response word)."""
    threat = head.lemma_.lower() in lex.threat_heads or head.lower_ in lex.threat_heads
    for t in complement:
        act = acts.get(t.i)
        lemma = t.lemma_.lower()
        responding = t.pos_ == "NOUN" and any(a.dep_ == "amod" and a.lower_ in lex.response_adjectives for a in t.children)
        if t.pos_ == "VERB" and lemma in lex.response_verbs and _purpose_of_other_act(t, head):
            continue  # "agreed to deploy THAAD to counter North Korea's missiles": the aim of the deployment
        if (t.pos_ == "NOUN" and lemma in lex.response_nouns) or (t.pos_ == "VERB" and lemma in lex.response_verbs) or responding:
            # a response word is a response, whatever the dictionary reads in it
            # ("vowed to retaliate": whom it answers, not an attack); an aim to respond
            # threatens no one
            if head.lemma_.lower() in lex.aim_heads or (head.lemma_.lower() in lex.warning_verbs and _forecast(t, lex)):
                return None  # an aim to respond threatens no one; nor a warning of what could come
            return "130", None, t
        if (act is None or threat_code(act.code, lex) is None) and _defence(head, t, lex):
            return "130", None, t  # "prepared to secure our sovereignty", "would not hesitate to take action"
        if act is not None and head.lemma_.lower() in lex.threat_only_heads:
            return threat_code(act.code, lex) or "130", act, None  # "reserved the right to defend"
        if act is not None and _given_words(head, t, act):
            continue  # "offered solidarity with Bogota": the giving expresses it, no intent
        if act is not None and act.code[:2] in lex.intent_codes and head.lemma_.lower() not in lex.warning_verbs:
            return lex.intent_codes[act.code[:2]], act, None
        if act is not None and threat and (code := threat_code(act.code, lex)) is not None:
            return code, act, None
    return None


def _joint_manner(response: Token, lex: CommitmentLexicon) -> bool:
    """A response told as made together: "respond jointly", "respond in close coordination"
    (commitment.yaml joint_manner_adverbs, joint_manner_nouns)."""
    for c in response.children:
        if c.dep_ == "advmod" and c.lower_ in lex.joint_manner_adverbs:
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "with") and any(p.dep_ == "pobj" and p.lemma_.lower() in lex.joint_manner_nouns for p in c.children):
            return True
    return False


def _purpose_of_other_act(t: Token, head: Token) -> bool:
    """A to-infinitive that tells the purpose of another act the commitment names ("agreed
    to deploy the system to counter the missiles", "to station more radars to counter
    China's missiles"): the act committed to is the deployment, the infinitive its aim, no
    answer promised to anyone (an aim to respond threatens no one, commitment.yaml
    aim_heads). Not the commitment's own infinitive ("vowed to counter")."""
    if t.head.i == head.i or not has_to(t):
        return False
    # the aim of a verb ("to deploy the system to counter"), also where the parser hangs it
    # as an xcomp after the verb's object ("to station more radars to counter"; with a verb
    # of control the object is the one to respond, "agreed to help Kyiv to counter", not the
    # committer), or a purpose infinitive on that object
    verb_aim = t.dep_ == "advcl" or (t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in t.head.children))
    return (verb_aim and t.head.pos_ in ("VERB", "AUX")) or (
        t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.dep_ == "dobj" and t.head.head.i != head.i)  # not "reserves the right to respond"


def _given_words(head: Token, t: Token, act: Candidate) -> bool:
    """An act of words that a verb of giving takes as its object ("offered solidarity",
    "offered condolences"): done in the giving (status_cues.yaml giving_heads), not promised."""
    return (t.dep_ == "dobj" and t.head.i == head.i and head.lemma_.lower() in load_cues().giving_heads
            and act.code[:2] in load_speech().verbal_roots and act.code[:2] != "03")


def _defence(head: Token, t: Token, lex: CommitmentLexicon) -> bool:
    """A defence of one's own ("to defend its territory", "to protect itself") or an action
    against another's moves ("to take firm action against", "the right to take action")
    under a word of readiness or resolve: a warning (commitment.yaml ``defence_heads``)."""
    if head.lemma_.lower() not in lex.defence_heads and head.lower_ not in lex.defence_heads:
        return False
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in lex.defence_verbs:
        objects = [c for c in t.children if c.dep_ == "dobj"]
        # ("to defend every inch of its land": the part's of-phrase names what is its own)
        objects += [o for c in objects for o in of_objects(c)]
        return any(o.lower_ in lex.own_determiners or (o.lemma_.lower() not in lex.bond_nouns and any(d.dep_ == "poss" and d.lower_ in lex.own_determiners for d in o.children))
                   for o in objects)  # fmt: skip
    action = (t.pos_ == "NOUN" and lemma in lex.action_nouns and t.dep_ == "dobj" and t.head.lemma_.lower() in lex.action_light_verbs) \
        or (t.pos_ == "VERB" and lemma in lex.action_verbs)
    return action and (head.lemma_.lower() in lex.warning_formula_heads or defended_from(t, lex) != [])


def defended_from(t: Token, lex: CommitmentLexicon) -> list[Token]:
    """The words a defence or an action is aimed at: "against any attempt by Chile",
    "from Chilean patrols" (on the word, its object, or the verb that takes it)."""
    holders = [t, *(c for c in t.children if c.dep_ == "dobj")] + ([t.head] if t.dep_ == "dobj" else [])
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in lex.defence_prepositions for p in c.children if p.dep_ == "pobj"]


def _bond(head: Token, complement: list[Token], lex: CommitmentLexicon) -> Token | None:
    """The cooperative bond a commitment with no known act commits to, reached through
    verbs that keep or build it only: "remains committed to good relations with China",
    "stood ready to open a new chapter in relations with Nauru"."""
    lemma = head.lemma_.lower()
    if lemma in lex.threat_verbs or lemma in lex.warning_verbs or lemma in lex.threat_only_heads:
        return None
    for t in complement:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in lex.bond_nouns:
            continue
        path = t.head
        while path.i != head.i and (path.pos_ != "VERB" or path.lemma_.lower() in lex.bond_verbs) \
                and not any(c.dep_ == "neg" for c in path.children) and path.head.i != path.i:
            path = path.head
        if path.i == head.i:
            return t
    return None


def _bond_sides(bond: Token, res: Resolver, exclude: set[str]) -> list[Referent]:
    """The other side a bond names by name: "relations with China", "ties between Peru and
    Chile" (not "relations with the country", whose state the discourse may misread)."""
    return unique_actors(a for c in bond.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                         for p in c.children if p.dep_ == "pobj" for q in (p, *conjuncts(p))
                         if (m := res.ctx.mentions.get(q.i)) is not None and m.kind != "anaphor"
                         for a in res.actors(q, exclude))  # fmt: skip


def _forecast(word: Token, lex: CommitmentLexicon) -> bool:
    """The clause of a response word says it may come, not that it will: "warned that
    Armenia could face economic consequences" (a forecast, no threat)."""
    verb = word.head if word.dep_ in ("dobj", "attr", "nsubj") else word
    return any(c.dep_ == "aux" and c.lower_ in lex.forecast_modals for c in verb.children)


def _joint_committers(tok: Token, kind: str, res: Resolver, lex: CommitmentLexicon) -> list[tuple[Referent, Referent, str]]:
    """The two states a coordinated subject of a word of joint commitment names, as one
    pair that commits to each other; or, when what they pledge is for a third state's own
    ("pledged training for its diplomats"), each of them towards that state."""
    if kind not in ("verb", "adjective", "participle") or (tok.lemma_.lower() not in lex.joint_intent_heads and tok.lower_ not in lex.joint_intent_heads):
        return []
    verb = tok.head if kind == "adjective" and tok.dep_ in ("acomp", "oprd") else tok
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return []
    if subjects[0].i in res.ctx.mentions and res.ctx.mentions[subjects[0].i].kind == "group":
        return []
    actors = unique_actors(res.actors(subjects[0]))
    # two coordinated states, or a pair the subject stands for ("both pledged", "the two
    # neighbours agreed")
    if not any(c.dep_ == "conj" for c in subjects[0].children) and not all(a.kind == "pair" for a in actors):
        return []
    states = [a for a in actors if res.ctx.disc.is_state(a.country)]
    if len(states) != 2:
        return []
    # an act they commit to for a third state is towards it, not towards each other
    # ("Mexico and Russia pledged to send fuel to Cuba"; "vowed to stand together against
    # U.S. imperialism" still binds the two)
    pair = {states[0].country, states[1].country}
    for clause in _complement(tok, kind):
        for t in clause.subtree:
            recipient = t.dep_ in ("dobj", "dative") or (t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "with"))
            # (or the owner of what it is for: "pledged training for its diplomats", a third
            # state's, never one of the two; a promise to that state, GUIDELINES §3: 03)
            owner = t.dep_ == "poss" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("to", "for", "with")
            if not (recipient or owner):
                continue
            third = [a for a in res.actors(t, set(pair) if owner else None) if a.country not in pair and res.ctx.disc.is_state(a.country)]
            if third:
                return [(s, third[0], "owner") for s in states] if owner else []
    return [(states[0], states[1], "joint")]


def threat_code(code: str, lex: CommitmentLexicon | None = None) -> str | None:
    """The threat of an act of this code: the longest key of ``threat_codes`` it starts with."""
    lex = lex or load_commitment()
    for n in range(len(code), 1, -1):
        if code[:n] in lex.threat_codes:
            return lex.threat_codes[code[:n]]
    return None


def answered_by(word: Token, res: Resolver, exclude: set[str]) -> list[Referent]:
    """Whom a response answers: "response to Japan's move", "counter the U.S. forces"."""
    out: list[Referent] = []
    for c in word.children:
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("to", "against", "on")):
            for t in [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]:
                out.extend(res.actors(t, exclude) or res.deep_actors(t, exclude) or _authors(t, res, exclude))
    return out


def _authors(act: Token, res: Resolver, exclude: set[str]) -> list[Referent]:
    """Who did the act a response answers: "the measures taken by Washington"."""
    agents = [p for c in act.children if c.dep_ == "acl" for p in participle_agents(c)]
    return [a for p in agents for a in res.actors(p, exclude)]


def _own_promise(verb: Token) -> bool:
    """The response verb carries the promise itself ("China will respond", "would take
    countermeasures if ..."), not a verb above it ("would help it respond", "would work
    with Seoul to respond": an aim of that act)."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in verb.children) or condition_clauses(verb) != []


def _promised(verb: Token) -> bool:
    """A response told as to come: "will respond", "said it would take countermeasures",
    also on a condition ("would take countermeasures if the United States went ahead"):
    a conditional response is a threat."""
    reading = read_status(verb)
    return reading.status is Status.FUTURE or conditioned(reading)


def _response_object(verb: Token, lex: CommitmentLexicon, ctx: SentenceContext) -> Token | None:
    """The response a light verb takes: "take countermeasures", "take retaliatory measures"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.triggers.light_verbs or verb.lemma_.lower() in lex.bearing_verbs:
        return None  # ("they will pay a dear price": the payer bears the response, makes none)
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        if o.lemma_.lower() in lex.response_nouns or any(a.dep_ == "amod" and a.lower_ in lex.response_adjectives for a in o.children):
            return o
    return None


def payer(response: Token, res: Resolver, exclude: set[str]) -> list[Referent]:
    """Who is to suffer a response its own clause makes them bear: "vowed that Israel would
    pay a price"."""
    gov = response.head if response.dep_ == "dobj" else None
    return [a for s in subject_of(gov) for a in res.actors(s, exclude)] if gov is not None else []


def condition_subjects(verb: Token, res: Resolver, exclude: set[str]) -> list[Referent]:
    """Whom a response answers when only its condition names them: "if the United States
    went ahead"."""
    return [a for c in condition_clauses(verb) for s in subject_of(c) for a in res.actors(s, exclude)]


def commitment_events(ctx: SentenceContext, acts: Mapping[int, Candidate], implicit: Callable[[Token, set[str]], Referent | None],
                      partner: Callable[[Token, set[str]], Referent | None] | None = None) -> list[Commitment]:  # fmt: skip
    """The commitments in this sentence: to cooperative acts (intent, 03), to hostile acts
    or responses (threat, 13); ``acts`` are the sentence's trigger candidates by token,
    ``implicit`` gives the state the article is about, ``partner`` the other side of an act
    the committer did earlier in the sentence (the other side of an intent that names
    no one: "welcomed Honduras and pledged cooperation")."""
    lex = load_commitment()
    res = Resolver(ctx)
    out: list[Commitment] = []
    cues, light = _cue_lemmas(), ctx.triggers.light_verbs
    doc, start = ctx.sent.doc, ctx.sent.start
    for k, (lemma, low) in enumerate(zip(ctx.lemmas, ctx.lowers, strict=True)):
        if lemma not in cues and lemma not in light and low not in lex.adjectives:
            continue  # (a cheap test every reading below implies: most words are none)
        tok = doc[start + k]
        kind = _kind(tok, lex)
        # (not under a word of commitment, which takes the response itself: "vowed to
        # deliver a painful response")
        committed = tok.dep_ == "xcomp" and _kind(tok.head, lex) is not None
        measures = _response_object(tok, lex, ctx) if kind is None and not committed else None
        if kind is None and tok.pos_ == "VERB" and (tok.lemma_.lower() in lex.response_verbs or measures is not None) and _promised(tok) and _own_promise(tok):
            kind = "response"  # "China will respond firmly", "will take countermeasures against"
        if kind is None:
            continue
        reading = read_status(tok if kind != "adjective" else tok.head)
        # (a readiness to defend on a condition warns all the same: "if the Philippines is
        # challenged, we are prepared to secure our sovereignty")
        on_condition = False
        if reading.status not in (Status.ASSERTED, Status.FUTURE) and not (kind == "response" and _promised(tok)):
            if not conditioned(reading):
                continue
            on_condition = True
        if kind == "verb" and is_passive(tok):
            continue  # "the ban is intended to prevent ...": no one commits
        complement = ([measures] if measures is not None else [tok]) if kind == "response" else _complement(tok, kind, acts)
        found = _act(tok, complement, acts, lex)
        if found is None and tok.lemma_.lower() in lex.threat_verbs and kind == "verb" and complement and complement[0].dep_ == "xcomp":
            # "threatened to cut off electricity to X"; not what endangers a thing ("are
            # threatening the peace of the region", "sanctions threaten penalties")
            found = ("130", None, None)
        bond = _bond(tok, complement, lex) if found is None and kind != "response" else None
        if bond is not None:
            found = ("030", None, None)
        if found is None:
            for committer, other, how in _joint_committers(tok, kind, res, lex):
                out.append(Commitment("030", tok, committer, other, f"commit/{tok.lemma_.lower()}>{how}"))
            continue
        code, act, response = found
        if on_condition and (response is None or not _defence(tok, response, lex)):
            continue
        done_pairs: dict[str, set[str]] = {}
        sources = _committer(tok, "verb" if kind == "response" else kind, res)
        if not sources and act is not None and not _voiceless_subject(tok, kind, lex):
            sources = act.sources
        sources = [s for s in sources if s.sector not in ctx.lexicon.non_political]  # no state's voice
        joint = response is not None and _joint_manner(response, lex) and len(unique_actors(sources)) >= 2
        if joint:
            # "Japan, the United States and South Korea will respond in close coordination":
            # their cooperation, among themselves (each pair once, from the first-named); a
            # threat only to whom the response is said to answer, none left implicit
            states = unique_actors(sources)
            for n, first in enumerate(states):
                out.extend(Commitment("030", tok, first, other, f"commit/{tok.lemma_.lower()}>joint-response")
                           for other in states[n + 1:] if other.country != first.country)  # fmt: skip
        # (a threat or a response is never aimed at a fellow committer: "Japan, the United
        # States and South Korea will respond in close coordination" answers someone else)
        committers = {s.country for s in sources} if code.startswith("13") else set()
        for source in sources:
            exclude = {source.country} | committers
            if act is not None:
                targets = [t for t in act.targets if t.country not in exclude]
                if not targets and act.symmetric and len({s.country for s in act.sources}) >= 2:
                    # "the three leaders plan to sign a declaration", "Peru and Chile agreed
                    # to hold talks": a joint act of several committers is among themselves
                    # (as the act is, events/assemble.py "+coord"), towards no one else
                    targets = unique_actors(s for s in act.sources if s.country not in exclude)
                # (not the state a defence of one's own is against: "vowed to defend its
                # sovereignty against Chile" promises Chile no support)
                if not targets and not defends_own(act.code, act.head, res):
                    targets = [a for t in complement for a in (res.actors(t, exclude) if t.i in ctx.mentions else [])]
            elif response is not None and _defence(tok, response, lex):
                targets = [a for p in defended_from(response, lex) for a in (res.actors(p, exclude) or res.deep_actors(p, exclude) or _authors(p, res, exclude))]
                # an action aimed at no one named is a warning only in its formula ("reserved
                # the right to take action"), not "ready to take action against terrorism"
                if not targets and (response.pos_ == "NOUN" or response.lemma_.lower() in lex.action_verbs) \
                        and tok.lemma_.lower() not in lex.warning_formula_heads:
                    continue
            elif response is not None:
                targets = (answered_by(response, res, exclude) or (answered_by(tok, res, exclude) if response.i != tok.i else [])
                           or condition_subjects(tok, res, exclude) or payer(response, res, exclude))  # fmt: skip
            elif bond is not None and len({s.country for s in sources}) > 1:
                # "the two presidents agreed to open a new page in the relations between their
                # two countries": a bond among the committers, one event from the first-named
                if source is not sources[0]:
                    continue
                targets = unique_actors(s for s in sources if s.country != source.country)
            elif bond is not None:
                targets = _bond_sides(bond, res, exclude)
            else:
                targets = unique_actors(a for t in complement if t.i in ctx.mentions for a in res.actors(t, exclude))
            # an intent naming no one is towards whom its committer just acted with
            if not targets and code.startswith("03") and partner is not None and (other := partner(tok, exclude)) is not None:
                targets = [other]
            # the other side left implicit only for the lexicon's own acts and for
            # responses: the dictionary's codes are broader ("to protect nuclear material"
            # is CAMEO's 074 protection)
            # (and not for a bond: "relations with the country" names a state the story's
            # pair may not hold)
            if not targets and bond is None and not joint and (act is None or act.trigger.origin == "hand") and not _unnamed_states(complement, ctx) \
                    and (found_t := implicit(tok, exclude)) is not None:
                targets = [found_t]
            # one promise per pair when the act is mutual ("both sides agreed to cooperate")
            seen: set[str] = set(done_pairs.get(source.country, ())) if act is not None and act.symmetric else set()
            what = act.trigger.id if act is not None else f"response:{response.lemma_.lower()}" if response is not None \
                else f"bond:{bond.lemma_.lower()}" if bond is not None else "named"
            rule = f"commit/{tok.lemma_.lower()}>{what}"
            for target in targets:
                if target.country in seen:
                    continue
                seen.add(target.country)
                done_pairs.setdefault(target.country, set()).add(source.country)
                out.append(Commitment(code, tok, source, target, rule))
    return out


def answered_acts(ctx: SentenceContext) -> list[tuple[str, Referent]]:
    """Acts a response says who did: "vowed to retaliate against Israel for an air
    strike" tells that Israel made the strike a later "the attack" may point back at."""
    responses = load_commitment().response_verbs
    res = Resolver(ctx)
    out: list[tuple[str, Referent]] = []
    for tok in ctx.with_lemma(responses):
        if tok.pos_ != "VERB":
            continue
        answered = [a for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("against", "on"))
                    for p in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"]) for a in res.actors(p)]  # fmt: skip
        acts = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        out.extend((act.lemma_.lower(), answered[0]) for act in acts if answered)
    return out
