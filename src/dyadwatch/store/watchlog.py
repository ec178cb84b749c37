"""What ``dyadwatch watch`` keeps in the store, beside the articles it ingests.

``WatchLog`` is a part of ``Store`` (a mixin: the same connection, the same parameter
binding, no SQL anywhere else). It holds, in the tables of migration 2:

- ``watch_sources``: each watched source, its kind, and the validators (ETag,
  Last-Modified) of its last full answer, for the next conditional request;
- ``watch_polls``: every poll: when, how long, the HTTP status, how many items were new
  and how many of them were new articles, and the error when the poll failed;
- ``watch_items``: what was read from a source already (a feed entry's link, a file's
  path with its size and time), so it is not fetched or read again;
- ``watch_cursors``: how far each output (``--events-out FILE``, the alerts) has got, as
  a mention sequence number: what lies beyond it is new for that output;
- ``watch_alerts``: every alert raised, with its payload and whether its webhook has
  taken it.

"New reportable events" are read from the mentions, not from a list kept aside: an event
is new beyond a cursor when its first reportable mention lies beyond it (an event first
reported as claimed becomes new when an article asserts it). So the only state an output
needs is its cursor, and it moves in the same transaction as what it records.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ..errors import StoreError

if TYPE_CHECKING:
    import pandas


@dataclass(frozen=True, slots=True)
class PollRecord:
    """One poll of one source, as ``watch_polls`` keeps it."""

    source: str
    started_at: datetime
    seconds: float
    http_status: int | None = None
    items: int = 0
    new_articles: int = 0
    failures: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the store remembers of a source between polls."""

    kind: str
    etag: str | None = None
    last_modified: str | None = None


#: an event's first reportable mention, with its event and article (``newly_reportable``)
_NEW_EVENT_COLUMNS = (
    "r.seq, e.event_id, e.source_country, e.source_code, e.target_country, e.target_code, "
    "e.cameo, e.root, e.plover, e.goldstein, e.quad_class, e.date, e.day, e.first_seen, "
    "e.mention_count, m.mention_id, m.sentence, m.status, m.section, m.record, "
    "a.article_id, a.url, a.title, a.outlet, a.source AS origin"
)


class WatchLog:
    """The watch tables of a ``Store`` (see the module docstring)."""

    if TYPE_CHECKING:  # provided by Store
        path: Path
        _con: duckdb.DuckDBPyConnection

        def _q(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection: ...

        def _write_guard(self) -> None: ...

    @contextlib.contextmanager
    def _watch_transaction(self) -> Iterator[None]:
        self._write_guard()
        try:
            self._con.execute("BEGIN TRANSACTION").fetchall()
            yield
            self._con.execute("COMMIT").fetchall()
        except BaseException as exc:
            with contextlib.suppress(duckdb.Error):
                self._con.execute("ROLLBACK").fetchall()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: writing the watch log failed: {exc}") from exc
            raise

    # -- sources and polls ---------------------------------------------------------------
    def source_state(self, source: str) -> SourceState | None:
        row = self._q(
            "SELECT kind, etag, last_modified FROM watch_sources WHERE source = ?", [source]
        ).fetchone()
        return SourceState(*row) if row else None

    def seen_items(self, source: str, items: list[str]) -> set[str]:
        """Which of these items were read from ``source`` before (one query)."""
        if not items:
            return set()
        rows = self._q(
            "SELECT item FROM watch_items WHERE source = ? AND item IN (SELECT unnest(?))",
            [source, items],
        ).fetchall()
        return {r[0] for r in rows}

    def finish_poll(
        self,
        poll: PollRecord,
        *,
        kind: str,
        validators: tuple[str | None, str | None] | None = None,
        seen: list[str] | None = None,
    ) -> None:
        """Record a poll, and what it read, in one transaction.

        ``validators`` (ETag, Last-Modified) replace the source's when given (a full
        answer); ``None`` keeps them (a 304, an error). ``seen`` items are remembered.
        Call it after the poll's articles are stored: a crash in between leaves them
        stored and the items unseen, so the next poll reads them again and finds them
        duplicates (nothing lost, nothing stored twice).
        """
        now = datetime.now()
        with self._watch_transaction():
            row = self._con.execute(
                "SELECT kind, etag, last_modified FROM watch_sources WHERE source = ?", [poll.source]
            ).fetchone()
            etag, modified = validators if validators is not None else (None, None)
            if row is None:
                self._con.execute(
                    "INSERT INTO watch_sources VALUES (?, ?, ?, ?, ?)",
                    [poll.source, kind, etag, modified, now],
                ).fetchall()
            elif row[0] != kind or (validators is not None and (row[1], row[2]) != validators):
                # written only when it changed: most polls change nothing here (and
                # DuckDB keeps memory for every row version written)
                keep = validators is None
                self._con.execute(
                    "UPDATE watch_sources SET kind = ?, etag = ?, last_modified = ? WHERE source = ?",
                    [kind, row[1] if keep else etag, row[2] if keep else modified, poll.source],
                ).fetchall()
            if seen:
                self._con.execute(
                    "INSERT INTO watch_items SELECT ?, unnest(?), ? ON CONFLICT DO NOTHING",
                    [poll.source, sorted(set(seen)), now],
                ).fetchall()
            self._con.execute(
                "INSERT INTO watch_polls VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [poll.source, poll.started_at, poll.seconds, poll.http_status, poll.items,
                 poll.new_articles, poll.failures, poll.error[:2000] if poll.error else None],
            ).fetchall()  # fmt: skip

    def sources_frame(self) -> pandas.DataFrame:
        """One row per watched source: its health (see docs/watch.md)."""
        return self._q(
            """
            WITH p AS (
                SELECT source, count(*) AS polls, sum(items) AS items,
                    sum(new_articles) AS new_articles, sum(failures) AS failures,
                    max(started_at) AS last_poll, arg_max(http_status, started_at) AS last_status,
                    max(started_at) FILTER (WHERE error IS NULL) AS last_success,
                    max(started_at) FILTER (WHERE error IS NOT NULL) AS last_error_at,
                    arg_max(error, started_at) FILTER (WHERE error IS NOT NULL) AS last_error
                FROM watch_polls GROUP BY source
            ), failing AS (
                SELECT w.source, count(*) AS failing FROM watch_polls w JOIN p USING (source)
                WHERE w.error IS NOT NULL AND w.started_at > coalesce(p.last_success, TIMESTAMP '1970-01-01')
                GROUP BY w.source
            )
            SELECT s.source, s.kind, coalesce(p.polls, 0)::BIGINT AS polls,
                coalesce(p.items, 0)::BIGINT AS items,
                coalesce(p.new_articles, 0)::BIGINT AS new_articles,
                coalesce(p.failures, 0)::BIGINT AS failures, p.last_poll, p.last_status,
                p.last_success, p.last_error_at, p.last_error,
                coalesce(f.failing, 0)::BIGINT AS failing
            FROM watch_sources s LEFT JOIN p USING (source) LEFT JOIN failing f USING (source)
            ORDER BY s.source
            """
        ).df()

    def polls_frame(self, source: str | None = None) -> pandas.DataFrame:
        """Every recorded poll, oldest first (of one source, when given)."""
        where, params = (" WHERE source = ?", [source]) if source else ("", [])
        return self._q(
            f"SELECT * FROM watch_polls{where} ORDER BY started_at, source", params
        ).df()

    # -- output cursors and new events -------------------------------------------------------
    def max_seq(self) -> int:
        """The sequence number of the newest mention (0 for an empty store)."""
        row = self._q("SELECT coalesce(max(seq), 0) FROM mentions").fetchone()
        return int(row[0]) if row else 0

    def cursor(self, name: str) -> int:
        """How far output ``name`` has got. An output used for the first time starts at
        the newest mention: what the store held before is not new to it."""
        row = self._q("SELECT seq FROM watch_cursors WHERE name = ?", [name]).fetchone()
        if row is not None:
            return int(row[0])
        seq = self.max_seq()
        self.set_cursor(name, seq)
        return seq

    def set_cursor(self, name: str, seq: int) -> None:
        self._write_guard()
        self._move_cursor(name, seq, datetime.now())

    def _move_cursor(self, name: str, seq: int, now: datetime) -> None:
        # an UPDATE, and an INSERT only for a new cursor: an upsert each round costs
        # DuckDB several times the memory (tests/test_watch_memory.py)
        done = self._q(
            "UPDATE watch_cursors SET seq = ?, updated_at = ? WHERE name = ?", [int(seq), now, name]
        ).fetchall()
        if not done or not done[0][0]:
            self._q("INSERT INTO watch_cursors VALUES (?, ?, ?)", [name, int(seq), now]).fetchall()

    def newly_reportable(
        self, after: int, upto: int | None = None, *, newest_first: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Events whose first reportable mention has a sequence number in (after, upto].

        Each row holds the event, that mention (its sentence and its ``record``, the
        ``code`` record as a dict) and its article (url, title, outlet). Oldest first, or
        newest first with ``newest_first`` (then ``limit`` keeps the newest).
        """
        upto = self.max_seq() if upto is None else upto
        order = "DESC" if newest_first else ""
        page, params = ("", []) if limit is None else (" LIMIT ?", [int(limit)])
        cur = self._q(
            f"""
            WITH fresh AS (
                SELECT event_id, min(seq) AS seq FROM mentions
                WHERE reportable AND seq > ? AND seq <= ? GROUP BY event_id
            ), r AS (
                SELECT f.event_id, f.seq FROM fresh f WHERE NOT EXISTS (
                    SELECT 1 FROM mentions o
                    WHERE o.event_id = f.event_id AND o.reportable AND o.seq <= ?)
            )
            SELECT {_NEW_EVENT_COLUMNS}
            FROM r JOIN events e USING (event_id)
            JOIN mentions m ON m.event_id = r.event_id AND m.seq = r.seq
            JOIN articles a ON a.article_id = m.article_id
            ORDER BY r.seq {order}{page}
            """,
            [int(after), int(upto), int(after), *params],
        )
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for row in rows:
            record = json.loads(row["record"])
            record.pop("mention_id", None)  # the store's addition: the rest is the code record
            row["record"] = record
        return rows

    def cooperated_before(self, a: str, b: str, seq: int, event_id: str) -> bool:
        """Whether states ``a`` and ``b`` had a reportable cooperation event (quad class 1
        or 2, either way) reported before mention ``seq``, other than ``event_id``."""
        row = self._q(
            "SELECT 1 FROM events e WHERE e.event_id <> ? AND e.quad_class IN (1, 2) "
            "AND ((e.source_country = ? AND e.target_country = ?) OR "
            "(e.source_country = ? AND e.target_country = ?)) "
            "AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id "
            "AND m.reportable AND m.seq < ?) LIMIT 1",
            [event_id, a, b, b, a, int(seq)],
        ).fetchone()
        return row is not None

    def dyad_balance(self, a: str, b: str, first: date, last: date, seq: int) -> float:
        """The Goldstein sum of the reportable events between ``a`` and ``b`` (either way,
        by country) dated ``first`` to ``last``, as reported before mention ``seq``."""
        row = self._q(
            "SELECT coalesce(sum(e.goldstein), 0) FROM events e "
            "WHERE ((e.source_country = ? AND e.target_country = ?) OR "
            "(e.source_country = ? AND e.target_country = ?)) AND e.day BETWEEN ? AND ? "
            "AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id "
            "AND m.reportable AND m.seq < ?)",
            [a, b, b, a, first, last, int(seq)],
        ).fetchone()
        return float(row[0]) if row else 0.0

    # -- alerts ---------------------------------------------------------------------------
    def add_alerts(
        self, alerts: list[dict[str, Any]], *, webhook: str | None, cursor: tuple[str, int]
    ) -> list[dict[str, Any]]:
        """Store alerts (``alert_id``, ``rule``, ``event_id``, ``payload``) and move the
        alerts' cursor, in one transaction; returns the alerts that were not stored
        before (an alert raised again after a restart is not new)."""
        now = datetime.now()
        fresh: list[dict[str, Any]] = []
        with self._watch_transaction():
            ids = [a["alert_id"] for a in alerts]
            known = {
                r[0]
                for r in self._con.execute(
                    "SELECT alert_id FROM watch_alerts WHERE alert_id IN (SELECT unnest(?))",
                    [ids],
                ).fetchall()
            } if ids else set()  # fmt: skip
            for alert in alerts:
                if alert["alert_id"] in known:
                    continue
                known.add(alert["alert_id"])
                self._con.execute(
                    "INSERT INTO watch_alerts VALUES (?, ?, ?, ?, ?, ?, NULL, 0, NULL)",
                    [alert["alert_id"], alert["rule"], alert["event_id"], now,
                     json.dumps(alert["payload"], ensure_ascii=False, default=str), webhook],
                ).fetchall()  # fmt: skip
                fresh.append(alert)
            name, seq = cursor
            self._move_cursor(name, seq, now)
        return fresh

    def undelivered_alerts(self, webhook: str) -> list[dict[str, Any]]:
        """Alerts for ``webhook`` it has not taken yet, oldest first."""
        rows = self._q(
            "SELECT alert_id, payload FROM watch_alerts WHERE webhook = ? AND delivered_at IS NULL "
            "ORDER BY created_at, alert_id",
            [webhook],
        ).fetchall()
        return [{"alert_id": r[0], "payload": json.loads(r[1])} for r in rows]

    def alert_attempts(self, outcomes: list[tuple[str, int, str | None, datetime | None]]) -> None:
        """Record webhook attempts: (alert id, attempts made, last error, delivered at)."""
        if not outcomes:
            return
        with self._watch_transaction():
            for alert_id, attempts, error, delivered in outcomes:
                self._con.execute(
                    "UPDATE watch_alerts SET attempts = attempts + ?, last_error = ?, "
                    "delivered_at = coalesce(?, delivered_at) WHERE alert_id = ?",
                    [attempts, error, delivered, alert_id],
                ).fetchall()

    def alerts_frame(self) -> pandas.DataFrame:
        return self._q(
            "SELECT alert_id, rule, event_id, created_at, webhook, delivered_at, attempts, "
            "last_error, payload FROM watch_alerts ORDER BY created_at, alert_id"
        ).df()
