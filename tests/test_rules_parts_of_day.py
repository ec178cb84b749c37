"""A part of a named day ("on Sunday evening", "on Monday morning") dates the clause it
hangs on, as the day alone does; it is no event noun of its own (its "-ing" made it one), and
it is no party of a preposition pattern ("called Macron on Sunday evening" phones him)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from event_support import code


@pytest.mark.parametrize("part", ["evening", "morning"])
def test_a_part_of_a_named_day_dates_the_act(coder: Coder, part: str) -> None:
    events = code(coder, f"Russia expelled two Estonian diplomats on Sunday {part}.", day=date(2023, 3, 10))
    assert [(e.cameo, e.date) for e in events if e.target.country == "EST"] == [("166", "2023-03-05")]


def test_a_call_on_a_named_evening_is_a_phone_call(coder: Coder) -> None:
    events = code(coder, "German Chancellor Olaf Scholz called French President Emmanuel Macron on Sunday evening.", day=date(2023, 3, 10))
    assert [(e.source.country, e.target.country, e.cameo, e.date) for e in events] == [("DEU", "FRA", "041", "2023-03-05")]
