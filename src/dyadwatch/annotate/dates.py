"""Find time expressions in text and resolve them to calendar dates.

Two steps, kept apart so that ``events.timing`` can choose which expression dates which
event (``event_date``):

- ``find_time_expressions(text)`` finds the spans ("on August 21st 2019", "last night",
  "four years prior", "since 2017") and gives each a kind.
- ``resolve(expr, article_date=..., reference=..., tense=...)`` turns one span into a
  ``ResolvedDate`` (a day, a month or a year) against the article's publication date and,
  for event-relative expressions, the date of a related event.

Expression kinds (``TimeExpression.kind``):

    absolute        calendar words: "5 August 2017", "December 2018", "in 2018", "On 5 August",
                    "in early September", "Monday 18 November", "2019-08-21"
    relative        deictic, against the article date: "today", "last night", "on Friday",
                    "last week", "this year", "in the new year"
    duration-ago    "two years ago", "a week ago" (against the article date)
    event-relative  against another event's date: "four years prior", "two days later",
                    "the next day", "nearly a year after"
    range           "from April 19 to April 25", "19-25 April": resolves to its start
    since, until    bounds ("since 2017", "through Saturday", "by 2030"): they resolve to the
                    bound's date, but are not the date of the event (event_date skips them)
    vague           "in recent years", "recently", "a few years ago": found, resolve -> None

Decisions worth knowing:

- Weeks are reported at MONTH precision: "last week" is the month of (article date - 7 days).
  The text does not say which day; the month is right far more often than any single day.
- Numeric dates: only ISO ``2019-08-21`` and slash/dot dates whose day/month order is
  unambiguous (a part above 12: ``21/08/2019``, ``08/21/2019``). An ambiguous one
  (``03/04/2019``) resolves to its YEAR only.
- Bare years are 1900-2099, and not after a designator ("UNSCR 2371") nor before a counted
  noun ("2000 troops").
- Month and weekday names count only when capitalised ("May", not "may"), and a bare month
  needs a cue word before it ("in May", "since March").
- "nearly a year after <event>" is event-relative: with the reference date it resolves to the
  same month a year after it (MONTH precision, or the reference's if coarser: a single year
  counts as an anniversary; several years give the YEAR only), without it to None.

The words (months, weekdays, number words, relative phrases) are data, in
``data/temporal.yaml``. This module only reads text; it never guesses a publication date
unless asked (``infer_article_date``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from ..errors import DataFileError
from ..records import DatePrecision
from ..yamlfiles import read_yaml

__all__ = [
    "BOUND_KINDS",
    "DATING_KINDS",
    "ResolvedDate",
    "TemporalLexicon",
    "TimeExpression",
    "find_time_expressions",
    "infer_article_date",
    "load_temporal_lexicon",
    "resolve",
]

#: kinds whose resolved date may serve as an event's date
DATING_KINDS = frozenset({"absolute", "relative", "duration-ago", "event-relative", "range"})
#: kinds that bound a period rather than date an event
BOUND_KINDS = frozenset({"since", "until"})

_COARSENESS = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A date at a stated precision, with how it was found."""

    value: str  # "2019-08-21", "2018-12" or "2018"
    precision: DatePrecision
    basis: str  # explicit | relative | event-relative | article | inferred | occasion

    def __post_init__(self) -> None:
        # A malformed value would silently break start()/end() downstream: refuse it here.
        shapes = {
            DatePrecision.DAY: r"\d{4}-\d{2}-\d{2}",
            DatePrecision.MONTH: r"\d{4}-\d{2}",
            DatePrecision.YEAR: r"\d{4}",
        }
        if not re.fullmatch(shapes[self.precision], self.value):
            raise ValueError(f"date value {self.value!r} does not match precision {self.precision}")

    @classmethod
    def of(cls, day: date, precision: DatePrecision, basis: str) -> ResolvedDate:
        """The period of ``precision`` that contains ``day``."""
        if precision is DatePrecision.DAY:
            value = day.isoformat()
        elif precision is DatePrecision.MONTH:
            value = f"{day.year:04d}-{day.month:02d}"
        else:
            value = f"{day.year:04d}"
        return cls(value, precision, basis)

    def start(self) -> date:
        """First day of the period."""
        parts = [int(p) for p in self.value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    def end(self) -> date:
        """Last day of the period."""
        parts = [int(p) for p in self.value.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], 12, 31)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text: offsets into the text that was passed."""

    start: int
    end: int
    text: str
    kind: str  # see the module docstring
    #: how the scan read it in its context ("in July": a bare month the cue word made a
    #: date); None for an expression built by hand, which ``resolve`` reads from its text
    reading: Any = field(default=None, compare=False, repr=False)


# ---------------------------------------------------------------------------------------------
# The lexicon (data/temporal.yaml)


@dataclass(frozen=True, slots=True)
class _Shift:
    unit: str  # day | week | month | year
    offset: int
    precision: DatePrecision
    january_offset: int | None = None


@dataclass(frozen=True, slots=True)
class _Unit:
    unit: str  # day | month | year
    count: int
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class TemporalLexicon:
    """The words time expressions are built from, loaded once from ``data/temporal.yaml``."""

    version: str
    months: Mapping[str, int]
    month_abbreviations: frozenset[str]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    units: Mapping[str, _Unit]
    approximators: tuple[str, ...]
    event_relative_words: Mapping[str, int]
    relative_phrases: Mapping[str, _Shift]
    event_relative_phrases: Mapping[str, _Shift]
    vague_phrases: tuple[str, ...]
    period_modifiers: tuple[str, ...]
    bound_words: Mapping[str, str]
    bare_month_cues: tuple[str, ...]
    year_blockers: frozenset[str]
    year_count_nouns: frozenset[str]
    background_words: frozenset[str]
    occasion_words: frozenset[str]
    span_bound_words: frozenset[str]
    occasion_max_days: int
    news_day_sentences: int
    news_day_max_days: int
    news_day_future_words: frozenset[str]
    headline_twin_max_days: int
    making_verbs: frozenset[str]
    made_nouns: frozenset[str]
    setting_nouns: frozenset[str]
    #: full month and weekday names, lower-case ("may", "monday"): no person's name
    calendar_names: frozenset[str]


def _shift(raw: Any, where: str, key: str) -> _Shift:
    try:
        unit = str(raw["unit"])
        if unit not in {"day", "week", "month", "year"}:
            raise ValueError(f"unknown unit {unit!r}")
        jan = raw.get("january_offset")
        return _Shift(unit, int(raw["offset"]), DatePrecision(raw["precision"]),
                      None if jan is None else int(jan))  # fmt: skip
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: phrase {key!r} is invalid: {exc}") from exc


def _validate_lexicon(raw: object, where: str) -> TemporalLexicon:
    required = ("version", "months", "weekdays", "numbers", "units", "relative_phrases")
    if not isinstance(raw, dict) or any(k not in raw for k in required):
        raise DataFileError(f"{where}: expected a mapping with {', '.join(required)}")
    months: dict[str, int] = {}
    abbreviations: set[str] = set()
    for num, names in raw["months"].items():
        if not 1 <= int(num) <= 12 or not names:
            raise DataFileError(f"{where}: month {num} is not 1-12 or has no names")
        for i, name in enumerate(names):
            months[str(name)] = int(num)
            if i > 0:  # the first name is the full one, the rest abbreviations ("Sept.")
                abbreviations.add(str(name))
    if sorted(set(months.values())) != list(range(1, 13)):
        raise DataFileError(f"{where}: months must name all twelve months")
    weekdays = {str(n): int(k) for k, names in raw["weekdays"].items() for n in names}
    if sorted(set(weekdays.values())) != list(range(7)):
        raise DataFileError(f"{where}: weekdays must name all seven days, Monday = 0")
    units: dict[str, _Unit] = {}
    for name, u in raw["units"].items():
        try:
            units[str(name)] = _Unit(str(u["unit"]), int(u["count"]), DatePrecision(u["precision"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"{where}: unit {name!r} is invalid: {exc}") from exc
        if units[str(name)].unit not in {"day", "month", "year"}:
            raise DataFileError(f"{where}: unit {name!r} must shift by day, month or year")
    erw = {str(k): int(v) for k, v in (raw.get("event_relative_words") or {}).items()}
    if any(v not in (-1, 1) for v in erw.values()):
        raise DataFileError(f"{where}: event_relative_words signs must be -1 or 1")
    bounds = {str(k): str(v) for k, v in (raw.get("bound_words") or {}).items()}
    if any(v not in BOUND_KINDS for v in bounds.values()):
        raise DataFileError(f"{where}: bound_words kinds must be one of {sorted(BOUND_KINDS)}")
    return TemporalLexicon(
        version=str(raw["version"]),
        months=MappingProxyType(months),
        month_abbreviations=frozenset(abbreviations),
        weekdays=MappingProxyType(weekdays),
        numbers=MappingProxyType({str(k).lower(): int(v) for k, v in raw["numbers"].items()}),
        units=MappingProxyType(units),
        approximators=tuple(str(a) for a in raw.get("approximators") or ()),
        event_relative_words=MappingProxyType(erw),
        relative_phrases=MappingProxyType(
            {str(k).lower(): _shift(v, where, k) for k, v in raw["relative_phrases"].items()}
        ),
        event_relative_phrases=MappingProxyType(
            {
                str(k).lower(): _shift(v, where, k)
                for k, v in (raw.get("event_relative_phrases") or {}).items()
            }
        ),
        vague_phrases=tuple(str(p).lower() for p in raw.get("vague_phrases") or ()),
        period_modifiers=tuple(str(p).lower() for p in raw.get("period_modifiers") or ()),
        bound_words=MappingProxyType(bounds),
        bare_month_cues=tuple(str(p).lower() for p in raw.get("bare_month_cues") or ()),
        year_blockers=frozenset(str(p).lower() for p in raw.get("year_blockers") or ()),
        year_count_nouns=frozenset(str(p).lower() for p in raw.get("year_count_nouns") or ()),
        background_words=frozenset(str(p).lower() for p in raw.get("background_words") or ()),
        occasion_words=frozenset(str(p).lower() for p in raw.get("occasion_words") or ()),
        span_bound_words=frozenset(str(p).lower() for p in raw.get("span_bound_words") or ()),
        occasion_max_days=int(raw.get("occasion_max_days") or 0),
        news_day_sentences=int(raw.get("news_day_sentences") or 0),
        news_day_max_days=int(raw.get("news_day_max_days") or 0),
        news_day_future_words=frozenset(str(p).lower() for p in raw.get("news_day_future_words") or ()),
        headline_twin_max_days=int(raw.get("headline_twin_max_days") or 0),
        making_verbs=frozenset(str(p).lower() for p in raw.get("making_verbs") or ()),
        made_nouns=frozenset(str(p).lower() for p in raw.get("made_nouns") or ()),
        setting_nouns=frozenset(str(p).lower() for p in raw.get("setting_nouns") or ()),
        calendar_names=frozenset(
            n.lower() for n in [*(m for m in months if m not in abbreviations), *weekdays]
        ),
    )


@cache
def load_temporal_lexicon() -> TemporalLexicon:
    """The packaged temporal lexicon (cached: loaded once per process)."""
    path = resources.files("dyadwatch") / "data" / "temporal.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read temporal lexicon {path}: {exc}") from exc
    return _validate_lexicon(raw, str(path))


# ---------------------------------------------------------------------------------------------
# The grammar: regexes built from the lexicon


def _alt(words: Any) -> str:
    """Alternation, longest first, with spaces matching any whitespace run."""
    escaped = (
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    return "|".join(escaped)


_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DASH = r"(?:-|–|—)"


@dataclass(frozen=True, slots=True)
class _Reading:
    """What an expression says, before any article date is applied."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    modifier: str | None = None  # last | next | this | coming | past (weekdays, months)
    shift: _Shift | None = None  # relative and event-relative phrases
    year_only: bool = False  # an ambiguous numeric date: trust only its year


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    kind: str
    reading: _Reading


class _Grammar:
    """Compiled patterns for one lexicon (built once, see ``_grammar``)."""

    def __init__(self, lex: TemporalLexicon) -> None:
        self.lex = lex
        full = _alt(m for m in lex.months if m not in lex.month_abbreviations)
        month = rf"(?P<month>{full}|(?:{_alt(lex.month_abbreviations)})\.?)(?![A-Za-z])"
        month_b = month.replace("?P<month>", "?P<month2>")
        weekday = rf"(?P<weekday>{_alt(lex.weekdays)})(?![A-Za-z])"
        weekday_prefix = rf"(?:{weekday},?\s+)?"
        year = rf"(?P<year>{_YEAR})"
        num = rf"(?P<num>{_alt(lex.numbers)}|\d{{1,3}}(?![\d,.]\d))"
        unit = rf"(?P<unit>{_alt(lex.units)})"
        approx = rf"(?:(?P<approx>{_alt(lex.approximators)})\s+)?"
        mods = _alt(lex.period_modifiers)
        lead = r"(?<![\w$£€.,/-])"
        tail = r"(?![\w-])"
        year_phrases = [k for k, v in lex.event_relative_phrases.items() if v.unit == "year"]
        deictic_years = [k for k, v in lex.relative_phrases.items() if v.unit == "year"]
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(rf"(?<![\d-]){year}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")),
            ("numeric", re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep){year}(?![\d/]|\.\d)")),
            ("dmy", re.compile(rf"{weekday_prefix}(?:the\s+)?{lead}(?P<day>{_DAY})\s+(?:of\s+)?{month}(?:,?\s+{year})?")),
            ("mdy", re.compile(rf"{weekday_prefix}{month}\s+(?:the\s+)?(?P<day>{_DAY})(?:,?\s+{year})?")),
            ("dm_range", re.compile(rf"(?:(?i:from|between)\s+)?{lead}(?P<day>{_DAY})\s*(?:{_DASH}|(?i:to|and|until|through))\s*(?P<day2>{_DAY})\s+(?:of\s+)?{month}(?:,?\s+{year})?")),
            ("md_range", re.compile(rf"(?:(?i:from|between)\s+)?{month}\s+(?P<day>{_DAY})\s*(?:{_DASH}|(?i:to|and|until|through))\s*(?P<day2>{_DAY})(?!\s+{month_b})(?:,?\s+{year})?")),
            ("my", re.compile(rf"(?:(?P<pmod>(?i:{mods}))[\s-]+(?:of\s+)?)?{month},?\s+(?:of\s+)?{year}")),
            ("month", re.compile(rf"(?<![\w-])(?P<cue>(?i:{_alt(lex.bare_month_cues)}))[\s-]+(?:(?i:of)\s+)?(?:(?P<pmod>(?i:{mods}))[\s-]+(?:(?i:of)\s+)?)?{month}(?!['’]s)")),
            ("weekday", re.compile(rf"(?:(?P<wmod>(?i:last|next|this|coming|past))\s+)?{weekday}(?:\s+(?:morning|afternoon|evening|night))?")),
            ("year", re.compile(rf"(?:(?P<pmod>(?i:{mods}))[\s-]+(?:(?i:of)\s+)?|{lead}){year}{tail}")),
            ("relative", re.compile(rf"(?<![\w-])(?P<phrase>(?i:{_alt(lex.relative_phrases)})){tail}")),
            ("event_phrase", re.compile(rf"(?<![\w-])(?P<phrase>(?i:{_alt(lex.event_relative_phrases)})){tail}")),
            # "in November of that year", "in May the following year": a month of the year
            # another event's date gives
            ("month_event", re.compile(rf"(?<![\w-]){month}\s+(?:(?i:of)\s+)?(?P<phrase>(?i:{_alt(year_phrases)})){tail}")),
            # "in January last year", "since March this year": a month of the year the
            # article's date gives (after a cue word, as a bare month: "Theresa May last year")
            ("month_deictic", re.compile(rf"(?<![\w-])(?P<cue>(?i:{_alt(lex.bare_month_cues)}))[\s-]+(?:(?i:of)\s+)?(?:(?P<pmod>(?i:{mods}))[\s-]+(?:(?i:of)\s+)?)?{month}\s+(?:(?i:of)\s+)?(?P<phrase>(?i:{_alt(deictic_years)})){tail}")),
            ("vague", re.compile(rf"(?<![\w-])(?i:{_alt(lex.vague_phrases)}){tail}")),
            ("ago", re.compile(rf"(?<![\w-])(?i:{approx}{num}\s+{unit}\s+ago){tail}")),
            ("event_num", re.compile(rf"(?<![\w-])(?i:{approx}{num}\s+{unit}\s+(?P<rel>{_alt(lex.event_relative_words)})){tail}")),
        ]  # fmt: skip
        self.bound = re.compile(rf"(?<![\w-])(?P<word>(?i:{_alt(lex.bound_words)}))\s+$")
        self.range_from = re.compile(r"(?<![\w-])(?P<word>(?i:from|between))\s+$")
        self.range_link = re.compile(rf"\s*(?:{_DASH}|(?i:to|until|till|through|and))\s*")
        self.word_before = re.compile(r"([A-Za-z][A-Za-z./]*)\.?\s*$")
        self.word_after = re.compile(r"\s*([A-Za-z%]+)")
        # what every match of a pattern contains (the pattern requires that piece): a text
        # without it is not scanned with the pattern, which could find nothing there
        self.required: list[tuple[re.Pattern[str], frozenset[str]]] = [
            (re.compile(month), frozenset({"dmy", "mdy", "dm_range", "md_range", "my", "month", "month_event", "month_deictic"})),
            (re.compile(weekday), frozenset({"weekday"})),
            (re.compile(year), frozenset({"iso", "numeric", "my", "year"})),
            (re.compile(rf"(?i:{unit})"), frozenset({"ago", "event_num"})),
            (re.compile(r"(?i:ago)"), frozenset({"ago"})),
        ]

    # -- readings ---------------------------------------------------------------------------

    def _month(self, m: re.Match[str]) -> int:
        return self.lex.months[m.group("month").rstrip(".")]

    def _num(self, word: str) -> int:
        w = re.sub(r"\s+", " ", word.lower())
        return int(w) if w.isdigit() else self.lex.numbers[w]

    def _duration(self, m: re.Match[str], sign: int) -> _Shift:
        u = self.lex.units[m.group("unit").lower()]
        n = self._num(m.group("num")) * u.count * sign
        return _Shift(u.unit, n, u.precision)

    def _year_is_blocked(self, text: str, start: int, end: int) -> bool:
        before = self.word_before.search(text[max(0, start - 24) : start])
        if before and before.group(1).lower().rstrip(".") in self.lex.year_blockers:
            return True
        after = self.word_after.match(text, end)
        return bool(after and after.group(1).lower() in self.lex.year_count_nouns | {"%"})

    def read(self, name: str, m: re.Match[str], text: str) -> tuple[int, str, _Reading] | None:
        """(span start, kind, reading) for one match, or None when it is not a date."""
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else None
        wd = self.lex.weekdays[g["weekday"]] if g.get("weekday") else None
        if name == "iso":
            return m.start(), "absolute", _Reading(year, int(g["m"]), int(g["d"]))
        if name == "numeric":
            a, b = int(g["a"]), int(g["b"])
            if a > 12 and b <= 12:
                return m.start(), "absolute", _Reading(year, b, a)
            if b > 12 and a <= 12:
                return m.start(), "absolute", _Reading(year, a, b)
            if a == b and a <= 12:
                return m.start(), "absolute", _Reading(year, a, a)
            if a > 12 and b > 12:
                return None
            return m.start(), "absolute", _Reading(year, year_only=True)
        if name in ("dmy", "mdy", "dm_range", "md_range"):
            day = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
            kind = "range" if name.endswith("range") else "absolute"
            return m.start(), kind, _Reading(year, self._month(m), day, wd)
        if name == "my":
            return m.start(), "absolute", _Reading(year, self._month(m))
        if name == "month":
            cue = re.sub(r"\s+", " ", g["cue"].lower())
            if g.get("pmod"):
                start = m.start("pmod")
            elif cue in {"early", "mid", "late", "last", "next", "this"}:
                start = m.start("cue")
            else:
                start = m.start("month")
            mod = cue if cue in {"last", "next", "this"} else None
            return start, "absolute", _Reading(month=self._month(m), modifier=mod)
        if name == "weekday":
            mod = g["wmod"].lower() if g.get("wmod") else None
            return m.start(), "relative", _Reading(weekday=wd, modifier=mod)
        if name == "year":
            if self._year_is_blocked(text, m.start("year"), m.end()):
                return None
            return m.start(), "absolute", _Reading(year)
        if name == "relative":
            phrase = re.sub(r"\s+", " ", g["phrase"].lower())
            return m.start(), "relative", _Reading(shift=self.lex.relative_phrases[phrase])
        if name == "event_phrase":
            phrase = re.sub(r"\s+", " ", g["phrase"].lower())
            return (
                m.start(),
                "event-relative",
                _Reading(shift=self.lex.event_relative_phrases[phrase]),
            )
        if name == "month_event":
            phrase = re.sub(r"\s+", " ", g["phrase"].lower())
            return m.start(), "event-relative", _Reading(month=self._month(m), shift=self.lex.event_relative_phrases[phrase])
        if name == "month_deictic":
            phrase = re.sub(r"\s+", " ", g["phrase"].lower())
            start = m.start("pmod") if g.get("pmod") else m.start("month")
            return start, "relative", _Reading(month=self._month(m), shift=self.lex.relative_phrases[phrase])
        if name == "vague":
            return m.start(), "vague", _Reading()
        if name == "ago":
            return m.start(), "duration-ago", _Reading(shift=self._duration(m, -1))
        if name == "event_num":
            sign = self.lex.event_relative_words[g["rel"].lower()]
            return m.start(), "event-relative", _Reading(shift=self._duration(m, sign))
        raise AssertionError(f"unhandled pattern {name}")  # pragma: no cover


@cache
def _grammar() -> _Grammar:
    return _Grammar(load_temporal_lexicon())


# ---------------------------------------------------------------------------------------------
# Finding


def _select(cands: list[_Found]) -> list[_Found]:
    """Longest non-overlapping candidates, in text order."""
    chosen: list[_Found] = []
    # a map of taken characters keeps this linear in the text, not quadratic in candidates
    taken = bytearray(max((c.end for c in cands), default=0))
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(taken[c.start : c.end]):
            chosen.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


def _merge_ranges(g: _Grammar, text: str, found: list[_Found]) -> list[_Found]:
    """Join "from April 19 to April 25" into one range expression (its start dates it)."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.kind == "absolute"
            and b.kind == "absolute"
            and g.range_link.fullmatch(text, a.end, b.start)
        ):
            intro = g.range_from.search(text, max(0, a.start - 12), a.start)
            link = text[a.end : b.start].strip().lower()
            # "and" makes a range only after "between"; "to"/dash make one on their own
            if link != "and" or (intro and intro.group("word").lower() == "between"):
                start = intro.start() if intro else a.start
                ra, rb = a.reading, b.reading
                reading = _Reading(
                    ra.year if ra.year is not None else rb.year,
                    ra.month if ra.month is not None else rb.month,
                    ra.day,
                    ra.weekday,
                )
                out.append(_Found(start, b.end, "range", reading))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _wrap_bounds(g: _Grammar, text: str, found: list[_Found]) -> list[_Found]:
    """ "since 2017", "through Saturday": the expression becomes a bound, not an event date."""
    out = []
    for f in found:
        m = g.bound.search(text, max(0, f.start - 10), f.start) if f.kind != "range" else None
        if m and f.kind in DATING_KINDS:
            kind = g.lex.bound_words[m.group("word").lower()]
            out.append(_Found(m.start(), f.end, kind, f.reading))
        else:
            out.append(f)
    return out


def _scan(text: str) -> tuple[_Found, ...]:
    g = _grammar()
    cands: list[_Found] = []
    absent = {name for piece, names in g.required if piece.search(text) is None for name in names}
    for name, pat in g.patterns:
        if name in absent:
            continue
        for m in pat.finditer(text):
            r = g.read(name, m, text)
            if r is not None:
                start, kind, reading = r
                cands.append(_Found(start, m.end(), kind, reading))
    found = _select(cands)
    found = _merge_ranges(g, text, found)
    return tuple(_wrap_bounds(g, text, found))


@lru_cache(maxsize=1024)
def _scanned(text: str) -> tuple[_Found, ...]:
    """``_scan``, cached: resolving re-reads an expression's text, and each event of a
    sentence (and the background check) reads the sentence again."""
    return _scan(text)


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Every time expression in ``text``, in text order, with offsets into ``text``."""
    return [TimeExpression(f.start, f.end, text[f.start : f.end], f.kind, f.reading) for f in _scanned(text)]


# ---------------------------------------------------------------------------------------------
# Resolving


def _add_months(d: date, n: int) -> date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _apply(base: date, unit: str, offset: int) -> date:
    if unit == "day":
        return base + timedelta(days=offset)
    if unit == "week":
        return base + timedelta(days=7 * offset)
    if unit == "month":
        return _add_months(base, offset)
    return _add_months(base, 12 * offset)


def _coarser(a: DatePrecision, b: DatePrecision) -> DatePrecision:
    return a if _COARSENESS[a] >= _COARSENESS[b] else b


def _choose(cands: list[date], anchor: date, tense: str | None, modifier: str | None) -> date:
    """Pick among candidate dates by tense: past = latest on/before, future = first on/after."""
    if modifier in ("last", "past"):
        pool = [c for c in cands if c < anchor]
        return max(pool) if pool else min(cands, key=lambda c: abs(c - anchor))
    if modifier in ("next", "coming"):
        pool = [c for c in cands if c > anchor]
        return min(pool) if pool else min(cands, key=lambda c: abs(c - anchor))
    if tense == "past":
        pool = [c for c in cands if c <= anchor]
        if pool:
            return max(pool)
    elif tense == "future" or modifier == "this":
        pool = [c for c in cands if c >= anchor]
        if pool:
            return min(pool)
    # no tense: the nearest; a tie goes to the past, as news mostly reports what happened
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


def _resolve_reading(
    kind: str,
    r: _Reading,
    article_date: date | None,
    reference: ResolvedDate | None,
    tense: str | None,
) -> ResolvedDate | None:
    if kind == "vague":
        return None
    if r.shift is not None:
        if kind == "event-relative":
            if reference is None:
                return None
            day = _apply(reference.start(), r.shift.unit, r.shift.offset)
            if r.month is not None:  # "in November of that year"
                return ResolvedDate.of(date(day.year, r.month, 1), DatePrecision.MONTH, "event-relative")
            precision = _coarser(r.shift.precision, reference.precision)
            if precision is DatePrecision.MONTH and article_date is not None and day.replace(day=1) > article_date:
                # "nearly a year after" a September attack, in an August article: the count is
                # approximate and its month would lie after the article; the year stays true
                precision = DatePrecision.YEAR
            return ResolvedDate.of(day, precision, "event-relative")
        if article_date is None:
            return None
        offset = r.shift.offset
        if r.shift.january_offset is not None and article_date.month == 1:
            offset = r.shift.january_offset
        day = _apply(article_date, r.shift.unit, offset)
        if r.month is not None:  # "in January last year"
            return ResolvedDate.of(date(day.year, r.month, 1), DatePrecision.MONTH, "relative")
        return ResolvedDate.of(day, r.shift.precision, "relative")
    if r.year is not None:
        if r.year_only or r.month is None:
            return ResolvedDate(f"{r.year:04d}", DatePrecision.YEAR, "explicit")
        if r.day is None:
            return ResolvedDate(f"{r.year:04d}-{r.month:02d}", DatePrecision.MONTH, "explicit")
        try:
            return ResolvedDate.of(date(r.year, r.month, r.day), DatePrecision.DAY, "explicit")
        except ValueError:  # "30 February 2019": not a date
            return None
    if article_date is None:
        return None
    y = article_date.year
    if r.month is not None and r.day is not None:
        cands = []
        for yy in (y - 1, y, y + 1):
            try:
                cands.append(date(yy, r.month, r.day))
            except ValueError:  # 29 February outside leap years
                continue
        if r.weekday is not None:
            # "Monday 18 November": the weekday picks the year when the tense cannot
            matching = [c for c in cands if c.weekday() == r.weekday]
            cands = matching or cands
        if not cands:
            return None
        return ResolvedDate.of(
            _choose(cands, article_date, tense, r.modifier), DatePrecision.DAY, "relative"
        )
    if r.month is not None:
        first = article_date.replace(day=1)
        cands = [date(yy, r.month, 1) for yy in (y - 1, y, y + 1)]
        return ResolvedDate.of(
            _choose(cands, first, tense, r.modifier), DatePrecision.MONTH, "relative"
        )
    if r.weekday is not None:
        week = (article_date + timedelta(days=k) for k in range(-7, 8))
        cands = [c for c in week if c.weekday() == r.weekday]
        return ResolvedDate.of(
            _choose(cands, article_date, tense, r.modifier), DatePrecision.DAY, "relative"
        )
    return None


def resolve_counted_back(expr: TimeExpression, anchor: ResolvedDate) -> ResolvedDate | None:
    """The date of the event an event-relative count leads to, from the date of the event
    it counts from: "The visit came two days after China imposed sanctions": the sanctions
    were imposed two days before the visit (``anchor``). None when ``expr`` is no count."""
    reading = expr.reading
    if reading is None:
        found = [f for f in _scanned(expr.text) if f.kind == "event-relative"]
        reading = found[0].reading if found else None
    if expr.kind != "event-relative" or reading is None or reading.shift is None:
        return None
    day = _apply(anchor.start(), reading.shift.unit, -reading.shift.offset)
    return ResolvedDate.of(day, _coarser(reading.shift.precision, anchor.precision), "event-relative")


def resolve(
    expr: TimeExpression,
    *,
    article_date: date | None,
    reference: ResolvedDate | None = None,
    tense: str | None = None,
) -> ResolvedDate | None:
    """The date ``expr`` names, or None when it cannot be dated.

    ``article_date`` anchors deictic expressions ("yesterday", "on Friday", a month-day with
    no year); ``reference`` is the date of the related event that event-relative expressions
    count from ("four years prior"); ``tense`` ("past" | "future" | None) picks the direction
    of a bare weekday or month-day: past = on/before the article date, future = on/after,
    None = the nearest. A range resolves to its start; a bound (since/until) to the bound.
    """
    if tense not in (None, "past", "future"):
        raise ValueError(f"tense must be 'past', 'future' or None, not {tense!r}")
    if expr.reading is not None:
        return _resolve_reading(expr.kind, expr.reading, article_date, reference, tense)
    found = _scanned(expr.text)
    if not found:
        return None
    chosen = next((f for f in found if f.kind == expr.kind), found[0])
    return _resolve_reading(chosen.kind, chosen.reading, article_date, reference, tense)


def occasion_date(lead: str, article_date: date | None) -> ResolvedDate | None:
    """The day a statement or speech was given, when its lead says so ("Statement given
    recently (27 June 2025) by ..."): a day date a few words after an occasion word
    (temporal.yaml ``occasion_words``), not after the article date nor more than
    ``occasion_max_days`` before it. Basis ``occasion``."""
    lex = load_temporal_lexicon()
    low = lead.lower()
    # the words looked at below are pieces of ``low``: with no occasion word in it, no
    # date can qualify, and the scan (the costly part) is not needed
    if not any(word in low for word in lex.occasion_words):
        return None
    for f in _scanned(lead):
        if f.kind != "absolute":
            continue
        got = _resolve_reading(f.kind, f.reading, None, None, None)
        if got is None or got.precision is not DatePrecision.DAY:
            continue
        before = re.findall(r"[a-z]+", lead[max(0, f.start - 40) : f.start].lower())[-5:]
        if not lex.occasion_words.intersection(before):
            continue
        day = got.start()
        if article_date is not None and not (0 <= (article_date - day).days <= lex.occasion_max_days):
            continue
        return ResolvedDate(got.value, got.precision, "occasion")
    return None


#: a sentence end in running text: ., ! or ? (a closing quote after it) before a space
#: and a capital or an opening quote
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` of ``text`` starts (``_SENTENCE_END``)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


def news_day(body: str, article_date: date | None, quoted: Sequence[tuple[int, int]] = ()) -> ResolvedDate | None:
    """The day the article's news happened, when its lead says it in a weekday ("France has
    recalled its ambassadors ... Le Drian said in a statement late Friday"): the first
    weekday outside the ``quoted`` spans (offsets into ``body``) in the first
    ``news_day_sentences`` sentences of ``body``, resolved back from the article date, at
    least a day and at most ``news_day_max_days`` before it (temporal.yaml). Basis
    ``news-day``."""
    lex = load_temporal_lexicon()
    if article_date is None or lex.news_day_sentences <= 0:
        return None
    end, count, last = len(body), 0, 0
    for m in _SENTENCE_END.finditer(body):
        # (a piece of a few words ends at an abbreviation's stop, "U.S. President": no sentence)
        if len(body[last : m.start()].split()) < 5:
            continue
        count, last = count + 1, m.end()
        if count >= lex.news_day_sentences:
            end = m.start() + 1
            break
    window = body[:end]
    for f in _scanned(window):
        if f.kind != "relative" or f.reading is None or f.reading.weekday is None or f.reading.shift is not None:
            continue
        if any(a <= f.start < b for a, b in quoted):
            continue
        # ("said it will resume flights on Saturday": a day yet to come)
        if lex.news_day_future_words.intersection(re.findall(r"[a-z']+", window[_sentence_start(window, f.start) : f.start].lower())):
            continue
        got = _resolve_reading(f.kind, f.reading, article_date, None, "past")
        if got is None or got.precision is not DatePrecision.DAY:
            return None
        back = (article_date - got.start()).days
        return ResolvedDate(got.value, got.precision, "news-day") if 1 <= back <= lex.news_day_max_days else None
    return None


def infer_article_date(text: str) -> ResolvedDate | None:
    """A stand-in publication date: the latest explicit date in the text (basis ``inferred``).

    Only dates the text spells out with a year count. The latest period wins; where a finer
    date lies inside it ("2019" and "August 21st 2019"), the finer one is returned.
    """
    dates = []
    for f in _scan(text):
        if f.kind not in ("absolute", "range", "since"):
            continue
        got = _resolve_reading(f.kind, f.reading, None, None, None)
        if got is not None and got.basis == "explicit":
            dates.append(got)
    if not dates:
        return None
    latest = max(dates, key=lambda d: (d.end(), -_COARSENESS[d.precision]))
    inside = [d for d in dates if latest.start() <= d.start() and d.end() <= latest.end()]
    best = max(inside, key=lambda d: (-_COARSENESS[d.precision], d.end()))
    return ResolvedDate(best.value, best.precision, "inferred")
