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
from typing import TYPE_CHECKING

import yaml

from ..actors.discourse import Referent
from ..annotate.status import read_status
from ..errors import DataFileError
from ..records import Status
from .arguments import Resolver
from .context import SentenceContext
from .extract import Candidate
from .tree import is_passive, subject_of
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
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        words = {k: frozenset(str(w) for w in raw[k]) for k in ("verbs", "adjectives", "nouns")}
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise DataFileError(f"cannot read the commitment rules {path}: {exc}") from exc
    return CommitmentLexicon(**words, intent_codes=load_voice().intent_codes)


def _kind(tok: Token, lex: CommitmentLexicon) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex.verbs:
        return "verb"
    if tok.pos_ in ("ADJ", "VERB") and (lemma in lex.adjectives or tok.lower_ in lex.adjectives) and tok.dep_ in ("acomp", "oprd", "amod", "xcomp"):
        return "adjective"
    if tok.pos_ == "NOUN" and lemma in lex.nouns:
        return "noun"
    return None


def _complement(tok: Token, kind: str) -> list[Token]:
    """The words a commitment governs, nearest first (breadth-first, bounded): a verb's
    infinitive ("pledged to reach"), an adjective's or a noun's infinitive or its "to",
    "for" phrase ("ready for dialogue", "commitment to cooperation")."""
    out: list[Token] = []
    if kind == "verb":
        layer = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i]
    else:
        layer = [c for c in tok.children if c.i > tok.i and (c.dep_ in ("xcomp", "acl") or (c.dep_ == "prep" and c.lower_ in ("to", "for", "towards", "toward")))]
    for _ in range(_MAX_DEPTH):
        out.extend(layer)
        layer = [c for t in layer for c in t.children if c.dep_ in _COMPLEMENT_DEPS]
    return out


def _committer(tok: Token, kind: str, res: Resolver) -> list[Referent]:
    if kind == "verb":
        return [a for s in subject_of(tok) for a in res.actors(s)]
    if kind == "adjective":
        return [a for s in subject_of(tok.head if tok.dep_ in ("acomp", "oprd") else tok) for a in res.actors(s)]
    found = [a for c in tok.children if c.dep_ == "poss" for a in res.actors(c)]
    if not found and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "nsubjpass", "attr"):
        found = [a for s in subject_of(tok.head) for a in res.actors(s)]
    return found


def commitment_events(ctx: SentenceContext, acts: Mapping[int, Candidate], implicit: Callable[[Token, set[str]], Referent | None]) -> list[Commitment]:
    """The commitments to cooperative acts in this sentence; ``acts`` are the sentence's
    trigger candidates by token, ``implicit`` gives the state the article is about."""
    lex = load_commitment()
    res = Resolver(ctx)
    out: list[Commitment] = []
    for tok in ctx.sent:
        kind = _kind(tok, lex)
        if kind is None:
            continue
        status = read_status(tok if kind != "adjective" else tok.head).status
        if status not in (Status.ASSERTED, Status.FUTURE):
            continue
        if kind == "verb" and is_passive(tok):
            continue  # "the ban is intended to prevent ...": no one commits
        complement = _complement(tok, kind)
        act = next((acts[t.i] for t in complement if t.i in acts and acts[t.i].code[:2] in lex.intent_codes), None)
        if act is None:
            continue
        code = lex.intent_codes[act.code[:2]]
        sources = _committer(tok, kind, res) or act.sources
        for source in sources[:2]:
            exclude = {source.country}
            targets = [t for t in act.targets if t.country not in exclude]
            if not targets:
                targets = [a for t in complement for a in (res.actors(t, exclude) if t.i in ctx.mentions else [])]
            # the other side left implicit only for the lexicon's own acts: the dictionary's
            # codes are broader ("to protect nuclear material" is CAMEO's 074 protection)
            if not targets and act.trigger.origin == "hand" and (found := implicit(tok, exclude)) is not None:
                targets = [found]
            seen: set[str] = set()
            for target in targets:
                if target.country in seen:
                    continue
                seen.add(target.country)
                out.append(Commitment(code, tok, source, target, f"commit/{tok.lemma_.lower()}>{act.trigger.id}"))
    return out
