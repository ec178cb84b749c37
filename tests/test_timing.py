"""events.timing: which time expression dates an event (``event_date``, what the coder
uses), the tense of its verb, background sentences, and the date an event record gets."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.annotate.dates import ResolvedDate
from dyadwatch.events.timing import background, date_event, event_date, tense
from dyadwatch.records import DatePrecision, Status
from rule_support import DAY, read, token

DEC_2018 = ResolvedDate("2018-12", DatePrecision.MONTH, "explicit")

# (sentence, trigger word, reference date, tense, (expression, date, basis) or None)
EVENT_DATE_CASES = [
    ("On 3 May 2019 Peru expelled Chilean diplomats.", "expelled", None, None, ("3 May 2019", "2019-05-03", "explicit")),
    ("Peru expelled Chilean diplomats on Monday.", "expelled", None, "past", ("Monday", "2021-03-08", "relative")),
    # an expression above the trigger's clause dates it ...
    ("On Monday the minister said that Peru expelled Chilean diplomats.", "expelled", None, None, ("Monday", "2021-03-08", "relative")),
    # ... one below it does not: "next year" dates the talks, not the agreement
    ("Chile and Peru agreed to hold talks in Lima next year.", "agreed", None, None, None),
    ("Chile and Peru agreed to hold talks in Lima next year.", "hold", None, "future", ("next year", "2022", "relative")),
    # a when-clause takes the date it hangs on; a bare bound dates nothing
    ("Peru has had no relations with Chile since 2012, when it closed its embassy in Santiago.", "closed", None, None, ("since 2012", "2012", "explicit")),
    ("Peru has supported Chile since 2017.", "supported", None, None, None),
    # relative to another event: only with that event's date
    ("North Korea opened an embassy in Caracas four years prior.", "opened", DEC_2018, None, ("four years prior", "2014", "event-relative")),
    ("North Korea opened an embassy in Caracas four years prior.", "opened", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "reference", "verb_tense", "expected"), EVENT_DATE_CASES, ids=[f"{c[1]}: {c[0][:40]}" for c in EVENT_DATE_CASES])
def test_event_date(text: str, word: str, reference: ResolvedDate | None, verb_tense: str | None, expected: tuple | None) -> None:
    _, ctx = read(text)
    got = event_date(ctx.sent, token(ctx, word), article_date=DAY, reference=reference, tense=verb_tense, future=False)
    assert (None if got is None else (got[0].text, got[1].value, got[1].basis)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Peru expelled diplomats.", "expelled", "past"),
        ("Peru will expel diplomats.", "expel", "future"),
        ("Peru has expelled diplomats.", "expelled", "perfect"),
        ("Peru expels diplomats.", "expels", "present"),
        ("Peru is expelling diplomats.", "expelling", "present"),
        # a purpose infinitive shares its verb's time; an event noun its verb's
        ("Peru recalled its ambassador to protest the visit.", "protest", "past"),
        ("Peru's expulsion of diplomats angered Chile.", "expulsion", "past"),
    ],
)
def test_tense(text: str, word: str, expected: str) -> None:
    _, ctx = read(text)
    assert tense(token(ctx, word)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru has supported Chile for years.", True),
        ("Peru has long supported Chile.", True),
        ("Peru has supported Chile since 2017.", True),
        ("Peru supported Chile.", False),
    ],
)
def test_background(text: str, expected: bool) -> None:
    _, ctx = read(text)
    assert background(ctx.sent) is expected


LEDE = "Peru and Chile held talks in Lima on Monday about fisheries and trade.\n\n"

# (text, trigger word, status, a statement, article date, the record's (date, precision, basis))
DATE_EVENT_CASES = [
    ("Peru will expel Chilean diplomats next week.", "expel", Status.FUTURE, False, DAY, ("2021-03", DatePrecision.MONTH, "relative")),
    # a statement is dated by its article, whatever it talks about
    ("Peru will expel Chilean diplomats next week.", "expel", Status.ASSERTED, True, DAY, ("2021-03-10", DatePrecision.DAY, "article")),
    ("Peru will expel Chilean diplomats.", "expel", Status.FUTURE, False, DAY, (None, None, "none")),
    ("Peru expelled Chilean diplomats.", "expelled", Status.ASSERTED, False, DAY, ("2021-03-10", DatePrecision.DAY, "article")),
    ("Peru expelled Chilean diplomats.", "expelled", Status.ASSERTED, False, None, (None, None, "none")),
    # a present perfect reports news, unless the sentence tells duration or habit
    (LEDE + "Peru has demanded the release of Chilean diplomats.", "demanded", Status.ASSERTED, False, DAY, ("2021-03-10", DatePrecision.DAY, "article")),
    (LEDE + "Peru has long supported Chile.", "supported", Status.ASSERTED, False, DAY, (None, None, "none")),
    # ... except in the lede
    ("Peru has long supported Chile.", "supported", Status.ASSERTED, False, DAY, ("2021-03-10", DatePrecision.DAY, "article")),
    # a presupposed event noun is background
    ("Bolivia condemned Peru over its invasion of Chile.", "invasion", Status.ASSERTED, False, DAY, (None, None, "none")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "status", "statement", "day", "expected"), DATE_EVENT_CASES, ids=[f"{c[1]}: {c[0][-40:]}" for c in DATE_EVENT_CASES])
def test_date_event(text: str, word: str, status: Status, statement: bool, day: date | None, expected: tuple) -> None:
    state, ctx = read(text, day=day)
    assert date_event(state, ctx, token(ctx, word), status, statement) == expected


def test_a_dated_event_becomes_the_reference_for_the_next() -> None:
    state, ctx = read("In December 2018 Kim visited Caracas.")
    date_event(state, ctx, token(ctx, "visited"), Status.ASSERTED, False)
    assert state.last_date == DEC_2018
