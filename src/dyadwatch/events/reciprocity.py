"""Answers in kind: "It expelled all Latvian diplomats from Minsk; Latvia responded in
kind" is Latvia expelling Belarus's diplomats (the act answered, against its doer).

The words are commitment.yaml's (``response_verbs`` with an ``in_kind_phrases`` phrase,
or a ``reciprocating_verbs`` verb alone); the act answered is the last one told
(``ArticleState.events``) against the answering actor, before the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..errors import DataFileError
from ..records import Event, Status
from ..yamlfiles import read_yaml
from .commitment import load_commitment

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class InKindLexicon:
    verbs: frozenset[str]  # answer in kind with a phrase ("responded in kind")
    phrases: frozenset[tuple[str, str]]  # (preposition, noun)
    alone: frozenset[str]  # answer in kind by themselves ("reciprocated")


@cache
def load_in_kind() -> InKindLexicon:
    path = resources.files("dyadwatch") / "data" / "events" / "commitment.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
        phrases = frozenset((str(p).lower(), str(n).lower()) for p, n in raw["in_kind_phrases"])
        alone = frozenset(str(w) for w in raw["reciprocating_verbs"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"cannot read the answers in kind of {path}: {exc}") from exc
    return InKindLexicon(load_commitment().response_verbs, phrases, alone)


def answers_in_kind(sent: Span) -> list[Token]:
    """The verbs of the sentence that answer in kind ("Latvia responded in kind")."""
    lex = load_in_kind()
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        phrase = any((c.lower_, p.lemma_.lower()) in lex.phrases for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
        if lemma in lex.alone or (lemma in lex.verbs and phrase):
            out.append(tok)
    return out


def answered_event(events: list[tuple[str, Event]], answerer: str, before: int) -> Event | None:
    """The last one-sided act told before ``before`` against ``answerer`` by another
    actor, as done (not an intent or threat read off another act)."""
    for _, e in reversed(events):
        if e.trigger_start >= before or e.symmetric or e.rule.startswith(("intent/", "commit/")):
            continue
        if e.target.country == answerer and e.source.country != answerer and e.status in (Status.ASSERTED, Status.CLAIMED):
            return e
    return None
