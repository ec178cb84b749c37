"""people.yaml as data: every row's years are sane, a name never names people of two states
at the same time, a state's office is a role that sectors.yaml knows, and people the file
lists are resolved by the real coder to their states ("Ramaphosa met Duda in Geneva.")."""

from __future__ import annotations

from datetime import date
from importlib import resources
from itertools import combinations

import pytest
import yaml

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.matcher import fold
from dyadwatch.coder import Coder
from dyadwatch.records import Article
from dyadwatch.settings import Settings

LAST_YEAR = 2025  # "to: null" means in office as of mid 2025


def _rows() -> list[dict]:
    path = resources.files("dyadwatch") / "data" / "actors" / "people.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["people"]


def _surfaces(row: dict) -> list[str]:
    return [" ".join(fold(n).lower().split()) for n in (row["name"], *row.get("aliases", []))]


def _end(row: dict) -> int:
    return LAST_YEAR if row.get("to") is None else row["to"]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _rows()


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def test_years_are_sane(rows: list[dict]) -> None:
    bad = [
        r["name"] for r in rows
        if not isinstance(r["from"], int) or r["from"] < 1945
        or (r.get("to") is not None and not (isinstance(r["to"], int) and r["from"] <= r["to"] <= LAST_YEAR))
    ]  # fmt: skip
    assert bad == []


def test_a_name_never_names_people_of_two_states_at_once(rows: list[dict]) -> None:
    by_surface: dict[str, list[dict]] = {}
    for r in rows:
        for s in set(_surfaces(r)):
            by_surface.setdefault(s, []).append(r)
    clashes = [
        (s, a["country"], b["country"])
        for s, rs in by_surface.items()
        for a, b in combinations(rs, 2)
        if a["country"] != b["country"] and a["from"] <= _end(b) and b["from"] <= _end(a)
    ]
    assert clashes == []


def test_one_person_holds_one_office_once_at_a_time(rows: list[dict]) -> None:
    # two rows of the same name and office may touch (a year of leaving and coming back)
    # but not overlap: an overlap is a duplicated or mistyped term
    seen: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    overlaps = []
    for r in rows:
        key = (r["name"], r["country"], r["role"])
        for start, end in seen.get(key, []):
            if r["from"] < end and start < _end(r):
                overlaps.append(key)
        seen.setdefault(key, []).append((r["from"], _end(r)))
    assert overlaps == []


def test_a_states_office_is_a_role_that_gives_a_sector(rows: list[dict]) -> None:
    lex = load_lexicon()
    states = {code for code, c in lex.countries.items() if c.status != "territory"}
    unknown = sorted(
        {r["role"] for r in rows if r["country"] in states and lex.sector_of(r["role"]) is None}
    )
    assert unknown == []


def test_the_lexicon_lists_every_row(rows: list[dict]) -> None:
    lex = load_lexicon()
    missing = [
        (r["name"], r["from"]) for r in rows
        if not any(t.country == r["country"] and t.start == r["from"] and t.role == r["role"]
                   for t in lex.person_terms(r["name"]))
    ]  # fmt: skip
    assert missing == []


def test_a_person_first_listed_as_defence_minister_is_military(rows: list[dict]) -> None:
    # the lexicon gives a person the sector of their first row, from sectors.yaml alone: a
    # role phrase only the Phoenix agent nouns know ("secretary of defense") would give GOV
    lex = load_lexicon()
    first: dict[str, dict] = {}
    for r in rows:
        first.setdefault(r["name"], r)
    defence = [r for r in first.values() if "defen" in r["role"]]
    assert defence
    wrong = [
        r["name"] for r in defence
        if {m.sector for m in lex.find_mentions(r["name"]) if m.kind == "person"} != {"MIL"}
    ]  # fmt: skip
    assert wrong == []


# (first person, state, second person, state, year inside both terms)
MEETINGS = [
    ("Cyril Ramaphosa", "ZAF", "Andrzej Duda", "POL", 2019),
    ("Giorgia Meloni", "ITA", "Pedro Sánchez", "ESP", 2023),
    ("Viktor Orbán", "HUN", "Aleksandar Vučić", "SRB", 2020),
    ("Joko Widodo", "IDN", "Rodrigo Duterte", "PHL", 2017),
    ("Javier Milei", "ARG", "Claudia Sheinbaum", "MEX", 2025),
    ("Tamim bin Hamad Al Thani", "QAT", "Mohamed bin Zayed Al Nahyan", "ARE", 2023),
    ("Paul Kagame", "RWA", "Félix Tshisekedi", "COD", 2019),
    ("Abiy Ahmed", "ETH", "William Ruto", "KEN", 2023),
    ("Nikol Pashinyan", "ARM", "Ilham Aliyev", "AZE", 2021),
    ("Maia Sandu", "MDA", "Klaus Iohannis", "ROU", 2021),
    ("Kassym-Jomart Tokayev", "KAZ", "Shavkat Mirziyoyev", "UZB", 2022),
    ("Gustavo Petro", "COL", "Gabriel Boric", "CHL", 2023),
    ("Bola Tinubu", "NGA", "Nana Akufo-Addo", "GHA", 2024),
    ("Sauli Niinistö", "FIN", "Ulf Kristersson", "SWE", 2023),
    ("Sheikh Hasina", "BGD", "Ranil Wickremesinghe", "LKA", 2023),
    ("Naledi Pandor", "ZAF", "Retno Marsudi", "IDN", 2022),
    ("King Abdullah II", "JOR", "Najib Mikati", "LBN", 2022),
    ("Mustafa al-Kadhimi", "IRQ", "Sameh Shoukry", "EGY", 2021),
    # distinctive surnames alone
    ("Ramaphosa", "ZAF", "Duda", "POL", 2019),
    ("Mitsotakis", "GRC", "Szijjártó", "HUN", 2021),
    # defence ministers and secretaries
    ("Lloyd Austin", "USA", "Benny Gantz", "ISR", 2021),
    ("Sergei Shoigu", "RUS", "Wei Fenghe", "CHN", 2019),
    ("Ben Wallace", "GBR", "Oleksii Reznikov", "UKR", 2022),
    ("Boris Pistorius", "DEU", "Rustem Umerov", "UKR", 2024),
    ("Rajnath Singh", "IND", "Dong Jun", "CHN", 2024),
    ("Hulusi Akar", "TUR", "Itsunori Onodera", "JPN", 2018),
    ("Pete Hegseth", "USA", "Richard Marles", "AUS", 2025),
    ("Yoav Gallant", "ISR", "Andrei Belousov", "RUS", 2024),
    ("Shoigu", "RUS", "Gantz", "ISR", 2021),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "state_a", "b", "state_b", "year"), MEETINGS, ids=[f"{m[0]}-{m[2]}" for m in MEETINGS]
)
def test_the_coder_resolves_listed_people_to_their_states(
    coder: Coder, a: str, state_a: str, b: str, state_b: str, year: int
) -> None:
    lex = load_lexicon()
    # the table itself: the year lies inside a term of each person, in that state
    for name, state in ((a, state_a), (b, state_b)):
        terms = lex.person_terms(name)
        assert any(t.country == state and t.start <= year <= (t.end or LAST_YEAR) for t in terms), (
            name
        )
    events = coder.code(Article(id="p", text=f"{a} met {b} in Geneva.", date=date(year, 6, 1)))
    assert {frozenset((e.source.country, e.target.country)) for e in events} == {
        frozenset((state_a, state_b))
    }
