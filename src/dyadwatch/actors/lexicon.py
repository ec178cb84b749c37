"""The actor dictionaries, loaded once from ``data/actors/*.yaml`` into one read-only object.

``ActorLexicon`` answers the questions the event coder asks about actors: which spans of a
text name a state, an organisation, a capital or seat, a region or an anaphor
(``find_mentions``), what a code is called and where it lies (``country_name``,
``region_of``, ``in_region``), which role a head word gives (``sector_of``) and whether a
noun makes a description a state (``is_state_noun``).

The files are validated when loaded; any inconsistency (unknown code, unknown sector, one
surface given to two actors, a malformed entry) raises DataFileError naming the file. This
module does no work at import; ``load_lexicon()`` is cached.

Build inputs (country_aliases.yaml, m49.yaml) are read only by scripts/build_countries.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ..errors import DataFileError
from ..yamlfiles import read_yaml
from .matcher import CASE_MODES, Entry, Mention, PhraseMatcher, fold
from .phoenix import load_agents

#: the files the lexicon reads, in load order (people.yaml is optional)
DATA_FILES = ("countries", "capitals", "igos", "sectors", "descriptions", "people")
_OPTIONAL = frozenset({"people"})

_SECTOR_MEMO_SIZE = 100_000  # words remembered by sector_of before the memo starts afresh
_CODE = re.compile(r"^[A-Z]{3}$")
_COUNTRY_KINDS = frozenset({"name", "alias", "demonym"})
_PLACE_KINDS = frozenset({"capital", "seat", "institution"})
_IGO_KINDS = frozenset({"igo", "bloc"})
_STATUSES = frozenset({"member", "observer", "partially_recognised", "territory"})
_COUNTRY_KEYS = frozenset(
    {
        "iso_name",
        "official_name",
        "parent",
        "region",
        "subregion",
        "intermediate_region",
        "capitals",
    }
)
_SURFACE_KEYS = frozenset({"ambiguous", "case", "note"})
_IGO_ENTRY_KEYS = frozenset({"sector", "ambiguous", "case", "note"})
_PLACE_KEYS = _IGO_ENTRY_KEYS | {"candidates"}
_ANAPHOR_KEYS = frozenset({"candidates", "ambiguous", "note"})
_PERSON_KEYS = frozenset({"to", "aliases", "ambiguous", "note"})


@dataclass(frozen=True, slots=True)
class CountryInfo:
    code: str
    name: str
    status: str
    parent: str | None
    regions: tuple[str, ...]  # region, subregion, intermediate region (those that exist)
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PersonTerm:
    """One term in office of a person from people.yaml."""

    name: str
    country: str
    role: str
    start: int
    end: int | None  # None: in office when the data was written


class ActorLexicon:
    """Read-only actor dictionaries with a compiled mention matcher."""

    __slots__ = (
        "version", "countries", "igo_names", "_region_members", "_region_words",
        "_sectors", "_state_nouns", "_matcher", "_entries", "city_states", "_people",
        "_sector_memo", "_stance", "non_political", "stateless_sides", "organisation_nouns", "state_group_nouns", "office_holder_nouns", "local_institution_nouns",
        "spokesperson_nouns",
        "backer_participles", "group_nouns", "mutual_group_nouns", "halves",
    )  # fmt: skip

    def __init__(
        self,
        *,
        version: str,
        countries: Mapping[str, CountryInfo],
        igo_names: Mapping[str, str],
        region_words: Mapping[str, frozenset[str]],
        sectors: Mapping[str, str],
        state_nouns: frozenset[str],
        entries: tuple[Entry, ...],
        city_states: frozenset[str] = frozenset(),
        people: Mapping[str, tuple[PersonTerm, ...]] | None = None,
        stance_prefixes: frozenset[str] = frozenset(),
        non_political: frozenset[str] = frozenset(),
        stateless_sides: frozenset[str] = frozenset(),
        organisation_nouns: frozenset[str] = frozenset(),
        state_group_nouns: frozenset[str] = frozenset(),
        office_holder_nouns: frozenset[str] = frozenset(),
        local_institution_nouns: frozenset[str] = frozenset(),
        spokesperson_nouns: frozenset[str] = frozenset(),
        backer_participles: frozenset[str] = frozenset(),
        group_nouns: frozenset[str] = frozenset(),
        mutual_group_nouns: frozenset[str] = frozenset(),
        halves: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.version = version
        #: states whose capital bears the state's name (Monaco, Singapore, Vatican City)
        self.city_states = city_states
        self.countries = MappingProxyType(dict(countries))
        self.igo_names = MappingProxyType(dict(igo_names))
        self._region_words = MappingProxyType(dict(region_words))
        self._sectors = MappingProxyType(dict(sectors))
        self._state_nouns = state_nouns
        self._entries = entries
        self._matcher = PhraseMatcher(entries)
        self._people = MappingProxyType(dict(people or {}))
        #: sectors that are no political actor (GUIDELINES §1): they act for no state
        self.non_political = non_political
        #: sectors that are no side of an event at all, source or target (an opposition)
        self.stateless_sides = stateless_sides
        #: "the agency", "the alliance": the organisation named last
        self.organisation_nouns = organisation_nouns
        #: "the bloc", "the alliance": of those, the ones only ever of a group of states
        #: ("the regional bloc" is still the one named last)
        self.state_group_nouns = state_group_nouns
        #: "Peru's foreign minister ... he": one person named by office, whom "he" may mean
        self.office_holder_nouns = office_holder_nouns
        #: "a court in Guyana": a body of the state it is in
        self.local_institution_nouns = local_institution_nouns
        #: "a spokesperson for the French foreign ministry": speaks for the body of "for"
        self.spokesperson_nouns = spokesperson_nouns
        #: "Iran-backed militias", "the Chile-aligned rebels": a name hyphened to one of
        #: these participles tells the group's patron; the group is not the patron's
        self.backer_participles = backer_participles
        #: "the two allies", "both capitals": plural nouns that, counted, stand for the
        #: states named together; ``mutual_group_nouns`` ("the neighbours") also after "the"
        self.group_nouns = group_nouns
        self.mutual_group_nouns = mutual_group_nouns
        #: "the North" in a Korea story: a half of a divided country -> the states it may be
        self.halves = MappingProxyType(dict(halves or {}))
        #: "pro-Russian separatists", "anti-China protests": a name after one of these
        #: words and a hyphen tells a stance, it names no actor
        self._stance = (
            re.compile(r"(?i)\b(?:" + "|".join(sorted(stance_prefixes)) + r")\s?[-\u2010\u2011]\s?$") if stance_prefixes else None
        )
        # sector_of is asked about the same few thousand words over and over
        self._sector_memo: dict[str, str | None] = {}

    # --- matching
    def find_mentions(self, text: str) -> list[Mention]:
        """Actor mentions in ``text``: non-overlapping, leftmost-longest, whole words only;
        not a name that follows a stance prefix ("pro-Russian", "anti-China")."""
        found = self._matcher.find(text)
        if self._stance is None:
            return found
        return [m for m in found if not self._stance.search(text, max(0, m.start - 8), m.start)]

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every dictionary entry the matcher holds (for inspection and statistics)."""
        return self._entries

    # --- codes
    def country_name(self, code: str) -> str:
        """Usual English name of a state or territory code, or the name of an IGO/bloc code."""
        if code in self.countries:
            return self.countries[code].name
        if code in self.igo_names:
            return self.igo_names[code]
        raise KeyError(f"unknown actor code {code!r}")

    def region_of(self, code: str) -> tuple[str, ...]:
        """M49 region, subregion and intermediate region of a code (empty for IGOs)."""
        if code in self.countries:
            return self.countries[code].regions
        if code in self.igo_names:
            return ()
        raise KeyError(f"unknown actor code {code!r}")

    def region_codes(self, description_word: str) -> frozenset[str]:
        """Codes a region word covers ("East Asian" -> Eastern Asia); empty if unknown."""
        return self._region_words.get(_norm(description_word), frozenset())

    def in_region(self, code: str, description_word: str) -> bool:
        """Whether a region word ("East Asian", "Latin American", "Gulf") covers ``code``."""
        return code in self.region_codes(description_word)

    # --- roles
    def sector_of(self, word_or_phrase: str) -> str | None:
        """CAMEO sector of a head word or phrase ("forces" -> MIL), else None.

        Tries the whole phrase, then the phrase without its leading words ("deputy foreign
        minister" -> "foreign minister"), then a trailing plural "s" removed; then an
        actor entry that carries a sector itself ("Pentagon" -> MIL); finally the agent
        nouns of the Phoenix dictionaries.
        """
        memo = self._sector_memo
        if word_or_phrase in memo:
            return memo[word_or_phrase]
        if len(memo) >= _SECTOR_MEMO_SIZE:
            memo.clear()
        sector = memo[word_or_phrase] = self._sector_of(word_or_phrase)
        return sector

    def _sector_of(self, word_or_phrase: str) -> str | None:
        words = _norm(word_or_phrase).split(" ")
        for i in range(len(words)):
            tail = " ".join(words[i:])
            for form in (tail, tail[:-1] if tail.endswith("s") else None):
                if form and form in self._sectors:
                    return self._sectors[form]
        for m in self._matcher.find(word_or_phrase):
            if m.sector is not None and m.start == 0 and m.end == len(word_or_phrase.strip()):
                return m.sector
        # the field's agent nouns (Phoenix.agents.txt): "foreign secretary", "envoys", ...
        return load_agents().sector_of(word_or_phrase)

    @property
    def people(self) -> Mapping[str, tuple[PersonTerm, ...]]:
        """Terms in office by folded lower-case name or alias (people.yaml; read-only)."""
        return self._people

    def person_terms(self, name: str) -> tuple[PersonTerm, ...]:
        """Terms in office of a person by name or listed alias ("Putin"); empty if unknown."""
        return self._people.get(_norm(name), ())

    @property
    def state_nouns(self) -> frozenset[str]:
        """Nouns that make a description a state ("state", "government", "administration")."""
        return self._state_nouns

    def is_state_noun(self, lemma: str) -> bool:
        """Whether a noun makes a description a state ("state", "country", "nation", ...)."""
        return lemma in self._state_nouns or _norm(lemma) in self._state_nouns

    def stats(self) -> dict[str, int]:
        """Counts of codes and entries by kind (for reports and the CLI)."""
        out: dict[str, int] = {
            "countries": len(self.countries),
            "states": sum(1 for c in self.countries.values() if c.status != "territory"),
            "igos": len(self.igo_names),
            "sector_phrases": len(self._sectors),
            "region_words": len(self._region_words),
            "entries": len(self._entries),
        }
        for e in self._entries:
            key = "blocking" if e.block else e.kind
            out[f"kind:{key}"] = out.get(f"kind:{key}", 0) + 1
        return out


def _norm(text: str) -> str:
    return " ".join(fold(text).lower().split())


# --- loading and validation ------------------------------------------------------------------


def _read(directory: Path | Traversable, name: str) -> dict[str, Any] | None:
    path = directory / f"{name}.yaml"
    try:
        if not path.is_file():
            if name in _OPTIONAL:
                return None
            raise DataFileError(f"{path}: actor data file is missing")
        # the C loader (when libyaml is present) parses the data files about 5x faster
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read actor data file: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str):
        raise DataFileError(f"{path}: expected a mapping with a string 'version'")
    return raw


class _Checker:
    """Collects entries while validating; errors name the file and the entry."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._by_key: dict[tuple[str, ...], Entry] = {}
        self.where = ""

    def fail(self, message: str) -> DataFileError:
        return DataFileError(f"{self.where}.yaml: {message}")

    def row(
        self, row: object, i: int, required: tuple[str, ...], optional: frozenset[str]
    ) -> dict[str, Any]:
        if not isinstance(row, dict):
            raise self.fail(f"entry {i} is not a mapping: {row!r}")
        # An unknown key is usually a typo or an unquoted comma in a flow mapping
        # ("{text: Washington, D.C.}" parses as text "Washington" plus a key "D.C.").
        unknown = set(row) - set(required) - optional
        if unknown:
            raise self.fail(
                f"entry {i} ({row.get('text', '?')!r}) has unknown keys {sorted(unknown)}"
            )
        for key in required:
            if key not in row:
                raise self.fail(f"entry {i} ({row.get('text', '?')!r}) lacks {key!r}")
        text = row.get("text")
        if "text" in required and (not isinstance(text, str) or not text.strip()):
            raise self.fail(f"entry {i} has an empty or non-string text: {text!r}")
        if not isinstance(row.get("ambiguous", False), bool):
            raise self.fail(f"entry {i} ({text!r}): 'ambiguous' must be true or false")
        if row.get("case", "title") not in CASE_MODES:
            raise self.fail(f"entry {i} ({text!r}): case must be one of {CASE_MODES}")
        return row

    def add(self, entry: Entry) -> None:
        try:
            folded, _ = PhraseMatcher.pattern_of(entry)
        except ValueError as exc:
            raise self.fail(str(exc)) from exc
        key = tuple(t.lower() for t in folded)
        other = self._by_key.get(key)
        if other is not None and (other.candidates, other.block) != (entry.candidates, entry.block):
            raise self.fail(
                f"{entry.text!r} ({entry.id}) clashes with {other.text!r} ({other.id}): "
                "one surface may name only one actor; list it once with several candidates"
            )
        self._by_key.setdefault(key, entry)
        self.entries.append(entry)


def _codes(chk: _Checker, value: object, known: set[str], what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise chk.fail(f"{what}: expected a non-empty list of codes, got {value!r}")
    for code in value:
        if code not in known:
            raise chk.fail(f"{what}: unknown code {code!r}")
    return tuple(value)


def validate(raw: Mapping[str, dict[str, Any] | None]) -> ActorLexicon:
    """Check the parsed data files and build the lexicon (DataFileError on any problem).

    ``raw`` maps a file stem ("countries", "capitals", ...) to its parsed YAML.
    """
    chk = _Checker()
    versions: list[str] = []

    # countries.yaml
    chk.where = "countries"
    doc = raw["countries"]
    assert doc is not None
    versions.append(doc["version"])
    rows = doc.get("countries")
    if not isinstance(rows, list) or not rows:
        raise chk.fail("expected a non-empty 'countries' list")
    countries: dict[str, CountryInfo] = {}
    region_names: dict[str, set[str]] = {}
    for i, row in enumerate(rows):
        row = chk.row(row, i, ("code", "name", "status", "surfaces"), _COUNTRY_KEYS)
        code = row["code"]
        if not isinstance(code, str) or not _CODE.match(code) or code in countries:
            raise chk.fail(f"entry {i}: bad or repeated code {code!r}")
        if row["status"] not in _STATUSES:
            raise chk.fail(f"{code}: unknown status {row['status']!r}")
        regions = tuple(
            r
            for r in (row.get("region"), row.get("subregion"), row.get("intermediate_region"))
            if r
        )
        if not all(isinstance(r, str) for r in regions):
            raise chk.fail(f"{code}: region names must be strings")
        for r in regions:
            region_names.setdefault(r, set()).add(code)
        countries[code] = CountryInfo(
            code, str(row["name"]), row["status"], row.get("parent"), regions,
            tuple(row.get("capitals") or ()),
        )  # fmt: skip
    known = set(countries)
    for code, info in countries.items():
        if info.parent is not None and info.parent not in known:
            raise chk.fail(f"{code}: unknown parent {info.parent!r}")
    for row in rows:
        code = row["code"]
        if not isinstance(row["surfaces"], list) or not row["surfaces"]:
            raise chk.fail(f"{code}: expected a non-empty 'surfaces' list")
        for j, s in enumerate(row["surfaces"]):
            s = chk.row(s, j, ("text", "kind"), _SURFACE_KEYS)
            if s["kind"] not in _COUNTRY_KINDS:
                raise chk.fail(
                    f"{code} {s['text']!r}: kind must be one of {sorted(_COUNTRY_KINDS)}"
                )
            chk.add(
                Entry(
                    f"countries:{code}:{s['kind']}:{s['text']}", s["text"], code, (code,), None,
                    s["kind"], s.get("ambiguous", False), s.get("case", "title"),
                )
            )  # fmt: skip
    for j, s in enumerate(doc.get("shared") or []):
        s = chk.row(s, j, ("text", "kind", "candidates"), _SURFACE_KEYS)
        cands = _codes(chk, s["candidates"], known, f"shared {s['text']!r}")
        if s["kind"] not in _COUNTRY_KINDS:
            raise chk.fail(f"shared {s['text']!r}: kind must be one of {sorted(_COUNTRY_KINDS)}")
        chk.add(
            Entry(
                f"countries:shared:{s['kind']}:{s['text']}", s["text"], cands[0], cands, None,
                s["kind"], True, s.get("case", "title"),
            )
        )  # fmt: skip

    # sectors.yaml (before capitals/igos, which refer to sector codes)
    chk.where = "sectors"
    doc = raw["sectors"]
    assert doc is not None
    versions.append(doc["version"])
    codes = doc.get("codes")
    table = doc.get("sectors")
    if not isinstance(codes, dict) or not isinstance(table, dict):
        raise chk.fail("expected 'codes' and 'sectors' mappings")
    non_political = doc.get("non_political") or []
    if not isinstance(non_political, list) or any(c not in codes for c in non_political):
        raise chk.fail("non_political: expected a list of sector codes of 'codes'")
    stateless_sides = doc.get("stateless_sides") or []
    if not isinstance(stateless_sides, list) or any(c not in codes for c in stateless_sides):
        raise chk.fail("stateless_sides: expected a list of sector codes of 'codes'")
    sectors: dict[str, str] = {}
    for sector, phrases in table.items():
        if sector not in codes:
            raise chk.fail(f"sector {sector!r} is not in 'codes'")
        if not isinstance(phrases, list):
            raise chk.fail(f"sector {sector}: expected a list of words")
        for phrase in phrases:
            key = _norm(str(phrase))
            if key in sectors and sectors[key] != sector:
                raise chk.fail(f"{phrase!r} is listed under both {sectors[key]} and {sector}")
            sectors[key] = sector

    # igos.yaml
    chk.where = "igos"
    doc = raw["igos"]
    assert doc is not None
    versions.append(doc["version"])
    igo_names: dict[str, str] = {}
    orgs = doc.get("organisations")
    if not isinstance(orgs, list) or not orgs:
        raise chk.fail("expected a non-empty 'organisations' list")
    for i, org in enumerate(orgs):
        org = chk.row(org, i, ("code", "name", "kind", "entries"), frozenset())
        code = org["code"]
        if not isinstance(code, str) or not _CODE.match(code) or code in known or code in igo_names:
            raise chk.fail(f"organisation {i}: bad, repeated or state code {code!r}")
        if org["kind"] not in _IGO_KINDS:
            raise chk.fail(f"{code}: kind must be one of {sorted(_IGO_KINDS)}")
        igo_names[code] = str(org["name"])
        for j, s in enumerate(org["entries"]):
            s = chk.row(s, j, ("text",), _IGO_ENTRY_KEYS)
            sector = s.get("sector")
            if sector is not None and sector not in codes:
                raise chk.fail(f"{code} {s['text']!r}: unknown sector {sector!r}")
            chk.add(
                Entry(
                    f"igos:{code}:{org['kind']}:{s['text']}", s["text"], code, (code,), sector,
                    org["kind"], s.get("ambiguous", False), s.get("case", "title"),
                )
            )  # fmt: skip
    actor_codes = known | set(igo_names)

    # capitals.yaml
    chk.where = "capitals"
    doc = raw["capitals"]
    assert doc is not None
    versions.append(doc["version"])
    capital_names: dict[str, list[str]] = {}
    city_states = frozenset(_codes(chk, doc.get("city_states"), known, "city_states"))
    for i, s in enumerate(doc.get("entries") or []):
        s = chk.row(s, i, ("text", "country", "kind"), _PLACE_KEYS)
        if s["country"] not in known:
            raise chk.fail(f"{s['text']!r}: unknown country {s['country']!r}")
        if s["kind"] not in _PLACE_KINDS:
            raise chk.fail(f"{s['text']!r}: kind must be one of {sorted(_PLACE_KINDS)}")
        sector = s.get("sector")
        if sector is not None and sector not in codes:
            raise chk.fail(f"{s['text']!r}: unknown sector {sector!r}")
        cands = (
            _codes(chk, s["candidates"], actor_codes, s["text"])
            if "candidates" in s
            else (s["country"],)
        )
        if cands[0] != s["country"]:
            raise chk.fail(f"{s['text']!r}: the first candidate must be the country")
        if s["kind"] == "capital":
            capital_names.setdefault(s["country"], []).append(s["text"])
        chk.add(
            Entry(
                f"capitals:{s['country']}:{s['kind']}:{s['text']}", s["text"], s["country"],
                cands, sector, s["kind"], s.get("ambiguous", False) or len(cands) > 1,
                s.get("case", "title"),
            )
        )  # fmt: skip
    for code, info in countries.items():
        if list(info.capitals) != capital_names.get(code, []):
            raise DataFileError(
                f"countries.yaml: capitals of {code} {list(info.capitals)} differ from "
                f"capitals.yaml {capital_names.get(code, [])}: run scripts/build_countries.py"
            )

    # descriptions.yaml
    chk.where = "descriptions"
    doc = raw["descriptions"]
    assert doc is not None
    versions.append(doc["version"])
    region_words: dict[str, frozenset[str]] = {}
    for i, group in enumerate(doc.get("regions") or []):
        group = chk.row(group, i, ("words",), frozenset({"m49", "codes"}))
        members: set[str] = set()
        for name in group.get("m49", []):
            if name not in region_names:
                raise chk.fail(f"region group {i}: {name!r} is not an M49 region in countries.yaml")
            members |= region_names[name]
        if "codes" in group:
            members |= set(_codes(chk, group["codes"], known, f"region group {i}"))
        if not members:
            raise chk.fail(f"region group {i} covers no code")
        for word in group["words"]:
            key = _norm(word)
            if key in region_words:
                raise chk.fail(f"region word {word!r} is listed twice")
            region_words[key] = frozenset(members)
            chk.add(Entry(f"descriptions:region:{word}", word, "", (), None, "description", False))
    groups: dict[str, tuple[str, ...]] = {}
    for i, group in enumerate(doc.get("state_groups") or []):
        group = chk.row(group, i, ("words", "codes"), frozenset({"plus"}))
        members = _codes(chk, group["codes"], known, f"state group {i}")
        if "plus" in group:
            if group["plus"] not in groups:
                raise chk.fail(f"state group {i}: 'plus' names no earlier group: {group['plus']!r}")
            members = tuple(dict.fromkeys((*groups[group["plus"]], *members)))
        groups[str(group["words"][0])] = members
        if len(members) < 2:
            raise chk.fail(f"state group {i}: a group names two or more states")
        for word in group["words"]:
            chk.add(Entry(f"descriptions:group:{word}", str(word), members[0], members, None, "group", False, "exact"))
    state_nouns = frozenset(_norm(w) for w in doc.get("state_nouns") or [])
    if not state_nouns:
        raise chk.fail("expected a non-empty 'state_nouns' list")
    organisations_doc = doc.get("organisation_nouns") or {}
    if not isinstance(organisations_doc, dict) or set(organisations_doc) != {"of_states", "other"}:
        raise chk.fail("organisation_nouns: expected 'of_states' and 'other' lists of words")
    organisation_words = {k: organisations_doc[k] or [] for k in ("of_states", "other")}
    if not all(isinstance(w, str) for ws in organisation_words.values() for w in ws):
        raise chk.fail("organisation_nouns: expected lists of words")
    organisation_nouns = [w for ws in organisation_words.values() for w in ws]
    office_holder_nouns = doc.get("office_holder_nouns") or []
    local_institution_nouns = doc.get("local_institution_nouns") or []
    if not all(isinstance(w, str) for w in local_institution_nouns):
        raise chk.fail("local_institution_nouns: expected a list of words")
    spokesperson_nouns = doc.get("spokesperson_nouns") or []
    if not all(isinstance(w, str) for w in spokesperson_nouns):
        raise chk.fail("spokesperson_nouns: expected a list of words")
    if not all(isinstance(w, str) for w in office_holder_nouns):
        raise chk.fail("office_holder_nouns: expected a list of words")
    groups_doc = doc.get("group_nouns") or {}
    if not isinstance(groups_doc, dict) or set(groups_doc) - {"mutual", "counted"}:
        raise chk.fail("group_nouns: expected 'mutual' and 'counted' lists of words")
    group_words = {k: [w for w in groups_doc.get(k) or [] if isinstance(w, str)] for k in ("mutual", "counted")}
    if any(len(group_words[k]) != len(groups_doc.get(k) or []) for k in group_words):
        raise chk.fail("group_nouns: expected lists of words")
    halves_doc = doc.get("halves") or {}
    if not isinstance(halves_doc, dict) or not all(isinstance(w, str) and isinstance(v, list) for w, v in halves_doc.items()):
        raise chk.fail("halves: expected a mapping of words to lists of codes")
    halves = {w: _codes(chk, v, known, w) for w, v in halves_doc.items()}
    stance = doc.get("stance_prefixes") or []
    backers = doc.get("backer_participles") or []
    if not all(isinstance(w, str) and w.isalpha() for w in backers):
        raise chk.fail("backer_participles: expected a list of words")
    if not all(isinstance(w, str) and w.isalpha() for w in stance):
        raise chk.fail("stance_prefixes: expected a list of words")
    for i, a in enumerate(doc.get("anaphors") or []):
        a = chk.row(a, i, ("text", "number"), _ANAPHOR_KEYS)
        cands = _codes(chk, a["candidates"], known, a["text"]) if "candidates" in a else ()
        chk.add(
            Entry(
                f"descriptions:anaphor:{a['text']}", a["text"], cands[0] if cands else "", cands,
                None, "anaphor", a.get("ambiguous", False), "sentence",
            )
        )  # fmt: skip
    for phrase in doc.get("not_actors") or []:
        if not isinstance(phrase, str):
            raise chk.fail(f"not_actors: {phrase!r} is not a string")
        chk.add(Entry(f"descriptions:not_actor:{phrase}", phrase, "", (), None, "blocked", False,
                      block=True))  # fmt: skip

    # people.yaml (optional)
    people: dict[str, list[PersonTerm]] = {}
    doc = raw.get("people")
    if doc is not None:
        chk.where = "people"
        versions.append(doc["version"])
        for i, p in enumerate(doc.get("people") or []):
            p = chk.row(p, i, ("name", "country", "role", "from"), _PERSON_KEYS)
            if p["country"] not in actor_codes:
                raise chk.fail(f"{p['name']!r}: unknown country {p['country']!r}")
            start, end = p["from"], p.get("to")
            if not isinstance(start, int) or not (
                end is None or isinstance(end, int) and end >= start
            ):
                raise chk.fail(f"{p['name']!r}: 'from' and 'to' must be years, from <= to")
            term = PersonTerm(str(p["name"]), p["country"], str(p["role"]), start, end)
            role_sector = sectors.get(_norm(str(p["role"])))
            names = [p["name"], *p.get("aliases", [])]
            for name in names:
                terms = people.setdefault(_norm(name), [])
                if terms and terms[0].country != term.country:
                    raise chk.fail(
                        f"{name!r} names people of {terms[0].country} and {term.country}"
                    )
                terms.append(term)
                if len(terms) > 1:  # a later term of the same person: entry already added
                    continue
                chk.add(
                    Entry(
                        f"people:{p['country']}:person:{name}", name, p["country"],
                        (p["country"],), role_sector or "GOV", "person",
                        p.get("ambiguous", False),
                    )
                )  # fmt: skip

    return ActorLexicon(
        version="+".join(versions),
        countries=countries,
        igo_names=igo_names,
        region_words=region_words,
        sectors=sectors,
        state_nouns=state_nouns,
        entries=tuple(chk.entries),
        city_states=city_states,
        people={k: tuple(v) for k, v in people.items()},
        stance_prefixes=frozenset(w.lower() for w in stance),
        non_political=frozenset(non_political) | frozenset(stateless_sides),
        stateless_sides=frozenset(stateless_sides),
        organisation_nouns=frozenset(_norm(w) for w in organisation_nouns),
        state_group_nouns=frozenset(_norm(w) for w in organisation_words["of_states"]),
        office_holder_nouns=frozenset(_norm(w) for w in office_holder_nouns),
        local_institution_nouns=frozenset(_norm(w) for w in local_institution_nouns),
        spokesperson_nouns=frozenset(_norm(w) for w in spokesperson_nouns),
        backer_participles=frozenset(w.lower() for w in backers),
        group_nouns=frozenset(_norm(w) for k in ("mutual", "counted") for w in group_words[k]),
        mutual_group_nouns=frozenset(_norm(w) for w in group_words["mutual"]),
        halves=halves,
    )


def load_lexicon_from(directory: Path | Traversable) -> ActorLexicon:
    """Load and validate the actor data files in ``directory`` (not cached)."""
    raw = {name: _read(directory, name) for name in DATA_FILES}
    return validate(raw)


@cache
def load_lexicon() -> ActorLexicon:
    """The packaged actor lexicon (cached: loaded once per process)."""
    return load_lexicon_from(resources.files("dyadwatch") / "data" / "actors")
