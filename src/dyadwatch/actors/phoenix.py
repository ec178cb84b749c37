"""The Phoenix actor dictionaries (PETRARCH-2, MIT), as compiled into ``data/actors/phoenix_*.json``.

``scripts/build_lexicon.py`` compiles the field's dictionaries (see ``docs/lexicon-build.md``
for what was taken and what was not); this module reads the result, lazily and once per
process, each file only when it is first used:

    people = load_people()
    role = people.role("Recep Tayyip Erdogan", on="2010-05-01")
    role.country, role.sector, role.basis        # "TUR", "GOV", "date"
    load_agents().sector_of("defence ministers")  # "MIL"
    load_igos().code_of("North Atlantic Treaty Organization")  # "NAT"
    load_discards().matches("He won the Davis Cup final")      # [DiscardHit(...)]
    load_finder().find("Erdogan met Ban Ki-moon")  # [Hit(key="erdogan", kinds=("person",)), ...]

**Roles over time.** A person or institution holds coded roles (``TURGOV`` from 2003-03-14,
``TURELI`` 1972-2002, ...) and may have an undated default code. ``role(name, on=...)``
answers, in this order: the dated role that covers the date (several: the one that began
last), basis ``"date"``; else the default code, basis ``"default"``; else the role nearest
in time, basis ``"nearest"`` (the person is known, not in that office then). ``on`` is a
date or ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; a year or month matches the roles that
overlap it. Without a date: the role still open when the data was written (the latest to
begin), else the default, else the role that ended last, basis ``"latest"``. When several
records bear the name (namesakes, or one person in both files: Ban Ki-moon, Korean
minister and UN Secretary-General), the best basis among them answers (without a date, a
role still open); if the records at that basis disagree on the country the answer is
None, since the name alone does not say which actor it is (``candidates`` lists them all).
The dictionaries stop around 2015; ``people.yaml`` covers office-holders after that.

**Names in text.** ``NameFinder.find`` scans raw text for every name of the loaded files
(a token trie over case- and accent-folded words): leftmost-longest, whole words, words
of a name separated by at most three non-word characters on one line ("Ban Ki-moon",
"Ban Ki Moon", "U.S. State Department"). Case: the first word of a match is capitalised
(or in capitals); a later word is capitalised, or short (``al``, ``bin``, ``de``, ``of``),
or follows a hyphen or apostrophe ("Ki-moon"). *Generic* names single out no actor: names
made only of agent nouns, words for bodies and function words ("Senate", "Intelligence
Community": every state has one), and one-word given names that many people share
("Hassan", "Abdullah"); the finder leaves them out unless asked, ``role`` still answers.

**Loading.** Each file carries the count and sha256 of its records, written by the build;
loading checks them (a file edited by hand or cut short is a DataFileError) instead of
re-checking every record at each start, which ``from_text(..., full=True)`` does for the
build and the tests. The four files and the finder load in about a tenth of a second.

Nothing here is imported by the coder yet; nothing is loaded at import.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..errors import DataFileError

_WORD = re.compile(r"[^\W_]+")
_EXTRA_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})  # fmt: skip
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_GAP = 3  # characters allowed between two words of a name in text
_DISCARD_GAP = re.compile(r"[ \t]+|-")
_BASIS_RANK = {"date": 0, "default": 1, "nearest": 2, "latest": 0}


def _fold(text: str) -> str:
    if text.isascii():
        return text
    text = text.translate(_EXTRA_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=8)
def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of ``text`` with their offsets. (Cached: an article's text is searched
    for the names of several finders, people and institutions, then armed groups.)"""
    return tuple((m.start(), m.end(), m.group()) for m in _WORD.finditer(text))


def name_key(text: str) -> str:
    """The form names are stored and looked up in: folded, lower-case words joined by spaces
    (``"Recep Tayyip ERDOĞAN"`` -> ``"recep tayyip erdogan"``, ``"Ki-moon"`` -> ``"ki moon"``)."""
    return " ".join(_WORD.findall(_fold(text).lower()))


def _period(on: date | str | None) -> tuple[str, str] | None:
    """``on`` as (first day, last day) ISO strings; a year or month covers its days."""
    if on is None:
        return None
    if isinstance(on, datetime):
        on = on.date()
    if isinstance(on, date):
        day = on.isoformat()
        return day, day
    text = str(on).strip()
    if _ISO_DAY.match(text):
        date.fromisoformat(text)
        return text, text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        if not 1 <= month <= 12:
            raise ValueError(f"not a month: {on!r}")
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return f"{text}-01", date.fromordinal(nxt.toordinal() - 1).isoformat()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01", f"{text}-12-31"
    raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD expected): {on!r}")


@dataclass(frozen=True, slots=True)
class Role:
    """A coded role of a person or institution, and why it answers the question asked."""

    code: str  # the Phoenix code as written ("TURGOVBUS")
    country: str | None  # ISO3 or GUIDELINES §2 code; None: the code names no state or §2 IGO
    sector: str | None  # a sector of data/actors/sectors.yaml, or None
    start: str | None  # ISO date; None: open
    end: str | None
    basis: str  # "date" | "default" | "nearest" | "latest" | "listed"
    entry: str  # "phoenix:person:C48489": the record (file C or I, line) it comes from
    name: str  # the record's primary phrase


@dataclass(frozen=True, slots=True)
class Hit:
    """A name found in text: offsets, the folded key and the kinds of records bearing it."""

    start: int
    end: int
    text: str
    key: str
    kinds: tuple[str, ...]  # "person", "institution", "igo"


@dataclass(frozen=True, slots=True)
class Agent:
    text: str
    code: str  # CAMEO agent code ("GOVMIL")
    place: str  # "after": added after the actor's code (~GOV); "before" (IGO~)
    sector: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Igo:
    name: str
    code: str | None  # GUIDELINES §2 code, or None when the organisation has none
    phoenix: str  # the Phoenix code ("IGOBUSIMF")
    sector: str | None
    entry: str
    why: str  # why ``code`` is None ("" when mapped)


@dataclass(frozen=True, slots=True)
class DiscardHit:
    start: int
    end: int
    text: str
    scope: str  # "sentence" | "story": what PETRARCH would skip
    kind: str  # "phrase" | "year"


# --- loading -----------------------------------------------------------------------------


def parse(text: str, key: str, where: str) -> tuple[dict[str, Any], list[Any]]:
    """The header and item list of a compiled file, checked against the count and digest the
    build wrote (a hand edit or a truncated file is a DataFileError)."""
    marker = f'\n "{key}": [\n'
    start, end = text.find(marker), text.rfind("\n]}")
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise DataFileError(f"{where}: not JSON ({exc}); rerun scripts/build_lexicon.py") from exc
    items = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(items, list) or "generated_by" not in raw or not isinstance(raw.get("source"), list) or start < 0:
        raise DataFileError(f"{where}: not a compiled Phoenix file (no {key!r} list or no source header); rerun scripts/build_lexicon.py")
    body = text[start + len(marker) : end]
    if raw.get("count") != len(items) or raw.get("items_sha256") != hashlib.sha256(body.encode("utf-8")).hexdigest():
        raise DataFileError(f"{where}: its records differ from what the build wrote (count or sha256); do not edit it by hand, rerun scripts/build_lexicon.py")
    return raw, items


def _bad(where: str, i: int, what: str) -> DataFileError:
    return DataFileError(f"{where}: record {i}: {what}; rerun scripts/build_lexicon.py")


def _keys(rec: Any, where: str, i: int) -> list[str]:
    keys = rec.get("keys") if isinstance(rec, dict) else None
    if not isinstance(keys, list) or not keys or not all(isinstance(k, str) and k for k in keys):
        raise _bad(where, i, "'keys' must be a non-empty list of names")
    return keys


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    """``"AFGGOV 1933-11-08 1973-07-17;AFGELI 1973-07-17 -"`` -> [(code, start, end), ...]."""
    out = []
    for part in text.split(";") if text else ():
        code, start, end = part.split(" ")
        out.append((code, None if start == "-" else start, None if end == "-" else end))
    return out


class DatedActors:
    """People or institutions with roles over time (read-only).

    A record is ``[src, name, keys, roles, default, generic, why]`` (the file's header says
    what each holds). Loading checks the file's count and digest and indexes the names;
    ``full=True`` (the build and the tests) also checks every record: names, codes known
    to the header's code table, dates ``YYYY-MM-DD`` with the start before the end."""

    __slots__ = ("kind", "version", "_records", "_codes", "_index", "_generic")

    def __init__(self, kind: str, version: str, records: list[list[Any]], codes: Mapping[str, list[Any]],
                 where: str = "", *, full: bool = False) -> None:  # fmt: skip
        self.kind = kind
        self.version = version
        self._records = records
        self._codes = codes
        index: dict[str, list[int]] = {}
        generic: set[str] = set()
        i = 0
        try:
            for i, rec in enumerate(records):
                if full:
                    self._check(rec, where, i)
                for k in rec[2].split("|"):
                    index.setdefault(k, []).append(i)
                if rec[5]:
                    generic.update(rec[5].split("|"))
        except (IndexError, TypeError, AttributeError) as exc:
            raise _bad(where, i, f"not an actor record ({exc!r})") from exc
        self._index = index  # private and never changed: lists, not tuples, to load faster
        self._generic = frozenset(generic)

    def _check(self, rec: Any, where: str, i: int) -> None:
        if not isinstance(rec, list) or len(rec) != 7 or not all(isinstance(rec[k], str) for k in (0, 1, 2, 3, 5, 6)):
            raise _bad(where, i, "a record is [src, name, keys, roles, default, generic, why]")
        keys = rec[2].split("|")
        if not all(keys) or any(k != " ".join(k.split()) for k in keys):
            raise _bad(where, i, "'keys' must be names joined by |")
        try:
            roles = _roles(rec[3])
        except ValueError as exc:
            raise _bad(where, i, f"roles must be 'CODE START END' joined by ; ({rec[3]!r})") from exc
        if not (roles or rec[4]):
            raise _bad(where, i, "needs roles or a default")
        for code, start, end in roles:
            if code not in self._codes:
                raise _bad(where, i, f"role code {code!r} is not in the header's code table")
            for d in (start, end):
                if d is not None and not _ISO_DAY.match(d):
                    raise _bad(where, i, f"date {d!r} is not YYYY-MM-DD")
            if start is not None and end is not None and end < start:
                raise _bad(where, i, f"role {code} ends before it starts")
        if rec[4] is not None and rec[4] not in self._codes:
            raise _bad(where, i, f"default code {rec[4]!r} is not in the header's code table")
        if rec[5] and not set(rec[5].split("|")) <= set(keys):
            raise _bad(where, i, "a generic name that is not one of its keys")

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self._index

    def keys(self, *, generic: bool = False) -> Iterable[str]:
        """Every name (folded key); generic names only when asked."""
        return self._index if generic else (k for k in self._index if k not in self._generic)

    def roles(self, name: str) -> tuple[Role, ...]:
        """Every role of every record with this name, as listed (basis ``"listed"``)."""
        out: list[Role] = []
        for i in self._index.get(name_key(name), ()):
            rec = self._records[i]
            out.extend(self._role(rec, code, start, end, "listed") for code, start, end in _roles(rec[3]))
            if rec[4] is not None:
                out.append(self._role(rec, rec[4], None, None, "listed"))
        return tuple(out)

    def candidates(self, name: str, on: date | str | None = None) -> tuple[Role, ...]:
        """The answer of each record bearing this name (see the module docstring)."""
        period = _period(on)
        found = (self._resolve(self._records[i], period) for i in self._index.get(name_key(name), ()))
        return tuple(r for r in found if r is not None)

    def role(self, name: str, on: date | str | None = None) -> Role | None:
        """The role of the actor this name names on that date; None if unknown or ambiguous."""
        found = self.candidates(name, on)
        if not found:
            return None
        best = min(_BASIS_RANK[r.basis] for r in found)
        top = [r for r in found if _BASIS_RANK[r.basis] == best]
        if top[0].basis == "latest" and any(r.end is None for r in top):
            top = [r for r in top if r.end is None]  # no date: a role still open wins
        if len({r.country for r in top}) > 1:
            return None
        return max(top, key=lambda r: r.start or "")

    def _role(self, rec: list[Any], code: str, start: str | None, end: str | None, basis: str) -> Role:
        country, sector = self._codes[code]
        return Role(code, country, sector, start, end, basis, f"phoenix:{self.kind}:{rec[0]}", rec[1])

    def _resolve(self, rec: list[Any], period: tuple[str, str] | None) -> Role | None:
        roles = _roles(rec[3])
        default: str | None = rec[4]
        if period is None:
            open_roles = [r for r in roles if r[2] is None]
            if open_roles:
                return self._role(rec, *max(open_roles, key=lambda r: r[1] or ""), "latest")
            if default is not None:
                return self._role(rec, default, None, None, "latest")
            return self._role(rec, *max(roles, key=lambda r: r[2] or ""), "latest")
        lo, hi = period
        covering = [r for r in roles if (r[1] is None or r[1] <= hi) and (r[2] is None or r[2] >= lo)]
        if covering:
            return self._role(rec, *max(covering, key=lambda r: r[1] or ""), "date")  # max keeps the first of equals
        if default is not None:
            return self._role(rec, default, None, None, "default")
        if not roles:
            return None
        first, last = date.fromisoformat(lo).toordinal(), date.fromisoformat(hi).toordinal()

        def distance(r: tuple[str, str | None, str | None]) -> int:
            if r[2] is not None and r[2] < lo:
                return first - date.fromisoformat(r[2]).toordinal()
            return date.fromisoformat(r[1] or lo).toordinal() - last

        return self._role(rec, *min(roles, key=distance), "nearest")


class Agents:
    """Agent nouns (singular and plural forms) to CAMEO agent codes and project sectors."""

    __slots__ = ("version", "_records", "_index")

    def __init__(self, version: str, records: list[dict[str, Any]], where: str = "") -> None:
        self.version = version
        index: dict[str, int] = {}
        for i, rec in enumerate(records):
            forms = rec.get("forms") if isinstance(rec, dict) else None
            if not isinstance(forms, list) or not forms or rec.get("place") not in ("after", "before"):
                raise _bad(where, i, "an agent has 'forms' (a non-empty list) and 'place' after or before")
            for form in forms:
                index.setdefault(form, i)
        self._records = records
        self._index = index

    def __len__(self) -> int:
        return len(self._records)

    def lookup(self, noun: str) -> Agent | None:
        """The agent a noun or noun phrase names ("foreign ministers"); with no entry for the
        whole phrase, its tail ("deputy foreign minister" -> "foreign minister")."""
        words = name_key(noun).split(" ")
        for i in range(len(words)):
            hit = self._index.get(" ".join(words[i:]))
            if hit is not None:
                rec = self._records[hit]
                try:
                    return Agent(rec["text"], rec["code"], rec["place"], rec["sector"], int(rec["line"]))
                except (KeyError, TypeError, ValueError) as exc:
                    raise DataFileError(f"agent record {hit} is not one ({exc!r}); rerun scripts/build_lexicon.py") from exc
        return None

    def sector_of(self, noun: str) -> str | None:
        agent = self.lookup(noun)
        return agent.sector if agent is not None else None

    def forms(self) -> Iterable[str]:
        return self._index


class Igos:
    """International organisations: name -> GUIDELINES §2 code (or None, with the Phoenix code)."""

    __slots__ = ("version", "_igos", "_index", "_generic")

    def __init__(self, version: str, records: list[dict[str, Any]], where: str = "") -> None:
        self.version = version
        igos: list[Igo] = []
        index: dict[str, list[int]] = {}
        generic: set[str] = set()
        for i, rec in enumerate(records):
            keys = _keys(rec, where, i)
            try:
                igo = Igo(rec["name"], rec["code"], rec["phoenix"], rec["sector"], f"phoenix:igo:{rec['src']}", rec.get("why", ""))
            except (KeyError, TypeError) as exc:
                raise _bad(where, i, f"not an IGO record ({exc!r})") from exc
            if igo.code is None and not igo.why:
                raise _bad(where, i, "an IGO with no §2 code says why")
            igos.append(igo)
            for k in keys:
                index.setdefault(k, []).append(i)
            generic.update(rec.get("generic", ()))
        self._igos = tuple(igos)
        self._index = {k: tuple(v) for k, v in index.items()}
        self._generic = frozenset(generic)

    def __len__(self) -> int:
        return len(self._igos)

    def lookup(self, phrase: str) -> tuple[Igo, ...]:
        return tuple(self._igos[i] for i in self._index.get(name_key(phrase), ()))

    def code_of(self, phrase: str) -> str | None:
        """The §2 code of an organisation's name; None if it has none or the name is ambiguous."""
        codes = {igo.code for igo in self.lookup(phrase)}
        return codes.pop() if len(codes) == 1 else None

    def keys(self, *, generic: bool = False) -> Iterable[str]:
        return self._index if generic else (k for k in self._index if k not in self._generic)


class Discards:
    """Phrases PETRARCH never codes (sports, disasters, historical figures...).

    Matched by words, case-insensitive, from a word start: every word of a phrase in full
    except a stem's last word, which may go on ("WEIGHTLIFT" -> "weightlifting"); words
    separated by spaces or a hyphen ("semi-final")."""

    __slots__ = ("version", "_by_first", "_stems", "_stem_lengths", "_stem_heads", "_head", "size")

    def __init__(self, version: str, records: list[dict[str, Any]], where: str = "") -> None:
        self.version = version
        by_first: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
        stems: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
        seen: set[str] = set()
        for i, rec in enumerate(records):
            try:
                text, scope, whole, kind = rec["text"], rec["scope"], bool(rec["whole"]), rec["kind"]
            except (KeyError, TypeError) as exc:
                raise _bad(where, i, f"not a discard record ({exc!r})") from exc
            words = tuple(_WORD.findall(_fold(text).lower())) if isinstance(text, str) else ()
            if scope not in ("sentence", "story") or kind not in ("phrase", "year") or not words:
                raise _bad(where, i, "a discard has words, scope sentence or story, kind phrase or year")
            if text in seen:
                continue
            seen.add(text)
            entry = {"scope": scope, "whole": whole, "kind": kind}
            # a one-word stem is found by the prefixes of a word; anything else by its first word
            target = stems if len(words) == 1 and not whole else by_first
            target.setdefault(words[0], []).append((words, entry))
        for table in (by_first, stems):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e[0]))
        self._by_first = by_first
        self._stems = stems
        self._stem_lengths = sorted({len(w) for w in stems}, reverse=True)
        # the shortest stem's length, and the beginnings of that length: most words skip the stems at once
        self._head = min(self._stem_lengths, default=0)
        self._stem_heads = frozenset(w[: self._head] for w in stems)
        self.size = len(seen)

    def __len__(self) -> int:
        return self.size

    def matches(self, text: str, kinds: tuple[str, ...] = ("phrase",)) -> list[DiscardHit]:
        """Discard phrases in ``text``, leftmost-longest (bare years only if ``kinds`` holds "year")."""
        # (the words the name finder reads too, cached; folded only where not ASCII)
        toks = [(a, b, w.lower() if w.isascii() else _fold(w).lower()) for a, b, w in _words(text)]
        out: list[DiscardHit] = []
        n = len(toks)
        i = 0
        while i < n:
            word = toks[i][2]
            first = self._by_first.get(word)
            stem = word[: self._head] in self._stem_heads
            if first is None and not stem:
                i += 1  # (most words: no discard starts with them)
                continue
            candidates = list(first or ())
            if stem:
                for length in self._stem_lengths:
                    if length <= len(word):
                        candidates.extend(self._stems.get(word[:length], ()))
            best: tuple[int, dict[str, Any]] | None = None
            for words, entry in candidates:
                if entry["kind"] in kinds and (best is None or len(words) > best[0] + 1):
                    end = self._match(text, toks, i, words, entry["whole"])
                    if end is not None:
                        best = (end - i, entry)
            if best is None:
                i += 1
                continue
            last = i + best[0]
            out.append(DiscardHit(toks[i][0], toks[last][1], text[toks[i][0] : toks[last][1]], best[1]["scope"], best[1]["kind"]))
            i = last + 1
        return out

    @staticmethod
    def _match(text: str, toks: list[tuple[int, int, str]], i: int, words: tuple[str, ...], whole: bool) -> int | None:
        """The index of the last token of ``words`` matched from token ``i``, or None."""
        j = i + len(words) - 1
        if j >= len(toks):
            return None
        for k, want in enumerate(words):
            tok = toks[i + k]
            if k and not _DISCARD_GAP.fullmatch(text, toks[i + k - 1][1], tok[0]):
                return None
            if k == len(words) - 1 and not whole:
                if not tok[2].startswith(want):
                    return None
            elif tok[2] != want:
                return None
        return j


class NameFinder:
    """Finds the names of Phoenix records in raw text (see the module docstring).

    Built from the name indexes already loaded: a dict from each name to the kinds of
    records bearing it, and one from each first word to the most words a name starting
    with it has; a scan looks up each capitalised word and tries the longest run of words
    that can still be a name first."""

    __slots__ = ("_names", "_first", "_lower_tail", "size")

    def __init__(self, names: Mapping[str, Iterable[str]], lower_tail: frozenset[str] = frozenset()) -> None:
        #: words a name may end with in lower case ("the Bush administration"); every other
        #: word after the first must be capitalised (or short, or after a hyphen)
        self._lower_tail = lower_tail
        found: dict[str, tuple[str, ...]] = {}
        first: dict[str, int] = {}
        for kind, keys in names.items():
            for key in keys:
                kinds = found.get(key, ())
                if kind not in kinds:
                    found[key] = (*kinds, kind)
                head, _, rest = key.partition(" ")
                n = rest.count(" ") + 2 if rest else 1
                if n > first.get(head, 0):
                    first[head] = n
        self._names = found
        self._first = first
        self.size = sum(len(k) for k in found.values())

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping, leftmost-longest names in ``text``."""
        toks = _words(text)
        names, first = self._names, self._first
        out: list[Hit] = []
        n = len(toks)
        i = 0
        while i < n:
            word = toks[i][2]
            if not (word[0].isupper() or word[0].isdigit()):
                i += 1
                continue
            head = word.lower() if word.isascii() else _fold(word).lower()
            longest = first.get(head)
            if longest is None:
                i += 1
                continue
            keys = [head]
            j = i + 1
            while j < n and len(keys) < longest:
                gap = text[toks[j - 1][1] : toks[j][0]]
                if len(gap) > _MAX_GAP or "\n" in gap:
                    break
                w = toks[j][2]
                keys.append(keys[-1] + " " + (w.lower() if w.isascii() else _fold(w).lower()))
                j += 1
            hit = next(((k, key) for k, key in reversed(list(enumerate(keys))) if key in names and _cased(text, toks, i, i + k, self._lower_tail)), None)
            if hit is None:
                i += 1
                continue
            k, key = hit
            start, end = toks[i][0], toks[i + k][1]
            out.append(Hit(start, end, text[start:end], key, names[key]))
            i += k + 1
        return out


def _cased(text: str, toks: Sequence[tuple[int, int, str]], i: int, j: int, lower_tail: frozenset[str] = frozenset()) -> bool:
    for k in range(i + 1, j + 1):
        start, _, word = toks[k]
        if word[0].isupper() or word[0].isdigit() or len(word) <= 3 or text[start - 1] in "-'’":
            continue
        if k == j and word in lower_tail:
            continue
        return False
    return True


def _code_table(raw: dict[str, Any], where: str) -> dict[str, list[Any]]:
    codes = raw.get("codes")
    if not isinstance(codes, dict) or not all(isinstance(v, list) and len(v) == 2 for v in codes.values()):
        raise DataFileError(f"{where}: no code table (code -> [country, sector]); rerun scripts/build_lexicon.py")
    return codes


#: the compiled files: name -> the key of their item list
FILES = {"people": "people", "institutions": "institutions", "igos": "igos", "agents": "agents", "discards": "discards"}


def from_text(name: str, text: str, where: str, *, full: bool = False) -> DatedActors | Agents | Igos | Discards:
    """The object a compiled file holds (``name`` one of FILES); ``full`` checks every record."""
    raw, items = parse(text, FILES[name], where)
    version = str(raw.get("version", "?"))
    if name in ("people", "institutions"):
        return DatedActors("person" if name == "people" else "institution", version, items, _code_table(raw, where), where, full=full)
    if name == "igos":
        return Igos(version, items, where)
    if name == "agents":
        return Agents(version, items, where)
    return Discards(version, items, where)


def _load(name: str) -> Any:
    path = resources.files("dyadwatch") / "data" / "actors" / f"phoenix_{name}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read {path}: {exc}; rerun scripts/build_lexicon.py") from exc
    return from_text(name, text, str(path))


@cache
def load_people() -> DatedActors:
    """Named people with their offices over time (cached)."""
    people: DatedActors = _load("people")
    return people


@cache
def load_institutions() -> DatedActors:
    """National institutions and bodies (armies, parliaments, ministries, parties; cached)."""
    institutions: DatedActors = _load("institutions")
    return institutions


@cache
def load_agents() -> Agents:
    """Agent nouns to sectors (cached)."""
    agents: Agents = _load("agents")
    return agents


@cache
def load_igos() -> Igos:
    """International organisations (cached)."""
    igos: Igos = _load("igos")
    return igos


@cache
def load_discards() -> Discards:
    """Phrases never read as actors (cached)."""
    discards: Discards = _load("discards")
    return discards


@cache
def load_finder(kinds: tuple[str, ...] = ("person", "institution", "igo"), generic: bool = False,
                lower_tail: frozenset[str] = frozenset()) -> NameFinder:  # fmt: skip
    """A finder over the names of the given kinds (cached per arguments); ``lower_tail``:
    see ``NameFinder``."""
    loaders: dict[str, Callable[[], DatedActors | Igos]] = {"person": load_people, "institution": load_institutions, "igo": load_igos}
    unknown = set(kinds) - set(loaders)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; expected some of {sorted(loaders)}")
    return NameFinder({k: loaders[k]().keys(generic=generic) for k in kinds}, lower_tail)
