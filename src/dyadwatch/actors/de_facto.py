"""Movements that govern a state de facto from a date (data/actors/de_facto_governments.yaml).

Before its date such a movement is an armed group and acts for no state; from it, its name
stands for the state's government ("the Taliban accused Pakistan" after August 2021 is
Afghanistan's accusation). ``with_de_facto_governments`` lays those names, on an article
dated on or after the date, over the lexicon's mentions as institutions of the state (the
shorter mentions inside a name, "Afghan" in "Afghan Taliban", give way to it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import yaml

from ..errors import DataFileError
from ..yamlfiles import read_yaml
from .armed_groups import KIND as ARMED_GROUP_KIND
from .armed_groups import SECTOR as ARMED_GROUP_SECTOR
from .matcher import Mention

KIND = "institution"
#: how the longer names of other movements are laid: as armed groups (actors.armed_groups)
GROUP_KIND, GROUP_SECTOR = ARMED_GROUP_KIND, ARMED_GROUP_SECTOR


@dataclass(frozen=True, slots=True)
class DeFactoGovernment:
    names: tuple[str, ...]
    country: str
    sector: str
    since: date
    pattern: re.Pattern[str]
    other: re.Pattern[str] | None  # longer names of other movements ("Pakistani Taliban")


@cache
def load_de_facto_governments() -> tuple[DeFactoGovernment, ...]:
    path = resources.files("dyadwatch") / "data" / "actors" / "de_facto_governments.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read de facto governments {path}: {exc}") from exc
    out = []
    for i, rec in enumerate(raw.get("governments") or []):
        names = rec.get("names")
        try:
            since = date.fromisoformat(str(rec.get("from")))
        except ValueError:
            since = None
        if not names or since is None or not rec.get("country"):
            raise DataFileError(f"{path}: governments[{i}] needs names, country and a from date (\"YYYY-MM-DD\")")
        # the longest name first, so that "Afghan Taliban" is one mention
        ordered = sorted((str(n) for n in names), key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")
        others = [str(n) for n in rec.get("not") or []]
        other = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in others) + r")\b") if others else None
        out.append(DeFactoGovernment(tuple(ordered), str(rec["country"]), str(rec.get("sector") or "GOV"), since, pattern, other))
    return tuple(out)


def with_de_facto_governments(text: str, found: list[Mention], day: date | None) -> list[Mention]:
    """``found`` with the names of the movements that govern a state on ``day`` laid over it
    (an undated article keeps them as no actor: the date decides who they are), and the
    longer names of other movements ("Pakistani Taliban") laid as armed groups, whatever the
    date: their demonym is no state's act."""
    laid: list[Mention] = []
    for gov in load_de_facto_governments():
        others = [o for o in gov.other.finditer(text)] if gov.other is not None else []
        for o in others:
            laid.append(Mention(o.start(), o.end(), o.group(0), "", (), GROUP_SECTOR, GROUP_KIND, f"de_facto:not:{o.group(0)}", False))
        if day is None or day < gov.since:
            continue
        for m in gov.pattern.finditer(text):
            if any(o.start() <= m.start() and m.end() <= o.end() for o in others):
                continue
            entry = f"de_facto:{gov.country}:{m.group(0)}"
            laid.append(Mention(m.start(), m.end(), m.group(0), gov.country, (gov.country,), gov.sector, KIND, entry, False))
    if not laid:
        return found
    keep = [m for m in found if not any(g.start < m.end and m.start < g.end for g in laid)]
    return sorted([*keep, *laid], key=lambda m: m.start)
