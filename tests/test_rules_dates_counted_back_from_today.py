"""Regressions of a backward count with no date told before (dates26): "the day before",
"a day earlier" with nothing dated earlier in the text count back from the news, the
lead's news day or the article's date (events/timing.py ``_counts_back``); a forward count
("four years later") still dates nothing."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from event_support import code


def _dates(coder: Coder, text: str) -> dict[tuple[str, str, str], str | None]:
    return {(e.source.country, e.target.country, e.root): e.date for e in code(coder, text, day=date(2024, 6, 20))}


def test_the_day_before_counts_back_from_the_article(coder: Coder) -> None:
    text = "The Chinese premier arrived in Hanoi from Vientiane, where he had been on a state visit the day before."
    assert _dates(coder, text)[("CHN", "LAO", "04")] == "2024-06-19"
