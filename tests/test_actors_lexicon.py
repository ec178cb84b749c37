"""The actor dictionaries: they load, validate, cover every ISO state and answer lookups."""

from __future__ import annotations

import importlib.util
import shutil
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from dyadwatch.actors import load_lexicon, load_lexicon_from
from dyadwatch.errors import DataFileError

REPO = Path(__file__).resolve().parent.parent
DATA = Path(str(resources.files("dyadwatch") / "data" / "actors"))


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def test_packaged_data_loads_and_version_names_every_file(lex):
    for stem in ("countries", "capitals", "igos", "sectors", "descriptions"):
        assert f"{stem}-" in lex.version, stem
    assert load_lexicon() is lex  # cached


def test_every_iso_3166_state_is_present(lex):
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in lex.countries]
    assert missing == []


@pytest.mark.parametrize("code", ["XKX", "PSE", "TWN"])
def test_user_assigned_and_observer_codes_present(lex, code):
    assert lex.countries[code].status != "territory"


def test_un_members_plus_observers_and_partially_recognised_are_states(lex):
    # 193 UN members + 2 observer states (PSE, VAT) + TWN + XKX
    states = [c for c in lex.countries.values() if c.status != "territory"]
    assert len(states) == 197


def test_every_state_has_capital_or_seat_unless_city_state(lex):
    placed = {e.country for e in lex.entries if e.kind in ("capital", "seat")}
    lacking = [
        c.code
        for c in lex.countries.values()
        if c.status != "territory" and c.code not in placed and c.code not in lex.city_states
    ]
    assert lacking == []


def test_every_un_member_has_a_demonym(lex):
    with_demonym = {c for e in lex.entries if e.kind == "demonym" for c in e.candidates}
    lacking = [
        c.code
        for c in lex.countries.values()
        if c.status == "member" and c.code not in with_demonym
    ]
    assert lacking == []


def test_every_country_but_antarctica_has_an_m49_region(lex):
    lacking = [c.code for c in lex.countries.values() if not c.regions]
    assert lacking == ["ATA"]


def test_countries_yaml_is_fresh_build_of_its_inputs():
    spec = importlib.util.spec_from_file_location(
        "build_countries", REPO / "scripts" / "build_countries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render(module.build()) == (DATA / "countries.yaml").read_text(encoding="utf-8")


# --- corrupt data refuses to load --------------------------------------------------------------

CORRUPTIONS = [
    # (file, text to replace, replacement, words the error must contain)
    ("igos", "organisations:", "organisations: [: bad", "igos.yaml"),
    ("capitals", "{text: Caracas, country: VEN,", "{text: Caracas, country: XXX,", "XXX"),
    ("capitals", "{text: Pentagon, country: USA, kind: institution, sector: MIL}",
     "{text: Pentagon, country: USA, kind: institution, sector: NAVY}", "NAVY"),
    ("capitals", "{text: Caracas, country: VEN,", "{text: Caracas, country: COL,", "Caracas"),
    ("capitals", '{text: "Washington, D.C.",', "{text: Washington, D.C.,", "unknown keys"),
    ("capitals", "{text: Kremlin, country: RUS, kind: seat,", "{text: Kremlin, country: RUS, kind: palace,", "kind"),
    ("descriptions", "m49: [Eastern Asia]", "m49: [Far East]", "Far East"),
    ("sectors", "  MIL: [military,", "  MIL: [government, military,", "government"),
    ("igos", "  - code: NAT", "  - code: USA", "USA"),
    ("countries", "status: member", "status: colony", "colony"),
    ("people", "role: president, from: 2000, to: 2008}", "role: president, from: 2008, to: 2000}",
     "from <= to"),
    ("people", "{name: Jorge Arreaza, country: VEN,", "{name: Jorge Arreaza, country: VVV,", "VVV"),
    ("descriptions", "{words: [AUKUS], codes: [AUS, GBR, USA]}", "{words: [AUKUS], codes: [AUS, GBR, UUU]}", "UUU"),
    ("descriptions", "{words: [AUKUS], codes: [AUS, GBR, USA]}", "{words: [AUKUS], codes: [AUS]}", "two or more"),
    ("descriptions", "plus: P5, codes: [DEU]", "plus: P9, codes: [DEU]", "no earlier group"),
]  # fmt: skip


@pytest.mark.parametrize(("stem", "old", "new", "expect"), CORRUPTIONS)
def test_corrupt_data_file_raises_data_file_error(tmp_path, stem, old, new, expect):
    target = tmp_path / "actors"
    shutil.copytree(DATA, target)
    path = target / f"{stem}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"corruption fixture is stale: {old!r} not in {stem}.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_lexicon_from(target)
    assert expect in str(info.value)
    assert f"{stem}.yaml" in str(info.value)


def test_missing_data_file_raises_data_file_error(tmp_path):
    target = tmp_path / "actors"
    shutil.copytree(DATA, target)
    (target / "sectors.yaml").unlink()
    with pytest.raises(DataFileError, match="sectors.yaml"):
        load_lexicon_from(target)


def test_uncorrupted_copy_loads(tmp_path):
    # the corruption tests above fail for the corruption, not for the copying
    target = tmp_path / "actors"
    shutil.copytree(DATA, target)
    assert load_lexicon_from(target).countries.keys() == load_lexicon().countries.keys()


# --- spot tables --------------------------------------------------------------------------------

NAMES = [
    ("North Korea", "PRK"), ("DPRK", "PRK"), ("N. Korea", "PRK"), ("NKorea", "PRK"),
    ("D.P.R.K.", "PRK"), ("Democratic People's Republic of Korea", "PRK"),
    ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("ROK", "KOR"), ("S. Korea", "KOR"),
    ("United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("U.S.A.", "USA"), ("America", "USA"),
    ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("United Kingdom", "GBR"), ("Russia", "RUS"), ("Russian Federation", "RUS"),
    ("Myanmar", "MMR"), ("Burma", "MMR"), ("DRC", "COD"), ("DR Congo", "COD"),
    ("Democratic Republic of the Congo", "COD"), ("Congo-Kinshasa", "COD"),
    ("Republic of the Congo", "COG"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"),
    ("Syria", "SYR"), ("Syrian Arab Republic", "SYR"), ("Iran", "IRN"),
    ("Islamic Republic of Iran", "IRN"), ("Venezuela", "VEN"),
    ("Bolivarian Republic of Venezuela", "VEN"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
    ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("Laos", "LAO"), ("Vietnam", "VNM"),
    ("Tanzania", "TZA"), ("Moldova", "MDA"), ("Bolivia", "BOL"), ("Brunei", "BRN"),
    ("Taiwan", "TWN"), ("Kosovo", "XKX"), ("Palestine", "PSE"), ("Eswatini", "SWZ"),
    ("Swaziland", "SWZ"), ("East Timor", "TLS"), ("Timor-Leste", "TLS"), ("Cape Verde", "CPV"),
    ("North Macedonia", "MKD"), ("UAE", "ARE"), ("Holy See", "VAT"), ("St. Lucia", "LCA"),
    ("Saint Vincent and the Grenadines", "VCT"), ("Gambia", "GMB"), ("the Netherlands", "NLD"),
    ("Papua New Guinea", "PNG"), ("South Sudan", "SSD"), ("Hong Kong", "HKG"),
]  # fmt: skip


@pytest.mark.parametrize(("surface", "code"), NAMES)
def test_name_resolves_to_code(lex, surface, code):
    mentions = lex.find_mentions(surface)
    assert [(m.text, m.country) for m in mentions] == [(surface, code)]


COUNTRY_NAMES = [
    ("PRK", "North Korea"), ("KOR", "South Korea"), ("VEN", "Venezuela"), ("TUR", "Turkey"),
    ("RUS", "Russia"), ("USA", "United States"), ("IRN", "Iran"), ("UNO", "United Nations"),
    ("WST", "the West"), ("XKX", "Kosovo"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "name"), COUNTRY_NAMES)
def test_country_name(lex, code, name):
    assert lex.country_name(code) == name


def test_unknown_code_is_a_key_error(lex):
    with pytest.raises(KeyError, match="ZZZ"):
        lex.country_name("ZZZ")


REGIONS = [
    ("PRK", ("Asia", "Eastern Asia")),
    ("VEN", ("Americas", "Latin America and the Caribbean", "South America")),
    ("USA", ("Americas", "Northern America")),
    ("FRA", ("Europe", "Western Europe")),
    ("RWA", ("Africa", "Sub-Saharan Africa", "Eastern Africa")),
    ("UNO", ()),
]


@pytest.mark.parametrize(("code", "regions"), REGIONS)
def test_region_of(lex, code, regions):
    assert lex.region_of(code) == regions


IN_REGION = [
    ("PRK", "East Asian", True), ("CHN", "East Asian", True), ("VEN", "East Asian", False),
    ("VEN", "Latin American", True), ("CUB", "Latin American", True),
    ("USA", "Latin American", False), ("VEN", "South American", True),
    ("MEX", "North American", True), ("USA", "north american", True),
    ("SAU", "Gulf", True), ("FRA", "Gulf", False), ("SYR", "Middle Eastern", True),
    ("EGY", "Middle Eastern", True), ("SRB", "Balkan", True), ("NOR", "Nordic", True),
    ("MMR", "Southeast Asian", True), ("KAZ", "Central Asian", True),
    ("NGA", "African", True), ("NGA", "West African", True), ("DEU", "European", True),
    ("EGY", "Arab", True), ("IRN", "Arab", False), ("JAM", "Caribbean", True),
    ("PRK", "no such region", False),
]  # fmt: skip


@pytest.mark.parametrize(("code", "word", "expected"), IN_REGION)
def test_in_region(lex, code, word, expected):
    assert lex.in_region(code, word) is expected


SECTORS = [
    ("forces", "MIL"), ("Foreign Minister", "GOV"), ("deputy foreign minister", "GOV"),
    ("Deputy  Foreign Minister", "GOV"), ("president", "GOV"), ("ambassador", "GOV"),
    ("embassy", "GOV"), ("regime", "GOV"), ("troops", "MIL"), ("bombers", "MIL"),
    ("Defence Minister", "MIL"), ("defense ministry", "MIL"), ("Supreme Court", "JUD"),
    ("lawmakers", "LEG"), ("parliament", "LEG"), ("opposition", "OPP"), ("rebels", "REB"),
    ("police", "COP"), ("intelligence", "SPY"), ("companies", "BUS"), ("state media", "MED"),
    ("civilians", "CVL"), ("refugees", "REF"), ("Pentagon", "MIL"), ("Knesset", "LEG"),
    ("warship", "MIL"), ("banana", None), ("", None),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "sector"), SECTORS)
def test_sector_of(lex, phrase, sector):
    assert lex.sector_of(phrase) == sector


STATE_NOUNS = [
    ("state", True),
    ("country", True),
    ("nation", True),
    ("Republic", True),
    ("kingdom", True),
    ("regime", True),
    ("economy", False),
    ("party", False),
]


@pytest.mark.parametrize(("lemma", "expected"), STATE_NOUNS)
def test_is_state_noun(lex, lemma, expected):
    assert lex.is_state_noun(lemma) is expected


PERSON_TERMS = [
    # (name, country, role, start, end): terms in office from the public record
    ("Putin", "RUS", "prime minister", 2008, 2012),
    ("Vladimir Putin", "RUS", "president", 2000, 2008),
    ("Kim Yong Nam", "PRK", "head of state", 1998, 2019),
    ("Nicolas Maduro", "VEN", "foreign minister", 2006, 2013),
    ("Angela Merkel", "DEU", "chancellor", 2005, 2021),
    ("Kofi Annan", "UNO", "secretary-general", 1997, 2006),
]


@pytest.mark.parametrize(("name", "country", "role", "start", "end"), PERSON_TERMS)
def test_person_terms(lex, name, country, role, start, end):
    terms = lex.person_terms(name)
    assert (country, role, start, end) in [(t.country, t.role, t.start, t.end) for t in terms]


def test_unknown_person_has_no_terms(lex):
    assert lex.person_terms("John Doe") == ()


def test_stats_counts_match_entries(lex):
    stats = lex.stats()
    by_kind = sum(v for k, v in stats.items() if k.startswith("kind:"))
    assert by_kind == stats["entries"] == len(lex.entries)
