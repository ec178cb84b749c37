"""Compile the Phoenix militant and non-state group dictionary (PETRARCH-2, MIT) (build time only).

``Phoenix.MilNonState.actors.txt`` has the actor-dictionary format (``tabari_actors.py``):
group blocks with ``+`` synonyms and a code (``HAMAS_`` ... ``[PSEREBHMS]``), read with the
same reader. Each record's names go to ``data/actors/phoenix_groups.json`` as names of a
group that acts for no state (GUIDELINES §1/§2), by the decisions of
``phoenix_group_rules.yaml``:

- people's names mixed into the blocks are left out (the rules say how a person is told);
- groups that hold or held a state's power are left out (``not_armed_groups``);
- names that are dates or numbers ("MAY 15"), or only common words ("RED LINE"), are left out;
- names that are also names of the people, institutions or IGOs compiled from the other
  Phoenix files (``PEOPLES_LIBERATION_ARMY_(PLA)_``, a synonym of the Irish INLA, is
  China's army) are left out: the state actor keeps them.

A parenthesised part is a qualifier (``DIRECT_ACTION_(GREECE)_``) or an acronym
(``..._(ETA)_``): the name is kept without it, and an acronym of three letters or more as
its own name. Acronyms, and one-word names of four letters or fewer, are matched only in
capitals (``LET``, the Lashkar-e-Taiba acronym, is no "Let"). Every phrase left out is
counted by reason, and listed in the report.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..actors.phoenix import name_key
from ..yamlfiles import read_yaml
from .report import BuildReport
from .tabari_actors import DAMAGE, ActorRecord, clean_phrase, read_actor_records

FILE = "Phoenix.MilNonState.actors.txt"
RULES_FILE = Path(__file__).with_name("phoenix_group_rules.yaml")
_PAREN = re.compile(r"\(([^()]*)\)?")
_INVERTED = re.compile(r"^(?P<rest>.+?),\s*THE$")
_ACRONYM_MAX = 4  # a one-word name this short is matched only in capitals


def load_group_rules(path: Path = RULES_FILE) -> dict[str, Any]:
    raw = read_yaml(path.read_text(encoding="utf-8"))
    for key in ("organisation_words", "person_titles", "person_comment_words", "shared_given_name_min", "not_given_names", "organisations",
                "persons", "not_armed_groups", "date_words", "plain_words"):  # fmt: skip
        if key not in raw:
            raise ValueError(f"{path}: missing {key!r}")
    return raw


def _words(phrase: str) -> list[str]:
    return name_key(phrase).split()


class _Rules:
    def __init__(
        self, raw: dict[str, Any], given_names: frozenset[str], taken: frozenset[str]
    ) -> None:
        self.org_words = frozenset(raw["organisation_words"])
        self.titles = frozenset(raw["person_titles"])
        self.comment_words = tuple(raw["person_comment_words"])
        self.organisations = frozenset(raw["organisations"])
        self.persons = frozenset(raw["persons"])
        self.not_groups: dict[str, str] = dict(raw["not_armed_groups"])
        self.date_words = frozenset(raw["date_words"])
        self.plain = frozenset(raw["plain_words"])
        self.given = given_names - frozenset(raw["not_given_names"])
        self.taken = taken

    def person(self, phrase: str, record: ActorRecord) -> str | None:
        """Why ``phrase`` (as written, parentheses removed) is a person's name, or None."""
        if phrase in self.organisations:
            return None
        if phrase in self.persons:
            return "a person (phoenix_group_rules.yaml: persons)"
        words = _words(phrase)
        if any(w in self.org_words for w in words):
            return None
        if any(r.dated for r in record.codes):
            return "a person: the record has dated codes (a tenure)"
        if any(w in c.lower() for c in record.comments for w in self.comment_words):
            return "a person: the record's comment calls it a leader or member"
        if words and words[0] in self.titles:
            return "a person: a title first"
        if len(words) > 1 and words[0] in self.given:
            return "a person: a given name first"
        return None

    def unusable(self, key: str) -> str | None:
        """Why a name (folded) cannot name a group, or None."""
        words = key.split()
        if all(w.isdigit() or w in self.date_words for w in words):
            return "a date or number, not a name"
        if all(w in self.plain for w in words):
            return "only common words (generic)"
        if len(words) == 1 and words[0] in self.given:
            return "a given name (generic)"
        if key in self.taken:
            return "also a name of a Phoenix person, institution or IGO (the state actor keeps it)"
        return None


def _forms(phrase: str) -> list[tuple[str, bool]]:
    """(name, acronym) of a phrase as written: without its parenthesised parts, and each
    part that is an acronym; an inverted "ORDER, THE" read "THE ORDER"."""
    parts = [p.strip() for p in _PAREN.findall(phrase)]
    bare = " ".join(_PAREN.sub(" ", phrase).split())
    if (inverted := _INVERTED.match(bare)) is not None:
        bare = f"THE {inverted['rest']}"
    out = [(bare, False)] if bare else []
    out += [
        (p, True)
        for p in parts
        if p and " " not in p and len(re.sub(r"\W", "", p)) >= 3 and p.isupper()
    ]
    return out


def compile_groups(text: str, raw_rules: dict[str, Any], pivot: int, given_names: frozenset[str], taken: frozenset[str],
                   report: BuildReport) -> list[dict[str, Any]]:  # fmt: skip
    """The groups of ``Phoenix.MilNonState.actors.txt`` as records of phoenix_groups.json."""
    rules = _Rules(raw_rules, given_names, taken)
    lines = text.split("\n")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for record in read_actor_records(text, FILE, report, pivot):
        label = clean_phrase(record.names[0][1]) if record.names else "?"
        if label in rules.not_groups:
            report.skip(
                f"holds or held a state's power: {rules.not_groups[label]}",
                FILE,
                record.line,
                label,
            )
            continue
        keys: list[str] = []
        exact: list[str] = []
        repeated = 0
        for number, written in record.all_names():
            phrase = clean_phrase(written)
            # a "#" inside a phrase ("COACUTE#RDOBA", a lost "&oacute;") cut it short
            if DAMAGE.search(phrase) or re.search(r"\w#", lines[number - 1].split("[")[0]):
                report.skip(
                    "damaged characters in the source (a lost encoding)", FILE, number, written
                )
                continue
            if (why := rules.person(" ".join(_PAREN.sub(" ", phrase).split()), record)) is not None:
                report.skip(why, FILE, number, phrase)
                continue
            for name, acronym in _forms(phrase):
                key = name_key(name)
                if not key:
                    report.skip("phrase without a word", FILE, number, written)
                    continue
                if key.startswith(("al ", "the ")) and len(key.split()) > 1:
                    key_variants = [
                        key,
                        key.split(" ", 1)[1],
                    ]  # "al-Shabaab" is found from "Shabaab"
                else:
                    key_variants = [key]
                for k in key_variants:
                    if (why := rules.unusable(k)) is not None:
                        report.skip(why, FILE, number, name)
                        continue
                    if k in seen or k in keys:
                        repeated += 1
                        report.count("groups: names repeated in the source")
                        continue
                    keys.append(k)
                    if acronym or (" " not in k and len(k) <= _ACRONYM_MAX):
                        exact.append(k)
        if not keys:
            if repeated:
                report.count("groups: records whose names all came in earlier records")
            continue
        seen.update(keys)
        code = next((r.code for r in record.codes), None)
        entry: dict[str, Any] = {
            "src": f"G{record.line}",
            "name": label,
            "keys": keys,
            "phoenix": code,
        }
        if exact:
            entry["caps"] = exact
        out.append(entry)
    report.count("groups (MilNonState)", len(out))
    report.count("group names (MilNonState)", sum(len(g["keys"]) for g in out))
    return out
