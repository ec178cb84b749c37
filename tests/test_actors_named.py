"""actors.named: the Phoenix dictionaries' people, institutions and organisations as actor
mentions, where the project's own lexicon found nothing, with the role held on the
article's date."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.named import named_mentions

# (text, article date, [(text, country, sector, kind)]) with the project's lexicon's
# mentions given, as the article state gives them
CASES = [
    # the role on the article's date: Karzai (not in people.yaml) was AFGELI until 2000,
    # AFGGOV from December 2001; an elite role is no state's organ
    ("Hamid Karzai met Pakistani officials.", date(2005, 1, 1), [("Hamid Karzai", "AFG", "GOV", "person")]),
    ("Hamid Karzai met Pakistani officials.", date(1995, 1, 1), []),
    # Ahtisaari: Finland's president 1994-2000, else FINELI (the default)
    ("Martti Ahtisaari met Serbian officials.", date(1997, 6, 1), [("Martti Ahtisaari", "FIN", "GOV", "person")]),
    ("Martti Ahtisaari met Serbian officials.", date(2009, 6, 1), []),
    # Eliasson: Swedish offices in 2003-2006 only; in 2009 the nearest one is no answer,
    # without a date the latest is
    ("Jan Eliasson met Serbian officials.", date(2005, 6, 1), [("Jan Eliasson", "SWE", "GOV", "person")]),
    ("Jan Eliasson met Serbian officials.", date(2009, 6, 1), []),
    ("Jan Eliasson met Serbian officials.", None, [("Jan Eliasson", "SWE", "GOV", "person")]),
    # a name the project's lexicon already found is left to it
    ("Sergei Lavrov met Chinese officials.", date(2010, 1, 1), []),
    ("The Knesset approved the law.", date(2014, 6, 1), []),
    # an organisation without a GUIDELINES §2 code is no actor
    ("The World Bank approved a loan to Ghana.", date(2014, 6, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on", "expected"), CASES, ids=[f"{c[0][:30]} {c[1]}" for c in CASES])
def test_named_mentions(text: str, on: date | None, expected: list[tuple]) -> None:
    existing = load_lexicon().find_mentions(text)
    found = named_mentions(text, on, existing)
    assert [(m.text, m.country, m.sector, m.kind) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text and m.candidates == (m.country,) and m.entry.startswith("phoenix:")


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # Ban Ki-moon: Korea's foreign minister in 2005, the UN's Secretary-General in 2014
        ("Ban Ki-moon visited Iraq.", date(2005, 6, 1), [("KOR", "GOV", "person")]),
        ("Ban Ki-moon visited Iraq.", date(2014, 6, 1), [("UNO", None, "person")]),
        ("The North Atlantic Treaty Organization met in Brussels.", date(2014, 6, 1), [("NAT", None, "igo")]),
    ],
)
def test_the_dictionaries_alone(text: str, on: date, expected: list[tuple]) -> None:
    # with no mention of the lexicon given, what the dictionaries themselves say
    assert [(m.country, m.sector, m.kind) for m in named_mentions(text, on, [])] == expected


def test_a_name_the_lexicon_covers_is_not_doubled() -> None:
    text = "Sergei Lavrov met Chinese officials."
    assert [m.country for m in named_mentions(text, date(2010, 1, 1), [])] == ["RUS"]
    assert named_mentions(text, date(2010, 1, 1), load_lexicon().find_mentions(text)) == []
