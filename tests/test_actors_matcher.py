"""The mention matcher over raw text: tables of (text, expected mentions), one per concern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.actors import Entry, PhraseMatcher, load_lexicon
from shared_paths import SEED

NEEDS_SHARED = True


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def found(lex, text):
    return [(m.text, m.country, m.kind) for m in lex.find_mentions(text)]


ALIASES = [
    ("Talks with the DPRK resumed.", [("the DPRK", "PRK", "alias")]),
    ("NKorea is willing.", [("NKorea", "PRK", "alias")]),
    ("Officials in N. Korea said", [("N. Korea", "PRK", "alias")]),
    ("the U.S. and the U.K. agreed", [("U.S.", "USA", "alias"), ("U.K.", "GBR", "alias")]),
    ("The ROK navy", [("The ROK", "KOR", "alias")]),
    ("ROK troops", [("ROK", "KOR", "alias")]),
    ("Burma's junta", [("Burma", "MMR", "alias")]),
    ("aid to the DRC", [("the DRC", "COD", "alias")]),
    ("Türkiye and Turkiye", [("Türkiye", "TUR", "name"), ("Turkiye", "TUR", "name")]),
    ("the Russian Federation", [("the Russian Federation", "RUS", "alias")]),
    ("the UAE said", [("the UAE", "ARE", "alias")]),
]


@pytest.mark.parametrize(("text", "expected"), ALIASES)
def test_aliases(lex, text, expected):
    assert found(lex, text) == expected


CAPITALS_AND_SEATS = [
    ("Caracas announced", [("Caracas", "VEN", "capital")]),
    ("Pyongyang's support", [("Pyongyang", "PRK", "capital")]),
    ("talks in Naypyidaw", [("Naypyidaw", "MMR", "capital")]),
    ("New Delhi and Delhi", [("New Delhi", "IND", "capital"), ("Delhi", "IND", "capital")]),
    ("Bogota and Bogotá", [("Bogota", "COL", "capital"), ("Bogotá", "COL", "capital")]),
    ("the Kremlin said", [("Kremlin", "RUS", "seat")]),
    ("the White House", [("White House", "USA", "seat")]),
    ("the State Department and Foggy Bottom",
     [("State Department", "USA", "institution"), ("Foggy Bottom", "USA", "seat")]),
    ("Downing Street and Number 10", [("Downing Street", "GBR", "seat"), ("Number 10", "GBR", "seat")]),
    ("the Foreign Office", [("Foreign Office", "GBR", "institution")]),
    ("the FCDO", [("FCDO", "GBR", "institution")]),
    ("the Elysee and the Élysée", [("Elysee", "FRA", "seat"), ("Élysée", "FRA", "seat")]),
    ("Quai d’Orsay", [("Quai d’Orsay", "FRA", "seat")]),
    ("Zhongnanhai", [("Zhongnanhai", "CHN", "seat")]),
    ("the Knesset voted", [("Knesset", "ISR", "institution")]),
    ("Global Affairs Canada", [("Global Affairs Canada", "CAN", "institution")]),
    ("OFAC designated", [("OFAC", "USA", "institution")]),
    ("the Tatmadaw", [("Tatmadaw", "MMR", "institution")]),
    ("the IRGC and Islamic Revolutionary Guard Corps",
     [("IRGC", "IRN", "institution"), ("Islamic Revolutionary Guard Corps", "IRN", "institution")]),
    ("the Royal Navy", [("Royal Navy", "GBR", "institution")]),
    ("Washington, D.C.", [("Washington, D.C.", "USA", "capital")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPITALS_AND_SEATS)
def test_capitals_and_seats(lex, text, expected):
    assert found(lex, text) == expected


SEAT_SECTORS = [
    ("the Pentagon", "MIL"), ("the Kremlin", "GOV"), ("Capitol Hill", "LEG"),
    ("the Knesset", "LEG"), ("the Tatmadaw", "MIL"), ("KCNA", "MED"), ("Caracas", None),
    ("Venezuela", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sector"), SEAT_SECTORS)
def test_entries_carry_their_sector(lex, text, sector):
    (m,) = lex.find_mentions(text)
    assert m.sector == sector


POSSESSIVES = [
    ("Venezuela's economy", [("Venezuela", "VEN", "name")]),
    ("Venezuela’s economy", [("Venezuela", "VEN", "name")]),
    ("North Korea’s economy", [("North Korea", "PRK", "name")]),
    ("the U.S.'s allies", [("U.S.", "USA", "alias")]),
    ("NKorea’s know how", [("NKorea", "PRK", "alias")]),
    ("the Kremlin's line", [("Kremlin", "RUS", "seat")]),
    ("Syrians' plight", [("Syrians", "SYR", "demonym")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES)
def test_possessives_leave_the_s_outside_the_span(lex, text, expected):
    assert found(lex, text) == expected


DEMONYMS = [
    ("North Korean officials", [("North Korean", "PRK", "demonym")]),
    ("South Korean troops", [("South Korean", "KOR", "demonym")]),
    ("Korean assistance", [("Korean", "KOR", "demonym")]),
    ("North American imperialism", [("North American", "", "description")]),
    ("Latin American states", [("Latin American", "", "description")]),
    ("South American leaders", [("South American", "", "description")]),
    ("American officials", [("American", "USA", "demonym")]),
    ("Russian bombers", [("Russian", "RUS", "demonym")]),
    ("Papua New Guinean police", [("Papua New Guinean", "PNG", "demonym")]),
    ("Iraqis and Afghans", [("Iraqis", "IRQ", "demonym"), ("Afghans", "AFG", "demonym")]),
    ("Chinese and Japanese", [("Chinese", "CHN", "demonym"), ("Japanese", "JPN", "demonym")]),
    ("British and French", [("British", "GBR", "demonym"), ("French", "FRA", "demonym")]),
    ("South Sudanese and Sudanese", [("South Sudanese", "SSD", "demonym"), ("Sudanese", "SDN", "demonym")]),
    ("Nigerien and Nigerian", [("Nigerien", "NER", "demonym"), ("Nigerian", "NGA", "demonym")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_demonyms(lex, text, expected):
    assert found(lex, text) == expected


AMBIGUOUS = [
    # (text, candidates, ambiguous)
    ("Korea", ("KOR", "PRK"), True),
    ("Korean", ("KOR", "PRK"), True),
    ("Congolese", ("COD", "COG"), True),
    ("Dominican", ("DOM", "DMA"), True),
    ("Congo", ("COD", "COG"), True),
    ("Georgia", ("GEO",), True),
    ("Jordan", ("JOR",), True),
    ("Chad", ("TCD",), True),
    ("Niger", ("NER",), True),
    ("Washington", ("USA",), True),
    ("Brussels", ("BEL", "EUR"), True),
    ("American", ("USA",), True),
    ("Georgians", ("GEO",), True),
    ("Western", ("WST",), True),
    ("North Korea", ("PRK",), False),
    ("Nigeria", ("NGA",), False),
    ("Pyongyang", ("PRK",), False),
]


@pytest.mark.parametrize(("text", "candidates", "ambiguous"), AMBIGUOUS)
def test_ambiguity_flags_and_candidates(lex, text, candidates, ambiguous):
    (m,) = lex.find_mentions(text)
    assert (m.candidates, m.ambiguous, m.country) == (candidates, ambiguous, candidates[0])


HYPHENATED = [
    ("EU-Cuba relations", [("EU", "EUR", "igo"), ("Cuba", "CUB", "name")]),
    ("U.S.-Angola ties", [("U.S.", "USA", "alias"), ("Angola", "AGO", "name")]),
    ("Australia-Papua New Guinea talks", [("Australia", "AUS", "name"), ("Papua New Guinea", "PNG", "name")]),
    ("Russian-Turkish-Iranian agreements",
     [("Russian", "RUS", "demonym"), ("Turkish", "TUR", "demonym"), ("Iranian", "IRN", "demonym")]),
    ("Turkish-Israeli", [("Turkish", "TUR", "demonym"), ("Israeli", "ISR", "demonym")]),
    ("Sino-American", [("Sino", "CHN", "demonym"), ("American", "USA", "demonym")]),
    ("Guinea-Bissau", [("Guinea-Bissau", "GNB", "name")]),
    # a stance prefix tells a stance, not an actor (descriptions.yaml stance_prefixes)
    ("anti-American", []),
    ("pro-Russian separatists", []),
    ("Anti - Chinese", []),
    ("U.S.–China trade", [("U.S.", "USA", "alias"), ("China", "CHN", "name")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HYPHENATED)
def test_hyphenated_compounds(lex, text, expected):
    assert found(lex, text) == expected


LONGEST = [
    ("Papua New Guinea", [("Papua New Guinea", "PNG", "name")]),
    ("South Sudan", [("South Sudan", "SSD", "name")]),
    ("Democratic Republic of the Congo", [("Democratic Republic of the Congo", "COD", "name")]),
    ("Republic of Korea", [("Republic of Korea", "KOR", "alias")]),
    ("Democratic People's Republic of Korea", [("Democratic People's Republic of Korea", "PRK", "alias")]),
    ("the North Korea", [("North Korea", "PRK", "name")]),
    ("Equatorial Guinea", [("Equatorial Guinea", "GNQ", "name")]),
    ("American Samoa", [("American Samoa", "ASM", "name")]),
    ("the Dominican Republic", [("the Dominican Republic", "DOM", "alias")]),
    ("UN nuclear watchdog", [("UN nuclear watchdog", "IAE", "igo")]),
    ("Western Sahara", [("Western Sahara", "ESH", "name")]),
    ("Mexico City", [("Mexico City", "MEX", "capital")]),
    ("Chinese Taipei", [("Chinese Taipei", "TWN", "alias")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LONGEST)
def test_longest_match_wins(lex, text, expected):
    assert found(lex, text) == expected


IGOS = [
    ("the UN Security Council", [("UN Security Council", "UNO", "igo")]),
    ("the EU", [("EU", "EUR", "igo")]),
    ("the U.N. secretary-general", [("U.N. secretary-general", "UNO", "igo")]),
    ("the United Nations", [("United Nations", "UNO", "igo")]),
    ("UNHCR and UNICEF", [("UNHCR", "UNO", "igo"), ("UNICEF", "UNO", "igo")]),
    ("UN humanitarian agencies", [("UN humanitarian agencies", "UNO", "igo")]),
    ("the European Commission", [("European Commission", "EUR", "igo")]),
    ("NATO and Nato", [("NATO", "NAT", "igo"), ("Nato", "NAT", "igo")]),
    ("the African Union", [("African Union", "AFU", "igo")]),
    ("ASEAN", [("ASEAN", "ASN", "igo")]),
    ("the Arab League", [("Arab League", "ARL", "igo")]),
    ("ECOWAS", [("ECOWAS", "ECW", "igo")]),
    ("the Gulf Cooperation Council", [("Gulf Cooperation Council", "GCC", "igo")]),
    ("the OAS", [("OAS", "OAS", "igo")]),
    ("the IAEA", [("IAEA", "IAE", "igo")]),
    ("OPEC", [("OPEC", "OPC", "igo")]),
]


@pytest.mark.parametrize(("text", "expected"), IGOS)
def test_igos(lex, text, expected):
    assert found(lex, text) == expected


WEST = [
    ("Western sanctions", [("Western", "WST", "bloc")]),
    ("relations with the Western world", [("the Western world", "WST", "bloc")]),
    ("the West imposed", [("the West", "WST", "bloc")]),
    ("Western powers", [("Western powers", "WST", "bloc")]),
    ("Western Europe", [("Western Europe", "", "description")]),
    ("the West Bank", []),
    ("The West Coast", []),
    ("they drove west", []),
]


@pytest.mark.parametrize(("text", "expected"), WEST)
def test_the_west(lex, text, expected):
    assert found(lex, text) == expected


CASE = [
    ("Let us go", []),
    ("the US said", [("US", "USA", "alias")]),
    ("Us and them", []),
    ("roast turkey", []),
    ("Turkey said", [("Turkey", "TUR", "name")]),
    ("TURKEY SAYS", [("TURKEY", "TUR", "name")]),
    (
        "VENEZUELA LOOKS TO NORTH KOREA",
        [("VENEZUELA", "VEN", "name"), ("NORTH KOREA", "PRK", "name")],
    ),
    ("a hanging chad", []),
    ("Chad said", [("Chad", "TCD", "name")]),
    ("china plates", []),
    ("WHO warned", [("WHO", "UNO", "igo")]),
    ("who warned", []),
    ("Who warned", []),
    ("The country", [("The country", "", "anaphor")]),
    ("THE COUNTRY", [("THE COUNTRY", "", "anaphor")]),
    ("the State Department", [("State Department", "USA", "institution")]),
    ("the state media", [("the state", "", "anaphor")]),
]


@pytest.mark.parametrize(("text", "expected"), CASE)
def test_case_rules(lex, text, expected):
    assert found(lex, text) == expected


NO_WORD_INTERNAL = [
    ("Iranian", [("Iranian", "IRN", "demonym")]),
    ("Omani", [("Omani", "OMN", "demonym")]),
    ("Oman", [("Oman", "OMN", "name")]),
    ("Nigeria", [("Nigeria", "NGA", "name")]),
    ("Chadian", [("Chadian", "TCD", "demonym")]),
    ("Iraqis", [("Iraqis", "IRQ", "demonym")]),
    ("Mali", [("Mali", "MLI", "name")]),
    ("Somalia", [("Somalia", "SOM", "name")]),
    ("Indiana", []),
    ("Perugia", []),
    ("Chinatown", []),
    ("USAir", []),  # (USAID itself is an institution: capitals.yaml)
    ("EUROPOL", []),
]


@pytest.mark.parametrize(("text", "expected"), NO_WORD_INTERNAL)
def test_no_match_inside_words(lex, text, expected):
    assert found(lex, text) == expected


NOT_ACTORS = [
    ("the Indian Ocean", []),
    ("New Jersey officials", []),
    ("the National Security Council", []),
    ("New Mexico", []),
    ("Native Americans", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ACTORS)
def test_phrases_that_name_no_actor(lex, text, expected):
    assert found(lex, text) == expected


DESCRIPTIONS = [
    ("the East Asian state", [("East Asian", "", "description")]),
    ("both states adhere", [("both states", "", "anaphor")]),
    ("the two countries", [("the two countries", "", "anaphor")]),
    ("his country will", [("his country", "", "anaphor")]),
    ("the Middle East", [("Middle East", "", "description")]),
    ("the two Koreas", [("the two Koreas", "KOR", "anaphor")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS)
def test_descriptions_and_anaphors(lex, text, expected):
    assert found(lex, text) == expected


PEOPLE = [
    ("Kim Jong Un said", [("Kim Jong Un", "PRK", "person")]),
    ("Kim Jong-un said", [("Kim Jong-un", "PRK", "person")]),
    ("Maduro's government", [("Maduro", "VEN", "person")]),
    (
        "Sergey Lavrov met Wang Yi",
        [("Sergey Lavrov", "RUS", "person"), ("Wang Yi", "CHN", "person")],
    ),
    ("Kim said", []),
    ("Mrs May said", []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people(lex, text, expected):
    assert found(lex, text) == expected


def test_entry_ids_name_the_file_code_kind_and_surface(lex):
    (m,) = lex.find_mentions("the DPRK")
    assert m.entry == "countries:PRK:alias:the DPRK"
    (m,) = lex.find_mentions("Caracas")
    assert m.entry == "capitals:VEN:capital:Caracas"


def test_seed_article_smoke(lex):
    mentions = lex.find_mentions(SEED.read_text(encoding="utf-8"))
    codes = [m.country for m in mentions]
    assert codes.count("PRK") > 0
    assert codes.count("VEN") > 0


def test_matcher_rejects_entry_not_starting_with_a_word():
    with pytest.raises(ValueError, match="must start with a word"):
        PhraseMatcher([Entry("t:1", "'s", "USA", ("USA",), None, "alias", False)])


def test_matcher_is_leftmost_longest_on_its_own_entries():
    entries = [
        Entry("t:a", "New", "AAA", ("AAA",), None, "name", False),
        Entry("t:b", "New York Times", "BBB", ("BBB",), None, "name", False),
        Entry("t:c", "York", "CCC", ("CCC",), None, "name", False),
    ]
    m = PhraseMatcher(entries)
    # "New York" is not an entry: fall back to "New", then "York" on its own
    assert [x.country for x in m.find("New York City")] == ["AAA", "CCC"]
    assert [x.text for x in m.find("the New York Times")] == ["New York Times"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Korea", "North", "South", "the", "U.S.", "-", "'s", "’s", "Iran", "ian", " ", "\n",
             "Guinea", "Bissau", "Papua", "New", "EU", "us", "Western", "World", "é", "Côte",
             "d'Ivoire", ".", "Congo", "Republic", "of"]
        ),
        max_size=40,
    ).map("".join)
)  # fmt: skip
def test_mentions_are_sorted_disjoint_and_point_into_the_text(text):
    lex = load_lexicon()
    mentions = lex.find_mentions(text)
    last = 0
    for m in mentions:
        assert last <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        last = m.end
