"""A memo in front of spaCy's lemmatizer: the same lemmas, without a Python call per token.

spaCy's rule lemmatizer gives a token that has no lemma yet the first of its candidate
lemmas, which depend on the token's text, POS and morphology alone (its own cache is
keyed on those three); the lookup lemmatizer's answer depends on the text alone. This
component remembers the lemma per (text, POS, morphology) and sets a Doc's lemmas as one
array. A token with a key the memo has not seen is lemmatized by the real lemmatizer, that
token alone, and the memo learns its answer. A token that already has a lemma (the attribute ruler sets some)
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
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return self.lemmatizer(doc)
        rows = doc.to_array(_KEY_ATTRS).tolist()
        memo = self.memo
        # a lemma already set stays; the others come from the memo
        found = [lemma or memo.get((orth, pos, morph)) for orth, pos, morph, lemma in rows]
        if None in found:
            if not self.lemmatizer._validated:
                return self.lemmatizer(doc)  # (it checks its tables on its first Doc)
            found = self._answer(doc, rows, found)
        doc.from_array(LEMMA, cast(Any, numpy.array(found, dtype=numpy.uint64)))
        return doc

    def _answer(self, doc: Doc, rows: list[list[int]], found: list[int | None]) -> list[int]:
        """``found`` with the lemmatizer's answer for each token the memo did not know,
        asked of that token alone (its answer depends on the token's key alone); the
        memo learns them while it has room."""
        lemmatize, strings, memo = self.lemmatizer.lemmatize, doc.vocab.strings, self.memo
        out: list[int] = []
        for i, known in enumerate(found):
            if known is None:
                orth, pos, morph, _ = rows[i]
                known = memo.get((orth, pos, morph))  # (the same new key earlier in this Doc)
                if known is None:
                    known = strings.add(lemmatize(doc[i])[0])
                    if len(memo) < MAX_KEYS:
                        memo[(orth, pos, morph)] = known
            out.append(known)
        return out

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer asks ``form in index`` of its word list per part of speech, a
    Python list (57,000 nouns): a scan per candidate form, about half a millisecond a new
    word. The same words as a set give the same answers. Only the wrapped lemmatizer,
    which no longer sits in the pipeline (nothing serializes it), holds the sets."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


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
