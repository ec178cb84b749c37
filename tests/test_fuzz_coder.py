"""Property tests for the coder on arbitrary text: events with evidence inside the text,
or a typed DyadwatchError, never another exception and never a hang.

Texts are drawn from every Unicode category, with long tokens, no punctuation, runs of
newlines, right-to-left scripts and emoji, and mixed with sentences that name states so
that the event rules fire on them too. The real spaCy pipeline runs, so the example
counts are kept small.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.coder import Coder
from dyadwatch.errors import DyadwatchError
from dyadwatch.records import Article, Event
from dyadwatch.settings import Settings

#: small enough that the long-token and long-text strategies cross it
LIMIT = 20_000

#: examples per property: 40 in the default run (the parser is slow); stress/run.py sets
#: DYADWATCH_FUZZ_EXAMPLES, of which the coder takes a quarter
EXAMPLES = max(40, int(os.environ.get("DYADWATCH_FUZZ_EXAMPLES") or 0) // 4)
CODER_FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
)  # fmt: skip

_SENTENCES = [
    "Russia attacked Ukraine on Monday.",
    "China and Russia signed a trade agreement in Moscow.",
    "The United States imposed sanctions on Iran, officials said.",
    "“We condemn the strike,” the French foreign minister said.",
    "North Korea may threaten Japan with missiles next week.",
    "Venezuela opened an embassy in Pyongyang",
]
_RTL_EMOJI = ["مرحبا بالعالم روسيا الصين", "שלום עולם", "\u200f\u202e\u2067\u2069",
              "😀🇷🇺🇨🇳👨‍👩‍👧‍👦💥", "\u0301\u20dd", "\ufeff\u200b"]  # fmt: skip
_CATEGORIES = ["Lu", "Ll", "Lo", "Mn", "Nd", "Pd", "Ps", "Pe", "Po", "Sm", "So", "Zs", "Cf"]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings(max_document_bytes=LIMIT, document_time_budget=0))


def unicode_text() -> st.SearchStrategy[str]:
    return st.text(st.characters(categories=_CATEGORIES), max_size=300)


def long_token() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(["a", "Russia", "😀", "ب", "-", "."]),
                     st.integers(100, 8_000)).map(lambda pn: pn[0] * pn[1])  # fmt: skip


def no_punctuation() -> st.SearchStrategy[str]:
    words = ["Russia", "China", "attacked", "met", "Ukraine", "the", "minister", "said", "Iran"]
    return st.lists(st.sampled_from(words), min_size=1, max_size=300).map(" ".join)


def many_newlines() -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(_SENTENCES), st.integers(1, 200).map(lambda n: "\n" * n))
    return st.lists(pieces, min_size=1, max_size=12).map("".join)


def rtl_emoji() -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(_RTL_EMOJI), st.sampled_from(_SENTENCES))
    return st.lists(pieces, min_size=1, max_size=10).map(" ".join)


def nasty_text() -> st.SearchStrategy[str]:
    return st.one_of(unicode_text(), long_token(), no_punctuation(), many_newlines(), rtl_emoji(),
                     st.text(max_size=200))  # fmt: skip


def articles() -> st.SearchStrategy[Article]:
    """A title (maybe none) and a body, each nasty, sometimes mixed with state-naming news."""
    body = st.lists(st.one_of(nasty_text(), st.sampled_from(_SENTENCES)), min_size=1,
                    max_size=4).map(" ".join)  # fmt: skip
    title = st.one_of(st.just(""), nasty_text().map(lambda t: t[:200]), st.sampled_from(_SENTENCES))
    return st.builds(
        lambda t, b: Article(id="fuzz", text=b, title=t.replace("\n", " ")), title, body
    )


def check_events(article: Article, result: object) -> None:
    """Events whose evidence lies inside the article's text."""
    text = article.full_text
    assert isinstance(result, list)
    for event in result:
        assert isinstance(event, Event)
        assert 0 <= event.trigger_start < event.trigger_end <= len(text), event
        assert text[event.trigger_start : event.trigger_end] == event.trigger_text
        assert 0 <= event.sentence_start <= event.trigger_start
        assert event.sentence and event.sentence_start + len(event.sentence) <= len(text)
        for actor in (event.source, event.target):
            assert 0 <= actor.start <= actor.end <= len(text), actor
        assert event.event_id


@pytest.mark.timeout(300)
@CODER_FUZZ
@given(article=articles())
def test_coder_gives_events_with_evidence_in_the_text_or_a_typed_error(
    coder: Coder, article: Article
) -> None:
    try:
        result = coder.code(article)
    except DyadwatchError as exc:
        assert str(exc), "a typed error with no message"
        return
    check_events(article, result)


@pytest.mark.timeout(300)
@CODER_FUZZ
@given(batch=st.lists(articles(), min_size=1, max_size=4))
def test_code_many_answers_every_article_once(coder: Coder, batch: list[Article]) -> None:
    """A bad article yields its error in its place; the others are coded."""
    out = list(coder.code_many(batch))
    assert [a for a, _ in out] == batch
    for article, result in out:
        if isinstance(result, DyadwatchError):
            assert str(result)
        else:
            check_events(article, result)
