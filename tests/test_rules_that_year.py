"""A count from another event's year ("in October of that year", "the following year")
counts from the year its own sentence names before it, not from an event told earlier:
"In January 2019 Ecuador recognised Guaido, and in October of that year it accused
Maduro" dates the accusation 2019-10 (GUIDELINES §6). A count that names its own event
("two years after ... signed") keeps its own reading."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from event_support import code

DAY = date(2024, 5, 1)
EARLIER = "Peru withdrew its ambassador from Caracas in August 2016. "


def _dates(coder: Coder, text: str, source: str, target: str) -> set[str | None]:
    return {e.date for e in code(coder, EARLIER + text, day=DAY) if (e.source.country, e.target.country) == (source, target)}


def test_of_that_year_counts_from_the_year_named_before_it(coder: Coder) -> None:
    text = "In January 2019 Peru recognised the Venezuelan opposition leader as interim president, and in October of that year Peru accused Venezuela of meddling."
    assert "2019-10" in _dates(coder, text, "PER", "VEN")


def test_a_year_in_a_noun_phrase_anchors_that_year(coder: Coder) -> None:
    text = "After the elections of 2020, Chile expelled the Bolivian ambassador in March of that year."
    assert _dates(coder, text, "CHL", "BOL") == {"2020-03"}


def test_the_same_year_counts_from_the_year_named_before_it(coder: Coder) -> None:
    text = "In 2017 Peru recalled its envoy from Bogota, and in June of the same year Peru accused Venezuela of sabotage."
    assert "2017-06" in _dates(coder, text, "PER", "VEN")
