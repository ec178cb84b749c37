"""Made-up articles coded by the real coder, for the rule tests: the events it gives, and
the same as (source, target, CAMEO code, status) tuples that a table can name."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from dyadwatch.records import Article, Event

DAY = date(2021, 3, 10)


def code(coder: Coder, text: str, *, source: str | None = None, day: date | None = DAY, title: str = "") -> list[Event]:
    return coder.code(Article(id="t", title=title, text=text, date=day, source=source))


def quads(events: list[Event]) -> set[tuple[str, str, str, str]]:
    return {(e.source.country, e.target.country, e.cameo, e.status.value) for e in events}
