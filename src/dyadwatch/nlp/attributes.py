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

import re
from typing import Any, cast

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # (what the ruler sets attributes with)

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
        #: the lower-case words the single-token patterns name, and their regular
        #: expressions on them (None: they read a word's text some other way); for any
        #: other word the answer depends on its tag, its label and whether it is a space
        #: alone: ``kinds`` remembers it per those three
        self.words: tuple[frozenset[str], tuple[re.Pattern[str], ...]] | None = None
        self.kinds: dict[tuple[int, int, bool], bytes] = {}
        #: the context Matcher's match id -> the ruler's entry (its index in the patterns)
        self.entries: dict[int, int] = {}
        #: per entry with several tokens, a Matcher of the one-token patterns of later
        #: entries that set an attribute it sets too (None: no such pattern)
        self.later: dict[int, Any] = {}

    def wrap(self, ruler: Any) -> None:
        self.ruler = ruler
        set_ids = {attr for attrs in ruler.attrs for attr in attrs}
        self.attrs = sorted(a for a in set_ids if a in _SETTABLE) + ([_MORPH] if _MORPH in set_ids else [])
        self.context = Matcher(ruler.vocab)
        self.needs = []
        entries = ruler.patterns
        for k, entry in enumerate(entries):
            longer = [p for p in entry["patterns"] if len(p) > 1]
            if longer:
                self.context.add(f"context-{k}", longer)
                self.needs += [_needs(p, ruler.vocab.strings) for p in longer]
                self.entries[ruler.vocab.strings.add(f"context-{k}")] = k
                self.later[k] = _later_overrides(ruler, entries, k)
        self.words = _named_words(ruler)

    def __call__(self, doc: Doc) -> Doc:
        orth, tag, dep, lower = doc.to_array(_KEY_ATTRS).T.tolist() if len(doc) else ([], [], [], [])
        replay: list[tuple[int, int, int]] = []
        if self._context_may_match(lower, tag, dep) and (matches := self.context(doc, allow_missing=True)):
            # a rule of several tokens applies: every token gets its key's answer, then the
            # rule's attributes are set on its token, as the ruler would (see _replayable)
            replay = self._replayable(doc, matches)
            if not replay:
                return self.ruler(doc)
        memo = self.memo
        keys = list(zip(orth, tag, dep, strict=True))
        found = [memo.get(k) for k in keys]
        if None in found:
            if len(memo) >= MAX_KEYS:
                return self.ruler(doc)
            answers = self._answers([k for k, known in zip(keys, found, strict=True) if known is None], doc.vocab)
            if answers is None:
                # (not learned from a Doc where a rule of several tokens set attributes)
                return self.ruler(doc) if replay else self._learn(self.ruler(doc), keys, found)
            memo.update(answers)
            found = [answers[k] if known is None else known for k, known in zip(keys, found, strict=True)]
        if found:
            rows = numpy.frombuffer(b"".join(cast(list[bytes], found)), dtype=numpy.uint64).reshape(len(found), -1)
            doc.from_array(cast(Any, self.attrs), cast(Any, rows))
        for k, start, end in replay:
            set_token_attrs(doc[start:end][self.ruler.indices[k]], self.ruler.attrs[k])
        return doc

    def _replayable(self, doc: Doc, matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The matches of the rules of several tokens as (entry, start, end), in the order
        the ruler applies them (by entry, then position), when setting them after every
        token's own answer gives the ruler's result: no one-token pattern of a later entry
        that sets one of the same attributes matches the token the rule sets (the ruler
        would apply it after the rule). Else [] (the ruler decides)."""
        out: list[tuple[int, int, int]] = []
        for match_id, start, end in matches:
            k = self.entries[match_id]
            try:
                target = doc[start:end][self.ruler.indices[k]].i
            except IndexError:
                return []  # (the ruler reports the bad index)
            later = self.later[k]
            if later is not None and later(doc[target : target + 1], allow_missing=True):
                return []
            out.append((k, start, end))
        return sorted(out)

    def _answers(self, keys: list[tuple[int, int, int]], vocab: Any) -> dict[tuple[int, int, int], bytes] | None:
        """The ruler's answer for each new key, from a Doc of those tokens alone: a
        single-token pattern reads the token's text, tag and label and nothing else, so it
        answers the same there (a word of a kind seen before is answered by ``kinds``).
        Where a multi-token pattern matches across that Doc's tokens (their answer would
        depend on the neighbour), each word is asked alone; None if one alone still
        matches (then the whole Doc goes to the ruler)."""
        strings = vocab.strings
        out: dict[tuple[int, int, int], bytes] = {}
        distinct: list[tuple[int, int, int]] = []  # the keys the ruler must answer
        kinds: list[tuple[int, int, bool] | None] = []  # ... and their kinds
        for key in dict.fromkeys(keys):
            known = self.kinds.get(kind) if (kind := self._kind(key, strings)) is not None else None
            if known is None:
                distinct.append(key)
                kinds.append(kind)
            else:
                out[key] = known  # (a new word of a kind already seen: "Tbilisi" as "Kyiv")
        if not distinct:
            return out
        docs = [_alone(distinct, vocab)]
        if self.context(docs[0], allow_missing=True):
            # (the new words side by side make a rule of several tokens, "gon" "na": each
            # word is asked on its own; None if one alone still does)
            docs = [_alone([key], vocab) for key in distinct]
            if any(self.context(d, allow_missing=True) for d in docs):
                return None
        rows = [row for d in docs for row in _rows(self.ruler(d), self.attrs)]
        for key, kind, row in zip(distinct, kinds, rows, strict=True):
            out[key] = row
            if kind is not None:
                self.kinds[kind] = row
        return out

    def _kind(self, key: tuple[int, int, int], strings: Any) -> tuple[int, int, bool] | None:
        """What alone decides the ruler's answer for the word of ``key``, when no pattern
        names the word itself: its tag, its label and whether it is a space (IS_SPACE)."""
        if self.words is None:
            return None
        text = strings[key[0]]
        words, expressions = self.words
        low = text.lower()
        if low in words or any(x.search(low) for x in expressions):
            return None
        return key[1], key[2], text.isspace()

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


def _alone(keys: list[tuple[int, int, int]], vocab: Any) -> Doc:
    """A Doc of the words of ``keys`` side by side, each with its key's tag and label."""
    strings = vocab.strings
    doc = Doc(vocab, words=[strings[orth] for orth, _, _ in keys], spaces=[False] * len(keys))
    doc.from_array(cast(Any, _TAG_DEP), cast(Any, numpy.array([k[1:] for k in keys], dtype=numpy.uint64)))
    return doc


def _later_overrides(ruler: Any, entries: list[dict[str, Any]], k: int) -> Any:
    """A Matcher of the one-token patterns of the entries after ``k`` that set one of the
    attributes entry ``k`` sets; None if there are none."""
    sets = set(ruler.attrs[k])
    matcher = Matcher(ruler.vocab)
    for j in range(k + 1, len(entries)):
        single = [p for p in entries[j]["patterns"] if len(p) == 1]
        if single and sets & set(ruler.attrs[j]):
            matcher.add(f"later-{j}", single)
    return matcher if len(matcher) else None


def _named_words(ruler: Any) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]] | None:
    """The lower-case words the ruler's single-token patterns name and the regular
    expressions they try on them, if those patterns read a word's text through nothing
    but "LOWER" (a word, an IN/NOT_IN list or a REGEX, which spaCy searches) and
    "IS_SPACE"; else None. (The multi-token patterns are the context Matcher's.)"""
    words: set[str] = set()
    expressions: list[re.Pattern[str]] = []
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if len(pattern) > 1:
                continue
            for spec in pattern:
                for key, value in spec.items():
                    name = key.upper()
                    if name in ("TAG", "DEP", "IS_SPACE", "OP"):
                        continue
                    if name != "LOWER":
                        return None
                    if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
                        expressions.append(re.compile(value["REGEX"]))
                        continue
                    listed = [value] if isinstance(value, str) else [w for v in value.values() for w in v] \
                        if isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"} else None
                    if listed is None or not all(isinstance(w, str) for w in listed):
                        return None
                    words.update(listed)
    return frozenset(words), tuple(expressions)


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
