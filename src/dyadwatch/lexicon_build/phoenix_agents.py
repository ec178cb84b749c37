"""Compile the Phoenix agents dictionary (``Phoenix.agents.txt``, MIT): agent nouns to sectors.

Build time only. The format (``dictionaries.rst``, "Agent Dictionary")::

    PHRASE {PLURAL} [~CODE]   # comment

- ``~CODE`` adds the code after the actor's (``~GOV``: a government agent), ``CODE~``
  before it (``IGO~``: an organisation); the project keeps the code and reads its sector
  with the same rules as actor codes (``~GOVMIL`` -> MIL);
- regular plurals are formed from the last word, ``{PLURAL}`` gives an irregular one and
  ``{}`` none;
- ``!MARKER! = A, B, C`` defines a substitution set; a phrase holding ``!MARKER!`` stands
  for each member in turn, with no plural formed (``CONGRESS!PERSON!`` -> CONGRESSMAN,
  CONGRESSMEN, ...).

The file's header warns that "a few stems remain" (``DEFENCE_MINIST``, ``PORT_AUTHORIT``):
PETRARCH matches whole words, so these would never match; ``phoenix_rules.yaml:
agent_stems`` lists them with the words they stand for.

Plurals follow English spelling, which the source's own rule (add S, Y -> IES, SS -> ES)
approximates: -s/-x/-z/-ch/-sh take -es, a consonant + y takes -ies, -man takes -men, and a
word already ending in s (FORCES, POLICE OFFICERS) gets no second plural.
"""

from __future__ import annotations

import re
from typing import Any

from .phoenix_codes import CodeRules
from .report import BuildReport
from .tabari_actors import DAMAGE, clean_phrase

FILE = "Phoenix.agents.txt"
_MARKER_DEF = re.compile(r"^\s*!([A-Z]+)!\s*=\s*(.+)$")
_MARKER = re.compile(r"!([A-Z]+)!")
_INSIDE = re.compile(r"(?<=[A-Z])!([A-Z]+)!(?=[A-Z])")
_AGENT_CODE = re.compile(r"^(~?)([A-Z]{3}(?:[A-Z]{3})*)(~?)$")


def plural(word: str) -> str | None:
    """English plural of a (lower-case) word, or None when it already looks plural."""
    if word.endswith(("ss", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _split_line(body: str) -> tuple[str, str | None, str] | None:
    """``"ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]"`` -> (phrase, plural, code)."""
    if "[" not in body:
        return None
    phrase, _, code_part = body.partition("[")
    code = re.split(r"[\]}]", code_part, maxsplit=1)[0].strip()
    plural_text: str | None = None
    if "{" in phrase:
        phrase, _, rest = phrase.partition("{")
        if "}" not in rest:
            raise ValueError("unclosed {")
        plural_text = rest.partition("}")[0]
    return phrase, plural_text, code


def compile_agents(text: str, rules: CodeRules, report: BuildReport, stems: dict[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """Agent records (JSON-ready), one per source line, in file order; ``stems`` maps the
    TABARI stems the file still holds to the words they stand for."""
    stems = stems or {}
    markers: dict[str, list[str]] = {}
    agents: list[dict[str, Any]] = []
    seen: dict[str, tuple[str, int]] = {}
    no_sector: dict[str, int] = {}
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip() or raw.lstrip().startswith(("#", "<!")):
            continue
        body = raw.split("#", 1)[0]
        if not body.strip():
            continue
        m = _MARKER_DEF.match(body)
        if m:
            markers[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            report.count("agents: substitution sets")
            continue
        try:
            parts = _split_line(body)
        except ValueError as exc:
            report.skip(f"agent line not understood: {exc}", FILE, number, raw)
            continue
        if parts is None:
            report.skip("agent without a code", FILE, number, raw)
            continue
        phrase, plural_text, code = parts
        cm = _AGENT_CODE.match(code)
        if cm is None or (cm.group(1) and cm.group(3)) or not (cm.group(1) or cm.group(3)):
            report.skip("agent code not understood (~CODE or CODE~ expected)", FILE, number, raw)
            continue
        if DAMAGE.search(phrase):
            report.skip("damaged characters in the source (a lost encoding)", FILE, number, raw)
            continue
        base = clean_phrase(phrase)
        inside = _INSIDE.sub(r"\1", base)
        if inside != base:
            # "AD!MINIST!RATION": a global replace of MINIST that reached ADMINISTRATION
            report.note("a marker inside a word read as its letters (ADMINISTRATION)", FILE, number, raw)
            base = inside
        if len(_MARKER.findall(base)) > 1:
            report.skip("more than one substitution marker", FILE, number, raw)
            continue
        marker = _MARKER.search(base)
        stem = base.split(" ")[-1]
        if stem in stems:
            # a TABARI stem the file keeps ("DEFENCE_MINIST"): the words it stands for
            forms = [" ".join([*base.split(" ")[:-1], word]) for word in stems[stem]]
            report.count("agents: stems expanded to whole words (phoenix_rules.yaml: agent_stems)")
        elif marker:
            members = markers.get(marker.group(1))
            if members is None:
                report.skip(f"substitution marker !{marker.group(1)}! not defined", FILE, number, raw)
                continue
            if plural_text is not None:
                report.note("plural given with a substitution marker: ignored, as the format says", FILE, number, raw)
            forms = [_MARKER.sub(member, base, count=1) for member in members]
        else:
            forms = [base]
            if plural_text is None:
                words = base.split(" ")
                p = plural(words[-1].lower())
                if p is not None:
                    forms.append(" ".join([*words[:-1], p]))
                else:
                    report.count("agents: last word already plural, no plural formed")
            elif plural_text.strip():
                forms.append(clean_phrase(plural_text))
        forms = [" ".join(f.lower().split()) for f in forms]
        agent_code = cm.group(2)
        segments = [agent_code[i : i + 3] for i in range(0, len(agent_code), 3)]
        sector = rules.sector(segments)
        kept = []
        for form in dict.fromkeys(forms):
            if form in seen:
                first_code, first_line = seen[form]
                if first_code != agent_code:
                    report.note(f"`{form}` already given {first_code} on line {first_line}: the first is kept", FILE, number, raw)
                else:
                    report.count("agents: forms repeated with the same code")
                continue
            seen[form] = (agent_code, number)
            kept.append(form)
        if not kept:
            continue
        record: dict[str, Any] = {
            "text": base, "forms": kept, "code": agent_code,
            "place": "after" if cm.group(1) else "before", "sector": sector, "line": number,
        }  # fmt: skip
        agents.append(record)
        report.count("agents: entries")
        report.count("agents: forms", len(kept))
        if sector is None:
            no_sector[agent_code] = no_sector.get(agent_code, 0) + 1
    if no_sector:
        listed = ", ".join(f"{code} {n}" for code, n in sorted(no_sector.items()))
        report.count(f"agents: kept with sector null, their code naming no sector of sectors.yaml ({listed})", sum(no_sector.values()))
    return agents
