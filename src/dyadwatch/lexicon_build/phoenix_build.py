"""Compile the four Phoenix files into dyadwatch's data files and their report section.

Build time only, called by ``scripts/build_lexicon.py``. Inputs: the reference folder
(``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.agents.txt``, ``Phoenix.discards.txt``), ``phoenix_rules.yaml`` and, from the
project, the country codes (``data/actors/countries.yaml``, ``data/cameo_country_codes.yaml``)
and the sector codes (``data/actors/sectors.yaml``). Outputs (text, byte for byte the same
on every run): ``data/actors/phoenix_{people,institutions,igos,agents,discards}.json`` and
the Phoenix section of ``docs/lexicon-build.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from ..actors.armed_groups import from_text as groups_from_text
from ..actors.phoenix import from_text, name_key
from ..yamlfiles import read_yaml
from .phoenix_actors import COUNTRIES, INTERNATIONAL, compile_countries, compile_international
from .phoenix_agents import FILE as AGENTS
from .phoenix_agents import compile_agents
from .phoenix_codes import RULES_FILE, CodeRules, load_rules
from .phoenix_discards import FILE as DISCARDS
from .phoenix_discards import compile_discards
from .phoenix_groups import FILE as GROUPS
from .phoenix_groups import RULES_FILE as GROUP_RULES_FILE
from .phoenix_groups import compile_groups, load_group_rules
from .report import BuildReport
from .tabari_actors import two_digit_years

SOURCE_COMMIT = "676801c"  # openeventdata/petrarch2, March 2019 (the reference's README)
FILES = (COUNTRIES, INTERNATIONAL, AGENTS, DISCARDS, GROUPS)
LICENCE = "MIT, Copyright (c) 2014 Open Event Data Alliance (the notice each file carries); the notice is in ../LICENSE-petrarch.txt"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def json_lines(header: dict[str, Any], key: str, items: list[Any]) -> str:
    """A JSON object whose list ``key`` has one item per line: small diffs, fast to load.

    The header records how many items there are and the sha256 of their lines, which the
    loader checks instead of re-validating every record at each start (see
    ``actors/phoenix.py``)."""
    body = ",\n".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)
    header = {**header, "count": len(items), "items_sha256": sha256(body.encode("utf-8"))}
    table = header.pop("codes", None)
    head = json.dumps(header, ensure_ascii=False, indent=1)[:-2]
    if table is not None:  # a code table: one code per line too
        rows = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, separators=(',', ':'))}" for k, v in table.items())
        head += f',\n "codes": {{\n{rows}\n }}'
    return f'{head},\n "{key}": [\n{body}\n]}}\n'


def project_codes(data: Path) -> tuple[set[str], dict[str, str], set[str]]:
    countries = read_yaml((data / "actors" / "countries.yaml").read_text(encoding="utf-8"))
    cameo = read_yaml((data / "cameo_country_codes.yaml").read_text(encoding="utf-8"))
    sectors = read_yaml((data / "actors" / "sectors.yaml").read_text(encoding="utf-8"))
    return {c["code"] for c in countries["countries"]}, dict(cameo["to_iso"]), set(sectors["codes"])


def role_segments(agents_text: str) -> set[str]:
    """Every three-letter role segment the agents dictionary uses (GOV, MIL, AGR, MUS, ...)."""
    out: set[str] = set()
    for code in re.findall(r"\[\s*~?([A-Z]+)~?\s*[\]}]", agents_text):
        out.update(code[i : i + 3] for i in range(0, len(code), 3) if len(code) % 3 == 0)
    return out


def _check_years(texts: list[str], rules: dict[str, Any], report: BuildReport) -> str:
    pivot, last = rules["two_digit_year_pivot"], rules["source_last_year"]
    years = [y for t in texts for y in two_digit_years(t)]
    ambiguous = sorted({y for y in years if last < y <= pivot})
    if ambiguous:
        raise ValueError(f"two-digit years {ambiguous} lie between the source's last year ({last}) and the pivot ({pivot}): decide them in phoenix_rules.yaml")
    low = [y for y in years if y <= pivot]
    high = [y for y in years if y > pivot]
    report.count("two-digit years read as 20YY", len(low))
    report.count("two-digit years read as 19YY", len(high))
    return (f"two-digit years written: {min(low):02d}-{max(low):02d} (read 20{min(low):02d}-20{max(low):02d}) and "
            f"{min(high):02d}-{max(high):02d} (read 19{min(high):02d}-19{max(high):02d}); none in "
            f"{max(low) + 1:02d}-{min(high) - 1:02d}, so the pivot ({pivot}) is forced by no date")  # fmt: skip


def _mark_generic(items: list[dict[str, Any]], plain_words: frozenset[str], shared_min: int | None) -> int:
    """Mark the names that do not single out one actor as generic: names made only of agent
    nouns and function words (``"senate"``), and one-word names that are the given name of
    ``shared_min`` or more other records (``"hassan"``, ``"albert"``)."""
    given: dict[str, set[int]] = {}
    for i, item in enumerate(items):
        for k in item["keys"]:
            if " " in k:
                given.setdefault(k.split(" ", 1)[0], set()).add(i)
    n = 0
    for i, item in enumerate(items):
        generic = [k for k in item["keys"] if all(w in plain_words for w in k.split(" "))
                   or (shared_min is not None and " " not in k and len(given.get(k, set()) - {i}) >= shared_min)]  # fmt: skip
        if generic:
            item["generic"] = generic
            n += len(generic)
    return n


def _given_names(people: list[dict[str, Any]], shared_min: int) -> frozenset[str]:
    """First words of the people's many-word names that ``shared_min`` or more records share."""
    given: dict[str, set[int]] = {}
    for i, item in enumerate(people):
        for k in item["keys"]:
            if " " in k:
                given.setdefault(k.split(" ", 1)[0], set()).add(i)
    return frozenset(w for w, ids in given.items() if len(ids) >= shared_min)


def build_phoenix(reference: Path, data: Path) -> tuple[dict[str, str], BuildReport, dict[str, Any]]:
    """({file name under data/actors: text}, report, facts for the report)."""
    raw = {name: (reference / name).read_bytes() for name in FILES}
    texts = {name: b.decode("utf-8") for name, b in raw.items()}
    rules_raw = load_rules()
    known, to_iso, sectors = project_codes(data)
    rules = CodeRules(rules_raw, known_countries=known, to_iso=to_iso, sectors=sectors,
                      role_segments=role_segments(texts[AGENTS]))  # fmt: skip
    report = BuildReport()
    facts: dict[str, Any] = {"pivot": _check_years([texts[COUNTRIES], texts[INTERNATIONAL]], rules_raw, report)}

    agents = compile_agents(texts[AGENTS], rules, report, rules_raw["agent_stems"])
    for a in agents:
        a["forms"] = list(dict.fromkeys(name_key(f) for f in a["forms"]))
    agent_words = frozenset(f for a in agents if a["sector"] in rules_raw["institution_agent_sectors"]
                            for f in a["forms"] if " " not in f)  # fmt: skip
    plain_words = frozenset(f for a in agents for f in a["forms"] if " " not in f) | frozenset(rules_raw["function_words"]) | frozenset(rules_raw["institution_words"])
    codes: dict[str, list[Any]] = {}
    people_c, institutions = compile_countries(texts[COUNTRIES], rules, rules_raw, agent_words, report, codes)
    people_i, institutions_i, igos = compile_international(texts[INTERNATIONAL], rules, rules_raw, report, codes)
    institutions += institutions_i
    people = people_c + people_i
    for kind, items in (("people", people), ("institutions", institutions), ("IGO entries", igos)):
        shared_min = rules_raw["shared_given_name_min"] if kind == "people" else None  # given names: people only
        report.count(f"generic names marked ({kind})", _mark_generic(items, plain_words, shared_min))
    discards = compile_discards(texts[DISCARDS], report)
    group_rules = load_group_rules()
    groups = compile_groups(texts[GROUPS], group_rules, rules_raw["two_digit_year_pivot"],
                            _given_names(people, group_rules["shared_given_name_min"]),
                            frozenset(k for items in (people, institutions, igos) for e in items for k in e["keys"]), report)  # fmt: skip

    rules_sha = sha256(RULES_FILE.read_bytes())[:6]

    def header(about: str, files: tuple[str, ...], fields: dict[str, str], items: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        digest = sha256(b"".join(raw[f] for f in files))[:8]
        extra = {} if items is None else {"codes": _code_table(items, codes)}
        return {
            "about": about,
            "source": [{"file": f, "project": "PETRARCH-2, openeventdata/petrarch2", "commit": SOURCE_COMMIT,
                        "sha256": sha256(raw[f])} for f in files],  # fmt: skip
            "licence": LICENCE,
            "generated_by": "scripts/build_lexicon.py (do not edit by hand; decisions: src/dyadwatch/lexicon_build/phoenix_rules.yaml)",
            "version": f"phoenix-{digest}-r{rules_sha}",
            "fields": fields,
            **extra,
        }

    actor_fields = {
        "columns": "each record is [src, name, keys, roles, default, generic, why] (a list: the file loads three times faster than with objects)",
        "src": "C or I (Countries or International file) and the line of the record's first phrase",
        "name": "the record's primary phrase as written",
        "keys": "every name of the record (primary phrases and + synonyms), folded to lower-case words (actors/phoenix.py: name_key), joined by |",
        "roles": "the dated codes, joined by ;, each 'CODE START END' with dates YYYY-MM-DD or - (open), both ends included",
        "default": "the undated code, or null",
        "generic": "the keys (joined by |) that single out no actor: made only of agent nouns, words for bodies and function words (every state has one), or one-word given names shared by several people",
        "why": "institutions: why the record is one",
        "codes": "(header) code -> [country, sector]: country ISO3 or GUIDELINES §2 code (null: none), sector of sectors.yaml (null: none)",
    }
    outputs = {
        "phoenix_people.json": json_lines(header(
            "Named people and the offices they held, with dates, compiled for dyadwatch from the Phoenix actor dictionaries (see src/dyadwatch/lexicon_build/phoenix_actors.py).",
            (COUNTRIES, INTERNATIONAL), actor_fields, people), "people", actor_rows(people)),
        "phoenix_institutions.json": json_lines(header(
            "National institutions and bodies (armies, parliaments, ministries, agencies, parties, armed groups) with their codes, compiled for dyadwatch from the Phoenix Countries dictionary (and the few dated bodies of the International one).",
            (COUNTRIES, INTERNATIONAL), actor_fields, institutions), "institutions", actor_rows(institutions)),
        "phoenix_igos.json": json_lines(header(
            "International organisations (and officials named without dates) mapped to the GUIDELINES §2 codes where they map; the others kept with code null and their Phoenix code.",
            (INTERNATIONAL,), {"src": actor_fields["src"], "name": actor_fields["name"], "keys": "every name, folded (name_key)",
                               "generic": "the keys that single out no actor", "code": "GUIDELINES §2 code, or null",
                               "phoenix": "the Phoenix code", "sector": "sector of sectors.yaml or null",
                               "why": "why code is null"}), "igos", igos),  # fmt: skip
        "phoenix_agents.json": json_lines(header(
            "Agent nouns (titles, roles, bodies) to CAMEO agent codes and dyadwatch sectors, compiled from the Phoenix agents dictionary.",
            (AGENTS,), {"text": "the phrase as written", "forms": "singular and plural forms, folded (name_key)",
                        "code": "CAMEO agent code", "place": "after: ~CODE (added after the actor's code); before: CODE~",
                        "sector": "sector of sectors.yaml, or null", "line": "line in the source"}), "agents", agents),  # fmt: skip
        "phoenix_discards.json": json_lines(header(
            "Phrases never to read as actors (sports, disasters, entertainment, historical figures), compiled from the Phoenix discard list.",
            (DISCARDS,), {"text": "lower-case phrase", "scope": "sentence or story: what PETRARCH skips on a match",
                          "whole": "true: the last word ends there; false: it is a stem", "kind": "phrase, or year (a bare year)",
                          "line": "line in the source"}), "discards", discards),  # fmt: skip
    }
    group_header = header(
        "Names of militant and non-state armed groups (GUIDELINES §1/§2: no state and no listed IGO, so no event "
        "party), compiled for dyadwatch from the Phoenix MilNonState dictionary (see src/dyadwatch/lexicon_build/phoenix_groups.py).",
        (GROUPS,), {"src": "G and the line of the record's first phrase", "name": "the record's primary phrase as written",
                    "keys": "the group's names, folded (name_key); people's names of the block left out",
                    "phoenix": "the Phoenix code (the group's home region and REB or IMG...), for reference only",
                    "caps": "the keys matched only when written in capitals (acronyms, short names)"})  # fmt: skip
    group_header["generated_by"] = group_header["generated_by"].replace("phoenix_rules.yaml", "phoenix_group_rules.yaml")
    group_header["version"] = f"phoenix-groups-{sha256(raw[GROUPS])[:8]}-r{sha256(GROUP_RULES_FILE.read_bytes())[:6]}"
    outputs["phoenix_groups.json"] = json_lines(group_header, "groups", groups)
    groups_from_text(outputs["phoenix_groups.json"], "phoenix_groups.json")
    for file, text in outputs.items():
        if file == "phoenix_groups.json":
            continue
        # the loader's full check over every record, so a build never writes a file it refuses
        from_text(file.removeprefix("phoenix_").removesuffix(".json"), text, file, full=True)
    facts["sizes"] = {"people": len(people), "people_countries": len(people_c), "people_international": len(people_i),
                      "institutions": len(institutions), "igos": len(igos), "agents": len(agents), "discards": len(discards), "groups": len(groups),
                      "roles": sum(len(p["roles"]) for p in people), "defaults": sum(1 for p in people if p["default"]),
                      "names": sum(len(p["keys"]) for p in people),
                      "synonyms": sum(len(p["keys"]) - 1 for p in people),
                      "agent_forms": sum(len(a["forms"]) for a in agents)}  # fmt: skip
    facts["igo_unmapped"] = [(e["src"], e["name"], e["phoenix"], e["why"]) for e in igos if not e["code"]]
    facts["igo_mapped"] = sorted({(e["code"], e["phoenix"]) for e in igos if e["code"]})
    facts["generic"] = sorted({k for items in (people, institutions, igos) for e in items for k in e.get("generic", ())})
    facts["institutions"] = [(e["src"], e["name"], e["why"]) for e in institutions]
    return outputs, report, facts


def actor_rows(items: list[dict[str, Any]]) -> list[list[Any]]:
    """People or institutions as written in their file: one list per record (see the
    header's ``fields``); strings rather than nested lists, which JSON decodes slowly."""
    def roles(item: dict[str, Any]) -> str:
        return ";".join(f"{code} {start or '-'} {end or '-'}" for code, start, end in item["roles"])

    return [[i["src"], i["name"], "|".join(i["keys"]), roles(i), i["default"], "|".join(i.get("generic", ())), i.get("why", "")]
            for i in items]  # fmt: skip


def _code_table(items: list[dict[str, Any]], codes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    used = {r[0] for item in items for r in item["roles"]} | {item["default"] for item in items if item["default"]}
    return {code: codes[code] for code in sorted(used)}


def _table_text(text: str) -> str:
    return text.replace("|", "/").replace("`", "'")


def render_section(report: BuildReport, facts: dict[str, Any]) -> str:
    """The Phoenix section of docs/lexicon-build.md."""
    s = facts["sizes"]
    lines = [
        "",
        "## Phoenix actor dictionaries",
        "",
        f"Sources: PETRARCH-2 {', '.join(f'`{f}`' for f in FILES)} (MIT), commit {SOURCE_COMMIT}. "
        "Decisions: `src/dyadwatch/lexicon_build/phoenix_rules.yaml`. The people lists stop around "
        "2015; `data/actors/people.yaml` stays the source for office-holders after that.",
        "",
        f"- people: {s['people']} ({s['people_countries']} from the Countries file, {s['people_international']} "
        f"IGO officials with dates from the International file), with {s['roles']} dated roles, "
        f"{s['defaults']} default codes and {s['names']} names ({s['synonyms']} besides the first of each)",
        f"- institutions: {s['institutions']}",
        f"- IGO entries: {s['igos']} ({report.counts.get('IGO entries mapped to a §2 code', 0)} mapped to a GUIDELINES §2 code, "
        f"{report.counts.get('IGO entries not mapped (kept with their Phoenix code)', 0)} kept unmapped with their Phoenix code)",
        f"- agents: {s['agents']} entries, {s['agent_forms']} singular and plural forms",
        f"- discards: {s['discards']}",
        f"- armed groups: {s['groups']} with {report.counts.get('group names (MilNonState)', 0)} names (no state's actors; "
        "people's names, dates and generic names left out: see the MilNonState rows below)",
        f"- dates: {facts['pivot']}",
        "",
        "### Counts",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in sorted(report.counts.items())]
    lines += ["", "### Left out by rule (records)", ""]
    lines += [f"- {reason}: {n}" for reason, n in sorted(report.excluded.items())]
    lines += ["", "### Not translated, by reason", ""]
    for reason, count in sorted(report.by_reason().items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"- {reason}: {count}")
    lines += ["", "| reason | file | line | text |", "|---|---|---|---|"]
    for reason, file, number, text in sorted(report.skipped, key=lambda r: (r[1], r[2], r[0])):
        lines.append(f"| {reason} | {file} | {number} | `{_table_text(text)}` |")
    lines += ["", "### Compiled with an assumption", "", "| note | file | line | text |", "|---|---|---|---|"]
    for reason, file, number, text in sorted(report.notes, key=lambda r: (r[1], r[2], r[0])):
        lines.append(f"| {_table_text(reason)} | {file} | {number} | `{_table_text(text)}` |")
    lines += ["", "### IGOs mapped to GUIDELINES §2 codes (code: Phoenix codes)", ""]
    by_code: dict[str, list[str]] = {}
    for code, phoenix in facts["igo_mapped"]:
        by_code.setdefault(code, []).append(phoenix)
    lines += [f"- {code}: {', '.join(codes)}" for code, codes in sorted(by_code.items())]
    lines += ["", "### IGO entries not mapped (kept with code null: usable to block their words, e.g. "
              "\"Inter-American\", from naming a state)", "", "| src | name | Phoenix code | why |", "|---|---|---|---|"]
    for src, name, phoenix, why in facts["igo_unmapped"]:
        lines.append(f"| {src} | {_table_text(name)} | {phoenix} | {_table_text(why)} |")
    lines += ["", "### Institutions (src, name, why)", ""]
    lines += [f"- {src} {_table_text(name)}: {why}" for src, name, why in facts["institutions"]]
    lines += ["", "### Generic names (left out of the finder unless asked)", ""]
    lines += [", ".join(f"`{g}`" for g in facts["generic"]) or "- none"]
    return "\n".join(lines) + "\n"
