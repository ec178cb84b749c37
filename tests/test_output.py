"""Output formats and the JSON Schema of the event record, on Events built by hand."""

from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from dyadwatch.output import CSV_COLUMNS, FORMATS, TABLE_COLUMNS, flatten, open_writer, render_table
from dyadwatch.records import (
    ActorRef,
    DatePrecision,
    Event,
    Location,
    QuadClass,
    Section,
    Status,
)
from dyadwatch.schema import DATE_BASES, event_schema, validation_errors

TEXT = (
    "Venezuela Looks to North Korea for Support\n"
    "North Korea opened an embassy in Caracas four years prior. "
    "The minister said Russia, too, would send aid."
)


def _span(needle: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(needle, start)
    return i, i + len(needle)


def embassy_event(doc: str = "seed.txt") -> Event:
    """North Korea opened an embassy in Caracas: asserted, body, with a location."""
    sentence = "North Korea opened an embassy in Caracas four years prior."
    s_start, _ = _span(sentence)
    src = _span("North Korea", 10)
    tgt = _span("Caracas")
    trig = _span("opened an embassy")
    return Event(
        doc=doc,
        source=ActorRef("PRK", "PRK", None, "North Korea", *src),
        target=ActorRef("VEN", "VENGOV", "GOV", "Caracas", *tgt, kind="capital"),
        cameo="0541",
        root="05",
        plover="AGREE",
        goldstein=3.5,
        quad_class=QuadClass.VERBAL_COOPERATION,
        status=Status.ASSERTED,
        section=Section.BODY,
        date="2014",
        date_precision=DatePrecision.YEAR,
        date_basis="event-relative",
        sentence=sentence,
        trigger_text="opened an embassy",
        trigger_start=trig[0],
        trigger_end=trig[1],
        rule="verb:open+embassy",
        confidence=0.9,
        codebook_version="cameo-1.1b3+plover-2021/dyadwatch-1",
        sentence_start=s_start,
        location=Location("Caracas", "VEN", 10.488, -66.879, 3646738, "Caracas", *tgt),
    )


def aid_event(doc: str = "seed.txt") -> Event:
    """Russia would send aid: future, attributed to the minister; not reportable."""
    sentence = "The minister said Russia, too, would send aid."
    s_start, _ = _span(sentence)
    src = _span("Russia")
    trig = _span("send aid")
    return Event(
        doc=doc,
        source=ActorRef("RUS", "RUS", None, "Russia", *src),
        target=ActorRef("VEN", "VEN", None, "Venezuela", 0, 9),
        cameo="07",
        root="07",
        plover=None,
        goldstein=7.0,
        quad_class=QuadClass.MATERIAL_COOPERATION,
        status=Status.FUTURE,
        section=Section.BODY,
        date=None,
        date_precision=None,
        date_basis="none",
        sentence=sentence,
        trigger_text="send aid",
        trigger_start=trig[0],
        trigger_end=trig[1],
        rule="verb:send+aid",
        confidence=0.61234,
        codebook_version="cameo-1.1b3+plover-2021/dyadwatch-1",
        sentence_start=s_start,
        attributed_to=ActorRef("VEN", "VENGOV", "GOV", "The minister", *_span("The minister")),
    )


EVENTS = [embassy_event(), aid_event()]


def _write(fmt: str, events: list[Event], per_doc: int = 1) -> str:
    buffer = io.StringIO()
    writer = open_writer(fmt, buffer, width=200)
    for i in range(0, len(events), per_doc):
        writer.write(events[i : i + per_doc])
    writer.close()
    return buffer.getvalue()


# --- formats ----------------------------------------------------------------------------


@pytest.mark.parametrize("events", [EVENTS, [], [aid_event()] * 3], ids=["two", "none", "three"])
def test_jsonl_lines_parse_and_round_trip(events: list[Event]) -> None:
    out = _write("jsonl", events)
    lines = out.splitlines()
    assert len(lines) == len(events)
    assert out == "".join(line + "\n" for line in lines)
    for line, event in zip(lines, events, strict=True):
        assert json.loads(line) == event.to_dict()


@pytest.mark.parametrize("events", [EVENTS, [], [aid_event()] * 3], ids=["two", "none", "three"])
def test_csv_header_and_row_count(events: list[Event]) -> None:
    out = _write("csv", events)
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(events)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)


def test_csv_cells() -> None:
    out = _write("csv", EVENTS)
    first, second = csv.DictReader(io.StringIO(out))
    assert (first["doc"], first["source_code"], first["target_code"], first["target_sector"]) == (
        "seed.txt",
        "PRK",
        "VENGOV",
        "GOV",
    )
    assert (first["reportable"], second["reportable"]) == ("true", "false")
    assert first["source_sector"] == "" and second["date"] == ""  # null is the empty cell
    assert first["location_geonameid"] == "3646738"
    start, end = int(first["trigger_start"]), int(first["trigger_end"])
    assert TEXT[start:end] == first["trigger_text"] == "opened an embassy"
    assert second["attributed_to_text"] == "The minister"
    assert second["confidence"] == "0.612"
    assert first["location_name"] == "Caracas" and second["location_name"] == ""


def test_csv_columns_cover_every_field_of_the_record() -> None:
    # a field added to Event.to_dict must get a CSV column too
    for event in EVENTS:
        assert set(flatten(event.to_dict())) == set(CSV_COLUMNS)


def test_table_renders_the_events() -> None:
    out = render_table([embassy_event("docs/seed-article.txt"), aid_event("o015")], width=160)
    for column in TABLE_COLUMNS:
        assert column.title in out
    for expected in (
        "docs/seed-article.txt",
        "o015",
        "VENGOV",
        "0541",
        "asserted",
        "future",
        "2014",
        "opened an embassy",
        "2 events (1 reportable)",
    ):
        assert expected in out, expected
    assert "\x1b[" not in out  # no colour codes unless asked for


def test_table_without_events() -> None:
    assert "0 events" in render_table([], width=120)


def test_table_colour_when_asked() -> None:
    assert "\x1b[" in render_table(EVENTS, width=120, color=True)


def test_unknown_format_is_refused() -> None:
    assert set(FORMATS) == {"json", "csv", "table"}
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        open_writer("xml", io.StringIO())


# --- schema -------------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = event_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_describes_every_field() -> None:
    schema = event_schema()
    record = embassy_event().to_dict()
    assert set(schema["properties"]) == set(record) == set(schema["required"])
    for name, prop in schema["properties"].items():
        assert prop.get("description"), name
    for name, prop in schema["$defs"]["actor"]["properties"].items():
        assert prop.get("description"), name


@pytest.mark.parametrize("event", EVENTS, ids=["embassy", "aid"])
def test_hand_built_records_validate(event: Event) -> None:
    record = json.loads(json.dumps(event.to_dict()))
    assert validation_errors(record) == []


def _set(path: str, value: Any) -> Any:
    def mutate(record: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = record
        for key in parents:
            target = target[key]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return mutate


_DELETE = object()

#: mutation of a valid record -> the field the schema must complain about
INVALID = [
    pytest.param(_set("status", "rumoured"), "status", id="unknown-status"),
    pytest.param(_set("section", "sidebar"), "section", id="unknown-section"),
    pytest.param(_set("root", "21"), "root", id="root-out-of-range"),
    pytest.param(_set("cameo", "5"), "cameo", id="cameo-one-digit"),
    pytest.param(_set("date", "2019-13"), "date", id="month-13"),
    pytest.param(_set("date_precision", "week"), "date_precision", id="unknown-precision"),
    pytest.param(_set("date_basis", "guessed"), "date_basis", id="unknown-date-basis"),
    pytest.param(_set("source.country", "ve"), "source/country", id="country-lower-case"),
    pytest.param(_set("target.code", "VENGO"), "target/code", id="actor-code-not-in-threes"),
    pytest.param(_set("goldstein", 11), "goldstein", id="goldstein-over-10"),
    pytest.param(_set("confidence", 1.5), "confidence", id="confidence-over-1"),
    pytest.param(_set("plover", "HUG"), "plover", id="unknown-plover"),
    pytest.param(_set("evidence.trigger", [5]), "evidence/trigger", id="offsets-not-a-pair"),
    pytest.param(_set("doc", _DELETE), "doc", id="missing-doc"),
    pytest.param(_set("extra", 1), "extra", id="unknown-field"),
    pytest.param(_set("location.lat", "north"), "location/lat", id="latitude-not-a-number"),
]


@pytest.mark.parametrize(("mutate", "where"), INVALID)
def test_schema_rejects_broken_records(mutate: Any, where: str) -> None:
    record = copy.deepcopy(embassy_event().to_dict())
    assert validation_errors(record) == []
    mutate(record)
    errors = validation_errors(record)
    assert errors
    assert any(where in error for error in errors), errors


def test_date_basis_vocabulary_is_documented() -> None:
    description = event_schema()["properties"]["date_basis"]["description"]
    for basis in DATE_BASES:
        assert basis in description
