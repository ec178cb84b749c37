"""The Phoenix dictionary build: the format parsers on small samples written in the format,
the compile rules (people, institutions, places, IGOs, agents, discards), and that the
build reproduces the committed data byte for byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.lexicon_build.phoenix_actors import (
    classify,
    compile_countries,
    compile_international,
)
from dyadwatch.lexicon_build.phoenix_agents import compile_agents, plural
from dyadwatch.lexicon_build.phoenix_build import build_phoenix, project_codes, role_segments
from dyadwatch.lexicon_build.phoenix_codes import CodeRules, load_rules
from dyadwatch.lexicon_build.phoenix_discards import compile_discards
from dyadwatch.lexicon_build.report import BuildReport
from dyadwatch.lexicon_build.tabari_actors import parse_date, parse_group, read_actor_records

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_paths import SHARED_EVAL  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "dyadwatch" / "data"
REFERENCE = SHARED_EVAL.parent / "reference" / "petrarch"
needs_reference = pytest.mark.skipif(
    not (REFERENCE / "Phoenix.Countries.actors.txt").is_file(),
    reason=f"{REFERENCE} is absent (a clone without ../shared): the PETRARCH-2 dictionaries are not here to build from",
)

AGENTS_SAMPLE = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
ARMY [~MIL]
MILITIA [~MIL]  # y after a consonant
ATTORNEY [~JUD]  # y after a vowel
BOSS [~BUS]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
CONGRESS!PERSON! [~LEG]
SPOKES!NOBODY! [~GOV]
ISLAMIC_EXTREMIST
DEFENCE_MINISTER [~GOVMIL]
HUMAN_RIGHTS_BODY [NGO~]
PORT_AUTHORIT [~GOV]
!MINIST! OF AD!MINIST!RATION [~GOV]
"""


@pytest.fixture(scope="module")
def rules() -> tuple[CodeRules, dict]:
    raw = load_rules()
    known, to_iso, sectors = project_codes(DATA)
    return CodeRules(raw, known_countries=known, to_iso=to_iso, sectors=sectors,
                     role_segments=role_segments(AGENTS_SAMPLE + "[~ELI] [~AGR] [~REB] [~MUS]")), raw  # fmt: skip


# --- dates and restrictions -------------------------------------------------------------

DATES = [
    ("320101", date(1932, 1, 1)),  # Zahir Shah, 1932: above the pivot
    ("030101", date(2003, 1, 1)),
    ("300101", date(2030, 1, 1)),  # the pivot itself is 20YY
    ("310101", date(1931, 1, 1)),
    ("19270101", date(1927, 1, 1)),
    ("20130918", date(2013, 9, 18)),
    ("120229", date(2012, 2, 29)),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_dates_with_two_and_four_digit_years(text: str, expected: date) -> None:
    assert parse_date(text, 30) == expected


@pytest.mark.parametrize("text,reason", [("130229", "not a calendar date"), ("9008223", "7 digits"),
                                         ("1920030320", "10 digits"), ("20x0101", "not understood")])  # fmt: skip
def test_bad_dates_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(text, 30)


RESTRICTIONS = [
    ("AFGGOV 331108-730717", ("AFGGOV", date(1933, 11, 8), date(1973, 7, 17), True)),
    ("AFGGOV >011222", ("AFGGOV", date(2001, 12, 22), None, True)),
    ("EGYGOV > 140608", ("EGYGOV", date(2014, 6, 8), None, True)),
    ("USRARM <900823", ("USRARM", None, date(1990, 8, 23), True)),
    ("FRAGOV 070516-20120515", ("FRAGOV", date(2007, 5, 16), date(2012, 5, 15), True)),
    ("AFGELI", ("AFGELI", None, None, False)),
    ("---", ("---", None, None, False)),
]


@pytest.mark.parametrize("group,expected", RESTRICTIONS)
def test_restrictions(group: str, expected: tuple) -> None:
    r = parse_group(group, 7, 30)
    assert (r.code, r.start, r.end, r.dated) == expected
    assert r.line == 7


@pytest.mark.parametrize("group,reason", [
    ("MNEGOV 20121204", "without <, > or -"),
    ("EGYGOV 20121207-20120802", "ends before it starts"),
    ("AFGgov 320101-331108", "code not understood"),
    ("AFGGO 320101-331108", "code not understood"),
])  # fmt: skip
def test_malformed_restrictions_are_refused(group: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_group(group, 1, 30)


# --- records ------------------------------------------------------------------------------

COUNTRIES_SAMPLE = """\
# a comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
+HELMAND # Other provinces, since they're reported often

# National Institutions
AFGHAN_NATIONAL_SECURITY_FORCES
+ANSF
+AFGHAN_NATIONAL_ARMY
\t[AFGMIL]

MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
\t[AFGELI 320101-331108]
\t[AFGGOV 331108-730717]
\t[AFGELI 730717-070723]
LEONID_BREZHNEV_  # CountryInfo.txt
LEONID_ILYICH_BREZHNEV
\t[RUSELI 19240101-641014]
\t[RUSGOV 641014-821110]
HAMID_KARZAI_  [AFGELI]  # CountryInfo.txt
+KARZAI
\t[AFGGOV >011222]
\t[AFGGOV 20121207-20120802]
+ORPHAN_SYNONYM_IS_FINE_AFTER_A_RECORD
BAD_[BRACKET
SAMIR_GEAGEA
+SAMIR_FARID_GEAGEA
\t[LBNELI]
NOBODY_WITH_A_NULL_CODE
\t[---]
"""


def test_records_group_phrases_synonyms_and_codes() -> None:
    report = BuildReport()
    records = read_actor_records(COUNTRIES_SAMPLE, "sample", report, 30)
    names = [[n for _, n in r.names] for r in records]
    assert names == [["AFGHANISTAN_"], ["AFGHAN_NATIONAL_SECURITY_FORCES"], ["MOHAMMAD_ZAHIR_SHAH_"],
                     ["LEONID_BREZHNEV_", "LEONID_ILYICH_BREZHNEV"], ["HAMID_KARZAI_"], ["SAMIR_GEAGEA"],
                     ["NOBODY_WITH_A_NULL_CODE"]]  # fmt: skip
    afg = records[0]
    assert [s for _, s in afg.synonyms] == ["AFGHAN_", "KABUL_", "HELMAND"]
    karzai = records[4]
    assert [(c.code, c.dated) for c in karzai.codes] == [("AFGELI", False), ("AFGGOV", True)]
    assert karzai.comments == ["CountryInfo.txt"]
    reasons = {(reason, line) for reason, _, line, _ in report.skipped}
    assert ("code or date not understood: interval ends before it starts", 24) in reasons
    assert ("unbalanced brackets", 26) in reasons


def test_countries_compile_people_institutions_and_leave_places_out(rules) -> None:
    code_rules, raw = rules
    report = BuildReport()
    codes: dict = {}
    people, institutions = compile_countries(COUNTRIES_SAMPLE, code_rules, raw, frozenset({"army"}), report, codes)
    by_name = {p["name"]: p for p in people}
    assert set(by_name) == {"MOHAMMAD ZAHIR SHAH", "LEONID BREZHNEV", "HAMID KARZAI", "SAMIR GEAGEA"}
    zahir = by_name["MOHAMMAD ZAHIR SHAH"]
    assert zahir["roles"] == [["AFGELI", "1932-01-01", "1933-11-08"], ["AFGGOV", "1933-11-08", "1973-07-17"],
                              ["AFGELI", "1973-07-17", "2007-07-23"]]  # fmt: skip
    assert zahir["default"] is None
    assert by_name["LEONID BREZHNEV"]["keys"] == ["leonid brezhnev", "leonid ilyich brezhnev"]
    karzai = by_name["HAMID KARZAI"]
    assert karzai["keys"] == ["hamid karzai", "karzai", "orphan synonym is fine after a record"]
    assert karzai["default"] == "AFGELI" and karzai["roles"] == [["AFGGOV", "2001-12-22", None]]
    assert codes["AFGGOV"] == ["AFG", "GOV"] and codes["RUSELI"] == ["RUS", "ELI"]
    # the state and its cities are no actors here; the national army is an institution
    assert all("kabul" not in p["keys"] and "afghanistan" not in p["keys"] for p in people + institutions)
    assert [i["name"] for i in institutions] == ["AFGHAN NATIONAL SECURITY FORCES"]
    assert institutions[0]["default"] == "AFGMIL" and codes["AFGMIL"] == ["AFG", "MIL"]
    assert report.counts["Countries: place records not compiled"] == 1
    assert ("null code [---] only", 30) in {(r, line) for r, _, line, _ in report.skipped}


@pytest.mark.parametrize("primary,comment,expected", [
    ("HU_JINTAO_", "CountryInfo.txt", "person"),
    ("CHRISTIAN_WULFF_", "", "person"),  # CHRISTIAN is an agent noun, but of no state sector
    ("US_SECRETARY_OF_STATE_", "", "institution"),
    ("KNESSET", "", "institution"),
    ("DGSE", "", "institution"),
    ("SIDDARAMAIAH", "", "person"),
    ("JABHAT_AL_NUSRA_", "", "institution"),
])  # fmt: skip
def test_person_or_institution(rules, primary: str, comment: str, expected: str) -> None:
    _, raw = rules
    text = f"{primary}  # {comment}\n\t[USAGOV]\n" if comment else f"{primary}\n\t[USAGOV]\n"
    record = read_actor_records(text, "sample", BuildReport(), 30)[0]
    assert classify(record, raw, frozenset({"secretary", "christian_is_not_here"}))[0] == expected


CODES = [
    ("TURGOVBUS", ("state", "TUR", "GOV")),  # a trade minister: GOV, as sectors.yaml reads the title
    ("EGYGOVMIL", ("state", "EGY", "MIL")),  # defence minister: MIL (sectors.yaml decision)
    ("USAGOVLEG", ("state", "USA", "LEG")),
    ("SYRREBMUS", ("state", "SYR", "REB")),
    ("MUSGOV", ("state", "MUS", "GOV")),  # Mauritius, though MUS is also a role (Muslim)
    ("KSVGOV", ("state", "XKX", "GOV")),  # CAMEO's Kosovo is GUIDELINES' XKX
    ("DDRGOV", ("state", "DEU", "GOV")),
    ("GBRVGBGOV", ("state", "VGB", "GOV")),  # the territory the second code names
    ("AFG", ("place", "AFG", None)),
    ("IRQOCC", ("place", "IRQ", None)),
    ("IGOWSTNAT", ("igo", "NAT", None)),
    ("IGOUNOIAE", ("igo", "IAE", None)),  # the most specific organisation
    ("IGOUNOHLHWHO", ("igo", "UNO", "HLH")),
    ("IGOUNODEVWBK", ("igo", None, None)),  # the World Bank: not mapped
    ("IGOEURCOE", ("igo", None, None)),  # Council of Europe: EUR is Phoenix's region, not the EU
    ("IGOWAFWAS", ("igo", "ECW", None)),
    ("MNCUSA", ("stateless", None, None)),
    ("ELI", ("stateless", None, "ELI")),
    ("KNTGOV", ("unknown", None, None)),
    ("---", ("null", None, None)),
]


@pytest.mark.parametrize("code,expected", CODES)
def test_code_readings(rules, code: str, expected: tuple) -> None:
    reading = rules[0].read(code)
    assert (reading.kind, reading.country, reading.sector) == expected


INTERNATIONAL_SAMPLE = """\
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_\t
\t[IGOWSTNAT]# NGO_Actors
JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # president of the CoEU
IMF_\t[IGOBUSIMF]# Intl Monetary Fund
WORLD_BANK_\t[IGOUNODEVWBK]
DANIEL_TARSCHYS_\t[IGOEUREEC 940620-990901]\t# Council of Europe
OXFAM_\t[NGOGBR]
ACME_CORPORATION_\t[MNCUSA]
JOHN_J MCCLOY_
\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]
"""


def test_international_compile(rules) -> None:
    code_rules, raw = rules
    report = BuildReport()
    codes: dict = {}
    people, institutions, igos = compile_international(INTERNATIONAL_SAMPLE, code_rules, raw, report, codes)
    assert {i["name"]: (i["code"], i["phoenix"]) for i in igos} == {
        "NATO": ("NAT", "IGOWSTNAT"), "IMF": (None, "IGOBUSIMF"), "WORLD BANK": (None, "IGOUNODEVWBK")}  # fmt: skip
    assert next(i for i in igos if i["name"] == "NATO")["keys"] == ["nato", "north atlantic treaty organization"]
    assert all(i["why"] for i in igos if i["code"] is None)
    solana = next(p for p in people if p["name"] == "JAVIER SOLANA")
    assert solana["roles"] == [["IGOEUREEC", "1995-07-01", "1995-12-31"], ["IGOWSTNAT", "1995-12-05", "1999-10-06"]]
    assert codes["IGOEUREEC"] == ["EUR", None]
    tarschys = next(p for p in people if p["name"] == "DANIEL TARSCHYS")
    assert tarschys["roles"][0][0] == "IGOEURCOE" and codes["IGOEURCOE"] == [None, None]
    assert institutions == []
    assert sum(report.excluded.values()) == 2  # Oxfam, Acme
    # the phrase written on a code line is read, and reported
    assert ("phrase on a code line: read as a synonym", 11) in {(r, line) for r, _, line, _ in report.notes}
    mccloy = next(p for p in people if p["name"] == "JOHN J MCCLOY")
    assert mccloy["keys"] == ["john j mccloy", "john mccloy"] and codes["IGOUNODEVWBK"] == [None, None]


def test_council_of_europe_officials_are_not_the_eu(rules) -> None:
    code_rules, raw = rules
    codes: dict = {}
    people, _, _ = compile_international("DANIEL_TARSCHYS_\t[IGOEUREEC 940620-990901]\t# Council of Europe\n",
                                         code_rules, raw, BuildReport(), codes)  # fmt: skip
    assert people[0]["roles"][0][0] == "IGOEURCOE"  # the comment says Council of Europe: not the EU
    assert codes == {"IGOEURCOE": [None, None]}


# --- agents -------------------------------------------------------------------------------


@pytest.mark.parametrize("word,expected", [("army", "armies"), ("attorney", "attorneys"), ("boss", "bosses"),
                                           ("chairman", "chairmen"), ("forces", None), ("church", "churches")])  # fmt: skip
def test_plurals(word: str, expected: str | None) -> None:
    assert plural(word) == expected


def test_agents_plurals_markers_and_malformed_lines(rules) -> None:
    report = BuildReport()
    agents = compile_agents(AGENTS_SAMPLE, rules[0], report, {"AUTHORIT": ["AUTHORITY", "AUTHORITIES"]})
    forms = {a["text"]: (a["forms"], a["code"], a["sector"], a["place"]) for a in agents}
    assert forms["ARMY"] == (["army", "armies"], "MIL", "MIL", "after")
    assert forms["MILITIA"][0] == ["militia", "militias"]
    assert forms["ATTORNEY"][0] == ["attorney", "attorneys"]
    assert forms["BOSS"][0] == ["boss", "bosses"]
    assert forms["POLICE"][0] == ["police"]  # {}: no plural
    assert forms["ATTORNEY GENERAL"][0] == ["attorney general", "attorneys general"]
    assert forms["CONGRESS!PERSON!"][0] == ["congressman", "congressmen", "congresswoman", "congresswomen", "congressperson"]
    assert forms["DEFENCE MINISTER"][1:3] == ("GOVMIL", "MIL")
    assert forms["HUMAN RIGHTS BODY"][1:] == ("NGO", "NGO", "before")
    assert forms["PORT AUTHORIT"][0] == ["port authority", "port authorities"]  # a TABARI stem
    skipped = {reason for reason, _, _, _ in report.skipped}
    assert skipped == {"substitution marker !NOBODY! not defined", "agent without a code"}
    assert forms["!MINIST! OF ADMINISTRATION"][0][:2] == ["minister of administration", "ministers of administration"]


# --- discards -----------------------------------------------------------------------------


def test_discards() -> None:
    report = BuildReport()
    out = compile_discards("# story-level with +\n1914\n+WORLD CUP\nGROUP A_\nWEIGHTLIFT  # a stem\nGROUP A_\n+\n", report)
    assert [(d["text"], d["scope"], d["whole"], d["kind"]) for d in out] == [
        ("1914", "sentence", False, "year"), ("world cup", "story", False, "phrase"),
        ("group a", "sentence", True, "phrase"), ("weightlift", "sentence", False, "phrase")]  # fmt: skip
    assert report.counts["discards: repeated lines"] == 1
    assert [r for r, _, _, _ in report.skipped] == ["discard without a word"]


# --- the whole build ----------------------------------------------------------------------


@needs_reference
def test_build_reproduces_the_committed_files() -> None:
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_lexicon.py"), "--check", "--reference", str(REFERENCE)],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr


@needs_reference
def test_a_two_digit_year_near_the_pivot_stops_the_build(tmp_path: Path) -> None:
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.agents.txt",
                 "Phoenix.discards.txt", "Phoenix.MilNonState.actors.txt"):  # fmt: skip
        shutil.copy(REFERENCE / name, tmp_path / name)
    with (tmp_path / "Phoenix.Countries.actors.txt").open("a", encoding="utf-8") as f:
        f.write("\nSOMEONE_NEW_\n\t[AFGGOV 200101-210101]\n")
    with pytest.raises(ValueError, match=r"two-digit years \[20, 21\]"):
        build_phoenix(tmp_path, DATA)
