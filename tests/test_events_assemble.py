"""events.assemble: from candidates to events. Refusals, acts dated after the article,
symmetric acts of several parties, groups, and the implicit target."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from dyadwatch.events.timing import after_article
from dyadwatch.settings import Settings
from event_support import DAY, code, quads


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


# (text, events that must be among the article's, (source, target, root) that must not be)
CASES = [
    # a cooperative act its actor will not do: the refusal asserted beside the negated act
    ("Peru said it would not provide support to Chile.",
     {("PER", "CHL", "122", "asserted"), ("PER", "CHL", "070", "negated")}, set()),
    ("Peru will not meet Chile.", {("PER", "CHL", "125", "asserted"), ("PER", "CHL", "040", "negated")}, set()),
    ("Peru refused to meet Chile.", {("PER", "CHL", "125", "asserted"), ("PER", "CHL", "040", "negated")}, set()),
    # an act that did not happen, or cannot, is no refusal
    ("Peru did not provide aid to Chile.", {("PER", "CHL", "070", "negated")}, {("PER", "CHL", "12")}),
    ("Peru cannot provide aid to Chile.", {("PER", "CHL", "070", "negated")}, {("PER", "CHL", "12")}),
    # a symmetric act of coordinated parties pairs each of them
    ("Peru, Chile and Bolivia met in Lima.",
     {("PER", "CHL", "040", "asserted"), ("PER", "BOL", "040", "asserted"), ("CHL", "BOL", "040", "asserted")}, set()),
    ("Peru, Chile and Bolivia signed an agreement.",
     {("PER", "CHL", "057", "asserted"), ("PER", "BOL", "057", "asserted"), ("CHL", "BOL", "057", "asserted")}, set()),
    # "agree" takes the state under discussion as its other side, unless a clause says
    # what is agreed
    ("Peru is a key partner. Chile agreed.", {("CHL", "PER", "050", "asserted")}, set()),
    ("Peru is a key partner. Chile agreed to accept aid.", set(), {("CHL", "PER", "05"), ("PER", "CHL", "05")}),
    ("Peru is a key partner. The European Union has demanded that elections be held.", set(), {("EUR", "PER", "10")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:55] for c in CASES])
def test_assembled_events(coder: Coder, text: str, expected: set, absent: set) -> None:
    found = quads(code(coder, text))
    assert expected <= found, found
    assert not {(s, t, c[:2]) for s, t, c, _ in found} & absent, found


# (text, trigger, status, date, rule ends with)
DATED = [
    ("Peru's foreign minister travels to Chile tomorrow.", "travels", "future", "2021-03-11", "+dated-future"),
    ("Peru's foreign minister meets Chilean officials on 15 March 2021.", "meets", "future", "2021-03-15", "+dated-future"),
    ("The Peruvian president's visit to Chile on 20 March 2021 was announced.", "visit", "future", "2021-03-20", "+dated-future"),
    ("Peru's foreign minister met Chilean officials on 5 March 2021.", "met", "asserted", "2021-03-05", "obj"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "status", "day", "rule"), DATED, ids=[d[0][:55] for d in DATED])
def test_an_act_dated_after_the_article_is_future(coder: Coder, text: str, trigger: str, status: str, day: str, rule: str) -> None:
    (event,) = [e for e in code(coder, text) if e.trigger_text == trigger]
    assert (event.status.value, event.date) == (status, day)
    assert event.rule.endswith(rule), event.rule


@pytest.mark.parametrize(
    ("value", "article", "after"),
    [
        ("2021-03-11", DAY, True),
        ("2021-03-10", DAY, False),
        ("2021-03-09", DAY, False),
        ("2021-04", DAY, True),
        ("2021-03", DAY, False),  # the article's own month is not wholly after it
        ("2022", DAY, True),
        ("2021", DAY, False),
        ("2020-12-31", DAY, False),
        (None, DAY, False),
        ("2021-03-11", None, False),
        ("2021-01-01", date(2020, 12, 31), True),
    ],
)
def test_after_article(value: str | None, article: date | None, after: bool) -> None:
    assert after_article(value, article) is after
