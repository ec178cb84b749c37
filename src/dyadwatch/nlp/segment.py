"""Segmenting an article's full text into paragraphs, with original offsets kept.

News text arrives hard-wrapped (press releases copied from e-mail), with headlines on
their own line, or with one paragraph per line. The coder parses paragraph by paragraph;
a line break inside a sentence is joined by replacing the newline with a space, which
keeps every character offset identical to the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERMINAL = re.compile(r"""[.!?:;"”’)\]]\s*$""")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+\.)\s+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str  # the original text with in-sentence newlines replaced by spaces


def _hard_wrapped(lines: list[str]) -> bool:
    """A text is hard-wrapped when most of its long lines stop mid-sentence."""
    long = [ln for ln in lines if len(ln.strip()) >= 40]
    if len(long) < 4:
        return False
    open_ended = sum(1 for ln in long if not _TERMINAL.search(ln))
    return open_ended / len(long) > 0.5


def _joins(line: str, nxt: str, wrapped: bool) -> bool:
    """Does the newline between ``line`` and ``nxt`` sit inside a sentence?"""
    a, b = line.strip(), nxt.strip()
    if not a or not b or _BULLET.match(nxt):
        return False
    if _TERMINAL.search(a):
        return False
    # "if it were also\nto have": a lower-case continuation is never a new paragraph
    if b[0].islower():
        return True
    return wrapped


def paragraphs(text: str, headline_end: int = 0) -> list[Paragraph]:
    """Split ``text`` into paragraphs; the headline (text[:headline_end]) stands alone."""
    out: list[Paragraph] = []
    if headline_end:
        out.append(Paragraph(0, headline_end, text[:headline_end].replace("\n", " ")))
    body_start = headline_end
    lines: list[tuple[int, int]] = []
    pos = body_start
    for m in re.finditer(r"\n", text[body_start:]):
        end = body_start + m.start()
        lines.append((pos, end))
        pos = end + 1
    lines.append((pos, len(text)))
    wrapped = _hard_wrapped([text[s:e] for s, e in lines])
    cur_start: int | None = None
    cur_end = 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            if cur_start is not None:
                out.append(_make(text, cur_start, cur_end))
                cur_start = None
            continue
        if cur_start is None:
            cur_start = s
        cur_end = e
        nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        if not _joins(line, nxt, wrapped):
            out.append(_make(text, cur_start, cur_end))
            cur_start = None
    if cur_start is not None:
        out.append(_make(text, cur_start, cur_end))
    return [p for p in out if p.text.strip()]


def _make(text: str, start: int, end: int) -> Paragraph:
    return Paragraph(start, end, text[start:end].replace("\n", " "))


_TITLE_WORD = re.compile(r"\b([A-Z])([a-z]+)\b")


def sentence_case(text: str, keep: list[tuple[int, int]], offset: int = 0) -> str:
    """A Title Case headline in sentence case, for the parser: "Japan Recalls Korean
    Ambassador" parses as a noun phrase, "Japan recalls Korean ambassador." as a clause.

    Words inside ``keep`` spans (actor names, given as offsets in the full text, with
    ``offset`` the headline's start) and the first word keep their case. The result has
    the same length as ``text``, so every offset stays valid.
    """
    words = _TITLE_WORD.findall(text)
    if len(words) < 3 or sum(1 for w in text.split() if w[:1].isupper()) < 0.6 * len(text.split()):
        return text  # not Title Case
    chars = list(text)
    opening = len(text) - len(text.lstrip())  # the headline's first word keeps its case
    for m in _TITLE_WORD.finditer(text):
        if m.start() == opening:
            continue  # (only that word: after "EU" or "U.S.", "Extends" is lowered)
        start = offset + m.start()
        if any(s <= start < e for s, e in keep):
            continue
        chars[m.start()] = m.group(1).lower()
    return "".join(chars)


#: a wire dateline opening a paragraph: a place in capitals, an optional date and an
#: optional agency in brackets, then a dash ("BRUSSELS (Reuters) -", "MOSCOW, March 3
#: (AFP) —", "CARACAS —", "UNITED NATIONS, May 2 (AP) --", "YEREVAN, Armenia (AP) —",
#: "BEIRUT/DUBAI, Oct 30 (Reuters) -", a story filed from two places)
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+){0,3}(?:,\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]\.[A-Z]\.)(?=[\s,(]))?"
    r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?)?"
    r"\s*(?:\([A-Za-z][A-Za-z .&/-]{0,40}\))?\s*(?:-{1,2}|—|–)\s+(?=[A-Z0-9\"“‘'])"
)


def without_dateline(text: str) -> str:
    """``text`` with a leading wire dateline blanked to spaces, for the parser: "BRUSSELS
    (Reuters) - Kurti and Vucic failed to agree" must not make Brussels a third subject.
    The length stays the same, so every offset stays valid."""
    m = _DATELINE.match(text)
    return " " * m.end() + text[m.end() :] if m else text

