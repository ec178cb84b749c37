"""The attribute memo answers a word it has not seen from what it learned of others of the
same kind (``AttributeMemo.kinds``: tag, label, whether a space), when no pattern of the
ruler names the word itself, without asking the ruler; and the parse stays spaCy's own.
"""

from __future__ import annotations

from typing import Any

import spacy

from dyadwatch.nlp.attributes import install
from dyadwatch.settings import DEFAULT_MODEL

LEARN = ["Ministers met in Kyiv and Warsaw on Monday to discuss grain exports and tariffs."]
#: new words of kinds already seen (proper nouns, plural nouns, a past verb); and words a
#: single-token pattern names ("nothin'" by its regular expression, "'s", "ca")
NEW = ["Envoys gathered in Tbilisi and Yerevan on Friday to debate gas pipelines and quotas.",
       "It's nothin' new, officials said, and they ca n't stop it."]  # fmt: skip


def _attrs(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc]


class _Counting:
    """The ruler, counting the tokens it is asked about."""

    def __init__(self, ruler: Any) -> None:
        self.ruler, self.tokens = ruler, 0

    def __call__(self, doc: Any) -> Any:
        self.tokens += len(doc)
        return self.ruler(doc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ruler, name)  # (its patterns' attributes and indices)


def test_new_words_of_a_known_kind_need_no_ruler_and_parse_the_same() -> None:
    shipped = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    assert install(ours)
    memo: Any = ours.get_pipe("attribute_ruler")
    assert memo.words is not None and "'s" in memo.words[0]  # (the patterns read LOWER only)
    list(ours.pipe(LEARN))
    counting = _Counting(memo.ruler)
    memo.ruler = counting
    first = next(iter(ours.pipe(NEW[:1])))
    assert counting.tokens == 0  # every word of the first new sentence is of a known kind
    assert _attrs(first) == _attrs(shipped(NEW[0]))
    second = next(iter(ours.pipe(NEW[1:])))
    assert counting.tokens > 0  # named words go to the ruler
    assert _attrs(second) == _attrs(shipped(NEW[1]))


#: sentences where the ruler's rules of several tokens apply ("there is", "gonna", "let's",
#: "ain't", "y'all"), to be learned first and then parsed again
SEVERAL = ["There is no sign that Russia will withdraw, and there were protests in Kyiv.",
           "They're gonna meet in Geneva, and let's say Iran agrees; it ain't over, y'all."]  # fmt: skip


def test_a_rule_of_several_tokens_is_set_over_the_known_answers_without_the_ruler() -> None:
    shipped = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    assert install(ours)
    memo: Any = ours.get_pipe("attribute_ruler")
    cold = [_attrs(d) for d in ours.pipe(SEVERAL)]
    counting = _Counting(memo.ruler)
    memo.ruler = counting
    warm = [_attrs(d) for d in ours.pipe(SEVERAL)]
    expected = [_attrs(d) for d in shipped.pipe(SEVERAL)]
    assert cold == expected and warm == expected
    assert counting.tokens == 0  # (every word known: the rules were set over the memo's answers)
    # "there is" set POS VERB on "is", "gonna" the lemmas "go" and "to"
    assert [t.pos_ for t in ours(SEVERAL[0]) if t.lower_ == "is"] == ["VERB"]
    assert [t.lemma_ for t in ours(SEVERAL[1]) if t.lower_ in ("gon", "na")] == ["go", "to"]
