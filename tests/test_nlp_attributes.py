"""The attribute memo (nlp/attributes.py) and the lemma memo (nlp/lemmas.py) give exactly
the parse spaCy's own ruler and lemmatizer give.

Real pipelines on both sides: ``spacy.load`` as shipped, and ``load_pipeline`` with the
memos in the ruler's and the lemmatizer's places. Every token's POS, tag, dependency,
head, lemma and morphology must agree, on the bundled example, on sentences where the
ruler's multi-token patterns fire ("there is", "gonna", "let's") and on the same texts
again once the memos are warm.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from dyadwatch.nlp.attributes import AttributeMemo, install
from dyadwatch.nlp.lemmas import LemmaMemo, install_lemma_memo
from dyadwatch.nlp.pipeline import load_pipeline
from dyadwatch.nlp.verb_lemmas import FACTORY as VERB_LEMMAS
from dyadwatch.readers import load_example
from dyadwatch.settings import DEFAULT_MODEL

CONTEXT_SENTENCES = [
    "There is no sign that Russia will withdraw, and there were protests in Kyiv.",
    "They're gonna meet in Geneva, and let's say Iran agrees to the deal.",
    "The minister said she'd visit Caracas; it ain't over, he told reporters.",
    "Was there a meeting? There's been talk of sanctions on Belarus.",
]


def _attrs(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc]


def _texts() -> list[str]:
    example = load_example()
    paragraphs = [p for p in example.full_text.split("\n") if p.strip()]
    return paragraphs + CONTEXT_SENTENCES


def test_the_memo_is_in_the_rulers_place() -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeMemo)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaMemo)
    # (a Coder in the same process adds its verb-lemma component after the lemmatizer)
    assert [n for n in nlp.pipe_names if n != VERB_LEMMAS] == spacy.load(DEFAULT_MODEL).pipe_names


def test_same_annotations_as_spacys_own_ruler_cold_and_warm() -> None:
    shipped = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    assert install(ours)
    assert install_lemma_memo(ours)
    memos = [ours.get_pipe("attribute_ruler").memo, ours.get_pipe("lemmatizer").memo]
    texts = _texts()
    expected = [_attrs(d) for d in shipped.pipe(texts)]
    cold = [_attrs(d) for d in ours.pipe(texts)]
    learned = [len(m) for m in memos]
    warm = [_attrs(d) for d in ours.pipe(texts)]
    assert cold == expected
    assert warm == expected
    assert min(learned) > 100  # they did learn keys, so the warm run answered from the memos
    assert [len(m) for m in memos] == learned  # and met nothing new the second time
    # switched off, the lemma memo sets no lemma either
    unlemmatized = [_attrs(d) for d in shipped.pipe(texts, disable=["lemmatizer"])]
    assert [_attrs(d) for d in ours.pipe(texts, disable=["lemmatizer"])] == unlemmatized


def test_multi_token_patterns_still_apply() -> None:
    """"there is": the ruler's two-token pattern makes "is" a VERB, not an AUX."""
    ours = spacy.load(DEFAULT_MODEL)
    install(ours)
    # the memo first learns every token of "There is a plan." from other sentences, "is"
    # as a copula with the very key (is, VBZ, ROOT) of the existential "is": only the
    # context check keeps the two apart
    warm = list(ours.pipe(["Iran is ready.", "There seems to be a plan.", "Iran has a plan."]))
    assert [(t.tag_, t.dep_, t.pos_) for t in warm[0] if t.text == "is"] == [("VBZ", "ROOT", "AUX")]
    memo = ours.get_pipe("attribute_ruler").memo
    doc = ours("There is a plan.")
    assert all((t.orth, t.tag, t.dep) in memo for t in doc)
    shipped = spacy.load(DEFAULT_MODEL)("There is a plan.")
    assert (doc[1].tag_, doc[1].dep_) == ("VBZ", "ROOT")
    assert doc[1].pos_ == shipped[1].pos_ == "VERB"


def test_a_ruler_the_memo_cannot_reproduce_is_left_alone() -> None:
    """A single-token pattern on something outside the key (here the lemma) cannot be
    memoised by text, tag and label: the ruler stays."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LEMMA": "be"}]], {"POS": "AUX"})
    assert install(nlp) is False
    assert not isinstance(nlp.get_pipe("attribute_ruler"), AttributeMemo)


def test_a_component_before_the_ruler_that_sets_pos_prevents_the_memo() -> None:
    nlp: Language = spacy.blank("en")
    nlp.add_pipe("morphologizer")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert install(nlp) is False


def test_a_pipeline_without_a_ruler_is_unchanged() -> None:
    nlp = spacy.blank("en")
    assert install(nlp) is False
    assert nlp.pipe_names == []


def test_a_lemmatizer_that_overwrites_is_left_alone() -> None:
    """With ``overwrite`` the lemmatizer replaces the ruler's lemmas: not what the memo does."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    assert install_lemma_memo(nlp) is False
    assert not isinstance(nlp.get_pipe("lemmatizer"), LemmaMemo)
    assert install_lemma_memo(spacy.blank("en")) is False  # no lemmatizer at all
