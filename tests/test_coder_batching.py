"""``Coder.code_many`` parses several articles in one stream: the events must be those of
``Coder.code`` on each article alone, in input order, with bad documents answered in place.
"""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch import coder as coder_mod
from dyadwatch.coder import Coder
from dyadwatch.errors import EmptyInputError, TimeBudgetError, TooLargeError
from dyadwatch.readers import load_example
from dyadwatch.records import Article
from dyadwatch.settings import Settings

SENTENCES = [
    "Sweden imposed sanctions on Belarus after the election.",
    "The Kremlin accused Warsaw of provocation on Tuesday.",
    "Chile and Peru signed a fisheries agreement. Bolivia criticised the deal.",
    "Tehran said it would not attend the talks in Vienna.",
    "Japan's foreign minister visited Seoul, where she met her counterpart.",
    "“We will defend our sovereignty,” Venezuela's president said of the US blockade.",
    "Officials in Canberra praised Indonesia for its help. It was not the first time.",
]


def _articles() -> list[Article]:
    example = load_example()
    out = [example]
    for k in range(24):
        text = " ".join(SENTENCES[(k + j) % len(SENTENCES)] for j in range(3 + k % 4))
        out.append(Article(id=f"a{k}", title=f"Report {k}", text=text, date=date(2022, 1, 1 + k)))
    return out


def _keys(events) -> list[tuple]:
    return [(e.event_id, e.source.code, e.target.code, e.cameo, e.status.value, e.date, e.trigger_start) for e in events]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def test_batched_events_equal_one_article_at_a_time(coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _articles()
    alone = [_keys(coder.code(a)) for a in arts]
    # small batches, so articles share a parse stream and batches also end mid-corpus
    monkeypatch.setattr(coder_mod, "_BATCH_PIECES", 7)
    out = list(coder.code_many(arts))
    assert [a.id for a, _ in out] == [a.id for a in arts]
    assert [_keys(r) for _, r in out] == alone  # type: ignore[arg-type]
    assert sum(map(len, alone)) > 20  # the comparison is about real events


def test_bad_documents_answer_in_place_and_the_rest_is_coded(coder: Coder) -> None:
    arts = _articles()[:6]
    arts.insert(2, Article(id="blank", text="  \n "))
    arts.insert(5, Article(id="huge", text="Peru expelled Chilean diplomats. " * 40))
    small = Coder(Settings(max_document_bytes=1000))
    out = list(small.code_many(arts))
    assert [a.id for a, _ in out] == [a.id for a in arts]
    results = dict((a.id, r) for a, r in out)
    assert isinstance(results["blank"], EmptyInputError)
    assert isinstance(results["huge"], TooLargeError)
    good = [a for a in arts if a.id not in ("blank", "huge") and len(a.full_text.encode()) <= 1000]
    assert good and all(_keys(results[a.id]) == _keys(coder.code(a)) for a in good)


def test_a_long_article_is_parsed_alone(coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coder_mod, "_ALONE_CHARS", 300)
    arts = _articles()[1:8]
    long = Article(id="long", text=" ".join(SENTENCES * 3), date=date(2022, 2, 1))
    arts.insert(3, long)
    out = list(coder.code_many(arts))
    assert [a.id for a, _ in out] == [a.id for a in arts]
    assert [_keys(r) for _, r in out] == [_keys(coder.code(a)) for a in arts]  # type: ignore[arg-type]


def test_the_time_budget_holds_in_a_batch() -> None:
    tight = Coder(Settings(document_time_budget=1e-6))
    arts = _articles()[1:5]
    out = list(tight.code_many(arts))
    assert [a.id for a, _ in out] == [a.id for a in arts]
    assert all(isinstance(r, TimeBudgetError) for _, r in out)
    # each error names its own article, not the one coded before it
    assert all(isinstance(r, TimeBudgetError) and r.source == a.id for a, r in out)


def test_a_budget_error_in_the_parse_names_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse of an article coded alone is checked piece by piece; the error it raises
    names that article even right after another article was coded."""
    monkeypatch.setattr(coder_mod, "_ALONE_CHARS", 10)
    tight = Coder(Settings(document_time_budget=1e-6))
    arts = _articles()[1:3]
    out = list(tight.code_many(arts))
    assert [(a.id, type(r)) for a, r in out] == [(a.id, TimeBudgetError) for a in arts]
    assert [r.source for _, r in out] == [a.id for a in arts]  # type: ignore[union-attr]
