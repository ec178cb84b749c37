"""A memo in front of spaCy's lemmatizer: the same lemmas, without a Python call per token.

spaCy's rule lemmatizer gives a token that has no lemma yet the first of its candidate
lemmas, which depend on the token's text, POS and morphology alone (its own cache is
keyed on those three); the lookup lemmatizer's answer depends on the text alone. This
component remembers the lemma per (text, POS, morphology) and sets a Doc's lemmas as one
array. A Doc with a key the memo has not seen goes to the real lemmatizer, and the memo
learns its answers. A token that already has a lemma (the attribute ruler sets some)
keeps it, as the lemmatizer leaves it.

It is installed by ``load_pipeline`` in the lemmatizer's place, under the same name, only
for spaCy's own lemmatizers in those two modes and without ``overwrite``; otherwise the
lemmatizer stays as it was. ``tests/test_nlp_attributes.py`` checks on real text that
the annotations are identical.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

FACTORY = "dyadwatch_lemma_memo"
#: lemmatizers whose answer for a token is a function of its text, POS and morphology
_KEYED = (Lemmatizer, EnglishLemmatizer)
_KEY_ATTRS = [ORTH, POS, MORPH, LEMMA]
#: distinct keys remembered; past this the memo stops learning (the lemmatizer answers the rest)
MAX_KEYS = 200_000


class LemmaMemo:
    """Replaces a ``Lemmatizer``; delegates to it for any key it has not seen."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lemmatizer: Any = None
        self.memo: dict[tuple[int, int, int], int] = {}

    def wrap(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return self.lemmatizer(doc)
        rows = doc.to_array(_KEY_ATTRS).tolist()
        memo = self.memo
        # a lemma already set stays; the others come from the memo
        found = [lemma or memo.get((orth, pos, morph)) for orth, pos, morph, lemma in rows]
        if None not in found:
            doc.from_array(LEMMA, cast(Any, numpy.array(found, dtype=numpy.uint64)))
            return doc
        doc = self.lemmatizer(doc)
        if len(memo) < MAX_KEYS:
            for (orth, pos, morph, _), lemma, known in zip(rows, doc.to_array(LEMMA).tolist(), found, strict=True):
                if known is None:
                    memo[(orth, pos, morph)] = lemma
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)


@Language.factory(FACTORY)
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    return LemmaMemo(nlp, name)


def install_lemma_memo(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put the memo in place of ``nlp``'s lemmatizer ``name``; False if it cannot be exact."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer: Any = nlp.get_pipe(name)
    if type(lemmatizer) not in _KEYED or lemmatizer.mode not in ("rule", "lookup") or lemmatizer.overwrite:
        return False
    memo: Any = nlp.replace_pipe(name, FACTORY)
    memo.wrap(lemmatizer)
    return True
