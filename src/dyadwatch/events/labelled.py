"""Labels a speaker puts on another's act: "firmly opposes what spokesman Lin Jian called
the use of pressure and coercion by the United States", "to notify the Council of what
they call 'significant non-performance' by Iran". A free relative ("what X called Y")
distances the label as the speaker's own word, and a label that names its doer with "by"
charges that doer with the act so named: the speaker criticises it (CAMEO 111, GUIDELINES
§3), whatever the words of the label (the valence rules of ``evaluation`` need a word
of negative valence; here the construction itself is the judgement). The verbs are
data/events/evaluation.yaml's labelling_verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .tree import FREE_RELATIVES, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _free_relative(verb: Token) -> bool:
    """The verb's object is a free relative: "what" as its object, or (misparsed) as the
    determiner its subject starts with ("what spokesman Lin Jian called ...")."""
    if any(c.dep_ == "dobj" and c.lower_ in FREE_RELATIVES and c.i < verb.i for c in verb.children):
        return True
    return any(s.left_edge.lower_ in FREE_RELATIVES and s.left_edge.dep_ == "det" for s in subject_of(verb) if s.i < verb.i)


def _labels(verb: Token) -> list[Token]:
    """The nouns of the label: the verb's object complement(s), or its object after it
    when the parser made "what" a determiner."""
    found = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
    # ("what it described as the unilateral development by China")
    found += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return found or [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"]


def _by_objects(tok: Token) -> list[Token]:
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]


def labelled_doers(verb: Token, labelling_verbs: frozenset[str], positive: Callable[[Token], bool]) -> list[Token]:
    """The phrases naming the doer of an act that ``verb`` labels in a free relative
    ("what they call 'significant non-performance' by Iran": "Iran"); none where the
    label praises (a word of it ``positive``: "what it called the generous offer by
    Nauru"), or the verb whose object the free relative is ("welcomed what it called ..."),
    or ``verb`` is no labelling verb, or is negated."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in labelling_verbs or any(c.dep_ == "neg" for c in verb.children):
        return []
    if not _free_relative(verb) or (verb.dep_ == "ccomp" and positive(verb.head)):
        return []  # (nor one the clause above welcomes: "welcomed what it called the decision by Nauru")
    labels = _labels(verb)
    if not labels:
        return []
    # (the "by" phrase of the label's act, also where the parser hangs it on a noun inside the
    # label: "the use of pressure by the United States")
    nouns = [w for n in labels for w in n.subtree if w.pos_ in ("NOUN", "PROPN") and w.dep_ not in ("relcl", "acl")]
    doers = [*(p for n in nouns for p in _by_objects(n)), *_by_objects(verb)]
    words = [w for n in labels for w in n.subtree if not any(w in d.subtree for d in doers)]
    return [] if any(positive(w) for w in words) else doers
