"""Typed records that flow through the pipeline: Article in, Event out.

These are the lean hot-path types (slotted dataclasses). Their JSON form is the
output record documented by ``dyadwatch schema`` (see ``schema.py``). Closed
vocabularies are Enums. Records hold no behaviour beyond conversion.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """How sure the text is that the event happened (GUIDELINES §4)."""

    ASSERTED = "asserted"
    CLAIMED = "claimed"
    SPECULATED = "speculated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    NEGATED = "negated"


class Section(StrEnum):
    """Where in the article the event is expressed (GUIDELINES §5)."""

    HEADLINE = "headline"
    BODY = "body"
    COMMENTARY = "commentary"


class QuadClass(StrEnum):
    """CAMEO quad class (GDELT numbering 1-4)."""

    VERBAL_COOPERATION = "verbal cooperation"
    MATERIAL_COOPERATION = "material cooperation"
    VERBAL_CONFLICT = "verbal conflict"
    MATERIAL_CONFLICT = "material conflict"

    @property
    def number(self) -> int:
        return list(QuadClass).index(self) + 1


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(slots=True)
class Article:
    """One news article. ``full_text`` is what evidence offsets point into."""

    id: str
    text: str
    title: str = ""
    date: date | None = None
    url: str | None = None
    source: str | None = None
    licence: str | None = None
    #: where the article came from (file path, URL), for error messages
    origin: str | None = None

    @property
    def full_text(self) -> str:
        """Headline and body as one string: ``title + "\\n" + text`` when there is a title."""
        return f"{self.title}\n{self.text}" if self.title else self.text

    @property
    def headline_end(self) -> int:
        """Offset in ``full_text`` where the headline ends (0 when there is none)."""
        return len(self.title)

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        h.update(self.title.strip().encode("utf-8"))
        h.update(b"\x00")
        h.update(self.text.strip().encode("utf-8"))
        return h.hexdigest()


@dataclass(slots=True)
class ActorRef:
    """An actor as coded for one event role."""

    country: str  # ISO alpha-3, or an IGO/bloc code (UNO, EUR, NAT, WST, ...)
    code: str  # full CAMEO actor code: country + sector(s), e.g. RUSMIL
    sector: str | None  # GOV, MIL, OPP, REB, BUS, MED, ... or None
    text: str  # the words that named it
    start: int  # character offsets into Article.full_text
    end: int
    #: how it was recognised: name, alias, capital, demonym, igo, description, pronoun, person, ...
    kind: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "code": self.code,
            "sector": self.sector,
            "text": self.text,
        }


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    text: str = ""
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "text": self.text,
        }


@dataclass(slots=True)
class Event:
    """One coded event: the output record (one JSON line each)."""

    doc: str
    source: ActorRef
    target: ActorRef
    cameo: str
    root: str
    plover: str | None
    goldstein: float
    quad_class: QuadClass
    status: Status
    section: Section
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: DatePrecision | None
    date_basis: str  # explicit, relative, event-relative, narrative, occasion, news-day, article, inferred-article, none
    sentence: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    rule: str
    confidence: float
    codebook_version: str
    sentence_start: int = 0
    symmetric: bool = False
    location: Location | None = None
    attributed_to: ActorRef | None = None
    event_id: str = field(default="")

    @property
    def reportable(self) -> bool:
        """Only asserted events outside commentary are reported as fact (GUIDELINES §8)."""
        return self.status is Status.ASSERTED and self.section is not Section.COMMENTARY

    def compute_id(self, article_key: str | None = None) -> str:
        """Content-derived id: stable across runs for the same article and reading.
        ``article_key`` is the article's content hash (the coder passes it), so that the id
        depends on what the article says, never on how its file was named or typed."""
        key = "|".join(
            [
                article_key or self.doc,
                self.source.code,
                self.target.code,
                self.cameo,
                str(self.trigger_start),
                str(self.trigger_end),
                str(self.source.start),
                str(self.target.start),
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        evidence: dict[str, Any] = {
            "trigger": [self.trigger_start, self.trigger_end],
            "trigger_text": self.trigger_text,
            "source": [self.source.start, self.source.end],
            "target": [self.target.start, self.target.end],
            "sentence": [self.sentence_start, self.sentence_start + len(self.sentence)],
        }
        return {
            "doc": self.doc,
            "event_id": self.event_id or self.compute_id(),
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "cameo": self.cameo,
            "root": self.root,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class.value,
            "symmetric": self.symmetric,
            "status": self.status.value,
            "section": self.section.value,
            "reportable": self.reportable,
            "date": self.date,
            "date_precision": self.date_precision.value if self.date_precision else None,
            "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location else None,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "sentence": self.sentence,
            "evidence": evidence,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
            "codebook_version": self.codebook_version,
        }
