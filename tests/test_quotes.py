"""annotate.quotes: where quoted speech is; and the article state's fast lookups of
quotes and mentions, which must answer as a scan of the whole article would."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.actors.discourse import Discourse
from dyadwatch.actors.matcher import Mention
from dyadwatch.annotate.quotes import Quote, find_quotes, quote_at
from dyadwatch.annotate.section import section_map
from dyadwatch.budget import Budget
from dyadwatch.events.state import ArticleState
from dyadwatch.records import Article


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# (text, the quoted texts, whether each is speech introduced by "said:")
CASES = [
    ("Ortega said: “Cuba is a target.” Then he left.", [("Cuba is a target.", False)]),
    ('He said "we will act" and left.', [("we will act", False)]),
    # a straight quote left open closes at its paragraph's end
    ('He said "we will act and left.\nNext paragraph here.', [("we will act and left.", False)]),
    # inches are no quotes: a straight quote opens only after a space and before a word
    ('A 5" screen and 3" gaps.', []),
    # "X said:" introduces the speech paragraphs after it; a later paragraph continues the
    # speech only when it speaks in the first person
    ("The Foreign Secretary said:\nWe condemn the attack.\nOur partners agree with us.\nThe meeting ended.",
     [("We condemn the attack.", True), ("Our partners agree with us.", True)]),
    ("The minister told reporters:\nWe will respond.", [("We will respond.", True)]),
    # quoted speech after the colon is covered by its quotation marks
    ("The minister said:\n“We will respond.”", [("We will respond.", False)]),
    ("The minister said so.\nWe will respond.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_quotes(text: str, expected: list[tuple[str, bool]]) -> None:
    quotes = find_quotes(text, _lines(text))
    assert [(text[q.start : q.end], q.colon_speech) for q in quotes] == expected


# (text, the turns: (spoken text, its speaker's label))
TURNS = [
    # a transcript: each label opens a turn; the paragraph after it goes on in it
    ("President of Peru Ana Ruiz: Mr President, I am happy to welcome you.\nWe value our ties.\n"
     "President of Chile Juan Soto: Thank you, Madam President, for the invitation.",
     [("Mr President, I am happy to welcome you.", "President of Peru Ana Ruiz"), ("We value our ties.", "President of Peru Ana Ruiz"),
      ("Thank you, Madam President, for the invitation.", "President of Chile Juan Soto")]),
    # a greeting alone, then the speech in the first person
    ("President of Peru Ana Ruiz: Mr Soto, colleagues, friends,\nI appreciate your response.",
     [("Mr Soto, colleagues, friends,", "President of Peru Ana Ruiz"), ("I appreciate your response.", "President of Peru Ana Ruiz")]),
    # a heading with a colon is no speaker ("North Korea: EU further toughens sanctions")
    ("North Korea: EU further toughens sanctions in line with the resolution.", []),
    ("North Korea: US imposes sanctions as the talks stall.", []),
    # a label of one word is no speaker ("Source: Military Watch")
    ("Source: Military Watch reports that we are targets.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TURNS, ids=[c[0][:40] for c in TURNS])
def test_transcript_turns(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = [q for q in find_quotes(text, _lines(text)) if q.label is not None]
    assert [(text[q.start : q.end], text[q.label[0] : q.label[1]]) for q in quotes] == expected


def test_transcript_turns_start_after_the_headline() -> None:
    text = "Peru Chile: we meet\nPresident of Peru Ana Ruiz: I welcome you."
    quotes = [q for q in find_quotes(text, _lines(text), body_start=20) if q.label is not None]
    assert [text[q.label[0] : q.label[1]] for q in quotes] == ["President of Peru Ana Ruiz"]


def test_quote_at_gives_the_first_quote_holding_the_offset() -> None:
    outer, inner = Quote(0, 50, 0, colon_speech=True), Quote(10, 20, 0)
    assert quote_at([outer, inner], 15) is outer
    assert quote_at([outer, inner], 55) is None


# -- the article state's lookups equal a scan ------------------------------------------------
def _state(mentions: list[Mention], quotes: list[Quote]) -> ArticleState:
    article = Article(id="t", text="x" * 400, date=date(2021, 1, 1))
    state = ArticleState(
        article=article, text=article.full_text, sections=section_map(article.full_text, 0), quotes=quotes,
        disc=Discourse(frozenset()), article_date=article.date, date_basis="article", mentions=mentions,
        budget=Budget("t", None),
    )  # fmt: skip
    return state


@st.composite
def _spans(draw: st.DrawFn, overlapping: bool) -> list[tuple[int, int]]:
    cuts = sorted(draw(st.sets(st.integers(0, 300), max_size=24)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    if overlapping:  # quotes may nest: "X said:" speech paragraphs hold quoted phrases
        pairs += [(a, a + draw(st.integers(1, 120))) for a in draw(st.lists(st.integers(0, 300), max_size=4))]
    return sorted(p for p in pairs if p[0] < p[1])


@settings(max_examples=200, deadline=None)
@given(_spans(overlapping=False), _spans(overlapping=True), st.integers(0, 320), st.integers(0, 60))
def test_state_lookups_equal_a_scan(mention_spans, quote_spans, start: int, width: int) -> None:
    mentions = [Mention(a, b, "x" * (b - a), "PER", ("PER",), None, "name", "e", False) for a, b in mention_spans]
    quotes = sorted((Quote(a, b, a) for a, b in quote_spans), key=lambda q: q.start)
    state = _state(mentions, quotes)
    end = start + width
    assert state.mentions_starting(start, end) == [m for m in mentions if start <= m.start < end]
    assert state.mentions_overlapping(start, end) == [m for m in mentions if m.start < end and m.end > start]
    assert state.quotes_overlapping(start, end) == [q for q in quotes if q.start < end and q.end > start]
    assert state.quote_at(start) is quote_at(quotes, start)
