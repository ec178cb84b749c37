"""Fast dictionary matching of actor mentions in raw text (no spaCy needed).

Entries are tokenised with the same simple tokeniser as the text (``\\w+`` runs and single
punctuation marks) and stored in a token trie keyed by case- and accent-folded tokens. A scan
looks up each word of the text in the trie's root and walks on only where an entry can start,
so the cost is about one dict lookup per word. Case is checked per entry after the walk:

- ``title`` (default): each token as written, in ALL CAPS, or with its first letter capitalised
  ("Turkey", "TURKEY", "The DPRK"; never "turkey"; "US" never matches "us" or "Us");
- ``exact``: as written only;
- ``sentence``: as written, with the first letter of the first token capitalised, or in ALL
  CAPS (anaphors: "The country", but "the State Department" is not "the state");
- ``any``: any case.

Matches are non-overlapping and leftmost-longest. Because tokens are whole ``\\w+`` runs, a
name never matches inside a word ("Iran" is not found in "Iranian", "Niger" not in
"Nigeria"), and a possessive "'s" / "’s" is simply left outside the span. Blocking entries
("Indian Ocean") consume their text and report nothing.

This module knows nothing about where entries come from; lexicon.py builds them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_NEXT = re.compile(r"\s*(\w+|[^\w\s])")
_TOKEN = re.compile(r"\w+|[^\w\s]")

# Typographic variants that news text uses interchangeably with the ASCII mark.
_PUNCT_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-"})

CASE_MODES = ("title", "exact", "sentence", "any")


@dataclass(frozen=True, slots=True)
class Mention:
    """One dictionary match: offsets into the text given, and the entry that fired."""

    start: int
    end: int
    text: str
    #: ISO3 or IGO/bloc code; the first candidate when ambiguous; "" for descriptions/anaphors
    country: str
    #: every candidate code (more than one when the surface names several states)
    candidates: tuple[str, ...]
    #: sector carried by the entry itself (Pentagon -> MIL), else None
    sector: str | None
    #: name | alias | demonym | capital | seat | institution | igo | bloc | description |
    #: anaphor | person
    kind: str
    #: id of the dictionary entry, e.g. "countries:PRK:alias:DPRK"
    entry: str
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """A dictionary entry ready for matching (built by lexicon.py)."""

    id: str
    text: str
    country: str
    candidates: tuple[str, ...]
    sector: str | None
    kind: str
    ambiguous: bool
    case: str = "title"
    #: a blocking entry consumes its text and yields no mention
    block: bool = False


def fold(token: str) -> str:
    """Accent- and punctuation-folded form of a token (case kept)."""
    if token.isascii():
        return token
    token = token.translate(_PUNCT_FOLD)
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens of ``text`` as (token, start, end), the tokenisation entries are matched with."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _case_forms(token: str, case: str, first: bool) -> frozenset[str] | None:
    if case == "any":
        return None
    if case == "exact":
        return frozenset({token})
    if case == "sentence" and not first:
        return frozenset({token, token.upper()})
    return frozenset({token, token.upper(), token[:1].upper() + token[1:]})


@dataclass(frozen=True, slots=True)
class _Pattern:
    entry: Entry
    forms: tuple[frozenset[str] | None, ...]  # allowed folded surface per token
    spaced: tuple[bool, ...]  # whether whitespace precedes token i (index 0 unused)


class _Node:
    __slots__ = ("children", "patterns")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.patterns: list[_Pattern] = []


class PhraseMatcher:
    """Token-trie matcher over a fixed set of entries (immutable after construction)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._root = _Node()
        self.size = 0
        for entry in entries:
            self._add(entry)

    @staticmethod
    def pattern_of(entry: Entry) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """Folded tokens of an entry and whether each is preceded by whitespace."""
        toks = tokenize(entry.text)
        if not toks or not _WORD.fullmatch(toks[0][0]):
            raise ValueError(f"entry {entry.id!r}: text must start with a word")
        folded = tuple(fold(t) for t, _, _ in toks)
        spaced = tuple(i > 0 and toks[i - 1][2] < toks[i][1] for i in range(len(toks)))
        return folded, spaced

    def _add(self, entry: Entry) -> None:
        if entry.case not in CASE_MODES:
            raise ValueError(f"entry {entry.id!r}: unknown case mode {entry.case!r}")
        folded, spaced = self.pattern_of(entry)
        node = self._root
        for tok in folded:
            node = node.children.setdefault(tok.lower(), _Node())
        forms = tuple(_case_forms(t, entry.case, i == 0) for i, t in enumerate(folded))
        node.patterns.append(_Pattern(entry, forms, spaced))
        self.size += 1

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping, leftmost-longest mentions in ``text``."""
        root = self._root.children
        out: list[Mention] = []
        resume = 0
        for m in _WORD.finditer(text):
            start = m.start()
            if start < resume:
                continue
            word = m.group()
            node = root.get(word.lower() if word.isascii() else fold(word).lower())
            if node is None:
                continue
            hit = self._longest(text, node, word, m.end())
            if hit is None:
                continue
            pattern, end = hit
            resume = end
            e = pattern.entry
            if e.block:
                continue
            out.append(
                Mention(
                    start, end, text[start:end], e.country, e.candidates, e.sector, e.kind,
                    e.id, e.ambiguous,
                )
            )  # fmt: skip
        return out

    @staticmethod
    def _longest(text: str, node: _Node, first: str, pos: int) -> tuple[_Pattern, int] | None:
        # Walk as deep as the trie allows, remembering every terminal node, then try the
        # terminals from the longest down: the first whose case and spacing fit wins.
        toks = [first]
        spaced = [False]
        ends = [pos]
        terminals: list[tuple[_Node, int]] = []
        if node.patterns:
            terminals.append((node, 1))
        while node.children:
            nm = _NEXT.match(text, pos)
            if nm is None:
                break
            tok = nm.group(1)
            key = tok.lower() if tok.isascii() else fold(tok).lower()
            child = node.children.get(key)
            if child is None:
                break
            toks.append(tok)
            spaced.append(nm.start(1) > pos)
            pos = nm.end()
            ends.append(pos)
            node = child
            if node.patterns:
                terminals.append((node, len(toks)))
        for term, n in reversed(terminals):
            folded = [t if t.isascii() else fold(t) for t in toks[:n]]
            for p in term.patterns:
                if p.spaced[1:] != tuple(spaced[1:n]):
                    continue
                if all(f is None or t in f for f, t in zip(p.forms, folded, strict=True)):
                    return p, ends[n - 1]
        return None
