"""Plain-text articles: a file (or string) in, one Article out.

The article id is the file's name (``seed.txt`` whether the path was typed
``seed.txt``, ``./seed.txt`` or in full), so event ids do not change with the working
directory; the path as given is the article's ``origin``, named in errors. The first line is the headline
when it stands alone as a line above the body (see ``split_headline``). Nothing of
the text is dropped or rewritten beyond trailing whitespace, so
``article.full_text`` is the decoded file text minus trailing whitespace and evidence
offsets point straight into the file as Python's text mode reads it.
"""

from __future__ import annotations

import os
import re
from datetime import date

from ..records import Article
from ..settings import Settings, from_env
from .decode import decode_bytes, read_bytes

#: A headline is a short line: longer first lines are the opening paragraph.
MAX_HEADLINE_CHARS = 200

#: Line ends that say the sentence runs on to the next line (hard-wrapped text, a label
#: like "FCO spokesperson:", a hyphenated word), so the line is no headline.
_RUNS_ON = re.compile(
    r"""(?:[,;:(\[{/&+=\-–—]|\.\.\.|…"""
    r"""|\b(?:and|or|but|nor|of|the|a|an|to|in|on|at|for|with|by|from|into|that|which|who|"""
    r"""whose|as|than|its|their|his))$""",
    re.IGNORECASE,
)
#: A full stop ends a sentence, not a headline (news headlines carry none), except after
#: an abbreviation such as "U.S." or "Inc.".
_SENTENCE_END = re.compile(r"\.$")
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Ltd|Corp|Co|Jr|Sr|St|Gov|Gen)\.)$")


def split_headline(text: str) -> tuple[str, str]:
    """Split ``text`` into (title, body); title is "" when the first line is no headline.

    The first line is the headline when it is followed by more text on later lines,
    is at most MAX_HEADLINE_CHARS long, has no leading whitespace, does not end the
    way a running sentence does (comma, colon, "and", "the", ...; or a full stop), and
    the next non-blank line does not continue it in lower case. Always
    ``f"{title}\\n{body}" == text`` when there is a title, else ``body == text``.
    """
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip():
        return "", text
    line = first.strip()
    if not line or first[0].isspace() or len(line) > MAX_HEADLINE_CHARS:
        return "", text
    if _RUNS_ON.search(line):
        return "", text
    if _SENTENCE_END.search(line) and not _ABBREVIATION_END.search(line):
        return "", text
    following = rest.lstrip()
    if following[:1].islower():
        return "", text
    return first, rest


def article_from_text(
    text: str,
    doc_id: str,
    *,
    date: date | None = None,
    origin: str | None = None,
) -> Article:
    """Build an Article from decoded text; trailing whitespace is dropped, nothing else."""
    title, body = split_headline(text.rstrip())
    return Article(id=doc_id, text=body, title=title, date=date, origin=origin or doc_id)


def read_text(
    path: str | os.PathLike[str],
    *,
    date: date | None = None,
    settings: Settings | None = None,
) -> Article:
    """Read a plain-text article from ``path``; its id is the file's name.

    Raises an InputError subclass naming the path for a missing, empty, binary,
    undecodable or oversized file.
    """
    source = os.fspath(path)
    max_bytes = (settings or from_env()).max_document_bytes
    decoded = decode_bytes(read_bytes(source, max_bytes=max_bytes), source, max_bytes=max_bytes)
    name = os.path.basename(source) or source
    return article_from_text(decoded.text, name, date=date, origin=source)
