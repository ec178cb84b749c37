"""Dating what the text does not date itself. A statement's own day: "Statement given recently (27 June 2025) by Ambassador ..."
dates what the speaker does in it, not the page's later publication date
(``annotate.dates.occasion_date``, temporal.yaml ``occasion_words``)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.annotate.dates import occasion_date
from dyadwatch.coder import Coder
from dyadwatch.records import Article

PUBLISHED = date(2025, 6, 30)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Statement given recently (27 June 2025) by Ambassador Ana Ruiz at the UN.", "2025-06-27"),
        ("Remarks delivered on 3 June 2025 at the Security Council.", "2025-06-03"),
        ("Speech by the Foreign Secretary, 30 June 2025.", "2025-06-30"),
        # a date that is no occasion's: an event's own date
        ("Troops crossed the border on 27 June 2025, officials said.", None),
        # after the publication date, or long before it: not the day the statement was given
        ("Statement given on 2 July 2025 by the Ambassador.", None),
        ("Statement given on 27 June 2020 by the Ambassador.", None),
        # a month is no day
        ("Statement given in June 2025 by the Ambassador.", None),
    ],
)
def test_the_occasion_is_a_day_after_an_occasion_word(lead: str, expected: str | None) -> None:
    found = occasion_date(lead, PUBLISHED)
    assert (found.value if found else None) == expected
    if found is not None:
        assert found.basis == "occasion"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _dated(coder: Coder, text: str) -> dict[tuple[str, str, str], tuple[str | None, str]]:
    events = coder.code(Article(id="statement", text=text, date=PUBLISHED, source="www.gov.uk"))
    return {(e.source.country, e.target.country, e.cameo[:2]): (e.date, e.date_basis) for e in events}


def test_what_the_statement_says_is_dated_on_its_day_and_dated_events_keep_theirs(coder: Coder) -> None:
    text = (
        "Statement given recently (27 June 2025) by Ambassador Ana Ruiz, UK Deputy Permanent "
        "Representative to the UN, at the Security Council meeting on Sudan.\n\n"
        "The United Kingdom condemns Sudan's attacks on civilians. "
        "Sudan attacked Chad on 14 May 2025."
    )
    dated = _dated(coder, text)
    assert dated[("GBR", "SDN", "11")] == ("2025-06-27", "occasion")
    assert dated[("SDN", "TCD", "19")][0] == "2025-05-14"


def test_a_news_story_keeps_its_publication_date(coder: Coder) -> None:
    text = "The United Kingdom condemned Sudan's attacks on civilians on Monday, officials said."
    events = coder.code(Article(id="news", text=text, date=PUBLISHED))
    assert {e.date_basis for e in events} <= {"relative", "article"} and events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated page (an encyclopaedia article): the only date is in a governed clause
        ("After Vladimir Putin came to power in 2000, Cuba strengthened its relations with Russia.", "2000"),
        ("Cuba strongly supported Russia in the 2008 war.", "2008"),
    ],
)
def test_an_act_nothing_else_dates_takes_the_date_of_a_clause_it_governs(coder: Coder, text: str, expected: str) -> None:
    (event,) = coder.code(Article(id="undated", text=text))
    assert (event.date, event.date_basis) == (expected, "explicit")


def test_a_governed_clause_never_moves_background_into_the_future(coder: Coder) -> None:
    text = (
        "President Putin briefed Merkel on steps to implement the Russian-Turkish agreements "
        "on a ceasefire and to prepare a meeting to be held in Astana on January 23."
    )
    events = coder.code(Article(id="news", text=text, date=date(2017, 1, 18)))
    agreements = [e for e in events if e.cameo.startswith("05") and {e.source.country, e.target.country} == {"RUS", "TUR"}]
    assert agreements and all(e.status.value != "future" and (e.date or "") <= "2017-01-18" for e in agreements)


def test_a_base_form_with_its_own_subject_is_the_present(coder: Coder) -> None:
    """'The E3 reiterate ... and call on Iran': the tagger reads both verbs as VB (base
    form); with a subject and no auxiliary they are the present, dated by the article."""
    text = "The E3 reiterate their commitment to Iraq's stability and call on all sides to respect the truce."
    prior = "Iran struck targets in Iraq on Friday."
    events = coder.code(Article(id="e3", text=f"{prior} {text}", date=PUBLISHED))
    calls = [e for e in events if e.cameo.startswith("10")]
    assert calls and all(e.date == PUBLISHED.isoformat() for e in calls)


def test_a_noun_under_an_infinitive_takes_the_governing_verbs_time(coder: Coder) -> None:
    """'Peru continues to stand in support of Bolivia': the present of 'continues' dates
    the support by the article, as 'Peru supports Bolivia' would be."""
    (event,) = [e for e in coder.code(Article(id="s", text="Peru continues to stand in support of Bolivia.", date=PUBLISHED))
                if e.cameo.startswith("05")]  # fmt: skip
    assert (event.date, event.date_basis) == (PUBLISHED.isoformat(), "article")


@pytest.mark.parametrize("text", ["Peru is concerned about Chile's enrichment activities.", "Peru is worried by Chile's statements."])
def test_a_present_state_after_a_copula_is_dated_by_the_article(coder: Coder, text: str) -> None:
    """"France is concerned about": an adjective or participle after "is" takes the
    copula's present, so the article dates it."""
    events = [e for e in coder.code(Article(id="news", text=text, date=PUBLISHED)) if e.cameo.startswith("11")]
    assert events and all(e.date == PUBLISHED.isoformat() for e in events)


def test_a_sentence_counts_back_from_the_date_before_it_and_a_calendar_date_wins(coder: Coder) -> None:
    # both directions of a reciprocal act get the same date; the calendar date beside
    # "five years earlier" is the more exact one
    text = (
        "Relations between Peru and Chile were formally established on February 4, 1997. "
        "Both countries recognized each other five years earlier on January 11, 1992."
    )
    events = coder.code(Article(id="dates", text=text, date=PUBLISHED))
    recognised = {(e.source.country, e.target.country): e.date for e in events if e.cameo == "054"}
    assert recognised == {("PER", "CHL"): "1992-01-11", ("CHL", "PER"): "1992-01-11"}


def test_an_event_relative_date_counts_from_the_sentence_before(coder: Coder) -> None:
    text = (
        "Peru and Chile signed a trade agreement on February 4, 1997. "
        "Both countries recognized each other five years earlier."
    )
    events = coder.code(Article(id="dates2", text=text, date=PUBLISHED))
    assert {e.date for e in events if e.cameo == "054"} == {"1992"}


def test_a_date_in_another_clause_is_read_in_that_clauses_time(coder: Coder) -> None:
    # Monday's article: "on Tuesday" is the firing's (past) Tuesday, also for the
    # judgement in the relative clause, which is no future event
    text = "Peru fired a missile over Chile on Tuesday, a move Santiago condemned as reckless."
    events = coder.code(Article(id="dates3", text=text, date=date(2023, 5, 1)))
    judged = [e for e in events if e.cameo == "111"]
    assert judged and all(e.date == "2023-04-25" and e.status.value == "asserted" for e in judged)


@pytest.mark.parametrize(
    "text",
    [
        "Four years later, Peru and Chile signed the Treaty of Peace and Friendship.",
        "Two years earlier, Peru had expelled the Chilean ambassador.",
    ],
)
def test_a_count_from_a_date_never_given_leaves_the_act_undated(coder: Coder, text: str) -> None:
    events = coder.code(Article(id="dates4", text=text, date=PUBLISHED))
    assert events and all(e.date is None for e in events)


def test_a_count_from_an_event_the_sentence_tells_keeps_the_news_dated(coder: Coder) -> None:
    text = "Peru has expelled three Chilean diplomats, a week after Chile expelled three Peruvian diplomats."
    events = coder.code(Article(id="dates5", text=text, date=PUBLISHED))
    assert any(e.source.country == "PER" and e.date == PUBLISHED.isoformat() for e in events)


def _by_triple(coder: Coder, text: str) -> dict[tuple[str, str, str], tuple[str | None, str]]:
    events = coder.code(Article(id="narrative", text=text, date=date(2023, 5, 3)))
    return {(e.source.country, e.target.country, e.cameo[:2]): (e.date, e.date_basis) for e in events}


def test_a_past_act_after_a_dated_one_in_its_paragraph_happened_then(coder: Coder) -> None:
    dated = _by_triple(coder, "In 2010, Chile and Peru signed a trade agreement. Peru praised Chile's support.")
    assert dated[("PER", "CHL", "05")] == ("2010", "narrative")
    # a new paragraph starts its own time, and a date the act governs is nearer
    dated = _by_triple(coder, "In 2010, Chile and Peru signed a trade agreement.\n\nPeru praised Chile's support.")
    assert dated[("PER", "CHL", "05")] == ("2023-05-03", "article")
    dated = _by_triple(coder, "In 2000, Chile and Peru signed a trade agreement. Peru supported Chile in the 2008 war.")
    assert dated[("PER", "CHL", "05")] == ("2008", "explicit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act of an after-clause is counted back from its main clause (the article's day)
        ("The visit came two days after Chile imposed sanctions on Peru.", "2023-05-01"),
        ("The announcement comes a week after Chile expelled three Peruvian diplomats.", "2023-04-26"),
        # a before-clause counts forward; the main clause's own date is the anchor
        ("On Monday, the talks collapsed, a day before Chile imposed sanctions on Peru.", "2023-05-02"),
    ],
)
def test_an_after_clause_is_counted_back_from_its_main_clause(coder: Coder, text: str, expected: str) -> None:
    dated = _by_triple(coder, text)
    found = [v for k, v in dated.items() if k[:2] == ("CHL", "PER")]
    assert found and found[0] == (expected, "event-relative")


def test_a_date_yet_to_come_sets_no_narrative_time(coder: Coder) -> None:
    dated = _by_triple(coder, "Peru said on Tuesday it would expel a Chilean diplomat. Santiago vowed to retaliate.")
    # (the vow takes the lead's news day, roots24's test_rules_news_day, not a day to come)
    assert dated[("CHL", "PER", "13")] == ("2023-05-02", "news-day")


def test_a_dated_background_sentence_inside_a_paragraph_sets_no_narrative_time(coder: Coder) -> None:
    text = ("Chile expelled a Peruvian diplomat on Monday. Ties soured in 2019, when Peru expelled the "
            "Chilean ambassador. Bolivia urged both countries to resolve the dispute.")  # fmt: skip
    dated = _by_triple(coder, text)
    urged = [v for k, v in dated.items() if k[0] == "BOL"]
    assert urged and all(v[0] == "2023-05-01" for v in urged)  # the opening sentence's Monday, not 2019


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement of intent takes a date of the clause that states it ...
        ("In September 2008, Chile offered to strengthen ties with Peru.", "2008-09"),
        # ... not the date of the act it promises
        ("Chile said it will resume flights to Peru on Saturday.", "2023-05-03"),
    ],
)
def test_a_statement_of_intent_is_dated_by_its_own_clause(coder: Coder, text: str, expected: str) -> None:
    dated = _by_triple(coder, text)
    assert dated[("CHL", "PER", "03")][0] == expected


def test_a_headline_event_takes_the_date_its_body_gives(coder: Coder) -> None:
    article = Article(id="h", title="Peru recalls ambassador from Chile", text="Peru recalled its ambassador to Chile on Monday, the foreign ministry said.",
                      date=date(2023, 5, 3))  # fmt: skip
    dates = {(e.section.value, e.date) for e in coder.code(article) if (e.source.country, e.target.country) == ("PER", "CHL")}
    assert ("headline", "2023-05-01") in dates and ("body", "2023-05-01") in dates


def test_an_act_in_response_follows_the_act_told_before_it(coder: Coder) -> None:
    text = ("Chile's president on Friday ordered a ban on flights to Peru. Protests erupted on Thursday. "
            "Peru and Chile fought a war in 2008, after which Lima recognised the breakaway region. "
            "Santiago severed diplomatic ties with Lima in response, and they have never been restored.")
    events = coder.code(Article(id="r", text=text, date=date(2019, 6, 22)))
    assert [e.date for e in events if e.cameo == "161"] == ["2008"]


def test_the_same_month_is_the_month_told_before(coder: Coder) -> None:
    text = "The court ruled on Monday. In November, Peru's parliament voted to shut the Chilean embassy. Chile recalled its ambassador to Peru in the same month."
    events = coder.code(Article(id="m", text=text, date=date(2024, 1, 12)))
    assert [e.date for e in events if (e.source.country, e.target.country, e.cameo) == ("CHL", "PER", "161")] == ["2023-11"]


def test_a_state_lasting_since_a_date_began_then(coder: Coder) -> None:
    events = coder.code(Article(id="s", text="Peru has supported Chile since 2015.", date=date(2023, 5, 3)))
    assert [e.date for e in events] == ["2015"]


def test_that_year_is_the_year_the_text_named_last_even_with_no_event(coder: Coder) -> None:
    # the year sits in a sentence that codes no event: "that year" still means it
    text = ("Peru's president visited Chile on Monday. Relations had collapsed after the 2013 ouster of President Ruiz. "
            "Chile's ambassador was expelled from Lima in November of that year.")
    events = coder.code(Article(id="y", text=text, date=date(2024, 2, 15)))
    assert [e.date for e in events if e.cameo.startswith("16")] == ["2013-11"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Peru's foreign minister, visiting Quito on Wednesday, condemned Chile.", "2008-08-27"),
        ("Speaking in Quito on Wednesday, Peru's foreign minister condemned Chile.", "2008-08-27"),
        # a date inside the participle's object is not the act's occasion
        ("Recalling the December 2007 conclusions, Peru condemned Chile.", "2008-08-30"),
        # the session an act took place at
        ("At Wednesday's session of the council, Peru condemned Chile.", "2008-08-27"),
        ("Peru condemned Chile at Wednesday's meeting.", "2008-08-27"),
    ],
)
def test_a_participle_or_session_beside_the_act_gives_its_occasion(coder: Coder, sentence: str, expected: str) -> None:
    text = "Bolivia has criticised Chile. " + sentence  # not the paragraph's opening sentence
    events = coder.code(Article(id="p", text=text, date=date(2008, 8, 30)))
    assert [e.date for e in events if (e.source.country, e.cameo) == ("PER", "111")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year on the agreement an act makes dates the making
        ("The 2018 deal was signed by Peru and Chile.", ["2018"]),
        ("Peru and Chile signed the 1994 treaty.", ["1994"]),
        # and the summit it was made at, which has no date of its own
        ("The 2018 deal was signed at a summit in Lima between Peru and Chile.", ["2018"]),
        # an act on an agreement that exists keeps its own date; a year yet to come dates nothing
        ("Peru withdrew from the 2018 deal with Chile.", ["2024-06-04"]),
        ("The 2030 deal was signed by Peru and Chile.", ["2024-06-04"]),
    ],
)
def test_a_year_on_the_agreement_an_act_makes_dates_the_act(coder: Coder, sentence: str, expected: list[str]) -> None:
    events = coder.code(Article(id="m", text=sentence, date=date(2024, 6, 4)))
    assert [e.date for e in events if e.source.country == "PER"] == expected


def test_a_meeting_that_is_the_setting_of_an_act_takes_its_date(coder: Coder) -> None:
    # "quarrelled at the summit": the summit happened when the act did
    events = coder.code(Article(id="s", text="Peru and Chile quarrelled at the summit between Peru and Chile.", date=date(2024, 6, 4)))
    assert [e.date for e in events if e.cameo == "040"] == ["2024-06-04"]
