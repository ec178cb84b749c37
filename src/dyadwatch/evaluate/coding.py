"""Running the coder for an evaluation: read the articles beside a gold file, code them.

The scorers take events, not text; this module is the one place an evaluation calls the
coder, so that a scorer can be tested on hand-made events without it. A document the
coder rejects is recorded as failed and the batch goes on (it then scores with no events).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DyadwatchError, FormatError, InputError
from ..protocols import CoderLike
from ..records import Article, Event
from .articles import CodedEvent, coded_events, read_jsonl_records


def parse_date(value: Any) -> date | None:
    """``YYYY-MM-DD`` or ``YYYYMMDD`` as a date; anything else (null, ``121108``) is None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def article_from_record(record: dict[str, Any], where: str, line: int) -> Article:
    """An Article from one ``articles.jsonl`` line (GUIDELINES §7)."""
    doc, text = record.get("id"), record.get("text")
    if not isinstance(doc, str) or not isinstance(text, str):
        raise FormatError(where, "an article needs a string 'id' and 'text'", line=line)
    return Article(
        id=doc,
        text=text,
        title=str(record.get("title") or ""),
        date=parse_date(record.get("date")),
        url=record.get("url"),
        source=record.get("source"),
        licence=record.get("licence"),
        origin=f"{where}:{line}",
    )


def load_articles(path: str | Path) -> dict[str, Article]:
    """All articles of an ``articles.jsonl`` file, by id."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file (the articles belong beside the gold files)")
    out: dict[str, Article] = {}
    for number, record in read_jsonl_records(p):
        article = article_from_record(record, str(p), number)
        out[article.id] = article
    return out


def articles_for_gold(gold_paths: Sequence[str | Path], docs: Iterable[str]) -> list[Article]:
    """The articles the gold files score, read from the ``articles.jsonl`` beside each file."""
    pool: dict[str, Article] = {}
    for directory in dict.fromkeys(Path(p).resolve().parent for p in gold_paths):
        for doc, article in load_articles(directory / "articles.jsonl").items():
            pool.setdefault(doc, article)
    wanted = list(docs)
    missing = [d for d in wanted if d not in pool]
    if missing:
        raise InputError(
            ", ".join(str(p) for p in gold_paths),
            f"gold for docs missing from articles.jsonl: {', '.join(missing)}",
        )
    return [pool[d] for d in wanted]


def code_articles(
    articles: Iterable[Article], coder: CoderLike
) -> tuple[list[CodedEvent], dict[str, str]]:
    """Code articles; return the events and ``{doc: error}`` for the ones that failed."""
    events: list[Event] = []
    failed: dict[str, str] = {}
    for article, result in coder.code_many(articles):
        if isinstance(result, DyadwatchError):
            failed[article.id] = str(result)
        else:
            events.extend(result)
    return coded_events(events), failed
