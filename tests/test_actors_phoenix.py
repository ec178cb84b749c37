"""The Phoenix dictionaries as the coder will read them (actors/phoenix.py): roles over time,
agents, IGOs, discards, the name finder, and refusal of damaged files."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from typing import Any

import pytest

from dyadwatch.actors.phoenix import (
    DatedActors,
    NameFinder,
    from_text,
    load_agents,
    load_discards,
    load_finder,
    load_igos,
    load_institutions,
    load_people,
    name_key,
)
from dyadwatch.errors import DataFileError
from dyadwatch.lexicon_build.phoenix_build import actor_rows, json_lines

CODES = {
    "TURELI": ["TUR", "ELI"], "TURGOV": ["TUR", "GOV"], "USAGOVLEG": ["USA", "LEG"], "USAGOV": ["USA", "GOV"],
    "GRCGOV": ["GRC", "GOV"], "CYPGOV": ["CYP", "GOV"], "RUSGOV": ["RUS", "GOV"], "IGOUNO": ["UNO", None],
    "KORGOV": ["KOR", "GOV"],
}  # fmt: skip
PEOPLE: list[dict[str, Any]] = [
    {"src": "C1", "name": "RECEP TAYYIP ERDOGAN", "keys": ["recep tayyip erdogan", "erdogan"],
     "roles": [["TURELI", "1972-01-01", "2002-11-18"], ["TURGOV", "2003-03-14", None]], "default": "TURELI"},
    {"src": "C2", "name": "JOHN KERRY", "keys": ["john kerry"],
     "roles": [["USAGOVLEG", "1985-01-03", "2013-02-01"], ["USAGOV", "2013-02-01", None]], "default": None},
    {"src": "C3", "name": "GEORGE PAPADOPOULOS", "keys": ["george papadopoulos"],
     "roles": [["GRCGOV", "1967-04-21", "1973-11-25"]], "default": None},
    {"src": "C4", "name": "GEORGE PAPADOPOULOS", "keys": ["george papadopoulos"],
     "roles": [["CYPGOV", "1967-01-01", "2008-02-28"]], "default": None},
    {"src": "C5", "name": "NIKITA KHRUSHCHEV", "keys": ["nikita khrushchev"],
     "roles": [["RUSGOV", "1953-09-14", "1964-10-14"]], "default": None},
    {"src": "C6", "name": "BAN KI MOON", "keys": ["ban ki moon"], "roles": [["KORGOV", "2004-01-17", "2006-11-30"]], "default": None},
    {"src": "I7", "name": "BAN KI-MOON", "keys": ["ban ki moon"], "roles": [["IGOUNO", "2007-01-01", None]], "default": None},
]  # fmt: skip


def people_file(items: list[dict[str, Any]] = PEOPLE, extra: list[list[Any]] = (), codes: dict[str, list[Any]] = CODES) -> str:  # type: ignore[assignment]
    header = {"about": "test", "source": [{"file": "test"}], "generated_by": "tests", "version": "t", "codes": codes}
    return json_lines(header, "people", [*actor_rows(items), *extra])


@pytest.fixture(scope="module")
def people() -> DatedActors:
    actors = from_text("people", people_file(), "test", full=True)
    assert isinstance(actors, DatedActors)
    return actors


ROLES = [
    # a person whose office changed
    ("Recep Tayyip Erdogan", "2010-05-01", ("TUR", "GOV", "TURGOV", "date")),
    ("Erdogan", "1995", ("TUR", "ELI", "TURELI", "date")),
    ("Erdogan", "2002-12-01", ("TUR", "ELI", "TURELI", "default")),  # between two roles: the default
    ("ERDOĞAN", date(2014, 1, 1), ("TUR", "GOV", "TURGOV", "date")),
    ("Erdogan", None, ("TUR", "GOV", "TURGOV", "latest")),  # no date: the role still open
    ("John Kerry", "2012-06-30", ("USA", "LEG", "USAGOVLEG", "date")),
    ("John Kerry", "2013-02-01", ("USA", "GOV", "USAGOV", "date")),  # both ends included: the later start
    ("John Kerry", "2013-01", ("USA", "LEG", "USAGOVLEG", "date")),
    ("John Kerry", "2013", ("USA", "GOV", "USAGOV", "date")),  # a year overlaps both: the later start
    ("John Kerry", "1970", ("USA", "LEG", "USAGOVLEG", "nearest")),
    ("Nikita Khrushchev", "2010-01-01", ("RUS", "GOV", "RUSGOV", "nearest")),
    ("Ban Ki-moon", "2005-03-01", ("KOR", "GOV", "KORGOV", "date")),  # one person in two files
    ("Ban Ki Moon", "2010-03-01", ("UNO", None, "IGOUNO", "date")),
    ("Ban Ki-moon", None, ("UNO", None, "IGOUNO", "latest")),
]


@pytest.mark.parametrize("name,on,expected", ROLES, ids=[f"{r[0]}@{r[1]}" for r in ROLES])
def test_role_on_a_date(people: DatedActors, name: str, on: Any, expected: tuple) -> None:
    role = people.role(name, on=on)
    assert role is not None
    assert (role.country, role.sector, role.code, role.basis) == expected


def test_role_explains_itself(people: DatedActors) -> None:
    role = people.role("John Kerry", "2014")
    assert role is not None
    assert (role.start, role.end, role.entry, role.name) == ("2013-02-01", None, "phoenix:person:C2", "JOHN KERRY")
    assert [r.code for r in people.roles("John Kerry")] == ["USAGOVLEG", "USAGOV"]


def test_namesakes_of_two_states_give_no_answer(people: DatedActors) -> None:
    assert people.role("George Papadopoulos", "1970") is None
    assert {r.country for r in people.candidates("George Papadopoulos", "1970")} == {"GRC", "CYP"}
    # where only one of them held office, that one answers
    assert people.role("George Papadopoulos", "1990").country == "CYP"


def test_a_name_not_in_the_dictionary(people: DatedActors) -> None:
    assert people.role("Jane Nobody", "2010") is None
    assert people.candidates("Jane Nobody") == ()
    assert "Jane Nobody" not in people and "john KERRY" in people


@pytest.mark.parametrize("on", ["2010-13-01", "10 May 2010", "2010-02-30"])
def test_a_bad_date_is_refused(people: DatedActors, on: str) -> None:
    with pytest.raises(ValueError):
        people.role("John Kerry", on)


@pytest.mark.parametrize("text,key", [("Recep Tayyip ERDOĞAN", "recep tayyip erdogan"), ("Ki-moon", "ki moon"),
                                      ("U.S._STATE_DEPARTMENT", "u s state department"), ("Børge Brende", "borge brende")])  # fmt: skip
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


# --- damaged files ---------------------------------------------------------------------------


def test_a_file_edited_by_hand_is_refused() -> None:
    text = people_file().replace("TURELI 1972-01-01", "TURELI 1971-01-01")
    assert text != people_file()
    with pytest.raises(DataFileError, match="differ from what the build wrote"):
        from_text("people", text, "edited.json")


@pytest.mark.parametrize("text,message", [
    ("{not json", "not JSON"),
    ('{"people": []}', "not a compiled Phoenix file"),
    (people_file().replace('"count": 7', '"count": 6'), "count or sha256"),
])  # fmt: skip
def test_files_that_are_not_compiled_dictionaries_are_refused(text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        from_text("people", text, "bad.json")


@pytest.mark.parametrize("record,message", [
    (["X", "X", "", "", "TURGOV", "", ""], "keys"),
    (["X", "X", "x", "TURGOV 2010-01-01 2009-01-01", None, "", ""], "ends before"),
    (["X", "X", "x", "TURGOV 1/1/2010 -", None, "", ""], "YYYY-MM-DD"),
    (["X", "X", "x", "TURGOV 2010-01-01", None, "", ""], "CODE START END"),
    (["X", "X", "x", "ZZZGOV - -", None, "", ""], "code table"),
    (["X", "X", "x", "", None, "", ""], "roles or a default"),
    (["X", "X", "x", "", "TURGOV", "y", ""], "generic name"),
    (["X", "X", "x", ""], "a record is"),
])  # fmt: skip
def test_the_full_check_refuses_bad_records(record: list[Any], message: str) -> None:
    text = people_file(extra=[record])
    with pytest.raises(DataFileError, match=message):
        from_text("people", text, "bad.json", full=True)


def test_without_the_full_check_a_record_the_build_would_refuse_still_loads() -> None:
    # what the build checks is not re-checked at each start (the digest guards the file)
    assert len(from_text("people", people_file(extra=[["X", "X", "x", "", None, "", ""]]), "t.json")) == len(PEOPLE) + 1


def test_nothing_is_loaded_at_import() -> None:
    code = "import dyadwatch.actors.phoenix as p; print(p.load_people.cache_info().currsize, p.load_finder.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "0"]


# --- the packaged dictionaries ---------------------------------------------------------------


def test_packaged_files_pass_the_full_check() -> None:
    from importlib import resources

    for name in ("people", "institutions", "igos", "agents", "discards"):
        path = resources.files("dyadwatch") / "data" / "actors" / f"phoenix_{name}.json"
        assert len(from_text(name, path.read_text(encoding="utf-8"), str(path), full=True)) > 0  # type: ignore[arg-type]


def test_loaded_once() -> None:
    assert load_people() is load_people()
    assert load_finder() is load_finder()


PACKAGED_ROLES = [
    ("Recep Tayyip Erdogan", "2010-05-01", "TUR", "GOV"),
    ("Recep Tayyip Erdogan", "1995-05-01", "TUR", "ELI"),
    ("John Kerry", "2012-01-01", "USA", "LEG"),
    ("John Kerry", "2014-01-01", "USA", "GOV"),
    ("Mohammad Zahir Shah", "1950", "AFG", "GOV"),
    ("Mohamed Ould Abdel Aziz", "2010", "MRT", "GOV"),  # coded MUS (Mauritius) in the source; corrected
    ("Ban Ki-moon", "2005", "KOR", "GOV"),
    ("Ban Ki-moon", "2012", "UNO", None),
    ("Javier Solana", "1997", "NAT", None),
]


@pytest.mark.parametrize("name,on,country,sector", PACKAGED_ROLES)
def test_packaged_people(name: str, on: str, country: str, sector: str | None) -> None:
    role = load_people().role(name, on)
    assert role is not None and (role.country, role.sector) == (country, sector)


def test_packaged_places_are_no_actors() -> None:
    # Phoenix lists Kabul and Helmand as names of Afghanistan: never compiled as actors
    for name in ("Kabul", "Helmand", "Afghanistan", "Beijing"):
        assert name not in load_people() and name not in load_institutions()


def test_packaged_institutions() -> None:
    role = load_institutions().role("Afghan National Army", "2012")
    assert role is not None and (role.country, role.sector, role.basis) == ("AFG", "MIL", "default")
    assert load_institutions().role("Knesset").country == "ISR"


@pytest.mark.parametrize("noun,sector", [("defence minister", "MIL"), ("Foreign Ministers", "GOV"), ("congressmen", "LEG"),
                                         ("deputy foreign minister", "GOV"), ("troops", "MIL"), ("attorney general", "GOV"), ("defense ministry", "MIL"),
                                         ("rebels", "REB"), ("aardvark", None)])  # fmt: skip
def test_agents(noun: str, sector: str | None) -> None:
    assert load_agents().sector_of(noun) == sector


@pytest.mark.parametrize("phrase,code", [("North Atlantic Treaty Organization", "NAT"), ("NATO", "NAT"), ("ECOWAS", "ECW"),
                                         ("IAEA", "IAE"), ("European Commission", "EUR"), ("World Food Programme", "UNO"),
                                         ("IMF", None), ("Council of Europe", None), ("Nowhere Union", None)])  # fmt: skip
def test_igos(phrase: str, code: str | None) -> None:
    assert load_igos().code_of(phrase) == code


def test_unmapped_igos_keep_their_phoenix_code() -> None:
    (imf,) = load_igos().lookup("International Monetary Fund")
    assert (imf.code, imf.phoenix, bool(imf.why)) == (None, "IGOBUSIMF", True)


def test_discards() -> None:
    found = load_discards().matches("Fans of MANCHESTER UNITED watched weightlifting and the Davis Cup in 1998.")
    assert [(d.text, d.scope) for d in found] == [("MANCHESTER UNITED", "story"), ("weightlifting", "sentence"),
                                                  ("Davis Cup", "sentence")]  # fmt: skip
    assert [d.text for d in load_discards().matches("in 1998", kinds=("phrase", "year"))] == ["1998"]
    assert load_discards().matches("The minister met the ambassador.") == []
    # words of a discard are separated by spaces or a hyphen, nothing else
    assert [d.text for d in load_discards().matches("Group A teams; group, a; the semi-final")] == ["Group A", "semi-final"]


# --- finding names in text -------------------------------------------------------------------

FINDER = NameFinder({"person": ["ban ki moon", "recep tayyip erdogan", "erdogan", "bashar al assad"],
                     "igo": ["un", "united nations"], "institution": ["white house", "un"]})  # fmt: skip
FINDS = [
    ("Ban Ki-moon met Erdogan.", [("Ban Ki-moon", ("person",)), ("Erdogan", ("person",))]),
    ("Ban Ki Moon arrived", [("Ban Ki Moon", ("person",))]),
    ("ban ki-moon arrived", []),  # a name starts with a capital
    ("TURKEY'S ERDOGAN SPEAKS", [("ERDOGAN", ("person",))]),
    ("Recep Tayyip Erdoğan said", [("Recep Tayyip Erdoğan", ("person",))]),  # the longest name
    ("Recep Tayyip\nErdogan said", [("Erdogan", ("person",))]),  # no name across lines
    ("Ban    Ki-moon", []),  # at most three characters between words
    ("at the White House", [("White House", ("institution",))]),
    ("a white house; a White house", []),
    ("President Bashar al-Assad", [("Bashar al-Assad", ("person",))]),
    ("the United Nations and the UN", [("United Nations", ("igo",)), ("UN", ("igo", "institution"))]),
    ("Erdoganism", []),  # whole words only
]


@pytest.mark.parametrize("text,expected", FINDS, ids=[f[0] for f in FINDS])
def test_finder(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    hits = FINDER.find(text)
    assert [(h.text, h.kinds) for h in hits] == expected
    assert all(text[h.start : h.end] == h.text and h.key == name_key(h.text) for h in hits)


def test_packaged_finder_leaves_generic_names_out_unless_asked() -> None:
    text = "The Senate heard Hassan and Vladimir Putin at the Kremlin."
    assert [h.text for h in load_finder().find(text)] == ["Vladimir Putin", "Kremlin"]
    assert [h.text for h in load_finder(generic=True).find(text)] == ["Senate", "Hassan", "Vladimir Putin", "Kremlin"]


def test_finder_kinds_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown kinds"):
        load_finder(("person", "planet"))


def test_json_lines_writes_one_record_per_line() -> None:
    text = people_file()
    lines = text.split("\n")
    start = lines.index(' "people": [')
    assert [json.loads(line.rstrip(",")) for line in lines[start + 1 : start + 1 + len(PEOPLE)]] == actor_rows(PEOPLE)
