"""Read TABARI/PETRARCH actor dictionaries into records (build time only).

The format (``shared/reference/petrarch/dictionaries.rst``, "Actor Dictionary") is a series
of records::

    PRIMARY_PHRASE  [optional default code]   # comment
    +SYNONYM_PHRASE
    <TAB>[CODE restriction]

with restrictions ``<date`` (up to the date), ``>date`` (from the date), ``date-date``
(between, both ends included) or none (the default code). The International file also
writes the codes inline after the phrase, several on one line
(``JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]``).

How records are delimited follows PETRARCH's reader: a primary phrase starts a new record
once the current record has a code; primary phrases that follow one another before any
code belong to one record (``LEONID_BREZHNEV_`` / ``LEONID_ILYICH_BREZHNEV`` / ... then
the codes). Comments start at ``#``; a phrase never contains one.

Dates are ``YYYYMMDD`` or ``YYMMDD``. A two-digit year ``YY <= pivot`` is ``20YY``, else
``19YY`` (TABARI's convention, pivot 30; the build checks that no two-digit year in the
data falls near the pivot). A date that is not a real calendar date, an interval that
ends before it starts, or a restriction without ``<``, ``>`` or ``-`` is reported and left
out; the record keeps its other codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .report import BuildReport

_GROUP = re.compile(r"\[([^\[\]]*)\]")
_CODE = re.compile(r"^(?:---|[A-Z]{3}(?:[A-Z0-9]{3})*)$")
#: characters that mark text damaged before it reached the file (lost encodings)
DAMAGE = re.compile("[\ufffd\x1a]|\u00c3[\u0080-\u00bf\u0152\u0160\u017d\u0178\u2018-\u201e]")


@dataclass(frozen=True)
class Restriction:
    """One ``[CODE restriction]`` group: the code and the dates it applies between."""

    code: str
    start: date | None
    end: date | None
    dated: bool  # False: an undated (default) code
    line: int


@dataclass
class ActorRecord:
    """One record: its primary phrases, synonyms and codes, with source lines."""

    line: int
    names: list[tuple[int, str]] = field(default_factory=list)
    synonyms: list[tuple[int, str]] = field(default_factory=list)
    codes: list[Restriction] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    def all_names(self) -> list[tuple[int, str]]:
        return self.names + self.synonyms


def parse_date(text: str, pivot: int) -> date:
    """``"320101"`` -> 1932-01-01, ``"030101"`` -> 2003-01-01, ``"19270101"`` -> 1927-01-01."""
    if not text.isdigit():
        raise ValueError(f"date not understood: {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= pivot else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise ValueError(f"date with {len(text)} digits (6 or 8 expected)")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"not a calendar date: {text}") from None


def parse_group(group: str, line: int, pivot: int) -> Restriction:
    """``"AFGGOV 331108-730717"`` -> Restriction(AFGGOV, 1933-11-08, 1973-07-17)."""
    parts = group.split(None, 1)
    if not parts:
        raise ValueError("empty code")
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not _CODE.match(code):
        raise ValueError(f"code not understood: {code!r}")
    if not rest:
        return Restriction(code, None, None, False, line)
    if rest[0] in "<>":
        when = parse_date(rest[1:].strip(), pivot)
        if rest[0] == "<":
            return Restriction(code, None, when, True, line)
        return Restriction(code, when, None, True, line)
    if "-" in rest:
        first, _, second = rest.partition("-")
        start, end = parse_date(first.strip(), pivot), parse_date(second.strip(), pivot)
        if end < start:
            raise ValueError("interval ends before it starts")
        return Restriction(code, start, end, True, line)
    raise ValueError("date restriction without <, > or -")


def two_digit_years(text: str) -> list[int]:
    """The two-digit years written in the restrictions of a file (to check the pivot)."""
    out: list[int] = []
    for raw in text.split("\n"):
        body = raw.split("#", 1)[0]
        for group in _GROUP.findall(body):
            out.extend(int(d[:2]) for d in re.findall(r"(?<!\d)\d{6}(?!\d)", group))
    return out


def clean_phrase(text: str) -> str:
    """A phrase as written, with ``_`` read as a space: ``"HAMID_KARZAI_"`` -> ``"HAMID KARZAI"``."""
    return " ".join(text.replace("_", " ").split())


def read_actor_records(text: str, file: str, report: BuildReport, pivot: int) -> list[ActorRecord]:
    """The records of one actor dictionary; lines it cannot read go to ``report``."""
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, hashed, comment = raw.partition("#")
        if not body.strip():
            continue
        if body.count("[") != body.count("]"):
            report.skip("unbalanced brackets", file, number, raw)
            continue
        groups = _GROUP.findall(body)
        phrase = _GROUP.sub(" ", body)
        codes: list[Restriction] = []
        for group in groups:
            try:
                codes.append(parse_group(group.strip(), number, pivot))
            except ValueError as exc:
                report.skip(f"code or date not understood: {str(exc).split(':')[0]}", file, number, f"[{group}]")
        if raw[0] in " \t":
            if current is None:
                report.skip("code line before any phrase", file, number, raw)
                continue
            if phrase.strip():
                report.note("phrase on a code line: read as a synonym", file, number, raw)
                current.synonyms.append((number, phrase.strip()))
            current.codes.extend(codes)
            continue
        if raw[0] == "+":
            if current is None:
                report.skip("synonym before any phrase", file, number, raw)
                continue
            current.synonyms.append((number, phrase[1:].strip()))
            current.codes.extend(codes)
            continue
        if current is None or current.codes:
            current = ActorRecord(number)
            records.append(current)
        current.names.append((number, phrase.strip()))
        current.codes.extend(codes)
        if hashed and comment.strip():
            current.comments.append(comment.strip())
    return records
