"""Regressions of the headline twin (dates26): a headline repeats the news, so a body act
of the same kind gives it its date only when that date is the news's, at most
``headline_twin_max_days`` before the article's date (temporal.yaml); a background act of
the same kind years before is another event."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from event_support import code

DAY = date(2022, 6, 14)


def _headline(coder: Coder, title: str, text: str) -> tuple[str | None, str]:
    events = code(coder, text, day=DAY, title=title)
    found = [(e.date, e.date_basis) for e in events if e.section.value == "headline"]
    assert found, [(e.source.country, e.target.country, e.cameo, e.section.value) for e in events]
    return found[0]


def test_a_background_act_of_the_same_kind_does_not_date_the_headline(coder: Coder) -> None:
    text = (
        "OSLO (Reuters) - The Norwegian foreign ministry confirmed the step in a statement. Norway and "
        "Chile restored diplomatic relations in 1990, and Oslo partially eased the embargo on Chile in "
        "2011 to allow sales of patrol boats."
    )
    assert _headline(coder, "Norway lifts arms embargo on Chile", text) == ("2022-06-14", "article")


def test_the_body_s_recent_day_still_dates_the_headline(coder: Coder) -> None:
    text = "OSLO (Reuters) - Norway lifted its ban on arms sales to Chile on Friday, the foreign ministry said."
    assert _headline(coder, "Norway lifts arms ban on Chile", text)[0] == "2022-06-10"
