"""Versioned schema migrations for the DuckDB store.

Each migration is a numbered list of statements applied once, in order, inside one
transaction, and recorded in ``schema_version``. A store written by a newer dyadwatch
(a version above the last one known here) refuses to open rather than guess.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from ..errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE stories (
        story_id VARCHAR PRIMARY KEY,
        representative VARCHAR NOT NULL,  -- article_id of the first article seen
        size INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE articles (
        article_id VARCHAR PRIMARY KEY,   -- sha256 of title + text (Article.content_hash)
        doc VARCHAR NOT NULL,             -- the document id the input gave (Article.id)
        title VARCHAR,
        text VARCHAR NOT NULL,
        date DATE,
        url VARCHAR,
        outlet VARCHAR,
        source VARCHAR,                   -- where it came from: file path or URL
        licence VARCHAR,
        story_id VARCHAR NOT NULL,
        minhash BLOB,                     -- MinHash signature, to rebuild the LSH index
        event_count INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        source_country VARCHAR,
        source_code VARCHAR NOT NULL,
        target_country VARCHAR,
        target_code VARCHAR NOT NULL,
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        plover VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        "symmetric" BOOLEAN,
        negated BOOLEAN NOT NULL,         -- part of the identity: "did not attack" is not "attacked"
        status VARCHAR NOT NULL,          -- the most certain status among the mentions
        reportable BOOLEAN NOT NULL,      -- any mention reportable
        date VARCHAR,                     -- YYYY-MM-DD, YYYY-MM or YYYY
        date_precision VARCHAR,
        day DATE,                         -- first day of the date's period
        first_seen TIMESTAMP NOT NULL,
        first_mention VARCHAR NOT NULL,   -- mention_id the event id was derived from
        mention_count INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        source_count INTEGER NOT NULL,    -- distinct outlets
        story_count INTEGER NOT NULL,
        codebook_version VARCHAR
    )
    """,
    """
    CREATE TABLE mentions (
        mention_id VARCHAR PRIMARY KEY,   -- Event.event_id of the coded record
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        story_id VARCHAR NOT NULL,
        section VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        reportable BOOLEAN NOT NULL,
        sentence VARCHAR,
        sentence_start INTEGER,
        sentence_end INTEGER,
        trigger_text VARCHAR,
        trigger_start INTEGER,
        trigger_end INTEGER,
        source_text VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        target_text VARCHAR,
        target_start INTEGER,
        target_end INTEGER,
        rule VARCHAR,
        confidence DOUBLE,
        date VARCHAR,
        date_precision VARCHAR,
        date_basis VARCHAR,
        day DATE,                         -- first day of the date's period
        location_name VARCHAR,
        location_country VARCHAR,
        latitude DOUBLE,
        longitude DOUBLE,
        geonameid BIGINT,
        record JSON NOT NULL,
        seq BIGINT NOT NULL               -- ingestion order, for "first mention"
    )
    """,
    "CREATE INDEX mentions_event ON mentions(event_id)",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX events_key ON events(source_code, target_code, cameo)",
    """
    CREATE TABLE failures (
        input VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        "at" TIMESTAMP NOT NULL,
        attempts INTEGER NOT NULL,
        PRIMARY KEY (input, kind, reason)
    )
    """,
)

#: ``dyadwatch watch`` (store/watchlog.py): what each source answered, what was already
#: read from it, how far the outputs got, and the alerts waiting for their webhook
_V2 = (
    """
    CREATE TABLE watch_sources (
        source VARCHAR PRIMARY KEY,       -- as given to `watch`: a URL or a folder
        kind VARCHAR NOT NULL,            -- folder, feed or page (url before its first answer)
        etag VARCHAR,                     -- validators of the last full answer, sent back as
        last_modified VARCHAR,            -- If-None-Match / If-Modified-Since
        first_polled TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE watch_polls (
        source VARCHAR NOT NULL,
        started_at TIMESTAMP NOT NULL,
        seconds DOUBLE NOT NULL,
        http_status INTEGER,              -- null for a folder or when no answer came
        items INTEGER NOT NULL,           -- entries, pages or files read that were not read before
        new_articles INTEGER NOT NULL,    -- of those, articles the store did not hold
        failures INTEGER NOT NULL,        -- of those, inputs recorded in failures
        error VARCHAR                     -- why the poll itself failed (null: it did not)
    )
    """,
    "CREATE INDEX watch_polls_source ON watch_polls(source, started_at)",
    """
    CREATE TABLE watch_items (
        source VARCHAR NOT NULL,
        item VARCHAR NOT NULL,            -- a feed entry's link, or a file's path, size and time
        seen_at TIMESTAMP NOT NULL,
        PRIMARY KEY (source, item)
    )
    """,
    """
    CREATE TABLE watch_cursors (
        name VARCHAR PRIMARY KEY,         -- alerts, or events-out:PATH
        seq BIGINT NOT NULL,              -- mentions up to this seq have been handled
        updated_at TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE watch_alerts (
        alert_id VARCHAR PRIMARY KEY,     -- from the rule and the event: one alert per pair
        rule VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL,
        payload JSON NOT NULL,            -- what is printed and POSTed
        webhook VARCHAR,                  -- where it is to be POSTed (null: nowhere)
        delivered_at TIMESTAMP,
        attempts INTEGER NOT NULL,
        last_error VARCHAR
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, stories, events, mentions, failures", _V1),
    Migration(2, "watch: sources, polls, items seen, output cursors, alerts", _V2),
)

LATEST = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open store (0 for an empty file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or exists[0] == 0:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Bring the store up to ``LATEST``; returns the version it is at afterwards."""
    version = current_version(con)
    if version > LATEST:
        raise StoreError(
            f"{where}: store schema version {version} is newer than this dyadwatch "
            f"supports ({LATEST}); upgrade dyadwatch to open it"
        )
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        try:
            con.execute("BEGIN TRANSACTION").fetchall()
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
            ).fetchall()
            for statement in migration.statements:
                con.execute(statement).fetchall()
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                [migration.version, migration.description],
            ).fetchall()
            con.execute("COMMIT").fetchall()
        except duckdb.Error as exc:
            con.execute("ROLLBACK").fetchall()
            raise StoreError(
                f"{where}: migration {migration.version} ({migration.description}) failed: {exc}"
            ) from exc
        version = migration.version
    return version
