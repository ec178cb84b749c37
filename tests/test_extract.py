"""events.extract: the trigger rules. Which words of a parsed sentence are triggers, and
which actors fill their roles (before the coder adds what the sentence leaves implicit)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dyadwatch.events.extract import fill, generic_group, match_triggers
from dyadwatch.events.lexicon import load_triggers
from dyadwatch.events.tree import repair_coordinated_verbs, subject_of
from rule_support import read, token

# (sentence, [(trigger word, entry id, code, sources, targets, rule)])
CASES = [
    ("Greek diplomats were expelled by Turkey.",
     [("expelled", "expel", "166", ["TUR"], ["GRC"], "expel/subj>obj")]),
    # a light verb gives its subject to the noun that carries the event
    ("Japan imposed sanctions on North Korea.",
     [("sanctions", "n-sanctions", "163", ["JPN"], ["PRK"], "n-sanctions/governor>prep:on")]),
    ("Norway held talks with Sweden on fisheries.",
     [("talks", "n-talks", "040", ["NOR"], ["SWE"], "n-talks/governor>prep:with")]),
    ("The Canadian sanctions on Iran took effect.",
     [("sanctions", "n-sanctions", "163", ["CAN"], ["IRN"], "n-sanctions/mod>prep:on")]),
    ("The visit to Hanoi by the Cambodian prime minister was brief.",
     [("visit", "n-visit", "042", ["KHM"], ["VNM"], "n-visit/prep:by>prep:to")]),
    # the inverse frame: the subject receives, the object's source gives
    ("Haiti received emergency aid from Canada.",
     [("received", "receive-aid", "070", ["CAN"], ["HTI"], "receive-aid/objmod|from>subj")]),
    ("The agreement between Ecuador and Colombia was signed.",
     [("signed", "sign-agreement", "057", ["ECU"], ["COL"], "sign-agreement/between")]),
    ("Germany and France condemned Belarus.",
     [("condemned", "criticize", "111", ["DEU", "FRA"], ["BLR"], "criticize/subj>obj")]),
    ("Kenya has recalled its ambassador to Uganda.",
     [("recalled", "recall-ambassador", "161", ["KEN"], ["UGA"], "recall-ambassador/subj>objprep:to")]),
    # "call on" and "call for" are entries of their own; the one called on controls the infinitive
    ("Peru called on Chile to release the prisoners.",
     [("called", "call-on", "100", ["PER"], ["CHL"], "call-on/subj>prep:on"),
      ("release", "release", "084", ["CHL"], [], "release/subj>-")]),
    ("Peru called for talks with Chile.",
     [("called", "call-for", "100", ["PER"], [], "call-for/subj>-")]),
    # a victim named as the copula's subject
    ("Cuba is the target of attacks by the United States.",
     [("attacks", "n-attack", "190", ["USA"], ["CUB"], "n-attack/prep:by>victim")]),
    # the other clause of a symmetric verb gives the other side
    ("Sweden signed an agreement with Norway, while Finland signed one with Estonia.",
     [("signed", "sign-agreement", "057", ["SWE"], ["NOR"], "sign-agreement/subj>objprep:with"),
      ("signed", "sign", "057", ["FIN"], ["EST"], "sign/subj>prep:with")]),
    ("Venezuela's economy relies on oil exports.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_triggers_and_their_roles(text: str, expected: list[tuple]) -> None:
    _, ctx = read(text)
    found = []
    for trig, tok in match_triggers(ctx.sent, load_triggers()):
        cand = fill(trig, tok, ctx)
        assert cand is not None
        found.append((tok.text, trig.id, cand.code, [s.country for s in cand.sources], [t.country for t in cand.targets], cand.rule))
    assert found == expected


def test_a_named_target_that_is_no_actor_is_remembered() -> None:
    # "the deal" names the target: the coder may look for the event it points back at
    _, ctx = read("Chile and Peru signed a fisheries agreement. Bolivia criticised the deal.")
    (trig, tok), = match_triggers(ctx.sent, load_triggers())
    cand = fill(trig, tok, ctx)
    assert cand is not None and not cand.targets and cand.target_named
    assert [t.text for t in cand.target_tokens] == ["deal"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Ministers agreed to cooperate.", "agreed", True),
        ("The two sides agreed to cooperate.", "agreed", True),
        ("Leaders of the Group of Seven agreed to cooperate.", "agreed", False),
        ("The minister agreed to cooperate.", "agreed", False),
    ],
)
def test_generic_group(text: str, word: str, expected: bool) -> None:
    _, ctx = read(text)
    assert generic_group(subject_of(token(ctx, word))) is expected


def test_a_modifier_verb_at_the_end_of_a_sentence_is_left_as_parsed() -> None:
    # "lodged a protest and summoned India's ambassador" is re-read only with a word after
    # the modifier; a modifier that ends the text has none, and is no error
    words = ["Peru", "lodged", "a", "protest", "summoned"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "det", "dobj", "amod"],
              tags=["NNP", "VBD", "DT", "NN", "VBN"], sent_starts=[True, False, False, False, False])
    repair_coordinated_verbs(doc[:], lambda lemma: True)
    assert (doc[4].dep_, doc[4].head.i) == ("amod", 3)
