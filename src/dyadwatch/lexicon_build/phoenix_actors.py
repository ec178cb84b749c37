"""Compile the Phoenix actor dictionaries (PETRARCH-2, MIT) into dyadwatch data (build time only).

``scripts/build_lexicon.py`` calls :func:`compile_countries` and
:func:`compile_international`; the coder reads the generated ``data/actors/phoenix_*.json``
through ``actors/phoenix.py`` and never this module.

``Phoenix.Countries.actors.txt`` holds four kinds of records, told apart as follows:

- **places** (not compiled): every code is a bare country or territory code with no role
  (``AFGHANISTAN_ [AFG]`` with its cities and provinces ``+KABUL_``, ``+HELMAND``;
  ``LEIPZIG_ [DDR 491007-901003]``). The project's own countries.yaml and capitals.yaml
  name states; a city never names a state actor (GUIDELINES §2).
- **people**: the lists generated from CountryInfo.txt (tagged ``# CountryInfo.txt``), and
  the hand-added records that are not institutions;
- **institutions**: hand-added records whose primary phrase holds an agent noun
  (``AFGHAN_NATIONAL_SECURITY_FORCES [AFGMIL]``, ``PRESIDENT_OF_THE_UNITED_STATES_``) or a
  word of ``phoenix_rules.yaml: institution_words`` (``KNESSET``, ``MOSSAD``), or that the
  rules classify by name;
- records with no usable code (reported).

``Phoenix.International.actors.txt`` holds IGOs, their officials, NGOs and companies:
records with an IGO code and no dates are organisations (or officials named without dates)
and go to the IGO list, mapped to the GUIDELINES §2 code where one exists; records with
dated codes are people (IGO officials, with any state offices they held); NGOs, companies
and militant groups are not compiled (GUIDELINES §1).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from ..actors.phoenix import name_key
from .phoenix_codes import CodeReading, CodeRules
from .report import BuildReport
from .tabari_actors import DAMAGE, ActorRecord, Restriction, clean_phrase, read_actor_records

COUNTRIES = "Phoenix.Countries.actors.txt"
INTERNATIONAL = "Phoenix.International.actors.txt"
_ACRONYM = re.compile(r"^[A-Z0-9.\-]{2,6}$")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


class _Compiler:
    def __init__(self, rules: CodeRules, config: dict[str, Any], report: BuildReport, codes: dict[str, list[Any]]) -> None:
        self.rules = rules
        self.config = config
        self.report = report
        #: every code used: [country, sector] (written once in the file's header)
        self.codes = codes

    def keys(self, record: ActorRecord, file: str) -> list[str]:
        out: list[str] = []
        for number, phrase in record.all_names():
            if DAMAGE.search(phrase):
                self.report.skip("damaged characters in the source (a lost encoding)", file, number, phrase)
                continue
            key = name_key(clean_phrase(phrase))
            if not key:
                self.report.skip("phrase without a word", file, number, phrase)
                continue
            if key not in out:
                out.append(key)
        return out

    def correct(self, r: Restriction, file: str) -> tuple[Restriction, str | None]:
        """The restriction with its code corrected where phoenix_rules.yaml says the source
        errs, and the corrected prefix (None: unchanged)."""
        for fix in self.config.get("code_corrections") or ():
            first, last = fix["lines"]
            if fix["file"] == file and first <= r.line <= last and r.code.startswith(fix["from"]):
                return replace(r, code=fix["to"] + r.code[len(fix["from"]) :]), f"{fix['from']} -> {fix['to']}"
        return r, None

    def readings(self, record: ActorRecord, file: str) -> list[tuple[Restriction, CodeReading]]:
        """The record's codes with their reading; unknown countries reported and left out."""
        out = []
        corrected = set()
        for r in record.codes:
            r, fix = self.correct(r, file)
            if fix is not None:
                corrected.add(fix)
            reading = self.rules.read(r.code)
            if reading.kind == "unknown":
                self.report.skip(reading.reason, file, r.line, r.code)
                continue
            if reading.kind == "null":
                continue
            out.append((r, reading))
        for fix in sorted(corrected):
            self.report.note(f"code corrected {fix} (phoenix_rules.yaml: code_corrections)", file, record.line, record.names[0][1] if record.names else "")
        return out

    def actor(self, record: ActorRecord, file: str, tag: str, readings: list[tuple[Restriction, CodeReading]]) -> dict[str, Any] | None:
        keys = self.keys(record, file)
        if not keys:
            return None
        roles = []
        defaults: list[str] = []
        for r, reading in readings:
            self.codes[r.code] = [reading.country, reading.sector]
            if r.dated:
                roles.append([r.code, _iso(r.start), _iso(r.end)])
            elif r.code not in defaults:
                defaults.append(r.code)
        if len(defaults) > 1:
            self.report.note(f"several undated codes: {defaults[0]} is the default", file, record.line, " ".join(defaults))
        return {
            "src": f"{tag}{record.line}",
            "name": clean_phrase(record.names[0][1]) if record.names else keys[0],
            "keys": keys,
            "roles": roles,
            "default": defaults[0] if defaults else None,
        }


def _primary_words(record: ActorRecord) -> list[str]:
    return re.findall(r"[a-z0-9]+", clean_phrase(record.names[0][1]).lower()) if record.names else []


def classify(record: ActorRecord, config: dict[str, Any], agent_words: frozenset[str]) -> tuple[str, str]:
    """``("person" | "institution", why)`` for a record of the Countries file with a role."""
    if any("countryinfo" in c.lower() for c in record.comments):
        return "person", "CountryInfo.txt list of office-holders"
    primary = clean_phrase(record.names[0][1]) if record.names else ""
    given = config["classify"].get(primary)
    if given is not None:
        return given, "phoenix_rules.yaml: classify"
    words = _primary_words(record)
    hits = [w for w in words if w in agent_words or w in config["institution_words"] or w in config["body_names"]]
    if hits:
        return "institution", f"holds the word {hits[0]!r}"
    if len(words) == 1 and _ACRONYM.match(primary.replace(" ", "")):
        return "institution", "an acronym"
    return "person", "a name with no institution word"


def compile_countries(text: str, rules: CodeRules, config: dict[str, Any], agent_words: frozenset[str],
                      report: BuildReport, codes: dict[str, list[Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:  # fmt: skip
    """People and institutions of ``Phoenix.Countries.actors.txt``; ``codes`` collects the
    reading of every code they use."""
    c = _Compiler(rules, config, report, codes)
    people: list[dict[str, Any]] = []
    institutions: list[dict[str, Any]] = []
    for record in read_actor_records(text, COUNTRIES, report, config["two_digit_year_pivot"]):
        label = record.names[0][1] if record.names else "?"
        if not record.codes:
            report.skip("record without a code", COUNTRIES, record.line, label)
            continue
        readings = c.readings(record, COUNTRIES)
        if not readings:
            if all(rules.read(r.code).kind == "null" for r in record.codes):
                report.skip("null code [---] only", COUNTRIES, record.line, label)
            continue
        kinds = {reading.kind for _, reading in readings}
        if kinds == {"place"}:
            report.exclude("Countries: state, territory or place names (countries.yaml and capitals.yaml name states; a city never names a state actor)")
            report.count("Countries: place records not compiled")
            report.count("Countries: place phrases not compiled", len(record.all_names()))
            continue
        if kinds <= {"stateless", "place"}:
            report.skip(f"no state or §2 organisation ({readings[0][1].reason})", COUNTRIES, record.line, label)
            continue
        kind, why = classify(record, config, agent_words)
        if "place" in kinds:
            report.note(f"{kind} with a code that names only a place: that role has no sector", COUNTRIES, record.line, label)
        entry = c.actor(record, COUNTRIES, "C", readings)
        if entry is None:
            continue
        if kind == "person":
            people.append(entry)
        else:
            entry["why"] = why  # listed in the report's institutions section
            institutions.append(entry)
    report.count("people (Countries)", len(people))
    report.count("institutions (Countries)", len(institutions))
    return people, institutions


def compile_international(text: str, rules: CodeRules, config: dict[str, Any], report: BuildReport,
                          codes: dict[str, list[Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:  # fmt: skip
    """People (IGO officials with dates), dated institutions and IGO entries of
    ``Phoenix.International.actors.txt``."""
    c = _Compiler(rules, config, report, codes)
    people: list[dict[str, Any]] = []
    institutions: list[dict[str, Any]] = []
    igos: list[dict[str, Any]] = []
    stateless: defaultdict[str, int] = defaultdict(int)
    for record in read_actor_records(text, INTERNATIONAL, report, config["two_digit_year_pivot"]):
        label = record.names[0][1] if record.names else "?"
        if not record.codes:
            report.skip("record without a code", INTERNATIONAL, record.line, label)
            continue
        readings = c.readings(record, INTERNATIONAL)
        if not readings:
            report.skip("no usable code", INTERNATIONAL, record.line, label)
            continue
        kinds = {reading.kind for _, reading in readings}
        if "igo" not in kinds and "state" not in kinds:
            stateless[_bulk_reason(readings[0][1])] += 1
            continue
        readings = _recode_igos(record, readings, config["igo_recodes"], rules, report)
        if any(r.dated for r, _ in readings):
            entry = c.actor(record, INTERNATIONAL, "I", readings)
            if entry is None:
                continue
            # people's names here hold agent nouns (FEDERICO MAYOR): only the words for bodies count
            kind, why = classify(record, config, frozenset())
            if any(rd.kind == "stateless" and rd.code[:3] in rules.stateless for _, rd in readings):
                kind, why = "institution", "a company or NGO code beside its dated ones"
            if kind == "person":
                people.append(entry)
            else:
                entry["why"] = why
                institutions.append(entry)
            continue
        if "igo" not in kinds:
            report.skip("state-coded record with no dates in the International file", INTERNATIONAL, record.line, label)
            continue
        igo_readings = [rd for _, rd in readings if rd.kind == "igo"]
        first = igo_readings[0]
        if len({rd.country for rd in igo_readings}) > 1:
            report.note(f"several IGO codes: {first.code} is kept", INTERNATIONAL, record.line, label)
        keys = c.keys(record, INTERNATIONAL)
        if not keys:
            continue
        entry = {"src": f"I{record.line}", "name": clean_phrase(label), "keys": keys,
                 "code": first.country, "phoenix": first.code, "sector": first.sector}  # fmt: skip
        if first.country is None:
            entry["why"] = first.reason
        igos.append(entry)
    for reason, n in sorted(stateless.items()):
        report.exclude(f"International: {reason}", n)
    report.count("people (International: IGO officials with dates)", len(people))
    report.count("institutions (International, with dates)", len(institutions))
    report.count("IGO entries mapped to a §2 code", sum(1 for e in igos if e["code"]))
    report.count("IGO entries not mapped (kept with their Phoenix code)", sum(1 for e in igos if not e["code"]))
    return people, institutions, igos


def _recode_igos(record: ActorRecord, readings: list[tuple[Restriction, CodeReading]], recodes: list[dict[str, str]],
                 rules: CodeRules, report: BuildReport) -> list[tuple[Restriction, CodeReading]]:  # fmt: skip
    """Codes that the record's own comment or name says belong to another organisation
    (phoenix_rules.yaml: igo_recodes), read as that organisation's code."""
    primary = clean_phrase(record.names[0][1]) if record.names else ""
    for rule in recodes:
        said = ("comment" in rule and any(rule["comment"].lower() in c.lower() for c in record.comments)) or rule.get("name") == primary
        if not said or not any(r.code == rule["from"] for r, _ in readings):
            continue
        report.note(f"{rule['from']} read as {rule['to']}: the record says {rule.get('comment') or rule.get('name')}", INTERNATIONAL, record.line, primary)
        return [(replace(r, code=rule["to"]), rules.read(rule["to"])) if r.code == rule["from"] else (r, rd) for r, rd in readings]
    return readings


def _bulk_reason(reading: CodeReading) -> str:
    prefix = reading.code[:3]
    if reading.kind == "stateless" and reading.reason and prefix in ("NGO", "NGM", "MNC", "IMG", "UIS"):
        return f"{reading.reason}s ({prefix}...): not a state or IGO (GUIDELINES §1)"
    return f"{reading.reason} ({reading.code}): not a state or IGO (GUIDELINES §1)"
