"""Sentence-level scoring against the CAMEO-coded regression sets PETR2-GSR and PLOVER-GSR.

Each gold record is one sentence; the coder codes it as an Article whose id is the record
id. Actors are compared at country level: the first three characters of a CAMEO actor code,
mapped to ISO by ``data/cameo_country_codes.yaml`` (``---`` matches any actor; ``IGOUNO...``
becomes ``UNO``). Gold files are read as they are, never rewritten.

PETR2-GSR is scored the way its authors scored PETRARCH-2: a record is *exact* when its set
of (source, target, code) triples equals the gold set (a ``noevents`` record must produce
nothing); micro precision, recall and F1 are given on triples at full-code and root level.

PLOVER-GSR records hold one event each, typed in an early PLOVER version (names mapped to
PLOVER 2.0 by ``data/plover_names.yaml``). Type accuracy: the share of records where some
coder event has the gold type. Actor accuracy: over those matched events, the share of
actor roles whose country is right (the best-scoring coder event of the gold type speaks).
A record whose gold names two or more sources and no target is a compound actor ("Jordan
and Britain agreed"): the coder's source and target must then both be among the sources.

Which coder events count (``CountPolicy``): PETRARCH codes every event a sentence states,
whatever its modality, so the default counts all events except negated ones (a denial is
the one reading PETRARCH would not code as the event). ``reportable`` counts only asserted
events outside commentary, ``all`` counts everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ..codebook import PLOVER_TYPES, load_codebook
from ..errors import DataFileError, FormatError
from ..readers.jsonl import iter_json_objects
from ..records import Article, Status
from ..yamlfiles import read_yaml
from .articles import CodedEvent
from .coding import parse_date
from .matching import max_matching

# --------------------------------------------------------------------------- data files


@dataclass(frozen=True, slots=True)
class CountryCodes:
    unknown: str
    igo_prefix: str
    igo_codes: frozenset[str]
    stateless_prefixes: frozenset[str]
    to_iso: Mapping[str, str]
    state_sectors: frozenset[str] = frozenset()

    def country(self, actor_code: str) -> str | None:
        """The country-level code of a CAMEO actor code; None when unknown (``---``)."""
        code = actor_code.strip().upper()
        if not code or code.startswith(self.unknown):
            return None
        head = code[:3]
        if head == self.igo_prefix:
            org = code[3:6]
            return org if len(org) == 3 else self.igo_prefix
        return self.to_iso.get(head, head)

    def matches(self, gold: str | None, coder: str) -> bool:
        """Whether a coder actor's country matches a gold country-level code."""
        if gold is None:
            return True
        if gold == self.igo_prefix:
            return coder in self.igo_codes
        return gold == coder

    def is_state_actor(self, actor_code: str) -> bool:
        """A state, its organ, or a GUIDELINES §2 organisation (what GUIDELINES §1 codes):
        ``USA``, ``RUSGOV``, ``IGOUNO``; not ``---``, ``BRAPPL``, ``GEOOPP``, ``NGO...``."""
        code = actor_code.strip().upper()
        country = self.country(code)
        if country is None or code[:3] in self.stateless_prefixes:
            return False
        if code[:3] == self.igo_prefix:
            return country in self.igo_codes
        return code[3:6] == "" or code[3:6] in self.state_sectors


def _three_letters(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 3 and value.isalpha() and value.isupper()


def _read_yaml(name: str) -> Any:
    path = resources.files("dyadwatch") / "data" / name
    try:
        return read_yaml(path.read_text(encoding="utf-8")), str(path)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read {path}: {exc}") from exc


@cache
def load_country_codes() -> CountryCodes:
    """The packaged CAMEO -> ISO country table (validated, cached)."""
    raw, where = _read_yaml("cameo_country_codes.yaml")
    try:
        table = CountryCodes(
            unknown=str(raw["unknown"]),
            igo_prefix=str(raw["igo_prefix"]),
            igo_codes=frozenset(raw["igo_codes"]),
            stateless_prefixes=frozenset(raw["stateless_prefixes"]),
            to_iso=MappingProxyType(dict(raw["to_iso"])),
            state_sectors=frozenset(raw.get("state_sectors", ())),
        )
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"{where}: missing or invalid field {exc}") from exc
    codes = [*table.igo_codes, *table.stateless_prefixes, *table.to_iso, *table.to_iso.values()]
    bad = [c for c in codes if not _three_letters(c)]
    if bad:
        raise DataFileError(f"{where}: not three upper-case letters: {bad}")
    loops = [c for c in table.to_iso.values() if c in table.to_iso]
    if loops:
        raise DataFileError(f"{where}: ISO targets that are themselves mapped: {loops}")
    return table


@cache
def load_plover_names() -> Mapping[str, str]:
    """Early-PLOVER name -> PLOVER 2.0 name (validated, cached)."""
    raw, where = _read_yaml("plover_names.yaml")
    renamed = raw.get("renamed") if isinstance(raw, dict) else None
    if not isinstance(renamed, dict):
        raise DataFileError(f"{where}: expected a 'renamed' mapping")
    bad = {k: v for k, v in renamed.items() if v not in PLOVER_TYPES or k in PLOVER_TYPES}
    if bad:
        raise DataFileError(f"{where}: renamings must go from an old name to a 2.0 type: {bad}")
    return MappingProxyType({str(k): str(v) for k, v in renamed.items()})


def plover_2(name: str) -> str:
    """A PLOVER type name in its 2.0 form."""
    upper = name.strip().upper()
    return load_plover_names().get(upper, upper)


# --------------------------------------------------------------------------- which events


class CountPolicy(StrEnum):
    """Which coder events take part in sentence scoring."""

    NON_NEGATED = "non-negated"
    REPORTABLE = "reportable"
    ALL = "all"

    def counts(self, event: CodedEvent) -> bool:
        if self is CountPolicy.ALL:
            return True
        if self is CountPolicy.REPORTABLE:
            return event.reportable
        return event.status != Status.NEGATED.value


def _events_by_doc(
    events: Iterable[CodedEvent], policy: CountPolicy
) -> dict[str, list[CodedEvent]]:
    out: dict[str, list[CodedEvent]] = {}
    for event in events:
        if policy.counts(event):
            out.setdefault(event.doc, []).append(event)
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SentenceRecord:
    """One gold sentence of either set, with its gold as read (codes not yet mapped)."""

    id: str
    text: str
    date: date | None
    category: str
    noevents: bool
    events: tuple[dict[str, Any], ...]

    def article(self) -> Article:
        return Article(
            id=self.id, title="", text=self.text, date=self.date, origin=f"record {self.id}"
        )


def load_sentence_records(path: str | Path) -> list[SentenceRecord]:
    p = Path(path)
    records: list[SentenceRecord] = []
    for number, raw in iter_json_objects(p):
        try:
            record = SentenceRecord(
                id=str(raw["id"]),
                text=str(raw["text"]),
                date=parse_date(raw.get("date")),
                category=str(raw.get("category", "")),
                noevents=bool(raw.get("noevents", False)),
                events=tuple(raw.get("events") or ()),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise FormatError(
                str(p), f"record lacks or mistypes field {exc}", line=number
            ) from None
        if not all(isinstance(e, dict) and "code" in e for e in record.events):
            raise FormatError(str(p), "every gold event needs a 'code'", line=number)
        records.append(record)
    return records


def detect_format(records: Sequence[SentenceRecord]) -> str:
    """``petr2`` (actors are strings) or ``plover`` (actors are lists)."""
    for record in records:
        for event in record.events:
            source = event.get("source")
            if isinstance(source, list):
                return "plover"
            if isinstance(source, str):
                return "petr2"
    raise FormatError("sentence set", "cannot tell PETR2 from PLOVER records (no gold events)")


# --------------------------------------------------------------------------- PETR2-GSR


Triple = tuple[str | None, str | None, str]


@dataclass(slots=True)
class PetrCounts:
    records: int = 0
    exact: int = 0
    noevents_records: int = 0
    noevents_exact: int = 0
    #: gold triples inside one country (GEOOPP -> GEOGOV): dyadwatch does not code these
    domestic_gold: int = 0
    tp_full: int = 0
    coded_full: int = 0
    gold_full: int = 0
    tp_root: int = 0
    coded_root: int = 0
    gold_root: int = 0

    def figures(self) -> dict[str, float]:
        p_full, r_full = _ratio(self.tp_full, self.coded_full), _ratio(self.tp_full, self.gold_full)
        p_root, r_root = _ratio(self.tp_root, self.coded_root), _ratio(self.tp_root, self.gold_root)
        return {
            "exact": _ratio(self.exact, self.records),
            "precision_full": p_full,
            "recall_full": r_full,
            "f1_full": _f1(p_full, r_full),
            "precision_root": p_root,
            "recall_root": r_root,
            "f1_root": _f1(p_root, r_root),
        }


@dataclass(slots=True)
class PetrResult:
    counts: PetrCounts
    records: list[dict[str, Any]] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    policy: str = CountPolicy.NON_NEGATED.value
    #: the same figures on the records whose every gold actor is a state or a §2
    #: organisation (what GUIDELINES §1 codes), with no domestic triple
    states: PetrCounts = field(default_factory=PetrCounts)

    def to_dict(self) -> dict[str, Any]:
        figures = {k: round(v, 4) for k, v in self.counts.figures().items()}
        counts = {name: getattr(self.counts, name) for name in self.counts.__slots__}
        states = {f"states_{k}": round(v, 4) for k, v in self.states.figures().items()}
        states["states_records"] = self.states.records
        return {"set": "petr2", "events": self.policy, **counts, **figures, **states,
                "failed": dict(self.failed), "per_record": self.records}  # fmt: skip


def _match_count(coded: Sequence[tuple[str, str, str]], gold: Sequence[Triple]) -> int:
    table = load_country_codes()
    return len(
        max_matching(
            coded,
            gold,
            lambda c, g: c[2] == g[2] and table.matches(g[0], c[0]) and table.matches(g[1], c[1]),
        )
    )


def score_petr2(
    records: Sequence[SentenceRecord],
    events: Iterable[CodedEvent],
    *,
    policy: CountPolicy = CountPolicy.NON_NEGATED,
    failed: Mapping[str, str] | None = None,
) -> PetrResult:
    table = load_country_codes()
    by_doc = _events_by_doc(events, policy)
    counts = PetrCounts()
    states = PetrCounts()
    details: list[dict[str, Any]] = []
    for record in records:
        gold_full: list[Triple] = sorted(
            {(table.country(str(e["source"])), table.country(str(e["target"])), str(e["code"]))
             for e in record.events},
            key=str,
        )  # fmt: skip
        coded_full = sorted({(e.source, e.target, e.cameo) for e in by_doc.get(record.id, [])})
        gold_root = sorted({(s, t, c[:2]) for s, t, c in gold_full}, key=str)
        coded_root = sorted({(s, t, c[:2]) for s, t, c in coded_full})
        tp_full = _match_count(coded_full, gold_full)
        tp_root = _match_count(coded_root, gold_root)
        exact = tp_full == len(coded_full) == len(gold_full)
        state_level = bool(record.events) and all(
            table.is_state_actor(str(e["source"])) and table.is_state_actor(str(e["target"]))
            and table.country(str(e["source"])) != table.country(str(e["target"]))
            for e in record.events
        )  # fmt: skip
        for tally in (counts, states) if state_level else (counts,):
            tally.records += 1
            tally.exact += exact
            tally.noevents_records += record.noevents
            tally.noevents_exact += record.noevents and exact
            tally.domestic_gold += sum(1 for s, t, _ in gold_full if s is not None and s == t)
            tally.tp_full += tp_full
            tally.coded_full += len(coded_full)
            tally.gold_full += len(gold_full)
            tally.tp_root += tp_root
            tally.coded_root += len(coded_root)
            tally.gold_root += len(gold_root)
        details.append(
            {
                "id": record.id,
                "exact": exact,
                "noevents": record.noevents,
                "gold": [[s or "---", t or "---", c] for s, t, c in gold_full],
                "coded": [list(t) for t in coded_full],
                "states": state_level,
                "text": record.text,
            }
        )
    return PetrResult(counts, details, dict(failed or {}), policy.value, states)


# --------------------------------------------------------------------------- PLOVER-GSR


@dataclass(slots=True)
class PloverCounts:
    records: int = 0
    gold_events: int = 0
    type_right: int = 0
    coded_records: int = 0  # records where the coder produced any counted event
    actor_roles: int = 0
    actor_right: int = 0

    def figures(self) -> dict[str, float]:
        return {
            "type_accuracy": _ratio(self.type_right, self.gold_events),
            "coverage": _ratio(self.coded_records, self.records),
            "actor_accuracy": _ratio(self.actor_right, self.actor_roles),
        }


@dataclass(slots=True)
class PloverResult:
    counts: PloverCounts
    per_type: dict[str, dict[str, int]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    policy: str = CountPolicy.NON_NEGATED.value

    def to_dict(self) -> dict[str, Any]:
        figures = {k: round(v, 4) for k, v in self.counts.figures().items()}
        counts = {name: getattr(self.counts, name) for name in self.counts.__slots__}
        return {"set": "plover", "events": self.policy, **counts, **figures,
                "per_type": self.per_type, "failed": dict(self.failed),
                "per_record": self.records}  # fmt: skip


def _event_type(event: CodedEvent) -> str | None:
    if event.plover:
        return plover_2(event.plover)
    if not event.cameo:
        return None
    try:
        return load_codebook().plover_for(event.cameo)
    except KeyError:
        return None


def _actor_score(
    event: CodedEvent, sources: Sequence[str | None], targets: Sequence[str | None]
) -> tuple[int, int]:
    """(right, scored) actor roles of one coder event against one gold event."""
    table = load_country_codes()
    right = scored = 0
    if sources:
        scored += 1
        right += any(table.matches(g, event.source) for g in sources)
    if targets:
        scored += 1
        right += any(table.matches(g, event.target) for g in targets)
    elif len(sources) >= 2:  # compound actor: both sides are among the sources
        scored += 1
        right += any(table.matches(g, event.target) for g in sources)
    return right, scored


def score_plover(
    records: Sequence[SentenceRecord],
    events: Iterable[CodedEvent],
    *,
    policy: CountPolicy = CountPolicy.NON_NEGATED,
    failed: Mapping[str, str] | None = None,
) -> PloverResult:
    table = load_country_codes()
    by_doc = _events_by_doc(events, policy)
    counts = PloverCounts()
    per_type: dict[str, Counter[str]] = {}
    details: list[dict[str, Any]] = []
    for record in records:
        coded = by_doc.get(record.id, [])
        counts.records += 1
        counts.coded_records += bool(coded)
        coded_types = [_event_type(e) for e in coded]
        for gold in record.events:
            gold_type = plover_2(str(gold["code"]))
            sources = [table.country(str(c)) for c in gold.get("source") or [] if str(c).strip()]
            targets = [table.country(str(c)) for c in gold.get("target") or [] if str(c).strip()]
            same_type = [e for e, t in zip(coded, coded_types, strict=True) if t == gold_type]
            tally = per_type.setdefault(gold_type, Counter())
            tally["gold"] += 1
            counts.gold_events += 1
            right = bool(same_type)
            counts.type_right += right
            tally["right"] += right
            actors: tuple[int, int] | None = None
            if same_type:
                actors = max((_actor_score(e, sources, targets) for e in same_type),
                             key=lambda rs: rs[0])  # fmt: skip
                counts.actor_right += actors[0]
                counts.actor_roles += actors[1]
            details.append(
                {
                    "id": record.id,
                    "gold_type": gold_type,
                    "gold_name": str(gold["code"]),
                    "coded_types": [t for t in coded_types if t],
                    "type_right": right,
                    "actors": list(actors) if actors else None,
                    "text": record.text,
                }
            )
    return PloverResult(
        counts,
        {t: dict(c) for t, c in sorted(per_type.items())},
        details,
        dict(failed or {}),
        policy.value,
    )
