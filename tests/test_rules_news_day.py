"""Regressions of the news-day rule (roots24): wire copy leads with an act told without a
day and gives the day in the next words ("said in a statement late Friday"); the article
is published after it. What the text dates by nothing else happened on that day, not on
the publication date (temporal.yaml ``news_day_*``, annotate.dates.news_day)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.annotate.dates import news_day
from dyadwatch.coder import Coder
from event_support import code

SATURDAY = date(2021, 9, 18)


def _dates(coder: Coder, text: str, title: str = "") -> dict[tuple[str, str, str], tuple[str | None, str]]:
    return {(e.source.country, e.target.country, e.root): (e.date, e.date_basis) for e in code(coder, text, day=SATURDAY, title=title)}


@pytest.mark.parametrize(
    "text",
    [
        # the day in the sentence after the lead, on the statement that announced the act
        "PARIS (AFP) - Belgium has recalled its ambassador to Chile for consultations over the dispute. "
        "The foreign minister said in a statement late Friday that the step was justified.",
        # the day on an anaphoric "the move"
        "BRUSSELS (Reuters) - Belgium has recalled its ambassador to Chile. "
        "The move, announced by the foreign ministry on Friday, marks a sharp escalation in the row.",
        # the day on what a minister told reporters
        "Belgium has recalled its ambassador to Chile over a fishing dispute. "
        "Foreign Minister Anna Peeters told reporters on Friday that talks had failed.",
    ],
)
def test_an_undated_act_of_the_lead_happened_on_the_day_the_lead_names(coder: Coder, text: str) -> None:
    dated = _dates(coder, text)
    assert dated[("BEL", "CHL", "16")] == ("2021-09-17", "news-day")


def test_the_headline_and_later_undated_acts_take_the_news_day_too(coder: Coder) -> None:
    text = (
        "Belgium has recalled its ambassador to Chile over a fishing dispute. "
        "The foreign ministry announced the step on Thursday evening.\n\n"
        "Peru condemned the decision."
    )
    dated = _dates(coder, text, title="Belgium recalls envoy to Chile")
    assert dated[("BEL", "CHL", "16")] == ("2021-09-16", "news-day")
    assert dated[("PER", "BEL", "11")] == ("2021-09-16", "news-day")


def test_an_act_with_a_date_of_its_own_keeps_it(coder: Coder) -> None:
    text = (
        "Belgium has recalled its ambassador to Chile. The foreign ministry said on Friday that the step was justified. "
        "Chile expelled two Belgian diplomats in 2019."
    )
    dated = _dates(coder, text)
    assert dated[("CHL", "BEL", "16")][0] == "2019"


@pytest.mark.parametrize(
    "text",
    [
        # no weekday in the lead: the publication date
        "Belgium has recalled its ambassador to Chile. The foreign ministry said the step was justified.",
        # a weekday inside a quotation is the speaker's, not the lead's
        'Belgium has recalled its ambassador to Chile. "We decided on Friday," the minister said.',
    ],
)
def test_without_a_news_day_the_article_dates_the_lead(coder: Coder, text: str) -> None:
    dated = _dates(coder, text)
    assert dated[("BEL", "CHL", "16")] == ("2021-09-18", "article")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenya has recalled its envoy. In a statement issued on Wednesday, the ministry said so.", "2021-09-15"),
        # the same weekday as the article's: the news is of its own day
        ("Kenya has recalled its envoy. The ministry said so on Saturday.", None),
        # a day yet to come is no news day
        ("Kenya has recalled its envoy. The minister will travel to Mogadishu on Wednesday.", None),
        ("Kenya has recalled its envoy. The minister is due to travel on Wednesday. It said so on Thursday.", None),
        # more than the lead and the sentence after it: not the lead's day
        ("Kenya has recalled its envoy to its neighbour. The ministry gave no reason for it. Talks failed on Wednesday.", None),
    ],
)
def test_news_day_reads_a_weekday_of_the_lead(body: str, expected: str | None) -> None:
    found = news_day(body, SATURDAY)
    assert (found.value if found else None) == expected
