"""Dask scale-out: ingest throughput with 2 workers divided by 1 worker, and worker memory.

    python bench/dask_scaling.py                  # 2,000 articles built from the dev texts
    python bench/dask_scaling.py --articles 600 --workers 1 2 4   # quicker, more counts

For each worker count the same corpus (a JSONL file) is ingested into a fresh DuckDB
store on a LocalCluster (processes, one thread per worker) through the real path:
the driver reads and partitions, workers code and write Parquet, the driver merges
into the store. The clock starts after the cluster is up and every worker has loaded
the model, so it measures coding and merging, not start-up. Peak RSS of each worker
process is sampled with psutil while it works (and read from ``ru_maxrss`` inside the
worker at the end; the larger is printed). The ratio is measured in this run.

On a machine shared with other jobs the ratio is bounded by the cores actually free;
the load average at the start is printed so the figure can be read against it, and
``cores used`` (worker CPU seconds per wall-clock second) shows how much CPU the workers
actually got: two workers on two free cores use close to 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_bench import build_corpus  # noqa: E402  (the shared corpus builder)

from dyadwatch.ingest.distributed import ClusterSpec, DaskRunner  # noqa: E402
from dyadwatch.ingest.parallel import ingest_partitioned  # noqa: E402
from dyadwatch.settings import from_env  # noqa: E402
from dyadwatch.store import Store  # noqa: E402


class RssSampler:
    """Highest RSS seen for each of some processes, sampled on a thread."""

    def __init__(self, pids: list[int], every: float = 0.2) -> None:
        self.procs = {pid: psutil.Process(pid) for pid in pids}
        self.peak = {pid: p.memory_info().rss for pid, p in self.procs.items()}
        self._stop = threading.Event()
        self._every = every
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            for pid, proc in self.procs.items():
                with contextlib.suppress(psutil.Error):  # a worker that has exited
                    self.peak[pid] = max(self.peak[pid], proc.memory_info().rss)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(workers: int, corpus: Path, folder: Path, partition_size: int) -> dict[str, Any]:
    settings = from_env()
    with DaskRunner(ClusterSpec("local", workers=workers), settings) as runner:
        pids = sorted(runner.pids.values())
        with RssSampler(pids) as sampler, Store(folder / f"w{workers}.duckdb", settings) as store:
            cpu0 = [psutil.Process(pid).cpu_times() for pid in pids]
            me = psutil.Process()
            driver0 = me.cpu_times()
            t0 = time.perf_counter()
            summary = ingest_partitioned([corpus], store, settings, runner, partition_size=partition_size)  # fmt: skip
            seconds = time.perf_counter() - t0
            driver1 = me.cpu_times()
            cpu1 = [psutil.Process(pid).cpu_times() for pid in pids]
            counts = store.counts()
        inside = runner.peak_rss()
    by_pid = {pid: addr for addr, pid in runner.pids.items()}
    peaks = [max(sampler.peak[pid], inside[by_pid[pid]]) for pid in pids]
    return {
        "workers": workers,
        "seconds": seconds,
        "articles": summary.articles_read,
        "new": summary.new,
        "failures": summary.failures,
        "events": counts["events"],
        "peak_rss_mb": [round(p / 2**20) for p in peaks],
        # CPU seconds: each worker's, and the driver's (reading, merging, DuckDB)
        "worker_cpu": [
            round(b.user + b.system - a.user - a.system, 1) for a, b in zip(cpu0, cpu1, strict=True)
        ],
        "driver_cpu": round(driver1.user + driver1.system - driver0.user - driver0.system, 1),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    ap.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)"
    )
    ap.add_argument("--partition-size", type=int, default=32)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as fh:
            for rec in build_corpus(args.articles, args.seed):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        results = []
        for n in args.workers:
            print(f"  running {n} worker(s) ...", file=sys.stderr, flush=True)
            results.append(run(n, corpus, folder, args.partition_size))
    print(f"corpus: {args.articles} articles; cores: {os.cpu_count()}; "
          f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")  # fmt: skip
    print(f"{'workers':>8}{'seconds':>10}{'articles/s':>12}{'events':>8}{'failures':>10}"
          f"{'driver CPU s':>14}{'cores used':>12}  worker CPU s; peak RSS per worker (MB)")  # fmt: skip
    for r in results:
        rate = r["articles"] / r["seconds"]
        print(f"{r['workers']:>8}{r['seconds']:>10.1f}{rate:>12.1f}{r['events']:>8}{r['failures']:>10}"
              f"{r['driver_cpu']:>14}{sum(r['worker_cpu']) / r['seconds']:>12.2f}  {r['worker_cpu']}; {r['peak_rss_mb']}")  # fmt: skip
    one = next((r for r in results if r["workers"] == 1), None)
    if one is not None:
        for r in results:
            if r["workers"] != 1:
                ratio = one["seconds"] / r["seconds"]
                print(f"throughput ratio {r['workers']} workers / 1 worker: {ratio:.2f}")
        if len({r["events"] for r in results}) != 1:
            print("WARNING: the runs stored different numbers of events")
    worst = max(p for r in results for p in r["peak_rss_mb"])
    print(f"peak RSS of any worker: {worst} MB")


if __name__ == "__main__":
    main()
