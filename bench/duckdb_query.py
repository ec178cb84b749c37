"""DuckDB: a dyad time series over a store of 1,000,000+ events, against a scan of the table.

    python bench/duckdb_query.py                     # 1,000,000 events, RUS-UKR by month
    python bench/duckdb_query.py --events 3000000 --db /tmp/big.duckdb --keep

The store is created by ``Store`` (so the schema is the real one, from the migrations)
and filled directly with SQL: articles, stories, events and one mention per event
(the first mention every event row points to), with skewed country pairs, CAMEO codes
from the packaged codebook and days over ten years. Then, each timed ``--repeat`` times
(median printed):

* ``scan``: ``SELECT * FROM events`` into Arrow, every row and column of the table;
* ``dyad query``: what ``dyadwatch analysis dyad`` does: ``Store.events_frame`` with
  the dyad filter (one query, both directions) and ``analysis.dyads.dyad_series`` on it;
* ``dyad via full frame``: loading every event with ``events_frame`` and selecting the
  dyad in pandas (the API loads the whole frame once and caches it for its analytics);
* ``dyad series in SQL``: the same series as one DuckDB aggregate (period counts by
  quad class, Goldstein sum and mean), which the store could offer.

The ratios are each time divided by the scan time, measured in this run: below 1 means
the query reads less than the whole table.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from dyadwatch.analysis.dyads import dyad_events, dyad_series
from dyadwatch.codebook import load_codebook
from dyadwatch.settings import from_env
from dyadwatch.store import EventFilter, Store

# weights make some dyads common and most rare, as in real event data
COUNTRIES = ["USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "PRK",
             "KOR", "JPN", "TUR", "SYR", "VEN", "BRA", "MEX", "CAN", "EGY", "SAU", "IRQ", "AFG",
             "NGA", "ZAF", "ETH", "KEN", "POL", "ITA", "ESP", "AUS", "IDN", "PHL", "VNM", "THA",
             "MMR", "BGD", "LBY", "SDN", "YEM", "QAT", "ARE", "CUB", "COL", "ARG", "CHL", "PER",
             "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "SRB", "HUN", "GRC", "NLD", "BEL", "SWE"]  # fmt: skip


def generate(store: Store, n_events: int, seed: int) -> None:
    """Fill the store's tables with ``n_events`` events (SQL, inside DuckDB)."""
    con = store._con  # the benchmark writes the store's own tables directly, for speed
    book = load_codebook()
    codes = [c for c in book.codes.values() if c.level >= 2]
    con.complete()  # the store's own queries may leave a result open; register() needs none
    con.register("_codes", pa.table({
        "k": list(range(len(codes))),
        "cameo": [c.code for c in codes],
        "root": [c.root for c in codes],
        "plover": [book.plover_for(c.code) for c in codes],
        "goldstein": [float(c.goldstein) for c in codes],
        "quad": [c.quad_class.number for c in codes],
    }))  # fmt: skip
    con.register("_countries", pa.table({"k": list(range(len(COUNTRIES))), "c": COUNTRIES}))
    n_articles = max(1, n_events // 10)
    con.execute("SELECT setseed(?)", [((seed % 1000) / 1000)]).fetchall()
    con.execute("BEGIN TRANSACTION").fetchall()
    con.execute(
        "INSERT INTO stories SELECT 's' || i, 'a' || (2 * i), 2 FROM range(?) t(i)",
        [(n_articles + 1) // 2],
    ).fetchall()
    con.execute(
        """
        INSERT INTO articles
        SELECT 'a' || i, 'doc-' || i, 'Headline ' || i, 'Body of article ' || i || '.',
               DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), 'https://news.example/' || i,
               'Outlet ' || (i % 97), 'bench', NULL, 's' || (i // 2), NULL, 10, now()
        FROM range(?) t(i)
        """,
        [n_articles],
    ).fetchall()
    # country index skewed towards the front of the list: floor(n * u^2)
    n_c = len(COUNTRIES)
    con.execute(
        f"""
        CREATE TEMP TABLE _gen AS
        SELECT i,
               CAST(floor({n_c} * random() * random()) AS INTEGER) AS s,
               CAST(floor({n_c} * random() * random()) AS INTEGER) AS t,
               CAST(floor(? * random()) AS INTEGER) AS k,
               DATE '2015-01-01' + CAST(floor(3650 * random()) AS INTEGER) AS day,
               random() AS u
        FROM range(?) r(i)
        """,
        [len(codes), n_events],
    ).fetchall()
    con.execute(
        """
        INSERT INTO events
        SELECT 'e' || g.i, sc.c, sc.c || CASE WHEN g.u < 0.3 THEN 'GOV' ELSE '' END,
               tc.c, tc.c, k.cameo, k.root, k.plover, k.goldstein, k.quad, g.u < 0.1,
               g.u > 0.97, CASE WHEN g.u > 0.97 THEN 'negated' WHEN g.u > 0.9 THEN 'claimed'
                                ELSE 'asserted' END,
               g.u <= 0.9, strftime(g.day, '%Y-%m-%d'), 'day', g.day, now(), 'm' || g.i,
               1, 1, 1, 1, 'bench'
        FROM _gen g
        JOIN _countries sc ON sc.k = g.s
        JOIN _countries tc ON tc.k = (CASE WHEN g.t = g.s THEN (g.t + 1) % ? ELSE g.t END)
        JOIN _codes k ON k.k = g.k
        """,
        [n_c],
    ).fetchall()
    con.execute(
        """
        INSERT INTO mentions (mention_id, event_id, article_id, story_id, section, status,
                              reportable, sentence, trigger_start, trigger_end, date,
                              date_precision, date_basis, day, record, seq)
        SELECT e.first_mention, e.event_id, 'a' || (g.i % ?), 's' || ((g.i % ?) // 2), 'body',
               e.status, e.reportable, 'Sentence of event ' || g.i || '.', 0, 5, e.date, 'day',
               'article', e.day, '{}', g.i
        FROM events e JOIN _gen g ON e.event_id = 'e' || g.i
        """,
        [n_articles, n_articles],
    ).fetchall()
    con.execute("COMMIT").fetchall()
    con.execute("DROP TABLE _gen").fetchall()
    con.unregister("_codes")
    con.unregister("_countries")
    con.execute("CHECKPOINT").fetchall()


#: the dyad series as one DuckDB aggregate: the same events as ``dyad_series`` counts
#: (reportable, between two different countries, dated at least as finely as the bin)
SQL_SERIES = """
    SELECT date_trunc(?, day) AS period, count(*) AS events,
           count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
           count(*) FILTER (WHERE quad_class = 2) AS material_coop,
           count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
           count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
           sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
    FROM events
    WHERE reportable AND day IS NOT NULL
      AND ((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))
      AND list_contains(?, date_precision)
    GROUP BY ALL ORDER BY period
"""
PRECISIONS = {"week": ["day"], "month": ["day", "month"], "year": ["day", "month", "year"]}


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--events", type=int, default=1_000_000, help="events to generate (default 1,000,000)"
    )
    ap.add_argument("--dyad", nargs=2, default=["RUS", "UKR"], metavar=("A", "B"))
    ap.add_argument("--by", default="month", choices=["week", "month", "year"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--db", type=Path, help="store file (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the generated store")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    a, b = args.dyad

    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if db.exists() and not args.keep:
            raise SystemExit(f"{db} exists; pass --keep to reuse it or choose another --db")
        t0 = time.perf_counter()
        settings = from_env()
        with Store(db, settings) as store:
            if store.counts()["events"] == 0:
                generate(store, args.events, args.seed)
        made = time.perf_counter() - t0
        with Store(db, settings, read_only=True) as store:
            counts = store.counts()
            con = store._con

            def scan() -> pa.Table:
                con.complete()  # the store's count queries leave a result open
                return con.sql("SELECT * FROM events").to_arrow_table()

            scan_s, scanned = timed(scan, args.repeat)

            def dyad_query() -> Any:
                # what `dyadwatch analysis dyad` does: one query, both directions
                both = store.events_frame(EventFilter(dyad=(a, b), either_way=True, reportable=None))
                return dyad_series(both, a, b, by=args.by)

            def dyad_full_frame() -> Any:
                frame = store.events_frame(EventFilter(reportable=None))
                return dyad_series(dyad_events(frame, a, b), a, b, by=args.by)

            def dyad_sql() -> list[tuple[Any, ...]]:
                con.complete()
                return con.execute(
                    SQL_SERIES, [args.by, a, b, b, a, PRECISIONS[args.by]]
                ).fetchall()

            query_s, series = timed(dyad_query, args.repeat)
            sql_s, sql_rows = timed(dyad_sql, args.repeat)
            full_s, series_full = timed(dyad_full_frame, max(1, args.repeat // 2))
        pd.testing.assert_frame_equal(series.table, series_full.table)  # both paths agree
        assert sum(r[1] for r in sql_rows) == int(series.table["events"].sum()), "SQL disagrees"
        size_mb = db.stat().st_size / 2**20
        if args.keep and args.db is None:
            print("(--keep without --db: the temporary store is removed anyway)")

    print(f"store: {counts['events']:,} events, {counts['mentions']:,} mentions, "
          f"{counts['articles']:,} articles, {size_mb:.0f} MB; generated in {made:.1f} s")  # fmt: skip
    print(f"dyad {a}-{b} by {args.by}: {len(series.events):,} events counted in "
          f"{len(series.table)} periods ({series.undated} undated)")  # fmt: skip
    print(f"{'':22}{'seconds':>10}{'ratio to scan':>15}")
    print(f"{'scan (all events)':22}{scan_s:10.3f}{1.0:15.2f}   ({scanned.num_rows:,} rows)")
    print(f"{'dyad query':22}{query_s:10.3f}{query_s / scan_s:15.2f}")
    print(f"{'dyad via full frame':22}{full_s:10.3f}{full_s / scan_s:15.2f}")
    print(f"{'dyad series in SQL':22}{sql_s:10.3f}{sql_s / scan_s:15.2f}")
    print(f"dyad time series query / events scan: {query_s / scan_s:.2f}")


if __name__ == "__main__":
    main()
