"""Exports of the event table in formats other tools read: GDELT 2.0, ICEWS, PLOVER, Parquet.

Each format gets what we have and leaves the rest empty; docs/exports.md documents every
column's mapping. Exports read the store through ``Store.iter_event_rows`` and write to
a text stream (Parquet to a path), so they run in constant memory except for Parquet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from .. import __version__
from ..codebook import load_codebook
from .store import EventFilter, Store

#: GDELT 2.0 event table, in file order (GDELT Event Codebook V2.0)
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

#: ICEWS coded event data (Dataverse release), in file order
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip

FORMATS = ("gdelt", "icews", "plover", "parquet")


@cache
def _country(code: str) -> tuple[str | None, str | None]:
    """(ISO alpha-3 if it is one, English name) for a country or bloc code."""
    import pycountry

    try:
        found = pycountry.countries.get(alpha_3=code)
    except (KeyError, LookupError):
        found = None
    if found is None:
        return None, None
    return code, getattr(found, "common_name", None) or found.name


def _sector(code: str | None, country: str | None) -> str:
    if not code:
        return ""
    rest = code[len(country) :] if country and code.startswith(country) else code[3:]
    return rest[:3]


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _gdelt_id(event_id: str) -> int:
    """GDELT ids are integers: the first 15 hex digits of ours (60 bits, fits int64)."""
    return int(event_id[:15], 16)


def gdelt_row(row: dict[str, Any]) -> list[str]:
    day: date | None = row["day"]
    out: dict[str, str] = dict.fromkeys(GDELT_COLUMNS, "")
    out["GLOBALEVENTID"] = str(_gdelt_id(row["event_id"]))
    if day is not None:
        out["SQLDATE"] = day.strftime("%Y%m%d")
        out["MonthYear"] = day.strftime("%Y%m")
        out["Year"] = str(day.year)
        out["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    for n, role in ((1, "source"), (2, "target")):
        code, country = row[f"{role}_code"], row[f"{role}_country"]
        iso, _name = _country(country) if country else (None, None)
        out[f"Actor{n}Code"] = code or ""
        out[f"Actor{n}Name"] = (row.get(f"{role}_text") or "").upper()
        out[f"Actor{n}CountryCode"] = iso or ""
        out[f"Actor{n}KnownGroupCode"] = "" if iso or not country else country
        out[f"Actor{n}Type1Code"] = _sector(code, country)
    out["IsRootEvent"] = "1" if row.get("section") == "headline" else "0"
    cameo = row["cameo"]
    out["EventCode"] = cameo
    out["EventBaseCode"] = cameo[:3]
    out["EventRootCode"] = row["root"]
    out["QuadClass"] = _num(row["quad_class"])
    out["GoldsteinScale"] = _num(row["goldstein"])
    out["NumMentions"] = _num(row["mention_count"])
    out["NumSources"] = _num(row["source_count"])
    out["NumArticles"] = _num(row["article_count"])
    if row.get("location_name"):
        is_city = row.get("latitude") is not None and row.get("geonameid") is not None
        out["ActionGeo_Type"] = "4" if is_city else "1"
        out["ActionGeo_FullName"] = row["location_name"]
        out["ActionGeo_Lat"] = _num(row.get("latitude"))
        out["ActionGeo_Long"] = _num(row.get("longitude"))
        out["ActionGeo_FeatureID"] = _num(row.get("geonameid"))
    first_seen: datetime = row["first_seen"]
    out["DATEADDED"] = first_seen.strftime("%Y%m%d%H%M%S")
    out["SOURCEURL"] = row.get("url") or ""
    return [out[c] for c in GDELT_COLUMNS]


def icews_row(row: dict[str, Any]) -> list[str]:
    book = load_codebook()
    cameo = row["cameo"]
    loc_country = row.get("location_country")
    loc_name = row.get("location_name")
    loc_is_country = bool(loc_name) and row.get("geonameid") is None
    out = {
        "Event ID": row["event_id"],
        "Event Date": row["day"].isoformat() if row["day"] else "",
        "Source Name": row.get("source_text") or "",
        "Source Sectors": _sector(row["source_code"], row["source_country"]),
        "Source Country": _country(row["source_country"])[1] or row["source_country"] or "",
        "Event Text": book.codes[cameo].name if cameo in book.codes else "",
        "CAMEO Code": cameo,
        "Intensity": _num(row["goldstein"]),
        "Target Name": row.get("target_text") or "",
        "Target Sectors": _sector(row["target_code"], row["target_country"]),
        "Target Country": _country(row["target_country"])[1] or row["target_country"] or "",
        "Story ID": row.get("first_story") or "",
        "Sentence Number": "",
        "Publisher": row.get("outlet") or "",
        "City": "" if loc_is_country or not loc_name else loc_name,
        "District": "",
        "Province": "",
        "Country": (_country(loc_country)[1] or loc_country or "") if loc_country else "",
        "Latitude": _num(row.get("latitude")),
        "Longitude": _num(row.get("longitude")),
    }
    return [out[c] for c in ICEWS_COLUMNS]


def _actor(code: str, country: str, text: str | None) -> dict[str, Any]:
    actor: dict[str, Any] = {"code": country or code[:3]}
    sector = _sector(code, country)
    if sector:
        actor["sector"] = sector
    if text:
        actor["actor_text"] = text
    return actor


def plover_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One event in PLOVER's JSON field names; None when PLOVER has no such event or date."""
    if not row.get("plover") or row["day"] is None:
        return None
    book = load_codebook()
    entry = book.codes.get(row["cameo"])
    record: dict[str, Any] = {
        "id": row["event_id"],
        "date": row["day"].isoformat(),
        "event_type": row["plover"],
        "actor": [_actor(row["source_code"], row["source_country"], row.get("source_text"))],
        "actor_country": row["source_country"],
        "recipient": [_actor(row["target_code"], row["target_country"], row.get("target_text"))],
        "recipient_country": row["target_country"],
        "quad_code": int(row["quad_class"]),
        "event_scale": float(row["goldstein"]),
        "context": [],
    }
    if entry is not None and entry.plover_mode:
        record["mode"] = entry.plover_mode
    if row.get("trigger_text"):
        record["event_text"] = [row["trigger_text"]]
    if row.get("location_name"):
        loc: dict[str, Any] = {"name": row["location_name"]}
        if row.get("geonameid") is not None:
            loc["geonameid"] = int(row["geonameid"])
        if row.get("latitude") is not None:
            loc["latitude"] = float(row["latitude"])
            loc["longitude"] = float(row["longitude"])
        if row.get("location_country"):
            loc["cc3"] = row["location_country"]
        record["event_loc"] = loc
    cite: dict[str, Any] = {"coder": f"dyadwatch {__version__}"}
    for key, value in (
        ("url", row.get("url")),
        ("title", row.get("title")),
        ("publication", row.get("outlet")),
        ("license", row.get("licence")),
    ):
        if value:
            cite[key] = value
    cite["codebook"] = row.get("codebook_version") or book.version
    record["cite_info"] = cite
    record["text_info"] = {
        "start": row.get("sentence_start"),
        "end": (row.get("sentence_start") or 0) + len(row.get("sentence") or ""),
    }
    record["coder"] = "dyadwatch"
    record["coded_date"] = row["first_seen"].date().isoformat()
    record["link"] = row.get("first_story")
    # dyadwatch extensions (PLOVER allows extra named fields)
    record["cameo"] = row["cameo"]
    record["date_precision"] = row.get("date_precision")
    record["status"] = row["status"]
    record["reportable"] = bool(row["reportable"])
    record["mention_count"] = row["mention_count"]
    record["source_count"] = row["source_count"]
    record["story_count"] = row["story_count"]
    return record


def write_gdelt(rows: Iterator[dict[str, Any]], out: TextIO, *, header: bool = True) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(GDELT_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(gdelt_row(row))
        n += 1
    return n


def write_icews(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(ICEWS_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(icews_row(row))
        n += 1
    return n


def write_plover(rows: Iterator[dict[str, Any]], out: TextIO) -> tuple[int, int]:
    """Returns (written, skipped: no PLOVER type or no date)."""
    written = skipped = 0
    for row in rows:
        record = plover_record(row)
        if record is None:
            skipped += 1
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written, skipped


def write_parquet(store: Store, path: str | Path, flt: EventFilter | None = None) -> int:
    frame = store.events_frame(flt)
    frame.to_parquet(path, index=False)
    return len(frame)


def export(
    store: Store, fmt: str, out: TextIO | None = None, *, path: str | Path | None = None,
    flt: EventFilter | None = None,
) -> tuple[int, int]:  # fmt: skip
    """Write the events in ``fmt``; returns (rows written, events skipped)."""
    flt = flt or EventFilter(reportable=None)
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet export needs a file path")
        return write_parquet(store, path, flt), 0
    if out is None:
        raise ValueError(f"{fmt} export needs an output stream")
    rows = store.iter_event_rows(flt)
    if fmt == "gdelt":
        return write_gdelt(rows, out), 0
    if fmt == "icews":
        return write_icews(rows, out), 0
    if fmt == "plover":
        return write_plover(rows, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
