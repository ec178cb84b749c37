"""Tests for dyadwatch.annotate.dates: finding, resolving and inferring dates."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from dyadwatch.annotate.dates import (
    ResolvedDate,
    TimeExpression,
    _grammar,
    _scan,
    _validate_lexicon,
    find_time_expressions,
    infer_article_date,
    load_temporal_lexicon,
    resolve,
)
from dyadwatch.errors import DataFileError
from dyadwatch.records import DatePrecision
from shared_paths import SEED

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR

NEEDS_SHARED = True

# --------------------------------------------------------------------------------------------
# find_time_expressions: text -> [(expression text, kind)]

FIND_CASES = [
    ("On 5 August all UN Security Council members agreed", [("5 August", "absolute")]),
    ("It was adopted on 5 August 2017.", [("5 August 2017", "absolute")]),
    ("It was adopted August 5, 2017, in New York", [("August 5, 2017", "absolute")]),
    ("on August 21st 2019 Venezuela opened", [("August 21st 2019", "absolute")]),
    ("In December 2018 North Korean Presidium", [("December 2018", "absolute")]),
    ("celebrating 70 years in power in 2018, Venezuela", [("2018", "absolute")]),
    ("the sixth test to date in early September.", [("early September", "absolute")]),
    ("the summit in Berlin on October 19, 2016. Dissatisfaction", [("October 19, 2016", "absolute")]),
    ("to be held in Astana on January 23.", [("January 23", "absolute")]),
    ("Sept. 11, 2001 changed everything", [("Sept. 11, 2001", "absolute")]),
    ("growth slowed in mid-2018", [("mid-2018", "absolute")]),
    ("Today [Sunday 17 November] the UK has announced",
     [("Today", "relative"), ("Sunday 17 November", "absolute")]),
    ("the Council tomorrow [Monday 18 November], he will",
     [("tomorrow", "relative"), ("Monday 18 November", "absolute")]),
    ("Monday, November 18, 2024 was busy", [("Monday, November 18, 2024", "absolute")]),
    ("The ministers met yesterday", [("yesterday", "relative")]),
    ("a decision of the Council last night, the EU", [("last night", "relative")]),
    ("they will speak tonight", [("tonight", "relative")]),
    ("seized in the Gulf on Friday. The", [("Friday", "relative")]),
    ("on the reason for Friday's seizure", [("Friday", "relative")]),
    ("Other sites opening Monday include", [("Monday", "relative")]),
    ("they met last Friday", [("last Friday", "relative")]),
    ("posts closed this week", [("this week", "relative")]),
    ("Last week, Japan renewed its claim", [("Last week", "relative")]),
    ("prices rose last month", [("last month", "relative")]),
    ("aid commitment to Sudan this year, will", [("this year", "relative")]),
    ("elections last year and next year", [("last year", "relative"), ("next year", "relative")]),
    ("the next summit in the new year, which", [("in the new year", "relative")]),
    ("the military takeover two years ago, the Council", [("two years ago", "duration-ago")]),
    ("A year ago the talks began", [("A year ago", "duration-ago")]),
    ("opened an embassy in Caracas four years prior.", [("four years prior", "event-relative")]),
    ("four years earlier it had", [("four years earlier", "event-relative")]),
    ("and two days later they met", [("two days later", "event-relative")]),
    ("Talks resumed the next day.", [("the next day", "event-relative")]),
    ("as agreed the previous day", [("the previous day", "event-relative")]),
    ("come nearly a year after Islamic militants attacked",
     [("nearly a year after", "event-relative")]),
    ("Korean assistance in recent years and", [("in recent years", "vague")]),
    ("with Western adversaries since 2017.", [("since 2017", "since")]),
    ("keeping the posts closed through Saturday", [("through Saturday", "until")]),
    ("traveling to Africa from April 19 to April 25 on a tour",
     [("from April 19 to April 25", "range")]),
    ("the forum on 19-25 April 2019 in", [("19-25 April 2019", "range")]),
    ("held between 5 and 7 May", [("between 5 and 7 May", "range")]),
    ("signed 2019-08-21 in Pyongyang", [("2019-08-21", "absolute")]),
    ("signed 21/08/2019 in Pyongyang", [("21/08/2019", "absolute")]),
    ("the DPRK's February 26, March 4, and March 24 launches",
     [("February 26", "absolute"), ("March 4", "absolute"), ("March 24", "absolute")]),
    ("May 18, 2020 - Ottawa. Venezuela may seek help", [("May 18, 2020", "absolute")]),
    # negatives: numbers and words that are not dates
    ("Venezuela's economy relies on oil exports", []),
    ("the new UN resolution (UNSCR 2371). This", []),
    ("designated under E.O. 13382 and Resolution 2094", []),
    ("providing $306 million in response", []),
    ("Iranian forces seized 15 British seamen", []),
    ("celebrating 70 years in power", []),
    ("deployed 2000 troops to the border", []),
    ("Venezuela may seek to look to Korea", []),
    ("a speech by May on Brexit", []),
    ("The March on Washington", []),
    ("prayers on Fridays draw crowds", []),
    ("a vote of 3/4 of members", []),
    ("", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_time_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_time_expressions(text)
    assert [(e.text, e.kind) for e in found] == expected
    for e in found:
        assert text[e.start : e.end] == e.text


SCAN_TEXTS = [t for t, _ in FIND_CASES] + [
    "On 5 August 2017, three days ago, and two weeks later; from 3 to 5 May; 2019-08-21",
    "Monday's talks; last Friday evening; early March; 12/05/2019; four years prior",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_a_pattern_skipped_for_a_missing_piece_could_find_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan leaves out a pattern when the text lacks a piece every match of that
    pattern holds (a month, a weekday, a year, a unit, "ago"): each match holds its
    pieces, and the scan finds the same with no pattern left out."""
    g = _grammar()
    patterns = dict(g.patterns)
    for piece, names in g.required:
        for name in names:
            for m in patterns[name].finditer(text):
                assert piece.search(text, m.start(), m.end()) is not None, (name, m.group())
    expected = _scan(text)
    monkeypatch.setattr(g, "required", [])
    assert _scan(text) == expected


@given(st.text(alphabet=st.sampled_from(list("0123456789 /.-,AMJFSONDaymonthlstwek")), max_size=60))
def test_find_never_fails_and_offsets_point_into_text(text: str) -> None:
    for e in find_time_expressions(text):
        assert text[e.start : e.end] == e.text
        assert 0 <= e.start < e.end <= len(text)


# --------------------------------------------------------------------------------------------
# resolve: (sentence, expression, article date, reference, tense) -> (value, precision, basis)

A = date.fromisoformat


def R(value: str, precision: DatePrecision) -> ResolvedDate:
    return ResolvedDate(value, precision, "explicit")


RESOLVE_CASES = [
    # explicit dates need no article date
    ("It was adopted on 5 August 2017.", "5 August 2017", None, None, None, "2017-08-05", DAY, "explicit"),
    ("adopted August 5, 2017, in", "August 5, 2017", None, None, None, "2017-08-05", DAY, "explicit"),
    ("on August 21st 2019 Venezuela", "August 21st 2019", None, None, None, "2019-08-21", DAY, "explicit"),
    ("In December 2018 Kim", "December 2018", None, None, None, "2018-12", MONTH, "explicit"),
    ("founded in 2018, it", "2018", None, None, None, "2018", YEAR, "explicit"),
    ("in Berlin on October 19, 2016.", "October 19, 2016", None, None, None, "2016-10-19", DAY, "explicit"),
    ("signed 2019-08-21 in", "2019-08-21", None, None, None, "2019-08-21", DAY, "explicit"),
    ("signed 21/08/2019 in", "21/08/2019", None, None, None, "2019-08-21", DAY, "explicit"),
    ("signed 08/21/2019 in", "08/21/2019", None, None, None, "2019-08-21", DAY, "explicit"),
    # day and month could be swapped: only the year is certain
    ("signed 03/04/2019 in", "03/04/2019", None, None, None, "2019", YEAR, "explicit"),
    ("since 2017.", "since 2017", None, None, None, "2017", YEAR, "explicit"),
    ("from April 19 to April 25, 2009 on", "from April 19 to April 25, 2009", None, None, None, "2009-04-19", DAY, "explicit"),
    ("the forum on 19-25 April 2019 in", "19-25 April 2019", None, None, None, "2019-04-19", DAY, "explicit"),
    # month-day without a year: the year comes from the article date, the tense picks the side
    ("On 5 August all members", "5 August", A("2017-08-05"), None, "past", "2017-08-05", DAY, "relative"),
    ("On 5 August all members", "5 August", A("2018-01-10"), None, None, "2017-08-05", DAY, "relative"),
    ("held in Astana on January 23.", "January 23", A("2017-01-18"), None, "future", "2017-01-23", DAY, "relative"),
    ("held in Astana on January 23.", "January 23", A("2017-01-18"), None, None, "2017-01-23", DAY, "relative"),
    ("held in Astana on January 23.", "January 23", A("2017-01-18"), None, "past", "2016-01-23", DAY, "relative"),
    ("traveling from April 19 to April 25 on", "from April 19 to April 25", A("2009-04-10"), None, "future", "2009-04-19", DAY, "relative"),
    ("test in early September.", "early September", A("2017-09-15"), None, "past", "2017-09", MONTH, "relative"),
    ("test in early September.", "early September", A("2017-08-20"), None, "future", "2017-09", MONTH, "relative"),
    ("test in early September.", "early September", A("2017-08-20"), None, "past", "2016-09", MONTH, "relative"),
    # the weekday fixes the year: 17 November is a Sunday in 2024, not in 2023 or 2025
    ("Today [Sunday 17 November] the UK", "Sunday 17 November", A("2024-11-17"), None, None, "2024-11-17", DAY, "relative"),
    ("Today [Sunday 17 November] the UK", "Sunday 17 November", A("2025-03-01"), None, "future", "2024-11-17", DAY, "relative"),
    ("the Council tomorrow [Monday 18 November]", "tomorrow", A("2024-11-17"), None, "future", "2024-11-18", DAY, "relative"),
    ("the Council tomorrow [Monday 18 November]", "Monday 18 November", A("2024-11-17"), None, "future", "2024-11-18", DAY, "relative"),
    # weekdays: past = on/before the article date, future = on/after
    ("seized in the Gulf on Friday.", "Friday", A("2007-03-23"), None, "past", "2007-03-23", DAY, "relative"),
    ("seized in the Gulf on Friday.", "Friday", A("2007-03-26"), None, "past", "2007-03-23", DAY, "relative"),
    ("the reason for Friday's seizure", "Friday", A("2007-03-23"), None, "past", "2007-03-23", DAY, "relative"),
    ("Other sites opening Monday include", "Monday", A("2013-08-11"), None, "future", "2013-08-12", DAY, "relative"),
    ("The embassy reopened on Monday", "Monday", A("2013-08-11"), None, "past", "2013-08-05", DAY, "relative"),
    ("they met last Friday", "last Friday", A("2007-03-23"), None, "past", "2007-03-16", DAY, "relative"),
    # deictic words
    ("sanctioned today", "today", A("2018-11-20"), None, None, "2018-11-20", DAY, "relative"),
    ("they will speak tonight", "tonight", A("2020-05-18"), None, "future", "2020-05-18", DAY, "relative"),
    ("decision last night, the EU", "last night", A("2017-09-15"), None, "past", "2017-09-14", DAY, "relative"),
    ("The ministers met yesterday", "yesterday", A("2017-03-01"), None, "past", "2017-02-28", DAY, "relative"),
    ("they meet tomorrow", "tomorrow", A("2024-12-31"), None, "future", "2025-01-01", DAY, "relative"),
    ("posts closed this week", "this week", A("2013-08-11"), None, None, "2013-08", MONTH, "relative"),
    ("an alert last week, warning", "last week", A("2013-08-11"), None, "past", "2013-08", MONTH, "relative"),
    ("an alert last week, warning", "last week", A("2013-08-03"), None, "past", "2013-07", MONTH, "relative"),
    ("prices rose last month", "last month", A("2020-01-15"), None, "past", "2019-12", MONTH, "relative"),
    ("elections last year", "last year", A("2020-01-15"), None, "past", "2019", YEAR, "relative"),
    ("commitment this year, will", "this year", A("2024-11-17"), None, None, "2024", YEAR, "relative"),
    ("elections next year", "next year", A("2024-11-17"), None, "future", "2025", YEAR, "relative"),
    ("the summit in the new year, which", "in the new year", A("2016-11-10"), None, "future", "2017", YEAR, "relative"),
    ("the summit in the new year, which", "in the new year", A("2017-01-05"), None, "future", "2017", YEAR, "relative"),
    ("the takeover two years ago, the", "two years ago", A("2022-11-08"), None, "past", "2020", YEAR, "relative"),
    ("talks began three weeks ago", "three weeks ago", A("2020-05-18"), None, "past", "2020-04-27", DAY, "relative"),
    ("talks began 3 months ago", "3 months ago", A("2020-05-18"), None, "past", "2020-02", MONTH, "relative"),
    # event-relative: counted from the reference event's date, no finer than it
    ("an embassy in Caracas four years prior.", "four years prior", None, R("2018-12", MONTH), "past", "2014", YEAR, "event-relative"),
    ("four years earlier it had", "four years earlier", A("2020-01-01"), R("2019-08-21", DAY), "past", "2015", YEAR, "event-relative"),
    ("and two days later they met", "two days later", None, R("2019-08-21", DAY), "past", "2019-08-23", DAY, "event-relative"),
    ("and two days later they met", "two days later", None, R("2018-12", MONTH), "past", "2018-12", MONTH, "event-relative"),
    ("Talks resumed the next day.", "the next day", None, R("2016-02-28", DAY), "past", "2016-02-29", DAY, "event-relative"),
    ("as agreed the previous day", "the previous day", None, R("2017-01-01", DAY), "past", "2016-12-31", DAY, "event-relative"),
    ("come nearly a year after militants attacked", "nearly a year after", A("2013-08-11"), R("2012-09-11", DAY), None, "2013", YEAR, "event-relative"),
    # a month of the year the reference gives: finer than the reference, as the month is named
    ("expelled in November of that year.", "November of that year", A("2024-02-15"), R("2013", YEAR), "past", "2013-11", MONTH, "event-relative"),
    ("In March the following year, it", "March the following year", None, R("2014-02-20", DAY), "past", "2015-03", MONTH, "event-relative"),
]  # fmt: skip


def _expr(sentence: str, text: str) -> TimeExpression:
    matches = [e for e in find_time_expressions(sentence) if e.text == text]
    assert len(matches) == 1, f"{text!r} not found once in {sentence!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "text", "article", "reference", "tense", "value", "precision", "basis"),
    RESOLVE_CASES,
)
def test_resolve(
    sentence: str,
    text: str,
    article: date | None,
    reference: ResolvedDate | None,
    tense: str | None,
    value: str,
    precision: DatePrecision,
    basis: str,
) -> None:
    got = resolve(_expr(sentence, text), article_date=article, reference=reference, tense=tense)
    assert got == ResolvedDate(value, precision, basis)


UNRESOLVABLE_CASES = [
    # needs the article date it is not given
    ("sanctioned today", "today", None, None),
    ("seized in the Gulf on Friday.", "Friday", None, None),
    ("held in Astana on January 23.", "January 23", None, None),
    # needs a reference event it is not given
    ("an embassy in Caracas four years prior.", "four years prior", A("2019-08-21"), None),
    ("come nearly a year after militants attacked", "nearly a year after", A("2013-08-11"), None),
    # too vague to date anything
    ("Korean assistance in recent years and", "in recent years", A("2019-08-21"), None),
    # not a calendar date
    ("signed on 30 February 2019 in", "30 February 2019", A("2019-03-01"), None),
]


@pytest.mark.parametrize(("sentence", "text", "article", "reference"), UNRESOLVABLE_CASES)
def test_resolve_gives_none(
    sentence: str, text: str, article: date | None, reference: ResolvedDate | None
) -> None:
    assert resolve(_expr(sentence, text), article_date=article, reference=reference) is None


def test_resolve_rejects_unknown_tense() -> None:
    with pytest.raises(ValueError, match="present"):
        resolve(_expr("sanctioned today", "today"), article_date=A("2018-11-20"), tense="present")


# --------------------------------------------------------------------------------------------
# infer_article_date

INFER_CASES = [
    ("In December 2018 Kim visited. On August 21st 2019 Venezuela opened.", "2019-08-21", DAY),
    # a finer date inside the latest period wins over the period itself
    ("The 2019 talks ended on 3 March 2019 in Hanoi.", "2019-03-03", DAY),
    ("Founded in 2015, it grew fast in 2018.", "2018", YEAR),
    # a deadline is not a date the article has seen
    ("Founded in 2015, it aims to double by 2030.", "2015", YEAR),
    ("Talks since June 2020 have stalled.", "2020-06", MONTH),
    # dates that need an article date do not count
    ("On 5 August they met, and yesterday they spoke.", None, None),
    ("No dates here, only UNSCR 2371 and $306 million.", None, None),
]


@pytest.mark.parametrize(("text", "value", "precision"), INFER_CASES)
def test_infer_article_date(text: str, value: str | None, precision: DatePrecision | None) -> None:
    got = infer_article_date(text)
    if value is None:
        assert got is None
    else:
        assert got == ResolvedDate(value, precision, "inferred")  # type: ignore[arg-type]


def test_infer_article_date_of_the_seed_article() -> None:
    # the seed mentions "since 2017", "December 2018", "in 2018" and "August 21st 2019"
    got = infer_article_date(SEED.read_text(encoding="utf-8"))
    assert got == ResolvedDate("2019-08-21", DAY, "inferred")


# --------------------------------------------------------------------------------------------
# ResolvedDate

PERIOD_CASES = [
    ("2019-08-21", DAY, date(2019, 8, 21), date(2019, 8, 21)),
    ("2016-02", MONTH, date(2016, 2, 1), date(2016, 2, 29)),
    ("2014", YEAR, date(2014, 1, 1), date(2014, 12, 31)),
]


@pytest.mark.parametrize(("value", "precision", "start", "end"), PERIOD_CASES)
def test_resolved_date_period(value: str, precision: DatePrecision, start: date, end: date) -> None:
    d = ResolvedDate(value, precision, "explicit")
    assert (d.start(), d.end()) == (start, end)


@pytest.mark.parametrize(("value", "precision"), [("2019-08", DAY), ("2019", MONTH), ("19", YEAR)])
def test_resolved_date_rejects_a_value_that_does_not_fit_its_precision(
    value: str, precision: DatePrecision
) -> None:
    with pytest.raises(ValueError, match=value):
        ResolvedDate(value, precision, "explicit")


# --------------------------------------------------------------------------------------------
# the lexicon data file


def _packaged_raw() -> dict:
    path = Path(__file__).parents[1] / "src" / "dyadwatch" / "data" / "temporal.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _break(change: str) -> dict:
    raw = copy.deepcopy(_packaged_raw())
    if change == "missing months":
        del raw["months"]
    elif change == "eleven months":
        del raw["months"][12]
    elif change == "month 13":
        raw["months"][13] = ["Undecember"]
    elif change == "six weekdays":
        del raw["weekdays"][6]
    elif change == "bad unit":
        raw["units"]["fortnight"]["unit"] = "fortnight"
    elif change == "bad phrase precision":
        raw["relative_phrases"]["today"]["precision"] = "hour"
    elif change == "bad sign":
        raw["event_relative_words"]["later"] = 2
    elif change == "bad bound kind":
        raw["bound_words"]["since"] = "after"
    return raw


@pytest.mark.parametrize(
    "change",
    ["missing months", "eleven months", "month 13", "six weekdays", "bad unit",
     "bad phrase precision", "bad sign", "bad bound kind"],
)  # fmt: skip
def test_inconsistent_lexicon_refuses_to_load(change: str) -> None:
    with pytest.raises(DataFileError, match="temporal.yaml"):
        _validate_lexicon(_break(change), "temporal.yaml")


def test_packaged_lexicon_loads() -> None:
    lex = load_temporal_lexicon()
    assert lex.months["Sept"] == 9 and lex.weekdays["Friday"] == 4 and lex.numbers["four"] == 4


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("Venezuela met Russia in July.", "past", "2008-07"),
        ("Venezuela will meet Russia in October.", "future", "2008-10"),
        ("The talks ended in August.", "past", "2008-08"),
    ],
)
def test_a_bare_month_found_in_its_sentence_resolves_as_found(sentence: str, tense: str, expected: str) -> None:
    """Regression: "in July" was found (the cue word makes a bare month a date) but resolve
    re-read "July" alone, found nothing, and the event fell back to the article's date."""
    (expr,) = find_time_expressions(sentence)
    got = resolve(expr, article_date=date(2008, 9, 10), tense=tense)
    assert got is not None and got.value == expected and got.precision is DatePrecision.MONTH
