"""The CAMEO verb dictionary (data/events/cameo_verbs.json), loaded once, matched on parses.

The data file is compiled from PETRARCH-2's ``CAMEO.2.0.txt`` (MIT) by
``scripts/build_lexicon.py``. Each verb belongs to a synonym block; the block's patterns
refine the verb's code by the words around it ("recall * ambassador" -> 161), in the
dependency roles the parse gives:

- ``subj``: the head of the verb's subject;
- ``obj`` / ``obj2``: a word the verb governs after it (object, passive subject, particle,
  complement);
- ``preps``: a preposition on the verb or on its object, with its object;
- ``left``: a word left of the verb in its clause (auxiliaries, negation, adverbs).

The most specific pattern that matches wins (most elements; then the earliest line, as in
the dictionary); a matching pattern with a null code means "no event". Without a matching
pattern the verb's own code applies, which may be null (the verb codes only in patterns).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import DataFileError
from .tree import sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass", "xcomp", "ccomp", "acomp", "npadvmod", "advmod", "prt", "dative", "obj"})
_PREP_DEPS = frozenset({"prep", "agent", "dative", "prt"})
_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun element of a pattern: a word or a synonym set, with modifiers; or any noun."""

    word: str | None = None
    synset: str | None = None
    mods: tuple[Phrase, ...] = ()
    any: bool = False

    def size(self) -> int:
        return 1 + sum(m.size() for m in self.mods)


@dataclass(frozen=True, slots=True)
class PrepPhrase:
    prep: str
    obj: Phrase | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str | None
    pair: str | None
    subj: Phrase | None
    obj: Phrase | None
    obj2: Phrase | None
    preps: tuple[PrepPhrase, ...]
    left: tuple[str, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    line: int
    #: words one of which must be near the verb for the pattern to have a chance (its
    #: object's head, its preposition, ...); empty: always tried
    needs: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        n = len(self.left) + sum(p.size() for p in (self.subj, self.obj, self.obj2) if p is not None)
        return n + sum(1 + (p.obj.size() if p.obj else 0) for p in self.preps)


@dataclass(frozen=True, slots=True)
class Verb:
    words: tuple[str, ...]
    head: int  # index of the verb word in ``words``
    code: str | None
    pair: str | None
    block: str


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary reading of one verb token: the code, and the pattern that gave it."""

    verb: Verb
    code: str
    pair: str | None
    pattern: Pattern | None
    source: tuple[str, ...]  # roles the pattern marks as the source ($), else empty
    target: tuple[str, ...]  # roles the pattern marks as the target (+), else empty
    covered: tuple[int, ...]  # token indices the pattern used (the object "ambassador", ...)

    @property
    def rule(self) -> str:
        where = f"L{self.pattern.line}" if self.pattern is not None else "verb"
        return f"cameo:{self.verb.block.lower()}:{where}"


class CameoDictionary:
    """Verb lemma -> senses; block -> patterns; synonym sets. Read-only."""

    def __init__(self, version: str, verbs: dict[str, tuple[Verb, ...]], forms: dict[str, str],
                 patterns: dict[str, tuple[Pattern, ...]], synsets: dict[str, tuple[tuple[str, ...], ...]]) -> None:
        self.version = version
        self._verbs = verbs
        self._forms = forms
        self._patterns = patterns
        self._synsets = synsets
        self._heads = {name: frozenset(p[-1] for p in phrases) for name, phrases in synsets.items()}
        self._lemmas = frozenset(lemma for lemma, senses in verbs.items() if senses)
        self._known_forms = frozenset(form for form, base in forms.items() if base and verbs.get(base))
        self._coding: frozenset[str] | None = None
        # per block, which of its patterns each word near a verb gives a chance (by their
        # ``needs``), and those always tried: a verb's words pick its patterns at once
        self._by_need: dict[str, dict[str, list[int]]] = {}
        self._always: dict[str, list[int]] = {}
        for block, block_patterns in patterns.items():
            by_need: dict[str, list[int]] = {}
            for k, pattern in enumerate(block_patterns):
                for word in pattern.needs:
                    by_need.setdefault(word, []).append(k)
            self._by_need[block] = by_need
            self._always[block] = [k for k, pattern in enumerate(block_patterns) if not pattern.needs]

    def knows(self, lemma: str, form: str = "") -> bool:
        """Whether ``senses`` finds any sense (two set lookups: most words are no verb of it)."""
        return lemma in self._lemmas or (bool(form) and form in self._known_forms)

    def senses(self, lemma: str, form: str = "") -> tuple[Verb, ...]:
        found = self._verbs.get(lemma)
        if not found and form:
            base = self._forms.get(form)
            found = self._verbs.get(base) if base else None
        return found or ()

    def synset(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The phrases of a synonym set ("CURRENCY" -> ("dollar",), ("euro",), ...)."""
        return self._synsets.get(name.upper().rstrip("_"), ())

    def coding_lemmas(self) -> frozenset[str]:
        """Verb lemmas that can code an event: by their own code or through a pattern
        (computed once: the dictionary is read-only, and evaluation's noun_verbs asks for
        it with every new noun)."""
        if self._coding is None:
            coding = {b for b, ps in self._patterns.items() if any(p.code for p in ps)}
            self._coding = frozenset(lemma for lemma, verbs in self._verbs.items() if any(v.code or v.block in coding for v in verbs))
        return self._coding

    def irregular_forms(self, lemmas: frozenset[str]) -> frozenset[str]:
        """The listed irregular forms of these lemmas ("sped" of "speed")."""
        return frozenset(form for form, lemma in self._forms.items() if lemma in lemmas)

    def match(self, tok: Token) -> Match | None:
        """The dictionary's reading of a verb token, or None (not in it, or no event)."""
        senses = self.senses(tok.lemma_.lower(), tok.lower_)
        present = [v for v in senses if len(v.words) == 1 or _phrase_verb(tok, v)]
        if not present:
            return None
        # the longest verb phrase that is there speaks ("ask for" before "ask")
        longest = max(len(v.words) for v in present)
        present = [v for v in present if len(v.words) == longest]
        # the words around the verb (its dependents and theirs): a pattern that needs none
        # of them cannot match, and is not tried
        near = {w for c in tok.children for t in (c, *c.children) for w in (t.lower_, t.lemma_.lower())}
        best: tuple[int, Verb, Pattern | None, tuple[int, ...]] | None = None
        seen: set[str] = set()
        for verb in present:
            if verb.block in seen:
                continue
            seen.add(verb.block)
            patterns = self._patterns.get(verb.block, ())
            by_need = self._by_need.get(verb.block, {})
            # (in the dictionary's order: the earliest line wins a tie)
            tried = {*self._always.get(verb.block, ()), *(k for w in near if w in by_need for k in by_need[w])}
            for pattern in (patterns[k] for k in sorted(tried)):
                used = self._pattern_tokens(tok, pattern)
                if used is None or _loose_particle(tok, verb, used):
                    continue
                score = pattern.specificity
                if best is None or score > best[0] or (score == best[0] and best[2] is not None and pattern.line < best[2].line):
                    best = (score, verb, pattern, used)
        if best is None:
            verb = next((v for v in present if v.code is not None), present[0])
            best = (0, verb, None, ())
        if best is None:
            return None
        _, verb, pattern, used = best
        code = pattern.code if pattern is not None else verb.code
        if code is None:
            return None
        pair = pattern.pair if pattern is not None else verb.pair
        return Match(verb, code, pair, pattern, pattern.source if pattern else (), pattern.target if pattern else (), used)

    # -- pattern matching ------------------------------------------------------------
    def _pattern_tokens(self, verb: Token, p: Pattern) -> tuple[int, ...] | None:
        used: list[int] = []
        if p.left:
            lefts = {c.lower_ for c in verb.children if c.dep_ in _LEFT_DEPS and c.i < verb.i}
            if not all(w in lefts for w in p.left):
                return None
        if p.subj is not None:
            subj = [c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.i < verb.i]
            hit = next((c for c in subj if self._phrase_at(p.subj, c)), None)
            if hit is None:
                return None
            used.append(hit.i)
        objects = _objects(verb)
        for want in (p.obj, p.obj2):
            if want is None:
                continue
            hit = next((o for o in objects if o.i not in used and self._phrase_at(want, o)), None)
            if hit is None:
                return None
            used.append(hit.i)
        for prep in p.preps:
            holders = [verb] + [verb.doc[i] for i in used if verb.doc[i].i > verb.i]
            hit = None
            for h in holders:
                for c in h.children:
                    if c.dep_ in _PREP_DEPS and c.lower_ == prep.prep and c.i not in used:
                        if prep.obj is None:
                            hit = c
                            break
                        pobj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp") and self._phrase_at(prep.obj, x)), None)
                        if pobj is not None:
                            hit = pobj
                            break
                if hit is not None:
                    break
            if hit is None:
                return None
            used.append(hit.i)
        return tuple(used)

    def _phrase_at(self, phrase: Phrase, tok: Token) -> bool:
        if phrase.any:
            return tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if phrase.word is not None:
            if phrase.word not in (lemma, lower):
                return False
        elif phrase.synset is not None:
            if not self._synset_at(phrase.synset, tok):
                return False
        else:
            return False
        return all(self._modifier_at(m, tok) for m in phrase.mods)

    def _synset_at(self, name: str, tok: Token) -> bool:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if lemma not in self._heads[name] and lower not in self._heads[name]:
            return False
        doc = tok.doc
        for words in self._synsets[name]:
            if words[-1] not in (lemma, lower):
                continue
            start = tok.i - len(words) + 1
            if start < 0 or sentence_starts(doc, start + 1, tok.i):  # (before the sentence)
                continue
            if all(doc[start + k].lower_ == w or doc[start + k].lemma_.lower() == w for k, w in enumerate(words[:-1])):
                return True
        return False

    def _modifier_at(self, mod: Phrase, head: Token) -> bool:
        """A modifier is among the words of the head's phrase before it."""
        return any(self._phrase_at(mod, t) for t in head.doc[head.left_edge.i : head.i])


def _objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS and (c.i > verb.i or c.dep_ == "nsubjpass"):
            out.append(c)
            out.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _loose_particle(tok: Token, verb: Verb, used: tuple[int, ...]) -> bool:
    """The verb has a particle that neither its dictionary words nor the pattern hold: a
    phrasal verb of another sense ("took in 222 political prisoners" accepts them, where
    TAKE's "* &HOSTAGE" seizes)."""
    return any(c.dep_ == "prt" and c.i not in used and c.lower_ not in verb.words for c in tok.children)


def _phrase_verb(tok: Token, verb: Verb) -> bool:
    """The words of a multi-word verb around the token: adjacent, or its particles."""
    doc = tok.doc
    before, after = verb.words[: verb.head], verb.words[verb.head + 1 :]
    start = tok.i - len(before)
    if start < 0 or sentence_starts(doc, start + 1, tok.i) or any(doc[start + k].lower_ != w for k, w in enumerate(before)):
        return False
    if not after:
        return True
    end = tok.i + 1 + len(after)
    if end <= len(doc) and not sentence_starts(doc, tok.i + 1, end - 1) and all(doc[tok.i + 1 + k].lower_ == w for k, w in enumerate(after)):
        return True
    # "asked the US for help": the particle or preposition hangs on the verb
    kids = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod")}
    return len(after) == 1 and after[0] in kids


# -- loading -----------------------------------------------------------------------
def _heads(phrase: Phrase | None, synsets: dict[str, tuple[tuple[str, ...], ...]]) -> frozenset[str] | None:
    """The words one of which a phrase's head must be; None when any word will do."""
    if phrase is None or phrase.any:
        return None
    if phrase.word is not None:
        return frozenset({phrase.word})
    if phrase.synset is not None:
        return frozenset(words[-1] for words in synsets[phrase.synset])
    return None


def _needs(p: Pattern, synsets: dict[str, tuple[tuple[str, ...], ...]]) -> frozenset[str]:
    """One constraint of the pattern, as the words one of which must be near the verb."""
    for phrase in (p.obj, p.obj2):
        heads = _heads(phrase, synsets)
        if heads:
            return heads
    if p.preps:
        return frozenset({p.preps[0].prep})
    return _heads(p.subj, synsets) or frozenset()



def _phrase(raw: dict[str, Any]) -> Phrase:
    return Phrase(
        word=raw.get("word"), synset=raw.get("set"), any=bool(raw.get("any")),
        mods=tuple(_phrase(m) for m in raw.get("mods", ())),
    )  # fmt: skip


def _build(raw: dict[str, Any], where: str) -> CameoDictionary:
    verbs: dict[str, list[Verb]] = {}
    forms: dict[str, str] = {}
    patterns: dict[str, tuple[Pattern, ...]] = {}
    try:
        synsets = {k: tuple(tuple(p) for p in v) for k, v in raw["synsets"].items()}
        for block in raw["blocks"]:
            name = block["name"]
            for v in block["verbs"]:
                words = tuple(v["words"])
                verb = Verb(words, int(v["head"]), v.get("code"), v.get("pair"), name)
                head = words[verb.head]
                verbs.setdefault(head, []).append(verb)
                for f in v.get("forms", ()):
                    forms.setdefault(f, head)
            patterns[name] = tuple(
                Pattern(
                    code=p.get("code"), pair=p.get("pair"),
                    subj=_phrase(p["subj"]) if "subj" in p else None,
                    obj=_phrase(p["obj"]) if "obj" in p else None,
                    obj2=_phrase(p["obj2"]) if "obj2" in p else None,
                    preps=tuple(PrepPhrase(x["prep"], _phrase(x["obj"]) if "obj" in x else None) for x in p.get("preps", ())),
                    left=tuple(p.get("left", ())), source=tuple(p.get("source", ())), target=tuple(p.get("target", ())),
                    line=int(p["line"]),
                )  # fmt: skip
                for p in block["patterns"]
            )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"{where}: not a compiled CAMEO dictionary ({exc!r}); rerun scripts/build_lexicon.py") from exc
    for p in (p for ps in patterns.values() for p in ps):
        for ph in (p.subj, p.obj, p.obj2, *(x.obj for x in p.preps)):
            if ph is not None and ph.synset is not None and ph.synset not in synsets:
                raise DataFileError(f"{where}: pattern line {p.line} names an unknown synonym set {ph.synset}")
    patterns = {name: tuple(replace(p, needs=_needs(p, synsets)) for p in ps) for name, ps in patterns.items()}
    return CameoDictionary(str(raw.get("version", "?")), {k: tuple(v) for k, v in verbs.items()}, forms, patterns, synsets)


@cache
def load_cameo() -> CameoDictionary:
    """The packaged compiled dictionary (validated once, cached)."""
    path = resources.files("dyadwatch") / "data" / "events" / "cameo_verbs.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read the CAMEO verb dictionary {path}: {exc}") from exc
    return _build(raw, str(path))
