"""The DuckDB store behind a small interface used by the CLI, the tests and the web server.

One file holds articles (keyed by content hash), stories (clusters of near-duplicate
articles), events (one row per real-world event), mentions (one row per coded record,
linked to its event and article) and failures. ``add_coded`` writes one batch in one
transaction, so an interrupted ingest leaves whole batches or nothing, and a rerun adds
only what is missing. Every query is parameterised; no user value is put into SQL text.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from ..errors import InputError, StoreError
from ..records import Article, Event, Status
from ..settings import Settings, from_env
from ..spans import date_span
from ..urls import host_of
from . import dedup
from .migrations import migrate
from .watchlog import WatchLog

if TYPE_CHECKING:
    import pandas

    from .stories import StoryClusterer


@dataclass
class EventFilter:
    """Filters for ``events_frame`` and ``count_events``. Default: reportable events only."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    country: str | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    status: list[str] | None = None
    reportable: bool | None = True
    since: str | None = None
    until: str | None = None
    text: str | None = None
    #: with ``dyad``: events between the two in either direction
    either_way: bool = False


@dataclass
class BatchResult:
    articles: int = 0  # articles in the batch
    new: int = 0  # articles written
    duplicates: int = 0  # articles already stored (same content hash) or twice in the batch
    new_stories: int = 0
    events_new: int = 0
    events_merged: int = 0  # mentions that joined an existing event
    mentions: int = 0


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


_EVENT_COLUMNS = (
    "event_id, date, date_precision, day, source_country, source_code, target_country, "
    "target_code, cameo, root, plover, goldstein, quad_class, symmetric, status, reportable, "
    "mention_count, source_count, story_count"
)


def _quad_number(event: Event) -> int:
    return event.quad_class.number


class Store(WatchLog):
    """A dyadwatch event store in one DuckDB file.

    ``settings`` gives the store its options: DuckDB's memory limit
    (``store_memory_limit``), the event-dedup window (``dedup_window_days``) and story
    clustering (``cluster_threshold``, ``cluster_index_size``). Without it they are read
    from the environment (``from_env``), as the coder does, so that no caller opens a
    store with options of its own.
    """

    def __init__(self, path: str | Path, settings: Settings | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.settings = settings or from_env()
        self.window_days = self.settings.dedup_window_days
        self._clusterer: StoryClusterer | None = None
        memory_limit = self.settings.store_memory_limit.strip()
        if memory_limit and not re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)", memory_limit, re.IGNORECASE):
            raise StoreError(
                f"store memory limit {memory_limit!r} (DYADWATCH_STORE_MEMORY_LIMIT): "
                "expected a size such as 512MB"
            )
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (run `dyadwatch ingest` first)")
        if not read_only and self.path.parent and not self.path.parent.exists():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = " (another dyadwatch process has it open for writing?)"
            raise StoreError(f"{self.path}: cannot open the store{hint}: {exc}") from exc
        if memory_limit:
            # DuckDB's buffer pool may otherwise grow to most of the machine's memory; a SET
            # (not a connect-time config) lets other connections to the file coexist
            self._con.execute(f"SET memory_limit = '{memory_limit}'")
        try:
            if read_only:
                from .migrations import LATEST, current_version

                version = current_version(self._con)
                if version != LATEST:
                    raise StoreError(
                        f"{self.path}: store schema is version {version}, expected {LATEST}; "
                        "open it once for writing to migrate it"
                    )
            else:
                migrate(self._con, str(self.path))
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def duckdb_setting(self, name: str) -> str:
        """A DuckDB setting of the store's connection (``memory_limit``, ``threads``, ...)."""
        row = self._q("SELECT current_setting(?)", [name]).fetchone()
        return str(row[0]) if row else ""

    def _q(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        try:
            return self._con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from exc

    # -- writing -----------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return content_hash in self.stored_articles([content_hash])

    def stored_articles(self, content_hashes: list[str]) -> set[str]:
        """Which of these content hashes are stored already (one query)."""
        if not content_hashes:
            return set()
        rows = self._q("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [content_hashes])
        return {r[0] for r in rows.fetchall()}

    def record_failure(self, input: str, kind: str, reason: str) -> None:
        """Record why an input could not be read or coded (once per input, kind and reason)."""
        self._write_guard()
        self._q(
            "INSERT INTO failures VALUES (?, ?, ?, current_timestamp, 1) "
            "ON CONFLICT (input, kind, reason) DO UPDATE "
            'SET "at" = excluded."at", attempts = failures.attempts + 1',
            [input, kind, reason[:2000]],
        ).fetchall()

    def clear_failures(self, input: str) -> None:
        """Forget failures of an input that has now been read and coded."""
        self._write_guard()
        self._q("DELETE FROM failures WHERE input = ?", [input]).fetchall()

    def _write_guard(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")

    def story_index(self) -> StoryClusterer:
        """The duplicate-story index new articles are clustered with, loaded on first use.

        It holds the newest ``cluster_index_size`` stored articles (by ingest time),
        read in one bounded query, so its memory does not grow with the store.
        """
        if self._clusterer is None:
            from .stories import StoryClusterer

            size = self.settings.cluster_index_size
            clusterer = StoryClusterer(self.settings.cluster_threshold, max_articles=size)
            cur = self._q(
                "SELECT article_id, story_id, minhash FROM ("
                " SELECT article_id, story_id, minhash, ingested_at FROM articles"
                " ORDER BY ingested_at DESC, article_id DESC LIMIT ?"
                ") ORDER BY ingested_at, article_id",
                [max(size, 0)],
            )
            while rows := cur.fetchmany(1000):
                clusterer.load(rows)
            self._clusterer = clusterer
        return self._clusterer

    def add_coded(self, batch: list[tuple[Article, list[Event]]], *, minhashes: list[bytes] | None = None) -> BatchResult:
        """Write articles and their coded events in one transaction. Idempotent.

        ``minhashes``: the articles' story signatures (``stories.to_bytes``), one per
        article, when a worker computed them already; otherwise they are computed here.
        """
        if minhashes is not None and len(minhashes) != len(batch):
            raise ValueError(f"{len(minhashes)} signatures for {len(batch)} articles")
        self._write_guard()
        result = BatchResult(articles=len(batch))
        if not batch:
            return result
        hashes = [a.content_hash for a, _ in batch]
        stored = self.stored_articles(hashes)
        fresh: list[tuple[str, Article, list[Event]]] = []
        signatures: dict[str, bytes] = {}
        seen: set[str] = set()
        for k, (h, (article, events)) in enumerate(zip(hashes, batch, strict=True)):
            if h in stored or h in seen:
                result.duplicates += 1
                continue
            seen.add(h)
            fresh.append((h, article, events))
            if minhashes is not None:
                signatures[h] = minhashes[k]
        if not fresh:
            return result
        try:
            self._con.execute("BEGIN TRANSACTION").fetchall()
            self._write(fresh, result, signatures)
            self._con.execute("COMMIT").fetchall()
        except BaseException as exc:
            with contextlib.suppress(duckdb.Error):
                self._con.execute("ROLLBACK").fetchall()
            self._clusterer = None  # it saw articles that were not written: reload it
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: writing a batch failed: {exc}") from exc
            raise
        return result

    def _write(self, fresh: list[tuple[str, Article, list[Event]]], result: BatchResult, signatures: dict[str, bytes]) -> None:
        from .stories import from_bytes, signature, to_bytes

        con = self._con
        now = datetime.now()
        clusterer = self.story_index()
        article_rows: list[dict[str, Any]] = []
        story_touch: set[str] = set()
        new_stories: list[dict[str, Any]] = []
        story_of: dict[str, str] = {}
        for h, article, events in fresh:
            given = signatures.get(h)
            mh = from_bytes(given) if given is not None else signature(article.full_text)
            blob = given if given is not None else to_bytes(mh)
            story, is_new = clusterer.assign(h, mh)
            story_of[h] = story
            story_touch.add(story)
            if is_new:
                new_stories.append({"story_id": story, "representative": h, "size": 0})
            article_rows.append(
                {
                    "article_id": h,
                    "doc": article.id,
                    "title": article.title,
                    "text": article.text,
                    "date": article.date,
                    "url": article.url,
                    "outlet": article.source or host_of(article.url),
                    "source": article.origin,
                    "licence": article.licence,
                    "story_id": story,
                    "minhash": blob,
                    "event_count": len(events),
                    "ingested_at": now,
                }
            )
        result.new = len(fresh)
        result.new_stories = len(new_stories)
        self._insert("stories", new_stories)
        self._insert("articles", article_rows)
        con.execute(
            "UPDATE stories SET size = c.n FROM ("
            " SELECT story_id, count(*) AS n FROM articles"
            " WHERE story_id IN (SELECT unnest(?)) GROUP BY story_id) c"
            " WHERE stories.story_id = c.story_id",
            [sorted(story_touch)],
        ).fetchall()
        self._write_events(fresh, story_of, now, result)

    def _write_events(
        self,
        fresh: list[tuple[str, Article, list[Event]]],
        story_of: dict[str, str],
        now: datetime,
        result: BatchResult,
    ) -> None:
        con = self._con
        pending: list[
            tuple[str, Article, Event, str]
        ] = []  # article id, article, event, mention id
        ids: list[str] = []
        for h, article, events in fresh:
            for ev in events:
                mid = ev.event_id or ev.compute_id()
                pending.append((h, article, ev, mid))
                ids.append(mid)
        if not pending:
            return
        # A mention id is the record's own id; two inputs that reuse one document id
        # could collide, so a clash falls back to an id that includes the content hash.
        taken = {
            r[0]
            for r in con.execute(
                "SELECT mention_id FROM mentions WHERE mention_id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        }
        keys: dict[dedup.Key, list[dedup.KnownEvent]] = {}
        for s, t, c, neg in {self._key(ev) for _, _, ev, _ in pending}:
            keys[(s, t, c, neg)] = []
        rows = con.execute(
            # ordered by creation (the sequence number of the first mention), not by
            # first_seen: a batch shares one timestamp, so the order, and the event
            # a mention joins, would depend on where batches happen to end
            "SELECT e.event_id, e.source_code, e.target_code, e.cameo, e.negated, e.date, "
            "min(m.seq) AS first_seq, list(DISTINCT m.story_id) "
            "FROM events e JOIN mentions m USING (event_id) "
            "JOIN (SELECT unnest(?) AS s, unnest(?) AS t, unnest(?) AS c) k "
            "ON e.source_code = k.s AND e.target_code = k.t AND e.cameo = k.c "
            "GROUP BY e.event_id, e.source_code, e.target_code, e.cameo, e.negated, e.date "
            "ORDER BY first_seq",
            [
                [k[0] for k in keys],
                [k[1] for k in keys],
                [k[2] for k in keys],
            ],
        ).fetchall()
        for order, (eid, s, t, c, neg, d, _first, stories) in enumerate(rows):
            key = (s, t, c, bool(neg))
            if key in keys:
                keys[key].append(dedup.KnownEvent(eid, dedup.period(d), set(stories), order))
        order = len(rows)
        seq_row = con.execute("SELECT coalesce(max(seq), 0) FROM mentions").fetchone()
        seq = int(seq_row[0]) if seq_row else 0
        mention_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        touched: set[str] = set()
        used: set[str] = set()
        for h, article, ev, mid in pending:
            if mid in taken or mid in used:
                mid = dedup.event_id_for(f"{h}|{mid}")
            used.add(mid)
            seq += 1
            story = story_of[h]
            mdate, mprec, basis = (
                ev.date,
                (ev.date_precision.value if ev.date_precision else None),
                ev.date_basis,
            )
            if dedup.period(mdate) is None and article.date is not None:
                mdate, mprec, basis = article.date.isoformat(), "day", "article"
            if dedup.period(mdate) is None:
                mdate, mprec = None, None
            mperiod = dedup.period(mdate)
            key = self._key(ev)
            cand = dedup.choose(keys[key], mperiod, story, window_days=self.window_days)
            if cand is None:
                eid = dedup.event_id_for(mid)
                cand = dedup.KnownEvent(eid, mperiod, {story}, order)
                order += 1
                keys[key].append(cand)
                result.events_new += 1
                event_rows.append(self._event_row(eid, ev, mid, mdate, mprec, now))
            else:
                cand.stories.add(story)
                cand.period = dedup.widen(cand.period, mperiod)
                result.events_merged += 1
            touched.add(cand.event_id)
            mention_rows.append(
                self._mention_row(mid, cand.event_id, h, story, ev, mdate, mprec, basis, seq)
            )
        result.mentions = len(mention_rows)
        self._insert("events", event_rows)
        self._insert("mentions", mention_rows)
        self._refresh_events(sorted(touched))

    @staticmethod
    def _key(ev: Event) -> dedup.Key:
        return (ev.source.code, ev.target.code, ev.cameo, ev.status is Status.NEGATED)

    @staticmethod
    def _event_row(
        eid: str, ev: Event, mid: str, mdate: str | None, mprec: str | None, now: datetime
    ) -> dict[str, Any]:
        return {
            "event_id": eid,
            "source_country": ev.source.country,
            "source_code": ev.source.code,
            "target_country": ev.target.country,
            "target_code": ev.target.code,
            "cameo": ev.cameo,
            "root": ev.root,
            "plover": ev.plover,
            "goldstein": float(ev.goldstein),
            "quad_class": _quad_number(ev),
            "symmetric": ev.symmetric,
            "negated": ev.status is Status.NEGATED,
            "status": ev.status.value,
            "reportable": ev.reportable,
            "date": mdate,
            "date_precision": mprec,
            "day": dedup.day_of(mdate),
            "first_seen": now,
            "first_mention": mid,
            "mention_count": 0,
            "article_count": 0,
            "source_count": 0,
            "story_count": 0,
            "codebook_version": ev.codebook_version,
        }

    @staticmethod
    def _mention_row(
        mid: str, eid: str, article_id: str, story: str, ev: Event,
        mdate: str | None, mprec: str | None, basis: str, seq: int,
    ) -> dict[str, Any]:  # fmt: skip
        loc = ev.location
        record = ev.to_dict()
        record["mention_id"] = mid
        return {
            "mention_id": mid,
            "event_id": eid,
            "article_id": article_id,
            "story_id": story,
            "section": ev.section.value,
            "status": ev.status.value,
            "reportable": ev.reportable,
            "sentence": ev.sentence,
            "sentence_start": ev.sentence_start,
            "sentence_end": ev.sentence_start + len(ev.sentence),
            "trigger_text": ev.trigger_text,
            "trigger_start": ev.trigger_start,
            "trigger_end": ev.trigger_end,
            "source_text": ev.source.text,
            "source_start": ev.source.start,
            "source_end": ev.source.end,
            "target_text": ev.target.text,
            "target_start": ev.target.start,
            "target_end": ev.target.end,
            "rule": ev.rule,
            "confidence": float(ev.confidence),
            "date": mdate,
            "date_precision": mprec,
            "date_basis": basis,
            "day": dedup.day_of(mdate),
            "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "latitude": loc.lat if loc else None,
            "longitude": loc.lon if loc else None,
            "geonameid": loc.geonameid if loc else None,
            "record": json.dumps(record, ensure_ascii=False),
            "seq": seq,
        }

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        arrow = pa.Table.from_pylist(rows)
        name = f"_batch_{table}"
        self._con.complete()  # duckdb refuses register() while a result is unread
        self._con.register(name, arrow)
        try:
            cols = ", ".join(f'"{c}"' for c in columns)
            self._con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}").fetchall()
        finally:
            self._con.unregister(name)

    def _refresh_events(self, event_ids: list[str]) -> None:
        """Recompute an event's counts, status and date from its mentions."""
        if not event_ids:
            return
        status_rank = " ".join(f"WHEN '{k}' THEN {v}" for k, v in dedup.STATUS_RANK.items())
        prec_rank = "CASE m.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END"
        self._con.execute(
            f"""
            UPDATE events SET
                mention_count = a.n, article_count = a.na, source_count = a.ns,
                story_count = a.nst, status = a.status, reportable = a.rep,
                date = a.date, date_precision = a.prec, day = a.day
            FROM (
                SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS na,
                    count(DISTINCT coalesce(ar.outlet, ar.article_id)) AS ns,
                    count(DISTINCT m.story_id) AS nst,
                    arg_min(m.status, (CASE m.status {status_rank} ELSE 9 END) * 1000000000000 + m.seq) AS status,
                    bool_or(m.reportable) AS rep,
                    arg_min(m.date, {prec_rank} * 1000000000000 + m.seq) AS date,
                    arg_min(m.date_precision, {prec_rank} * 1000000000000 + m.seq) AS prec,
                    arg_min(m.day, {prec_rank} * 1000000000000 + m.seq) AS day
                FROM mentions m JOIN articles ar USING (article_id)
                WHERE m.event_id IN (SELECT unnest(?))
                GROUP BY m.event_id
            ) a
            WHERE events.event_id = a.event_id
            """,
            [event_ids],
        ).fetchall()

    # -- reading -----------------------------------------------------------------------
    def _where(self, flt: EventFilter | None) -> tuple[str, list[Any]]:
        flt = flt or EventFilter()
        clauses: list[str] = []
        params: list[Any] = []
        if flt.actor:
            clauses.append(
                "(e.source_code LIKE ? OR e.target_code LIKE ? OR e.source_country = ? OR e.target_country = ?)"
            )
            a = flt.actor.upper()
            params += [a + "%", a + "%", a, a]
        if flt.dyad:
            a, b = flt.dyad[0].upper(), flt.dyad[1].upper()
            way = "((e.source_country = ? OR e.source_code LIKE ?) AND (e.target_country = ? OR e.target_code LIKE ?))"
            clauses.append(f"({way} OR {way})" if flt.either_way else way)
            params += [a, a + "%", b, b + "%"] + ([b, b + "%", a, a + "%"] if flt.either_way else [])
        if flt.country:
            clauses.append("(e.source_country = ? OR e.target_country = ?)")
            params += [flt.country.upper(), flt.country.upper()]
        if flt.cameo:
            clauses.append("e.cameo LIKE ?")
            params.append(flt.cameo + "%")
        if flt.root:
            clauses.append("e.root = ?")
            params.append(flt.root.zfill(2))
        if flt.plover:
            clauses.append("e.plover = ?")
            params.append(flt.plover.upper())
        if flt.status:
            clauses.append("e.status IN (SELECT unnest(?))")
            params.append([s.lower() for s in flt.status])
        if flt.reportable is not None:
            clauses.append("e.reportable = ?")
            params.append(flt.reportable)
        for name, value, end, op in (("since", flt.since, 0, ">="), ("until", flt.until, 1, "<=")):
            if value:
                try:
                    day = date_span(value)[end]
                except ValueError as exc:
                    raise InputError(f"--{name}", str(exc)) from None
                clauses.append(f"e.day {op} ?")
                params.append(day)
        if flt.text:
            clauses.append(
                "EXISTS (SELECT 1 FROM mentions tm JOIN articles ta USING (article_id) "
                "WHERE tm.event_id = e.event_id AND (tm.sentence ILIKE ? OR ta.title ILIKE ?))"
            )
            like = (
                "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            clauses[-1] = clauses[-1].replace("ILIKE ?", "ILIKE ? ESCAPE '\\'")
            params += [like, like]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def events_frame(
        self, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> pandas.DataFrame:
        """Events as a DataFrame (columns: see the contract in docs/exports.md)."""
        import pandas as pd

        from ..codebook import load_codebook

        where, params = self._where(flt)
        page = ""
        if limit is not None:
            page = " LIMIT ? OFFSET ?"
            params = [*params, int(limit), int(offset)]
        elif offset:
            page = " OFFSET ?"
            params = [*params, int(offset)]
        cols = ", ".join(f'e."{c.strip()}"' for c in _EVENT_COLUMNS.split(","))
        order = "ORDER BY e.day NULLS LAST, e.first_seen, e.event_id"
        first = (
            "LEFT JOIN mentions fm ON fm.mention_id = e.first_mention "
            "LEFT JOIN articles fa ON fa.article_id = fm.article_id"
        )
        # each event's distinct stories, so that series count stories in one query (a
        # mention keeps its article's story id)
        stories = "list(DISTINCT sm.story_id ORDER BY sm.story_id)"
        if not page:
            # every matching event: DuckDB groups the stories of all of them in one pass
            sql = (
                f"SELECT {cols}, fm.sentence, fa.doc, fa.article_id, (SELECT {stories} FROM mentions sm "
                f"WHERE sm.event_id = e.event_id) AS story_ids FROM events e {first}{where} {order}"
            )
        else:
            # a page: the events first, then the first mention, the article and the
            # stories of those events only (joined before the LIMIT, the stories of every
            # event in the store were grouped to page 100 of them, so memory grew with the
            # store: bench/store_open_memory.py)
            sql = (
                f"WITH page AS MATERIALIZED (SELECT e.* FROM events e{where} {order}{page}) "
                f"SELECT {cols}, fm.sentence, fa.doc, fa.article_id, st.story_ids FROM page e {first} "
                f"LEFT JOIN (SELECT sm.event_id, {stories} AS story_ids FROM mentions sm "
                "WHERE sm.event_id IN (SELECT event_id FROM page) GROUP BY sm.event_id) st "
                f"ON st.event_id = e.event_id {order}"
            )
        df = self._q(sql, params).df()
        df["story_ids"] = [[str(x) for x in v] if v is not None else [] for v in df["story_ids"].tolist()]
        df["day"] = pd.to_datetime(df["day"])
        df["quad_class"] = df["quad_class"].astype("Int64")
        book = load_codebook()
        df["description"] = [
            book.codes[c].name if c in book.codes else None for c in df["cameo"].tolist()
        ]
        return df[[c for c in df.columns if c != "story_ids"] + ["story_ids"]]

    def event_dating(self, event_ids: list[str]) -> pandas.DataFrame:
        """How each event is dated, for analyses that must tell a dated act from background:
        ``date_basis`` of the mention that gave the event its date (``explicit``,
        ``relative``, ``event-relative``, ``narrative``, ``occasion``: the text dates it; ``article``:
        told as the news of its article's day; ``news-day``: the day its lead says that news happened; ``inferred-article``, ``none``: no date of
        its own), and ``first_report``, the publication date of the first article in the
        store that mentions it (NaT when none of them is dated). One query."""
        prec_rank = "CASE m.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END"
        return self._q(
            f"SELECT m.event_id, arg_min(m.date_basis, {prec_rank} * 1000000000000 + m.seq) "
            "AS date_basis, min(a.date) AS first_report "
            "FROM mentions m JOIN articles a USING (article_id) "
            "WHERE m.event_id IN (SELECT unnest(?)) GROUP BY m.event_id ORDER BY m.event_id",
            [list(event_ids)],
        ).df()

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = self._where(flt)
        row = self._q(f"SELECT count(*) FROM events e{where}", params).fetchone()
        return int(row[0]) if row else 0

    def iter_event_rows(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Events with their first mention's article and actor texts, for exports."""
        where, params = self._where(flt)
        cur = self._q(
            "SELECT e.*, fm.source_text, fm.target_text, fm.sentence, fm.sentence_start, "
            "fm.section, fm.trigger_text, fm.location_name, fm.location_country, fm.latitude, "
            "fm.longitude, fm.geonameid, fm.record, fa.doc, fa.article_id, fa.url, fa.outlet, "
            "fa.title, fa.licence, fa.story_id AS first_story "
            "FROM events e LEFT JOIN mentions fm ON fm.mention_id = e.first_mention "
            f"LEFT JOIN articles fa ON fa.article_id = fm.article_id{where} "
            "ORDER BY e.day NULLS LAST, e.first_seen, e.event_id",
            params,
        )
        names = [d[0] for d in cur.description]
        while True:
            chunk = cur.fetchmany(1000)
            if not chunk:
                break
            for row in chunk:
                yield dict(zip(names, row, strict=True))

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        cur = self._q("SELECT * FROM events WHERE event_id = ?", [event_id])
        row = cur.fetchone()
        if row is None:
            return None
        event = dict(zip([d[0] for d in cur.description], row, strict=True))
        cur = self._q(
            "SELECT m.mention_id, m.article_id, a.title, a.outlet, a.url, a.date AS article_date, "
            "m.sentence, m.sentence_start, m.sentence_end, m.trigger_start, m.trigger_end, "
            "m.source_start, m.source_end, m.target_start, m.target_end, m.trigger_text, "
            "m.status, m.section, m.date, m.date_basis, m.story_id, m.rule, m.confidence "
            "FROM mentions m JOIN articles a USING (article_id) WHERE m.event_id = ? ORDER BY m.seq",
            [event_id],
        )
        names = [d[0] for d in cur.description]
        event["mentions"] = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        return event

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        cur = self._q(
            "SELECT article_id, doc, title, text, date, url, outlet, source, licence, story_id, "
            "event_count, ingested_at FROM articles WHERE article_id = ?",
            [article_id],
        )
        row = cur.fetchone()
        if row is None:
            return None
        article = dict(zip([d[0] for d in cur.description], row, strict=True))
        title, text = article["title"] or "", article["text"]
        article["full_text"] = f"{title}\n{text}" if title else text
        cur = self._q(
            "SELECT mention_id, event_id, section, status, reportable, sentence, sentence_start, "
            "sentence_end, trigger_text, trigger_start, trigger_end, source_text, source_start, "
            "source_end, target_text, target_start, target_end, rule, confidence, date, record "
            "FROM mentions WHERE article_id = ? ORDER BY sentence_start, trigger_start",
            [article_id],
        )
        names = [d[0] for d in cur.description]
        spans = []
        for r in cur.fetchall():
            span = dict(zip(names, r, strict=True))
            span["record"] = json.loads(span["record"])
            spans.append(span)
        article["mentions"] = spans
        return article

    def articles_frame(self, *, limit: int | None = None, offset: int = 0) -> pandas.DataFrame:
        params: list[Any] = []
        page = ""
        if limit is not None:
            page, params = " LIMIT ? OFFSET ?", [int(limit), int(offset)]
        return self._q(
            "SELECT article_id, doc, title, date, url, outlet, source, licence, story_id, "
            f"event_count, ingested_at FROM articles ORDER BY ingested_at, article_id{page}",
            params,
        ).df()

    def failures_frame(self) -> pandas.DataFrame:
        return self._q(
            'SELECT input, kind, reason, "at", attempts FROM failures ORDER BY "at", input'
        ).df()

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("articles", "stories", "events", "mentions", "failures"):
            row = self._q(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def check(self) -> CheckReport:
        """Integrity check: every article once, no orphans, no duplicated events, counts agree."""
        problems: list[str] = []
        checks = [
            ("articles stored twice",
             "SELECT article_id FROM articles GROUP BY article_id HAVING count(*) > 1"),
            ("articles stored twice under different ids (same title and text)",
             "SELECT any_value(article_id) FROM articles GROUP BY title, text HAVING count(*) > 1"),
            ("mentions without their event",
             "SELECT m.mention_id FROM mentions m ANTI JOIN events e USING (event_id)"),
            ("mentions without their article",
             "SELECT m.mention_id FROM mentions m ANTI JOIN articles a USING (article_id)"),
            ("events without mentions",
             "SELECT e.event_id FROM events e ANTI JOIN mentions m USING (event_id)"),
            ("articles without their story",
             "SELECT a.article_id FROM articles a ANTI JOIN stories s USING (story_id)"),
            ("stories whose size is wrong",
             "SELECT s.story_id FROM stories s LEFT JOIN (SELECT story_id, count(*) n FROM articles "
             "GROUP BY story_id) c USING (story_id) WHERE s.size <> coalesce(c.n, 0)"),
            ("events whose counts disagree with their mentions",
             "SELECT e.event_id FROM events e JOIN (SELECT m.event_id, count(*) n, "
             "count(DISTINCT m.article_id) na, count(DISTINCT coalesce(a.outlet, a.article_id)) ns, "
             "count(DISTINCT m.story_id) nst FROM mentions m JOIN articles a USING (article_id) "
             "GROUP BY m.event_id) c USING (event_id) WHERE e.mention_count <> c.n "
             "OR e.article_count <> c.na OR e.source_count <> c.ns OR e.story_count <> c.nst"),
            ("articles whose event_count disagrees with their mentions",
             "SELECT a.article_id FROM articles a LEFT JOIN (SELECT article_id, count(*) n "
             "FROM mentions GROUP BY article_id) c USING (article_id) "
             "WHERE a.event_count <> coalesce(c.n, 0)"),
            ("duplicated events (same dyad, code and date in one story)",
             "SELECT any_value(e.event_id) FROM events e JOIN mentions m USING (event_id) "
             "GROUP BY e.source_code, e.target_code, e.cameo, e.negated, e.date, m.story_id "
             "HAVING count(DISTINCT e.event_id) > 1"),
        ]  # fmt: skip
        for label, sql in checks:
            rows = self._q(sql).fetchall()
            if rows:
                sample = ", ".join(str(r[0]) for r in rows[:5])
                problems.append(f"{len(rows)} {label}: {sample}")
        return CheckReport(ok=not problems, problems=problems, counts=self.counts())
