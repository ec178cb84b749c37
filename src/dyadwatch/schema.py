"""JSON Schema (draft 2020-12) of the event record, as ``Event.to_dict()`` writes it.

This is the published contract of dyadwatch's output: ``dyadwatch schema`` prints it,
and the tests validate real records against it. The closed vocabularies come from the
Enums in ``records.py`` and the PLOVER list in ``codebook.py``, so the schema cannot
drift from them. The record is closed (``additionalProperties: false``): a new field in
``to_dict`` must be described here too, and the tests say so when it is not.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .codebook import PLOVER_TYPES
from .records import DatePrecision, QuadClass, Section, Status

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

SCHEMA_ID = "https://dyadwatch.invalid/schema/event.json"

#: How an event's date was found (``Event.date_basis``).
DATE_BASES: dict[str, str] = {
    "explicit": 'a date written in the text ("on 16 December 2019")',
    "relative": 'a relative expression resolved against the article date ("on Wednesday", "last year")',
    "event-relative": 'resolved against another event\'s date ("four years prior")',
    "narrative": "carried over from the date of the surrounding narrative",
    "article": "the article's publication date (the text gives no other)",
    "news-day": 'the day the lead says its news happened ("said in a statement late Friday"), for an act the text dates by nothing else',
    "inferred-article": "an article date inferred from the text, since none was given",
    "occasion": 'the day a statement or speech was given, as its lead says ("Statement given (27 June 2025)")',
    "none": "no date could be given",
}

_OFFSETS: dict[str, Any] = {
    "type": "array",
    "prefixItems": [
        {"type": "integer", "minimum": 0, "description": "start (inclusive)"},
        {"type": "integer", "minimum": 0, "description": "end (exclusive)"},
    ],
    "minItems": 2,
    "maxItems": 2,
    "items": False,
    "description": "Character offsets [start, end) into the article's full text "
    "(headline, a newline, then the body).",
}

_ACTOR: dict[str, Any] = {
    "type": "object",
    "description": "A political actor in one role of the event.",
    "properties": {
        "country": {
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "description": "Country-level code: ISO 3166-1 alpha-3 for a state (XKX Kosovo), "
            "or a CAMEO code for an international organisation or bloc (UNO, EUR, NAT, WST, ...).",
        },
        "code": {
            "type": "string",
            "pattern": "^[A-Z]{3}([A-Z]{3})*$",
            "description": "Full CAMEO actor code: the country-level code followed by sector "
            "codes, e.g. RUSMIL, VENGOV.",
        },
        "sector": {
            "type": ["string", "null"],
            "pattern": "^[A-Z]{3}$",
            "description": "CAMEO sector (GOV, MIL, OPP, REB, BUS, MED, ...), or null for the state as a whole.",
        },
        "text": {
            "type": "string",
            "description": "The words of the article that name the actor.",
        },
    },
    "required": ["country", "code", "sector", "text"],
    "additionalProperties": False,
}

_LOCATION: dict[str, Any] = {
    "type": ["object", "null"],
    "description": "Where the text says the event took place, resolved with a gazetteer; "
    "null where the text does not say.",
    "properties": {
        "name": {"type": "string", "description": "Place name from the gazetteer."},
        "country": {
            "type": ["string", "null"],
            "pattern": "^[A-Z]{3}$",
            "description": "ISO alpha-3 code of the country the place lies in.",
        },
        "lat": {
            "type": ["number", "null"],
            "minimum": -90,
            "maximum": 90,
            "description": "Latitude (WGS 84).",
        },
        "lon": {
            "type": ["number", "null"],
            "minimum": -180,
            "maximum": 180,
            "description": "Longitude (WGS 84).",
        },
        "geonameid": {"type": ["integer", "null"], "description": "GeoNames id of the place."},
        "text": {"type": "string", "description": "The words of the article that name the place."},
    },
    "required": ["name", "country", "lat", "lon", "geonameid", "text"],
    "additionalProperties": False,
}


def event_schema() -> dict[str, Any]:
    """The JSON Schema of one event record (a fresh dict on each call: callers may edit it)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "dyadwatch event",
        "description": "One political event coded from a news article: who did what to whom, "
        "when, where, how sure the text is, and the words that say so. One JSON object per "
        "line of `dyadwatch code` output.",
        "type": "object",
        "$defs": {"actor": _ACTOR, "offsets": _OFFSETS},
        "properties": {
            "doc": {
                "type": "string",
                "minLength": 1,
                "description": "The article id: the JSONL record's id, or the file path as given.",
            },
            "event_id": {
                "type": "string",
                "pattern": "^[0-9a-f]{8,64}$",
                "description": "Content-derived id (hash of article, actors, code and offsets): "
                "stable across runs for the same article and reading.",
            },
            "source": {
                "$ref": "#/$defs/actor",
                "description": "The actor who acts: speaker, visitor, giver, sanctioner.",
            },
            "target": {"$ref": "#/$defs/actor", "description": "The actor acted upon."},
            "cameo": {
                "type": "string",
                "pattern": "^(0[1-9]|1[0-9]|20)[0-9]{0,2}$",
                "description": "CAMEO event code, three or four digits where the text allows it, else the two-digit root.",
            },
            "root": {
                "type": "string",
                "pattern": "^(0[1-9]|1[0-9]|20)$",
                "description": "CAMEO root code (01-20): the first two digits of `cameo`.",
            },
            "plover": {
                "enum": [*sorted(PLOVER_TYPES), None],
                "description": "PLOVER event type mapped from the CAMEO code, or null where PLOVER has none.",
            },
            "goldstein": {
                "type": "number",
                "minimum": -10,
                "maximum": 10,
                "description": "Goldstein conflict-cooperation value of the CAMEO code (-10 to +10).",
            },
            "quad_class": {
                "enum": [q.value for q in QuadClass],
                "description": "CAMEO quad class of the code.",
            },
            "symmetric": {
                "type": "boolean",
                "description": "True when both sides act alike (meetings, talks, agreements): "
                "source and target are then interchangeable.",
            },
            "status": {
                "enum": [s.value for s in Status],
                "description": "How sure the text is that the event happened: asserted, claimed "
                "(only a party says so), speculated, hypothetical, future or negated.",
            },
            "section": {
                "enum": [s.value for s in Section],
                "description": "Where in the article the event is expressed; commentary is reader "
                "comments, reposters' remarks, opinion and letters.",
            },
            "reportable": {
                "type": "boolean",
                "description": "True only for status asserted outside commentary: the feed view.",
            },
            "date": {
                "type": ["string", "null"],
                "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
                "description": "When the event happened, as precisely as the text allows: "
                "YYYY-MM-DD, YYYY-MM or YYYY; null when unknown.",
            },
            "date_precision": {
                "enum": [p.value for p in DatePrecision] + [None],
                "description": "Precision of `date`: day, month or year; null when there is no date.",
            },
            "date_basis": {
                "enum": list(DATE_BASES),
                "description": "How the date was found: "
                + "; ".join(f"{name}: {meaning}" for name, meaning in DATE_BASES.items())
                + ".",
            },
            "location": _LOCATION,
            "attributed_to": {
                "anyOf": [{"$ref": "#/$defs/actor"}, {"type": "null"}],
                "description": "The speaker, for statements and claims; null otherwise.",
            },
            "sentence": {"type": "string", "description": "The sentence that expresses the event."},
            "evidence": {
                "type": "object",
                "description": "Where the event is in the article: character offsets into its full text.",
                "properties": {
                    "trigger": {
                        "$ref": "#/$defs/offsets",
                        "description": "The words that say what happened.",
                    },
                    "trigger_text": {"type": "string", "description": "The text of the trigger."},
                    "source": {
                        "$ref": "#/$defs/offsets",
                        "description": "The words naming the source actor.",
                    },
                    "target": {
                        "$ref": "#/$defs/offsets",
                        "description": "The words naming the target actor.",
                    },
                    "sentence": {"$ref": "#/$defs/offsets", "description": "The sentence."},
                },
                "required": ["trigger", "trigger_text", "source", "target", "sentence"],
                "additionalProperties": False,
            },
            "rule": {
                "type": "string",
                "minLength": 1,
                "description": "The pattern or dictionary entry that fired, so the event can explain itself.",
            },
            "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "The coder's confidence in the event (0-1).",
            },
            "codebook_version": {
                "type": "string",
                "minLength": 1,
                "description": "Version of the CAMEO codebook the codes come from.",
            },
        },
        "required": [
            "doc",
            "event_id",
            "source",
            "target",
            "cameo",
            "root",
            "plover",
            "goldstein",
            "quad_class",
            "symmetric",
            "status",
            "section",
            "reportable",
            "date",
            "date_precision",
            "date_basis",
            "location",
            "attributed_to",
            "sentence",
            "evidence",
            "rule",
            "confidence",
            "codebook_version",
        ],  # fmt: skip
        "additionalProperties": False,
    }


@cache
def event_validator() -> Validator:
    """A draft 2020-12 validator for event records (built once per process)."""
    from jsonschema import Draft202012Validator

    schema = event_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` breaks the schema, as readable messages (empty when valid)."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(record)'}: {error.message}"
        for error in event_validator().iter_errors(record)
    ]
