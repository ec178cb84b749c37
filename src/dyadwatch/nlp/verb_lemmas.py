"""Verb lemmas the lexicons know, where spaCy's rule lemmatizer strips too much.

The rule lemmatizer takes the first of its candidate lemmas that its word list holds, so
"staged" becomes "stag", "waged" "wag", "hoped" "hop", "fined" "fin" and "slated" "slat":
the suffix rule "-ed" -> "" finds a noun before "-ed" -> "e" finds the verb. The trigger
and dictionary verbs then never match their own inflections.

This component runs after the lemmatizer. It holds the inflected forms of the verbs the
lexicons know (``events.prepass.verb_forms``: regular inflections plus the listed irregular
ones) and gives a token tagged VERB the lexicon's lemma when

- its lower-case text is a form of exactly one lexicon verb, and
- the lemma spaCy gave is no lexicon verb of its own ("found" stays "find").

Nothing else changes. The coder installs it (``Coder.nlp``) on the pipeline
``load_pipeline`` caches, once per process; a fresh ``spacy.load`` (as the memo tests
use) has spaCy's lemmas.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.symbols import VERB

if TYPE_CHECKING:
    from spacy.tokens import Doc

FACTORY = "dyadwatch_verb_lemmas"


class VerbLemmas:
    """Sets the lexicon's lemma on verb forms the lemmatizer got wrong."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.fixes: dict[int, int] = {}  # hash of a lower-case form -> hash of its lemma
        self.known: frozenset[int] = frozenset()  # hashes of the lexicon's verb lemmas

    def configure(self, forms: Mapping[str, str]) -> None:
        """``forms``: lower-case form -> lexicon lemma, for forms of exactly one verb."""
        add = self.strings.add
        self.fixes = {add(form): add(lemma) for form, lemma in forms.items() if form != lemma}
        self.known = frozenset(add(lemma) for lemma in forms.values())

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.fixes:
            return doc
        rows = doc.to_array([LOWER, POS, LEMMA])
        fixes, known = self.fixes, self.known
        # (a set lookup per verb: numpy.isin would sort the forms on every call)
        hits = [i for i in numpy.flatnonzero(rows[:, 1] == VERB).tolist()
                if int(rows[i, 0]) in fixes and int(rows[i, 2]) not in known]  # fmt: skip
        if not hits:
            return doc
        lemmas = rows[:, 2].copy()
        for i in hits:
            lemmas[i] = fixes[int(rows[i, 0])]
        doc.from_array(LEMMA, cast(Any, lemmas))
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)


@Language.factory(FACTORY)
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp, name)


def install_verb_lemmas(nlp: Language, forms: Mapping[str, str]) -> VerbLemmas | None:
    """Add the component after ``nlp``'s lemmatizer (once); None if it has no lemmatizer."""
    if FACTORY in nlp.component_names:  # (also while disabled)
        return cast(VerbLemmas, nlp.get_pipe(FACTORY))
    if "lemmatizer" not in nlp.pipe_names:
        return None
    comp = cast(VerbLemmas, nlp.add_pipe(FACTORY, name=FACTORY, after="lemmatizer"))
    comp.configure(forms)
    return comp
