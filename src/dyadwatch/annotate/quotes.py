"""Quoted speech: where quotes are, and who speaks them.

Three shapes are recognised:
- quotation marks (curly or straight), possibly spanning paragraphs;
- a paragraph ending in "said:" / "stated:" followed by unquoted speech paragraphs
  (press releases: "Defence Secretary, Gavin Williamson, said:" then the speech);
- transcript turns: a body paragraph opened by a speaker's label and spoken in the first
  person ("President of Russia Vladimir Putin: Mr President, I am ..."), with the
  paragraphs after it up to the next label.
Speakers are resolved by the coder; this module only finds the spans and the
attribution anchor (the offset of the "said"-type verb's clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..events.speech import load_speech

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
#: the characters that can open a quote: the scan jumps from one to the next
_OPENERS = re.compile("[" + "".join(_OPEN_CLOSE) + '"]')
_FIRST_PERSON = re.compile(r"\b(we|our|us|ours|ourselves|I|my|me)\b")
#: speech between persons: the first or the second person ("Thank you, Mr President")
_ADDRESSED = re.compile(r"\b([Ww]e|[Oo]ur|us|[Oo]urselves|I|[Mm]y|me|[Yy]ou|[Yy]our)\b")  # ("US" is no "us")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first character inside the quote
    end: int  # one past the last character inside
    intro_start: int  # start of the text that introduces it (its paragraph or sentence)
    colon_speech: bool = False
    #: a transcript turn ("President of Russia Vladimir Putin: Mr President, ..."): the
    #: offsets of the speaker's label, which says who speaks it and the turns after it
    label: tuple[int, int] | None = None


def find_quotes(text: str, paragraphs: list[tuple[int, int]], body_start: int = 0) -> list[Quote]:
    """Quote spans in ``text``; ``paragraphs`` are (start, end) offsets in reading order;
    transcript turns start at ``body_start`` (after the headline)."""
    quotes: list[Quote] = []
    i = 0
    while (found := _OPENERS.search(text, i)) is not None:
        i = found.start()
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
    quotes.extend(_turns(text, paragraphs, quotes, body_start))
    return sorted(quotes, key=lambda q: q.start)


#: a transcript's speaker label: two to twelve capitalised words (and the small words of an
#: office, "President of the Russian Federation"), maybe a note on how the words were
#: rendered ("President of Cuba Miguel Diaz-Canel Bermudez (retranslated):"), then a colon
#: and the words spoken
_LABEL = re.compile(r"\s*((?:[A-Z][\w.'’-]*|of|the|and|for|de|al|bin)(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|for|de|al|bin)){1,11})(?:\s*\([a-z][\w\s-]{0,30}\))?:\s+(?=\S)")


def _turns(text: str, paragraphs: list[tuple[int, int]], found: list[Quote], body_start: int) -> list[Quote]:
    """Transcript turns: a paragraph opened by a speaker's label is that speaker's speech,
    and so are the paragraphs after it up to the next label (the next one always, later
    ones when they speak in the first person)."""
    quoted = [(q.start, q.end) for q in found]
    out: list[Quote] = []
    label: tuple[int, int] | None = None
    last = -1
    names: set[str] = set()  # the last words of the labels so far ("Putin", "Bermudez")
    for k, (s, e) in enumerate(paragraphs):
        m = _LABEL.match(text, s, e) if s >= body_start else None
        # speech in the first or second person, there or in the next paragraph after a
        # greeting ("Mr Aliyev, Mr Pashinyan, colleagues, friends,"): not a heading
        # ("North Korea: EU further toughens sanctions")
        spoken_end = paragraphs[k + 1][1] if k + 1 < len(paragraphs) else e
        inside = any(a <= s < b for a, b in quoted)  # a paragraph within quotation marks
        if m is not None and not inside:
            if not _ADDRESSED.search(text, m.end(), spoken_end):
                label = None  # a heading, which also ends the turn before it
                continue
            label, last = (m.start(1), m.end(1)), k
            names.add(m.group(1).split()[-1])
            out.append(Quote(m.end(), e, s, label=label))
            continue
        if label is None or inside:
            continue
        spoken = _ADDRESSED.search(text, s, e) is not None
        if (k != last + 1 and not _FIRST_PERSON.search(text[s:e])) or (not spoken and _names_speaker(text[s:e], names)):
            # (the narrative after the talks names their speakers: "Following the talks,
            # ... Vladimir Putin said")
            label = None
            continue
        out.append(Quote(s, e, s, label=label))
        last = k
    return out


def _names_speaker(paragraph: str, names: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", paragraph) for n in names)


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
