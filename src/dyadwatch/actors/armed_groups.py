"""Militant and non-state armed groups, as mentions that act for no state.

GUIDELINES §1/§2: an armed group (rebels, militants, a militia) is no state and no listed
IGO, so it is no event party. Its name must still be found: unknown, "Hamas" is read as
Hamm, Germany (an alternate name in the gazetteer) and "Palestinian Islamic Jihad" as the
Palestinians. ``with_armed_groups`` lays the names of ``data/actors/phoenix_groups.json``
(compiled by ``scripts/build_lexicon.py`` from the Phoenix MilNonState dictionary) over the
lexicon's mentions: a group's name becomes a mention with no country, kind
``"armed-group"`` and the sector REB (one of sectors.yaml's ``non_political``), and it
wins over the shorter names inside it; a lexicon name as long as the group's, or longer,
stays. The rules then treat it as they treat any mention with no state: no actor, and no
place (``Resolver.city`` and the attack-target fallback skip a token with a mention).

Matching is the Phoenix name finder's (``phoenix.NameFinder``: capitalised words, folded);
the file's ``caps`` names (acronyms, short names: "LET", "ETA") only in capitals. The file
is read on first use and cached; nothing is loaded at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import DataFileError
from .matcher import Mention
from .phoenix import NameFinder, name_key, parse

KIND = "armed-group"
SECTOR = "REB"


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    phoenix: str | None
    entry: str  # "phoenix:group:G123": the record (its source line)


class Groups:
    """Group names (folded) -> the group; the names matched only in capitals."""

    __slots__ = ("version", "_index", "caps")

    def __init__(self, version: str, records: list[dict[str, Any]], where: str = "") -> None:
        self.version = version
        index: dict[str, Group] = {}
        caps: set[str] = set()
        for i, rec in enumerate(records):
            keys = rec.get("keys") if isinstance(rec, dict) else None
            if (
                not isinstance(keys, list)
                or not keys
                or not all(isinstance(k, str) and k and k == name_key(k) for k in keys)
            ):
                raise DataFileError(
                    f"{where}: record {i}: 'keys' must be a non-empty list of folded names; rerun scripts/build_lexicon.py"
                )
            group = Group(
                str(rec.get("name", "")), rec.get("phoenix"), f"phoenix:group:{rec.get('src', i)}"
            )
            for k in keys:
                index.setdefault(k, group)
            caps.update(rec.get("caps", ()))
        self._index = index
        self.caps = frozenset(caps)

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, name: str) -> Group | None:
        return self._index.get(name_key(name))

    def keys(self) -> list[str]:
        return list(self._index)


def from_text(text: str, where: str) -> Groups:
    raw, items = parse(text, "groups", where)
    return Groups(str(raw.get("version", "?")), items, where)


@cache
def load_groups() -> Groups:
    """The group names (cached)."""
    path = resources.files("dyadwatch") / "data" / "actors" / "phoenix_groups.json"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read {path}: {exc}; rerun scripts/build_lexicon.py") from exc
    return from_text(text, str(path))


@cache
def _finder() -> NameFinder:
    return NameFinder({KIND: load_groups().keys()})


def group_mentions(text: str) -> list[Mention]:
    """The group names in ``text``, as mentions that act for no state."""
    groups = load_groups()
    out: list[Mention] = []
    for hit in _finder().find(text):
        if hit.key in groups.caps and not hit.text.isupper():
            continue  # "Let", "Eta": an acronym only in capitals
        group = groups.lookup(hit.key)
        if group is not None:
            out.append(
                Mention(hit.start, hit.end, hit.text, "", (), SECTOR, KIND, group.entry, False)
            )
    return out


def with_armed_groups(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (non-overlapping, in order) with the group names laid over it: a group's
    name replaces the shorter mentions inside it ("Palestinian Islamic Jihad", "Kurdistan
    Workers' Party"); one that a mention as long or longer overlaps is left out."""
    groups = group_mentions(text)
    if not groups:
        return found
    out: list[Mention] = []
    inside: set[int] = set()
    for g in groups:
        over = [m for m in found if m.start < g.end and g.start < m.end]
        if any(
            m.start < g.start or m.end > g.end or (m.start, m.end) == (g.start, g.end) for m in over
        ):
            continue
        inside.update(id(m) for m in over)
        out.append(g)
    return sorted([*(m for m in found if id(m) not in inside), *out], key=lambda m: m.start)
