"""HTML pages to Articles: main text with trafilatura, metadata from the page.

Title, publication date, outlet (site name, else host) and canonical URL come from the
page's own metadata. A page with no extractable main text is an EmptyInputError naming
it, so the batch records it and goes on.

libxml2's HTML parser drops what lies more than 255 elements deep, so a page wrapped in
hundreds of layout ``<div>`` s (generated markup does that) would lose its text. When
the first extraction finds nothing, the page is parsed again without that limit and,
if it is deeper still, with its wrapper tags (div, span, section, ...) taken out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import EmptyInputError, FormatError
from ..optional import need
from ..records import Article
from ..urls import host_of

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")
_SPACES = re.compile(r"[ \t\u00a0]+")
#: layout tags that carry no text of their own: taken out of a page nested too deep to parse
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center|main|aside|header|footer|nav|b|i|u|em|strong|small)\b[^>]*>", re.IGNORECASE)
#: fewer characters than this is a menu or a cookie notice, not an article
MIN_TEXT_CHARS = 25


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _extract(page: Any, source: str, url: str | None) -> dict[str, Any]:
    trafilatura = need("trafilatura", source)
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml refuses some broken pages
        raise FormatError(source, f"cannot parse the HTML: {exc}") from exc
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _deep_trees(data: bytes | str, source: str) -> Iterator[Any]:
    """The page parsed without libxml2's depth limit, then (only if asked for the next
    one) with its wrapper tags removed."""
    decode_file = need("trafilatura.utils", source).decode_file
    lxml_html = need("lxml.html", source)
    text = decode_file(data) if isinstance(data, bytes) else data
    parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True)
    for flatten in (False, True):
        try:
            yield lxml_html.document_fromstring(_WRAPPERS.sub(" ", text) if flatten else text, parser=parser)
        except (ValueError, TypeError, lxml_html.etree.ParserError):
            continue


def article_from_html(
    data: bytes | str, source: str, *, url: str | None = None, name: str | None = None
) -> Article:
    """Extract the main text and metadata of one page (``source`` names it in errors).

    The article's id is the page's URL (its canonical URL when it gives one), else
    ``name`` (the file's own name), else ``source``."""
    meta = _extract(data, source, url)
    if len((meta.get("text") or "").strip()) < MIN_TEXT_CHARS:
        for tree in _deep_trees(data, source):
            found = _extract(tree, source, url)
            if len((found.get("text") or "").strip()) >= MIN_TEXT_CHARS:
                meta = found
                break
    if not meta:
        raise EmptyInputError(source, "no extractable main text in the page")
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise EmptyInputError(
            source, f"no extractable main text in the page (only {len(text)} characters found)"
        )
    page_url = meta.get("url") or url
    outlet = meta.get("sitename") or meta.get("hostname") or host_of(page_url)
    return Article(
        id=page_url or name or source,
        text=text,
        title=(meta.get("title") or "").strip(),
        date=_parse_date(meta.get("date")),
        url=page_url,
        source=outlet,
        licence=meta.get("license"),
        origin=source,
    )


def fragment_text(fragment: str, source: str = "feed entry") -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph a line."""
    if "<" not in fragment:
        return fragment.strip()
    lxml_html = need("lxml.html", source)
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError) as exc:
        raise ValueError(f"cannot parse the entry's HTML: {exc}") from exc
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
