"""The verb-lemma component (nlp/verb_lemmas.py) on a real pipeline: lexicon verbs whose
forms spaCy's rule lemmatizer strips too far get the lexicon's lemma; nothing else moves."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadwatch.coder import Coder
from dyadwatch.events.prepass import verb_forms
from dyadwatch.settings import Settings


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def _lemmas(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.pos_, t.lemma_) for t in nlp(text)}


def test_forms_of_one_lexicon_verb_map_to_it() -> None:
    forms = verb_forms()
    assert forms["staged"] == "stage" and forms["waged"] == "wage"
    # "found" is a form of "find" and a verb of its own: it belongs to no single verb
    assert forms.get("found") in (None, "find", "found")


def test_the_coder_pipeline_gives_the_lexicon_lemma(coder: Coder) -> None:
    got = _lemmas(coder.nlp, "China staged drills and waged a campaign against Taiwan.")
    assert got["staged"] == ("VERB", "stage")
    assert got["waged"] == ("VERB", "wage")


def test_other_tokens_keep_spacys_lemma(coder: Coder) -> None:
    text = "Officials found that the talks had stalled, so China staged drills and the minister left."
    nlp = coder.nlp
    ours = [t.lemma_ for t in nlp(text)]
    with nlp.select_pipes(disable=["dyadwatch_verb_lemmas"]):
        theirs = [t.lemma_ for t in nlp(text)]
    changed = {(a, b) for a, b in zip(theirs, ours, strict=True) if a != b}
    assert changed == {("stag", "stage")}
