"""A small synthetic world with known structure, for the relations-analytics tests.

Two blocs (WEST: USA GBR FRA DEU; EAST: VEN PRK IRN CUB) cooperate inside and clash
across; VEN and IRN are sanctioned (CAMEO 163) by the West, which also downgrades its
relations with PRK and VEN (161, 166: not sanctions); the
VEN-PRK dyad warms sharply from 2018 to 2019 while the other dyads repeat the same
events in both years. A few events are not reportable (claimed, hypothetical,
commentary), one has no date and one is dated to the year only.

Events are real ``Article``/``Event`` records (one article per event, each with its own
text), built from the packaged CAMEO codebook.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dyadwatch.codebook import load_codebook
from dyadwatch.records import (
    ActorRef,
    Article,
    DatePrecision,
    Event,
    QuadClass,
    Section,
    Status,
)

WEST = frozenset({"USA", "GBR", "FRA", "DEU"})
EAST = frozenset({"VEN", "PRK", "IRN", "CUB"})
#: target -> (senders, first sanction date)
SANCTIONED = {"VEN": ({"USA"}, "2018-01-25"), "IRN": ({"GBR"}, "2018-06-05")}
#: target -> (senders, first downgrade date): relations reduced, no sanction
DOWNGRADED = {"PRK": ({"USA"}, "2018-09-18"), "VEN": ({"FRA"}, "2018-11-07")}

NAMES = {
    "USA": "Washington", "GBR": "Britain", "FRA": "France", "DEU": "Germany",
    "VEN": "Venezuela", "PRK": "North Korea", "IRN": "Iran", "CUB": "Cuba",
}  # fmt: skip


@dataclass(frozen=True)
class Spec:
    """One event to build: ``date`` is None for an undated event."""

    date: str | None
    source: str
    target: str
    cameo: str
    status: Status = Status.ASSERTED
    section: Section = Section.BODY
    symmetric: bool = False


# Dyads repeated identically in 2018 and 2019 (month-day, source, target, cameo, symmetric).
_STABLE = [
    ("02-10", "USA", "GBR", "040", True),
    ("05-15", "USA", "GBR", "057", True),
    ("03-12", "USA", "FRA", "040", True),
    ("04-08", "GBR", "FRA", "051", False),
    ("06-20", "FRA", "DEU", "057", True),
    ("07-01", "USA", "DEU", "061", False),
    ("09-03", "GBR", "DEU", "040", True),
    ("02-14", "VEN", "CUB", "071", False),
    ("10-01", "VEN", "CUB", "040", True),
    ("03-05", "IRN", "CUB", "051", False),
    ("04-22", "VEN", "IRN", "061", False),
    ("05-30", "PRK", "IRN", "064", False),
    ("08-11", "CUB", "PRK", "040", True),
    ("01-25", "USA", "VEN", "163", False),
    ("06-05", "GBR", "IRN", "163", False),
    ("09-18", "USA", "PRK", "161", False),
    ("11-07", "FRA", "VEN", "166", False),
    ("03-20", "USA", "CUB", "111", False),
    ("02-02", "VEN", "USA", "112", False),
]

SPECS: list[Spec] = [
    Spec(f"{year}-{md}", s, t, c, symmetric=sym)
    for year in (2018, 2019)
    for md, s, t, c, sym in _STABLE
] + [
    # the shift: VEN-PRK, talks and one visit in 2018, then agreement, embassy and aid in 2019
    Spec("2018-06-10", "VEN", "PRK", "040", symmetric=True),
    Spec("2018-12-05", "PRK", "VEN", "042"),
    Spec("2019-03-14", "VEN", "PRK", "057", symmetric=True),
    Spec("2019-08-21", "VEN", "PRK", "050"),
    Spec("2019-10-02", "PRK", "VEN", "071"),
    # a smaller shift: Britain and France meet once more in 2019
    Spec("2019-11-20", "GBR", "FRA", "040", symmetric=True),
    # not reportable: claimed, hypothetical, commentary (a sanction only a commenter sees)
    Spec("2019-08-10", "VEN", "PRK", "064", status=Status.CLAIMED),
    Spec("2019-08-25", "PRK", "VEN", "061", status=Status.HYPOTHETICAL),
    Spec("2019-04-04", "GBR", "CUB", "163", section=Section.COMMENTARY),
    # reportable but hard to place in time
    Spec(None, "VEN", "PRK", "043"),
    Spec("2019", "PRK", "VEN", "051"),
]

WORDS = [
    "harbour",
    "ministry",
    "cable",
    "grain",
    "copper",
    "pipeline",
    "summit",
    "envoy",
    "treaty",
    "ferry",
    "tariff",
    "coast",
    "delegation",
    "refinery",
    "satellite",
    "province",
    "bridge",
    "harvest",
    "loan",
    "vessel",
    "cargo",
    "border",
    "council",
    "festival",
    "archive",
    "museum",
    "railway",
    "school",
    "hospital",
    "airport",
    "market",
    "bank",
    "river",
    "valley",
    "mountain",
    "forest",
    "island",
    "desert",
    "village",
    "capital",
    "engine",
    "turbine",
    "factory",
    "warehouse",
    "orchestra",
    "library",
    "stadium",
    "theatre",
    "garden",
    "fountain",
    "tower",
    "castle",
    "temple",
    "palace",
    "ambassador",
    "reporter",
    "analyst",
    "economist",
    "farmer",
    "engineer",
    "teacher",
    "doctor",
    "sailor",
    "pilot",
    "morning",
    "evening",
    "winter",
    "summer",
    "autumn",
    "spring",
    "storm",
    "rain",
    "snow",
    "drought",
    "flood",
    "harvest",
]


def _precision(value: str | None) -> DatePrecision | None:
    if value is None:
        return None
    return {0: DatePrecision.YEAR, 1: DatePrecision.MONTH, 2: DatePrecision.DAY}[value.count("-")]


def _article_date(value: str | None) -> date | None:
    if value is None:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return date(int(value[:4]), 12, 31)


def build_records() -> list[tuple[Article, list[Event]]]:
    """One article per spec, each with its own text, its event pointing into the text."""
    return [
        make_record(f"world-{i:03d}", spec, " ".join(random.Random(i).sample(WORDS, 30)))
        for i, spec in enumerate(SPECS)
    ]


def make_record(doc: str, spec: Spec, filler: str) -> tuple[Article, list[Event]]:
    """An article whose first sentence states ``spec``, followed by ``filler``."""
    book = load_codebook()
    entry = book[spec.cameo]
    src, tgt = NAMES[spec.source], NAMES[spec.target]
    verb = entry.name.lower()
    first = f"{src[0].upper()}{src[1:]} chose to {verb} with {tgt}."
    title = f"Report {doc}: {spec.source} and {spec.target}"
    text = f"{first} {filler.capitalize()}."
    article = Article(
        id=doc,
        title=title,
        text=text,
        # an undated event sits in an undated article: the store would otherwise date it
        # by its article
        date=_article_date(spec.date),
        source="Synthetic Wire",
    )
    offset = len(title) + 1  # full_text is title + "\n" + text
    s_start = offset
    t_start = offset + first.index(tgt)
    v_start = offset + first.index(verb)
    event = Event(
        doc=article.id,
        source=ActorRef(spec.source, spec.source, None, src, s_start, s_start + len(src)),
        target=ActorRef(spec.target, spec.target, None, tgt, t_start, t_start + len(tgt)),
        cameo=spec.cameo,
        root=entry.root,
        plover=book.plover_for(spec.cameo),
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        status=spec.status,
        section=spec.section,
        date=spec.date,
        date_precision=_precision(spec.date),
        date_basis="explicit" if spec.date else "none",
        sentence=first,
        trigger_text=verb,
        trigger_start=v_start,
        trigger_end=v_start + len(verb),
        rule="synthetic-world",
        confidence=1.0,
        codebook_version=book.version,
        sentence_start=offset,
        symmetric=spec.symmetric,
    )
    return article, [event]


def goldstein(cameo: str) -> float:
    return load_codebook()[cameo].goldstein


def quad(cameo: str) -> int:
    return QuadClass(load_codebook()[cameo].quad_class).number


def build_store(path: Path) -> Path:
    """Write the world into a fresh DuckDB store at ``path`` through ``Store.add_coded``."""
    from dyadwatch.store import Store

    with Store(path) as store:
        result = store.add_coded(build_records())
    # every spec is its own real-world event: none may have been merged away
    assert result.events_new == len(SPECS), result
    return path


def load_frame(path: Path):  # -> pandas.DataFrame
    """Every event in the store, of every status (what the CLI analyses read)."""
    from dyadwatch.store import EventFilter, Store

    with Store(path, read_only=True) as store:
        return store.events_frame(EventFilter(reportable=None))


def counted(spec: Spec, include: tuple[str, ...] = ()) -> bool:
    """Whether the analyses should count ``spec`` (the GUIDELINES §8 rule, restated)."""
    reportable = spec.status is Status.ASSERTED and spec.section is not Section.COMMENTARY
    if reportable:
        return True
    label = "commentary" if spec.status is Status.ASSERTED else spec.status.value
    return label in include
