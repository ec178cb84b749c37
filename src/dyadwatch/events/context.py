"""What the rules know about one parsed sentence: its actor mentions by token, the quote
each token sits in, the people named in it, the article's discourse and the dictionaries.

Built once per sentence (``events.sentence``), read by every rule; the only thing the
rules write into it is ``resolved``, the references they have resolved to an actor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..actors.discourse import Discourse, Referent

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..actors.lexicon import ActorLexicon
    from ..actors.matcher import Mention
    from ..annotate.quotes import Quote
    from .lexicon import TriggerLexicon


def _positions(words: list[str]) -> dict[str, list[int]]:
    """Each word -> its positions in ``words``, in order."""
    out: dict[str, list[int]] = {}
    for k, word in enumerate(words):
        out.setdefault(word, []).append(k)
    return out


def _found(positions: dict[str, list[int]], present: frozenset[str], wanted: Set[str]) -> list[int]:
    """The positions of the words of ``wanted`` (``present``: the words that have any),
    read from the present words the two share rather than word by word of the sentence."""
    return [k for word in present.intersection(wanted) for k in positions[word]]


@dataclass
class SentenceContext:
    """Everything the rules need about one sentence."""

    sent: Span
    offset: int  # offset of the parsed text in the article's full text
    mentions: dict[int, Mention]  # token index -> the actor mention covering it
    quote_of: dict[int, Quote | None]  # token index -> the quote it sits in
    disc: Discourse
    lexicon: ActorLexicon
    triggers: TriggerLexicon
    headline: bool = False
    persons: dict[int, tuple[int, int]] = field(default_factory=dict)  # token i -> a person's name (start i, end i)
    resolved: dict[int, str] = field(default_factory=dict)  # token i -> country resolved there
    #: token i -> the states a group reference there stands for ("both capitals", "the two allies")
    grouped: dict[int, list[str]] = field(default_factory=dict)
    #: the sentence's tokens, in order (``sent``'s, unless given): every ``doc[i]`` or
    #: ``for tok in sent`` makes a new spaCy Token object, so the rules that walk the whole
    #: sentence share this one list
    tokens: list[Token] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.tokens:
            self.tokens = list(self.sent)

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lower-case lemma, in order: read from spaCy once, for every rule
        that looks for its own words in the sentence."""
        return [t.lemma_.lower() for t in self.tokens]

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lower-case form, in order (as ``lemmas``)."""
        return [t.lower_ for t in self.tokens]

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        """The sentence's lower-case lemmas: a rule whose cue words are all absent skips it."""
        return frozenset(self.lemmas)

    @cached_property
    def lower_set(self) -> frozenset[str]:
        """The sentence's lower-case forms (as ``lemma_set``)."""
        return frozenset(self.lowers)

    @cached_property
    def _lemma_positions(self) -> dict[str, list[int]]:
        """lemma -> the positions (in ``tokens``) of the words of that lemma."""
        return _positions(self.lemmas)

    @cached_property
    def _lower_positions(self) -> dict[str, list[int]]:
        """lower-case form -> the positions of the words of that form."""
        return _positions(self.lowers)

    def with_lemma(self, lemmas: Set[str]) -> Iterator[Token]:
        """The tokens whose lower-case lemma is one of ``lemmas``, in order."""
        return self._at(_found(self._lemma_positions, self.lemma_set, lemmas))

    def with_lower(self, forms: Set[str]) -> Iterator[Token]:
        """The tokens whose lower-case form is one of ``forms``, in order."""
        return self._at(_found(self._lower_positions, self.lower_set, forms))

    def with_word(self, lemmas: Set[str], forms: Set[str]) -> Iterator[Token]:
        """The tokens whose lower-case lemma is one of ``lemmas`` or whose lower-case form
        is one of ``forms``, in order (each once)."""
        positions = {*_found(self._lemma_positions, self.lemma_set, lemmas), *_found(self._lower_positions, self.lower_set, forms)}
        return self._at(positions)

    def _at(self, positions: Iterable[int]) -> Iterator[Token]:
        tokens = self.tokens
        return iter([tokens[k] for k in sorted(positions)])

    def token(self, i: int) -> Token:
        """The token of document index ``i``, which must lie in this sentence (the shared
        object of ``tokens``, not a new one)."""
        return self.tokens[i - self.sent.start]

    def char(self, tok: Token) -> int:
        """The offset of ``tok`` in the article's full text."""
        return self.offset + tok.idx

    def known(self, i: int) -> str | None:
        """The actor code named at token ``i``: a dictionary mention or a resolved reference."""
        m = self.mentions.get(i)
        if m is not None and m.country and m.kind not in ("description", "anaphor"):
            return self.named_before(m, i) or m.country
        return self.resolved.get(i)

    def named_before(self, m: Mention, i: int) -> str | None:
        """For a name of several actors ("Brussels": Belgium or the EU), the one of them the
        sentence named last before token ``i`` ("the European Union's ambassador said
        Brussels had raised the matter"), else None."""
        if len(m.candidates) < 2:
            return None
        here = [x.country for j, x in sorted(self.mentions.items()) if j < i and x is not m and x.country in m.candidates]
        return here[-1] if here else None

    def mention_head(self, tok: Token) -> Token:
        """The last token of the dictionary mention that covers ``tok``."""
        m = self.mentions.get(tok.i)
        t = tok
        # (the mention's words are this sentence's: its end bounds them)
        while m is not None and t.i + 1 < self.sent.end and self.mentions.get(t.i + 1) is m:
            t = t.doc[t.i + 1]
        return t

    def noun_trigger(self, tok: Token) -> bool:
        """Whether ``tok`` is a nominal event trigger of the lexicon."""
        return self.triggers.is_noun_trigger(tok)

    def named_pairs(self) -> Iterator[tuple[Token, Token, str, str]]:
        """Every "A and B" of two different named actors in this sentence: (A's word, B's
        word, A's code, B's code), in the order of A's words."""
        for tok in self.tokens:
            for c in tok.children:
                if c.dep_ == "conj":
                    a, b = self.known(tok.i), self.known(c.i)
                    if a and b and a != b:
                        yield tok, c, a, b

    def pair_before(self, i: int) -> tuple[Referent, Referent] | None:
        """The last "A and B" pair of named actors before token ``i`` in this sentence."""
        best = None
        for tok, c, a, b in self.named_pairs():
            if tok.i >= i:
                break
            if c.i < i:
                best = (
                    Referent(a, None, tok.text, self.char(tok), self.char(tok) + len(tok.text), "name"),
                    Referent(b, None, c.text, self.char(c), self.char(c) + len(c.text), "name"),
                )
        return best

    def speaker_for(self, tok: Token) -> Referent | None:
        """Who speaks the quote ``tok`` sits in, when the article says."""
        q = self.quote_of.get(tok.i)
        if q is None:
            return None
        return self.disc.quote_speakers.get(q.start)
