"""A past participle after "and" right before a bare noun that the parser coordinates with
the verb before it (no noun coordinates with a verb) is that verb's coordinated verb, the
noun its object: "has provided $40 million for the mission and airlifted equipment to
Lebanon" airlifts equipment to Lebanon (07), its subject the first verb's
(tree.repair_coordinated_verbs)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from dyadwatch.events.tree import repair_coordinated_verbs
from event_support import code, quads

SENTENCE = "Britain has provided more than $40 million for the mission and airlifted equipment to Lebanon in recent days."


def test_the_participle_is_read_as_the_coordinated_verb(coder: Coder) -> None:
    doc = coder.nlp(SENTENCE)
    sent = next(iter(doc.sents))
    repair_coordinated_verbs(sent, lambda lemma: lemma == "airlift")
    verb = next(t for t in doc if t.lower_ == "airlifted")
    noun = next(t for t in doc if t.lower_ == "equipment")
    assert (verb.dep_, verb.head.lower_) == ("conj", "provided")
    assert (noun.dep_, noun.head.i) == ("dobj", verb.i)


def test_the_goods_airlifted_are_aid(coder: Coder) -> None:
    found = quads(code(coder, SENTENCE))
    assert any(q[:2] == ("GBR", "LBN") and q[2].startswith("07") and q[3] == "asserted" for q in found), found
