"""Quoted speech: where quotes are, and who speaks them.

Two shapes are recognised:
- quotation marks (curly or straight), possibly spanning paragraphs;
- a paragraph ending in "said:" / "stated:" followed by unquoted speech paragraphs
  (press releases: "Defence Secretary, Gavin Williamson, said:" then the speech).
Speakers are resolved by the coder; this module only finds the spans and the
attribution anchor (the offset of the "said"-type verb's clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..events.speech import load_speech

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_FIRST_PERSON = re.compile(r"\b(we|our|us|ours|ourselves|I|my|me)\b")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first character inside the quote
    end: int  # one past the last character inside
    intro_start: int  # start of the text that introduces it (its paragraph or sentence)
    colon_speech: bool = False


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Quote spans in ``text``; ``paragraphs`` are (start, end) offsets in reading order."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN_CLOSE:
            close = text.find(_OPEN_CLOSE[ch], i + 1)
            if close != -1 and close - i < 6000:
                quotes.append(Quote(i + 1, close, _para_start(paragraphs, i)))
                i = close + 1
                continue
        elif ch == '"' and _opens(text, i):
            close = _closing_straight(text, i + 1)
            # a straight quote left open at a paragraph end closes there
            if close == -1:
                close = _para_end(paragraphs, i)
            if close - i < 6000:
                quotes.append(Quote(i + 1, close, _para_start(paragraphs, i)))
                i = close + 1
                continue
        i += 1
    # "X said:" followed by unquoted speech paragraphs
    said_colon = load_speech().said_colon
    for k, (s, e) in enumerate(paragraphs):
        if not said_colon.search(text[s:e]):
            continue
        for s2, e2 in paragraphs[k + 1 :]:
            chunk = text[s2:e2]
            if chunk.lstrip()[:1] in ("“", '"'):
                break  # quoted speech follows: the quote marks already cover it
            if said_colon.search(chunk):
                break
            if s2 != paragraphs[k + 1][0] and not _FIRST_PERSON.search(chunk):
                break
            quotes.append(Quote(s2, e2, s, colon_speech=True))
    return sorted(quotes, key=lambda q: q.start)


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space or a bracket and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _closing_straight(text: str, start: int) -> int:
    """The next straight quote that closes: it follows a non-space character."""
    j = start
    while True:
        j = text.find('"', j)
        if j == -1:
            return -1
        if j > 0 and not text[j - 1].isspace():
            return j
        j += 1


def _para_start(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for s, e in paragraphs:
        if s <= pos <= e:
            return s
    return pos


def _para_end(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for s, e in paragraphs:
        if s <= pos <= e:
            return e
    return pos


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The first of ``quotes`` that holds ``offset`` (ArticleState.quote_at finds it fast)."""
    for q in quotes:
        if q.start <= offset < q.end:
            return q
    return None
