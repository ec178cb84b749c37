"""Memory of opening a store for ``events`` and ``serve``: a store of 50,000 articles
against one of 1,000.

    python bench/store_open_memory.py                       # 1,000 and 50,000 articles
    python bench/store_open_memory.py --small 500 --large 20000 --folder /tmp/stores --keep

Both stores are built through the store's own write path (``Store.add_coded``), with
generated articles (headline, a body of random words, date, URL, outlet), three events
each (country pairs skewed towards a few, CAMEO codes from the packaged codebook, mostly
asserted) and generated story signatures, so no spaCy pipeline runs. Each measurement
is a fresh process; its peak RSS is the VmHWM it reports as it exits:

* ``open``: ``Store(PATH, settings, read_only=True)`` and its row counts;
* ``serve app``: ``create_app(PATH)``, what ``dyadwatch serve`` builds before it listens;
* ``events``: ``dyadwatch events --db PATH --limit 100 --format csv`` (the CLI as a
  user runs it: open read-only, one filtered, paged query);
* ``events --dyad``: the same with ``--dyad USA RUS`` and no limit (every event of one
  dyad: more of them in the larger store, so this one may grow with it);
* ``serve + page``: ``dyadwatch serve`` on a free local port, asked once for ``/`` and
  once for the first page of ``/api/events`` (what the dashboard does first), then stopped;
* ``ingest open``: a store opened for writing that adds one article, which loads the
  duplicate-story index from the store (``DYADWATCH_CLUSTER_INDEX_SIZE`` articles at
  most; set to ``--index-size`` here so that both stores hold more than it).

Each figure is the median of ``--repeat`` runs, with the difference and the ratio large /
small. Python, DuckDB, pandas and the CLI's imports are in every figure alike. What a
query still adds on the larger store is DuckDB's buffer pool keeping the blocks of the
columns it read (bounded by ``DYADWATCH_STORE_MEMORY_LIMIT``), not Python objects.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from dyadwatch.codebook import load_codebook
from dyadwatch.records import (
    ActorRef,
    Article,
    DatePrecision,
    Event,
    Section,
    Status,
)
from dyadwatch.settings import Settings
from dyadwatch.store import Store
from dyadwatch.store.stories import NUM_PERM

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "PRK",
             "KOR", "JPN", "TUR", "SYR", "VEN", "BRA", "MEX", "CAN", "EGY", "SAU", "IRQ", "AFG",
             "NGA", "ZAF", "ETH", "KEN", "POL", "ITA", "ESP", "AUS", "IDN", "PHL", "VNM", "THA"]  # fmt: skip
OUTLETS = [f"outlet{i}.example" for i in range(40)]
WORDS = [f"w{i}" for i in range(5000)]
EVENTS_PER_ARTICLE = 3
BATCH = 500


def article(i: int, rng: random.Random) -> Article:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    body = " ".join(rng.choices(WORDS, k=120))
    return Article(
        id=f"doc-{i}",
        title=f"Headline {i} " + " ".join(rng.choices(WORDS, k=6)),
        text=body + ".",
        date=day,
        url=f"https://{rng.choice(OUTLETS)}/news/{i}",
        origin=f"bench:{i}",
    )


def events_of(art: Article, rng: random.Random, codes: list) -> list[Event]:
    out = []
    n = len(COUNTRIES)
    for k in range(EVENTS_PER_ARTICLE):
        s = COUNTRIES[int(n * rng.random() * rng.random())]
        t = COUNTRIES[int(n * rng.random() * rng.random())]
        if t == s:
            t = COUNTRIES[(COUNTRIES.index(s) + 1) % n]
        c = rng.choice(codes)
        at = 10 + 20 * k
        out.append(Event(
            doc=art.id,
            source=ActorRef(s, s, None, s, at, at + 3),
            target=ActorRef(t, t, None, t, at + 10, at + 13),
            cameo=c.code, root=c.root, plover=c.plover, goldstein=c.goldstein,
            quad_class=c.quad_class,
            status=Status.ASSERTED if rng.random() < 0.85 else Status.CLAIMED,
            section=Section.BODY,
            date=art.date.isoformat() if art.date else None,
            date_precision=DatePrecision.DAY, date_basis="article",
            sentence=f"{s} and {t} sentence {k} of {art.id}.", sentence_start=at,
            trigger_text="met", trigger_start=at + 4, trigger_end=at + 7,
            rule="bench", confidence=0.9, codebook_version="bench",
        ))  # fmt: skip
    return out


def build(path: Path, n_articles: int, seed: int) -> float:
    """A store of ``n_articles`` generated articles, written by ``Store.add_coded``."""
    rng = random.Random(seed)
    sig_rng = np.random.default_rng(seed)
    codes = [c for c in load_codebook().codes.values() if c.level >= 2]
    t0 = time.perf_counter()
    with Store(path, Settings()) as store:
        for start in range(0, n_articles, BATCH):
            batch = []
            for i in range(start, min(n_articles, start + BATCH)):
                art = article(i, rng)
                batch.append((art, events_of(art, rng, codes)))
            # generated signatures: unrelated articles, each its own story
            sigs = [sig_rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32).tobytes() for _ in batch]
            store.add_coded(batch, minhashes=sigs)
    return time.perf_counter() - t0


#: runs a module's ``main`` (or a script) and writes the process's peak RSS (VmHWM: the
#: high-water mark of this process image; ``ru_maxrss`` would carry the parent's over from
#: the fork) to the file named by the first argument when the process exits
RUNNER = """
import atexit, runpy, sys
out = sys.argv.pop(1)
def report():
    with open("/proc/self/status") as fh:
        kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    with open(out, "w") as fh:
        fh.write(str(kb * 1024))
atexit.register(report)
target = sys.argv.pop(1)
sys.argv[0] = target
if target.startswith("-c"):
    exec(compile(target[2:], "<bench>", "exec"), {"__name__": "__main__"})
else:
    runpy.run_module(target, run_name="__main__", alter_sys=True)
"""


def peak_rss(target: str, args: list[str], env: dict[str, str], *, serve_port: int | None = None) -> int:
    """Peak resident memory, in bytes, of a fresh process running ``python -m target args``
    (or the code after ``-c``)."""
    with tempfile.NamedTemporaryFile(prefix="dyadwatch-rss-") as out:
        cmd = [sys.executable, "-c", RUNNER, out.name, target, *args]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if serve_port is not None:
            base = f"http://127.0.0.1:{serve_port}"
            deadline = time.monotonic() + 120
            while True:
                try:
                    urllib.request.urlopen(base + "/", timeout=5).read()
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        proc.kill()
                        raise SystemExit("serve did not start: " + proc.communicate()[1].decode()[-2000:]) from None
                    time.sleep(0.2)
            urllib.request.urlopen(base + "/api/events?page_size=50", timeout=120).read()
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=600)
        text = Path(out.name).read_text()
        if proc.returncode != 0 or not text:
            raise SystemExit(f"{target} {' '.join(args)} failed ({proc.returncode}): {err.decode()[-2000:]}")
        return int(text)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


OPEN = """
import sys
from dyadwatch.settings import from_env
from dyadwatch.store import Store
with Store(sys.argv[1], from_env(), read_only=True) as store:
    store.counts()
"""

APP = """
import sys
from dyadwatch.api import create_app
create_app(sys.argv[1]).state.access.close()
"""

ADD_ONE = """
import sys
from dyadwatch.records import Article
from dyadwatch.settings import from_env
from dyadwatch.store import Store
with Store(sys.argv[1], from_env()) as store:
    store.add_coded([(Article(id="one-more", text="One more article, for the index."), [])])
"""


def measure(db: Path, index_size: int) -> dict[str, int]:
    env = {**os.environ, "DYADWATCH_CLUSTER_INDEX_SIZE": str(index_size)}
    out = {
        "open": peak_rss("-c" + OPEN, [str(db)], env),
        "serve app": peak_rss("-c" + APP, [str(db)], env),
        "events": peak_rss("dyadwatch", ["events", "--db", str(db), "--limit", "100", "--format", "csv"], env),
        "events --dyad": peak_rss("dyadwatch", ["events", "--db", str(db), "--dyad", "USA", "RUS",
                                                "--format", "csv"], env),
    }  # fmt: skip
    port = free_port()
    out["serve + page"] = peak_rss("dyadwatch", ["serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
                            env, serve_port=port)  # fmt: skip
    copy = db.with_name(db.stem + "-w.duckdb")  # writing must not change the measured store
    copy.write_bytes(db.read_bytes())
    try:
        out["ingest open"] = peak_rss("-c" + ADD_ONE, [str(copy)], env)
    finally:
        copy.unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=1_000, help="articles in the small store")
    ap.add_argument("--large", type=int, default=50_000, help="articles in the large store")
    ap.add_argument("--index-size", type=int, default=500,
                    help="DYADWATCH_CLUSTER_INDEX_SIZE for the measurements (below both sizes)")  # fmt: skip
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--folder", type=Path, help="where the stores go (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the stores (and reuse them next time)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="dyadwatch-open-") as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        figures: dict[int, dict[str, int]] = {}
        for n in (args.small, args.large):
            db = folder / f"open-{n}.duckdb"
            if db.exists() and not args.keep:
                db.unlink()
            if not db.exists():
                took = build(db, n, args.seed)
                print(f"built {n:,} articles ({n * EVENTS_PER_ARTICLE:,} mentions) in {took:.0f} s: "
                      f"{db.stat().st_size / 1e6:.0f} MB", flush=True)  # fmt: skip
            runs = [measure(db, args.index_size) for _ in range(args.repeat)]
            figures[n] = {k: int(statistics.median(r[k] for r in runs)) for k in runs[0]}
        if not args.keep and args.folder:
            for n in (args.small, args.large):
                (folder / f"open-{n}.duckdb").unlink(missing_ok=True)
    small, large = figures[args.small], figures[args.large]
    print(f"\npeak RSS (MB), median of {args.repeat}; index size {args.index_size}")
    print(f"{'':16}{args.small:>10,}{args.large:>10,}{'more':>8}{'ratio':>8}")
    for key in small:
        a, b = small[key] / 1e6, large[key] / 1e6
        print(f"{key:16}{a:>10.1f}{b:>10.1f}{b - a:>8.1f}{b / a:>8.3f}")


if __name__ == "__main__":
    main()
