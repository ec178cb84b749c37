"""A memo in front of spaCy's attribute ruler: the same answers, without the Matcher.

The English pipelines' ``attribute_ruler`` maps each token's tag (and a few words,
dependency labels and spaces) to its universal POS, morphology and some lemmas. It does
so by running a Matcher over every Doc, which costs a fifth of the tagger-and-parser
time on news sentences. Almost all its patterns look at one token, and then the answer
is a function of what that token is (its text), its tag and its dependency label: the
same key always gets the same attributes. So this component remembers, per key, what
the ruler set, and only hands a Doc to the real ruler when one of the ruler's few
multi-token patterns ("there is", "gon na") matches it (a small Matcher of those patterns
alone decides). Keys it has not seen are answered by the ruler from a Doc of those
tokens alone (a paragraph with three new words costs the Matcher three tokens, not the
paragraph's hundred).

Keys and answers travel as arrays (``Doc.to_array``/``from_array``), not token by token.

It is installed by ``load_pipeline`` in the ruler's place, only when every pattern is
one that the memo reproduces exactly; otherwise the ruler stays as it was.
``tests/test_nlp_attributes.py`` checks on real text that the parses are identical.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

FACTORY = "dyadwatch_attribute_memo"
#: token properties a single-token pattern may test that depend on the key alone
_KEY_PROPERTIES = {"ORTH", "LOWER", "TEXT", "NORM", "TAG", "DEP", "IS_SPACE", "IS_PUNCT", "IS_ALPHA",
                   "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LENGTH", "SHAPE", "PREFIX", "SUFFIX"}  # fmt: skip
#: the attributes the memo can read back and set, by spaCy's attribute id
_SETTABLE = frozenset(IDS[name] for name in ("POS", "TAG", "DEP", "LEMMA"))
_MORPH = IDS["MORPH"]
#: the key (text, tag, label), and the lower-case form the multi-token patterns look for
_KEY_ATTRS = [IDS["ORTH"], IDS["TAG"], IDS["DEP"], IDS["LOWER"]]
_TAG_DEP = [IDS["TAG"], IDS["DEP"]]
#: components that may run before the ruler: they set tags, heads and labels, never POS,
#: morphology or lemmas (which would be part of what the ruler's answer depends on)
_BEFORE_OK = {"tok2vec", "transformer", "tagger", "parser", "senter", "sentencizer"}
#: distinct keys remembered; past this the memo stops learning (the ruler answers the rest)
MAX_KEYS = 200_000


class AttributeMemo:
    """Replaces an ``AttributeRuler``; delegates to it for anything it has not seen."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.ruler: Any = None
        self.attrs: list[int] = []  # what the memo sets, by spaCy's attribute id
        self.context: Any = None  # a Matcher of the ruler's multi-token patterns
        #: key -> the values the ruler set, as the bytes of their row of uint64 (a Doc's
        #: rows join into one array at once; numpy.array built it value by value from
        #: tuples, a quarter of the memo's own time)
        self.memo: dict[tuple[int, int, int], bytes] = {}
        # per multi-token pattern, what a Doc must contain for it to match: a list of
        # (lower-case words, tags, labels) sets, one per token that can be checked cheaply
        self.needs: list[list[tuple[int, frozenset[int]]]] = []

    def wrap(self, ruler: Any) -> None:
        self.ruler = ruler
        set_ids = {attr for attrs in ruler.attrs for attr in attrs}
        self.attrs = sorted(a for a in set_ids if a in _SETTABLE) + ([_MORPH] if _MORPH in set_ids else [])
        self.context = Matcher(ruler.vocab)
        self.needs = []
        for k, entry in enumerate(ruler.patterns):
            longer = [p for p in entry["patterns"] if len(p) > 1]
            if longer:
                self.context.add(f"context-{k}", longer)
                self.needs += [_needs(p, ruler.vocab.strings) for p in longer]

    def __call__(self, doc: Doc) -> Doc:
        orth, tag, dep, lower = doc.to_array(_KEY_ATTRS).T.tolist() if len(doc) else ([], [], [], [])
        if self._context_may_match(lower, tag, dep) and self.context(doc, allow_missing=True):
            return self.ruler(doc)  # a rule of several tokens applies: no key decides alone
        memo = self.memo
        keys = list(zip(orth, tag, dep, strict=True))
        found = [memo.get(k) for k in keys]
        if None in found:
            if len(memo) >= MAX_KEYS:
                return self.ruler(doc)
            answers = self._answers([k for k, known in zip(keys, found, strict=True) if known is None], doc.vocab)
            if answers is None:
                return self._learn(self.ruler(doc), keys, found)
            memo.update(answers)
            found = [answers[k] if known is None else known for k, known in zip(keys, found, strict=True)]
        if found:
            rows = numpy.frombuffer(b"".join(cast(list[bytes], found)), dtype=numpy.uint64).reshape(len(found), -1)
            doc.from_array(cast(Any, self.attrs), cast(Any, rows))
        return doc

    def _answers(self, keys: list[tuple[int, int, int]], vocab: Any) -> dict[tuple[int, int, int], bytes] | None:
        """The ruler's answer for each new key, from a Doc of those tokens alone: a
        single-token pattern reads the token's text, tag and label and nothing else, so it
        answers the same there. None if a multi-token pattern matches across that Doc's
        tokens (their answer would depend on the neighbour); then the whole Doc goes to
        the ruler."""
        distinct = list(dict.fromkeys(keys))
        strings = vocab.strings
        alone = Doc(vocab, words=[strings[orth] for orth, _, _ in distinct], spaces=[False] * len(distinct))
        alone.from_array(cast(Any, _TAG_DEP), cast(Any, numpy.array([k[1:] for k in distinct], dtype=numpy.uint64)))
        if self.context(alone, allow_missing=True):
            return None
        return dict(zip(distinct, _rows(self.ruler(alone), self.attrs), strict=True))

    def _learn(self, doc: Doc, keys: list[tuple[int, int, int]], found: list[bytes | None]) -> Doc:
        """Remember what the ruler set on ``doc`` for the keys the memo did not know."""
        for key, values, known in zip(keys, _rows(doc, self.attrs), found, strict=True):
            if known is None:
                self.memo[key] = values
        return doc

    def _context_may_match(self, lower: list[int], tag: list[int], dep: list[int]) -> bool:
        """Whether some multi-token pattern finds every word, tag and label it needs."""
        if not self.needs:
            return False
        present = (set(lower), set(tag), set(dep))
        return any(all(not present[field].isdisjoint(allowed) for field, allowed in need) for need in self.needs)

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)


_FIELDS = {"LOWER": 0, "TAG": 1, "DEP": 2}


def _rows(doc: Doc, attrs: list[int]) -> list[bytes]:
    """Each token's values of ``attrs``, as the bytes of a row of uint64 (see ``memo``)."""
    values = numpy.ascontiguousarray(doc.to_array(cast(Any, attrs)), dtype=numpy.uint64).reshape(len(doc), -1)
    return [row.tobytes() for row in values]


def _needs(pattern: list[dict[str, Any]], strings: Any) -> list[tuple[int, frozenset[int]]]:
    """What a Doc must contain for ``pattern`` to match, from the token specs that say it
    plainly (a lower-case word, a tag or a label, or a list of them); other specs (regular
    expressions, operators) are left to the Matcher. A lower-case word is a necessary
    condition only if the spec asks for exactly that: "LOWER" (ORTH/TEXT are not lowered)."""
    out: list[tuple[int, frozenset[int]]] = []
    for spec in pattern:
        if spec.get("OP") not in (None, "1"):
            continue  # optional or repeated: the Doc need not contain it
        for key, value in spec.items():
            field = _FIELDS.get(key.upper())
            if field is None:
                continue
            words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and len(value) == 1 else None
            if isinstance(words, list) and all(isinstance(w, str) for w in words):
                out.append((field, frozenset(strings.add(w) for w in words)))
    return out


def memo_supported(ruler: Any) -> bool:
    """Whether every pattern of ``ruler`` decides by the memo's key (text, tag, dependency)."""
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if len(pattern) > 1:
                continue  # the context Matcher sends such Docs to the ruler itself
            for spec in pattern:
                if any(k.upper() not in _KEY_PROPERTIES for k in spec if k.upper() != "OP"):
                    return False
                if spec.get("OP") not in (None, "1", "!"):
                    return False
    set_ids = {attr for attrs in ruler.attrs for attr in attrs}
    return set_ids <= _SETTABLE | {_MORPH}


@Language.factory(FACTORY)
def make_attribute_memo(nlp: Language, name: str) -> AttributeMemo:
    return AttributeMemo(nlp, name)


def install(nlp: Language) -> bool:
    """Put the memo in place of ``nlp``'s attribute ruler; False if it cannot be exact."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    # the memo's key is the text, tag and label: nothing before the ruler may set what it sets
    if any(nlp.get_pipe_meta(n).factory not in _BEFORE_OK for n in before) or not memo_supported(ruler):
        return False
    memo: Any = nlp.replace_pipe("attribute_ruler", FACTORY)
    memo.wrap(ruler)
    return True
