"""people.yaml's wider coverage (people16): office-holders of states the file first left out,
foreign-ministry and heads of state's spokespersons and army chiefs resolve, through the real
coder, to their states on a date in office; the table dates each term, so the same person is
in no term of the file on a date outside office (the coder itself does not date a mention: a
former office-holder is still of his state)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code

LAST_YEAR = 2025  # "to: null" means in office as of mid 2025

# (sentence, person, expected (source, target), a day in office, a year outside office)
CASES = [
    ("Maria Zakharova said Moscow would respond to Finland's decision.", "Maria Zakharova",
     ("RUS", "FIN"), date(2023, 5, 1), 2010),
    ("Dmitry Peskov criticised Ukraine.", "Dmitry Peskov", ("RUS", "UKR"), date(2023, 6, 1), 2008),
    ("Mao Ning criticised Japan.", "Mao Ning", ("CHN", "JPN"), date(2023, 8, 1), 2019),
    ("Esmaeil Baghaei condemned Israel.", "Esmaeil Baghaei", ("IRN", "ISR"), date(2024, 10, 1), 2020),
    ("Kim Yo Jong condemned South Korea.", "Kim Yo Jong", ("PRK", "KOR"), date(2020, 6, 10), 2010),
    ("Valery Gerasimov met Chinese officials.", "Valery Gerasimov", ("RUS", "CHN"), date(2023, 6, 1), 2010),
    ("Jacinda Ardern met Scott Morrison in Sydney.", "Jacinda Ardern", ("NZL", "AUS"), date(2019, 6, 1), 2015),
    ("Tsai Ing-wen condemned China.", "Tsai Ing-wen", ("TWN", "CHN"), date(2020, 5, 1), 2012),
    ("Mohamed Muizzu met Xi Jinping in Beijing.", "Mohamed Muizzu", ("MDV", "CHN"), date(2024, 1, 10), 2020),
    ("Assimi Goïta condemned France.", "Assimi Goïta", ("MLI", "FRA"), date(2022, 3, 1), 2015),
    ("Albin Kurti accused Serbia of provocations.", "Albin Kurti", ("XKX", "SRB"), date(2023, 6, 1), 2018),
    ("Robert Fico criticised Ukraine.", "Robert Fico", ("SVK", "UKR"), date(2024, 2, 1), 2020),
    ("Nayib Bukele criticised Mexico.", "Nayib Bukele", ("SLV", "MEX"), date(2021, 6, 1), 2015),
]  # fmt: skip


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(
    ("text", "person", "pair", "day", "outside"), CASES, ids=[c[1] for c in CASES]
)
def test_a_new_person_resolves_to_the_state_in_office(
    coder: Coder, text: str, person: str, pair: tuple[str, str], day: date, outside: int
) -> None:
    terms = load_lexicon().person_terms(person)
    in_office = [t for t in terms if t.start <= day.year <= (t.end or LAST_YEAR)]
    assert {t.country for t in in_office} == {pair[0]}
    assert not [t for t in terms if t.start <= outside <= (t.end or LAST_YEAR)]
    events = code(coder, text, day=day)
    assert {(e.source.country, e.target.country) for e in events} == {pair}
