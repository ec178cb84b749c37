"""Tests for dyadwatch.compiled (the cache of compiled data), its location
(settings.cache_directory) and the YAML reading through it (yamlfiles), on real files in
a temporary directory."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from dyadwatch.compiled import entry_path, load_compiled
from dyadwatch.settings import cache_directory
from dyadwatch.yamlfiles import cache_key, parse_yaml, read_yaml

VALUE = {
    "name": "Caracas",
    "rows": [1, 2, 3],
    "lat": 10.48801,
    "ok": True,
    "none": None,
    "set": {"a"},
}


class Builder:
    """A build function that counts its calls (the thing under test calls it or not)."""

    def __init__(self, value: Any = VALUE) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        return self.value


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def test_an_entry_is_written_then_reused(tmp_path: Path) -> None:
    build = Builder()
    assert load_compiled("thing", "k1", build, tmp_path) == VALUE
    path = entry_path(tmp_path, "thing", "k1")
    assert path.is_file() and build.calls == 1
    before = _stamp(path)
    again = load_compiled("thing", "k1", build, tmp_path)
    assert again == VALUE and type(again["rows"]) is list and type(again["set"]) is set
    assert build.calls == 1, "the second load must come from the file, not from build()"
    assert _stamp(path) == before, "a reused entry is not rewritten"


def test_the_directory_is_created(tmp_path: Path) -> None:
    where = tmp_path / "a" / "b"
    assert load_compiled("thing", "k", Builder(), where) == VALUE
    assert entry_path(where, "thing", "k").is_file()


def test_a_changed_key_builds_anew(tmp_path: Path) -> None:
    old, new = Builder({"v": 1}), Builder({"v": 2})
    assert load_compiled("thing", "version-1", old, tmp_path) == {"v": 1}
    assert load_compiled("thing", "version-2", new, tmp_path) == {"v": 2}
    assert new.calls == 1
    assert entry_path(tmp_path, "thing", "version-1") != entry_path(tmp_path, "thing", "version-2")


def test_an_entry_holding_another_key_is_not_read(tmp_path: Path) -> None:
    # the file name is a digest of the key; the key inside the file is checked too
    load_compiled("thing", "A", Builder({"v": "A"}), tmp_path)
    entry_path(tmp_path, "thing", "A").replace(entry_path(tmp_path, "thing", "B"))
    build = Builder({"v": "B"})
    assert load_compiled("thing", "B", build, tmp_path) == {"v": "B"}
    assert build.calls == 1


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip_last_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-2] ^= 0xFF  # inside the payload: only the checksum can tell
    path.write_bytes(bytes(data))


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a marshal file at all")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("damage", [_truncate, _flip_last_byte, _garbage, _empty])
def test_a_corrupt_entry_is_rebuilt_and_rewritten(tmp_path: Path, damage: Any) -> None:
    value = {"words": [f"word{i}" for i in range(200)], "n": 7}
    load_compiled("thing", "k", Builder(value), tmp_path)
    path = entry_path(tmp_path, "thing", "k")
    damage(path)
    build = Builder(value)
    assert load_compiled("thing", "k", build, tmp_path) == value
    assert build.calls == 1
    # the entry is whole again: the next load reads it
    third = Builder({"not": "read"})
    assert load_compiled("thing", "k", third, tmp_path) == value and third.calls == 0


def test_a_value_marshal_cannot_hold_is_built_every_time(tmp_path: Path) -> None:
    build = Builder({"day": dt.date(2026, 12, 6)})
    assert load_compiled("thing", "k", build, tmp_path) == {"day": dt.date(2026, 12, 6)}
    assert load_compiled("thing", "k", build, tmp_path) == {"day": dt.date(2026, 12, 6)}
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_a_directory_that_cannot_be_written_costs_only_the_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory should be")
    build = Builder()
    assert load_compiled("thing", "k", build, blocker / "cache") == VALUE
    assert load_compiled("thing", "k", build, blocker / "cache") == VALUE
    assert build.calls == 2
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    load_compiled("thing", "k", Builder(), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [entry_path(tmp_path, "thing", "k").name]


# -- where ------------------------------------------------------------------------------------
def test_the_cache_directory_setting_relocates_it(tmp_path: Path) -> None:
    env = {"DYADWATCH_CACHE_DIR": str(tmp_path / "mine"), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    assert cache_directory(env) == tmp_path / "mine"


def test_the_xdg_cache_home_is_used_when_absolute(tmp_path: Path) -> None:
    assert cache_directory({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "dyadwatch"


def test_a_relative_xdg_cache_home_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert (
        cache_directory({"XDG_CACHE_HOME": "relative/cache"}) == tmp_path / ".cache" / "dyadwatch"
    )


def test_the_default_is_under_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_directory({}) == tmp_path / ".cache" / "dyadwatch"


def test_load_compiled_uses_the_configured_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    load_compiled("thing", "k", Builder())
    assert entry_path(tmp_path, "thing", "k").is_file()


# -- YAML through the cache ---------------------------------------------------------------------
TEXT = """\
version: test-1
countries:
  - {code: VEN, name: Venezuela, capitals: [Caracas], lat: 10.5, member: yes}
  - code: PRK
    name: North Korea
    prep: 'on'
    empty: null
"""


def test_read_yaml_gives_what_the_parser_gives_and_caches_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    fresh = parse_yaml(TEXT)
    assert read_yaml(TEXT) == fresh  # built, and stored
    path = entry_path(tmp_path, "yaml", cache_key(TEXT))
    assert path.is_file()
    assert read_yaml(TEXT) == fresh  # read back from the file
    assert list(read_yaml(TEXT)["countries"][0]) == list(fresh["countries"][0])  # key order kept


def test_read_yaml_reads_the_cache_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an entry stored under the text's key is what read_yaml returns: the parse is skipped
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    load_compiled("yaml", cache_key(TEXT), Builder({"from": "the cache"}), tmp_path)
    assert read_yaml(TEXT) == {"from": "the cache"}


def test_an_edited_text_is_parsed_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    assert read_yaml(TEXT)["version"] == "test-1"
    edited = TEXT.replace("test-1", "test-2")
    assert cache_key(edited) != cache_key(TEXT)
    assert read_yaml(edited)["version"] == "test-2"


def test_bad_yaml_still_raises_and_leaves_no_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    with pytest.raises(yaml.YAMLError):
        read_yaml("a: [unclosed\n")
    assert list(tmp_path.iterdir()) == []


def test_yaml_dates_are_read_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    assert read_yaml("since: 2019-05-01\n") == {"since": dt.date(2019, 5, 1)}
    assert read_yaml("since: 2019-05-01\n") == {"since": dt.date(2019, 5, 1)}
    assert list(tmp_path.iterdir()) == []


def test_every_packaged_yaml_file_reads_the_same_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path))
    data = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data"
    files = sorted(data.rglob("*.yaml"))
    assert len(files) > 15
    for path in files:
        text = path.read_text(encoding="utf-8")
        fresh = parse_yaml(text)
        assert read_yaml(text) == fresh, path  # built
        assert read_yaml(text) == fresh, path  # from the cache
    assert len(os.listdir(tmp_path)) == len({path.read_bytes() for path in files})
