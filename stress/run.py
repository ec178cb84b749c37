"""Heavy robustness runs: the slow-marked tests, a 100 MB JSONL ingest, a server load test.

    python stress/run.py                 # everything, then a summary (JSON on stdout)
    python stress/run.py slow            # only the slow-marked tests (pytest -m slow)
    python stress/run.py fuzz [--examples 500]  # the fuzz properties, more cases each
    python stress/run.py contract [--examples 1000]  # Schemathesis on the API, more cases
    python stress/run.py rss [--mb 100]  # 100 MB JSONL ingest, peak RSS sampled with psutil
    python stress/run.py serve-load [--requests 3000]   # dyadwatch serve + load from here
    python stress/run.py watch-memory    # dyadwatch watch over 200 rounds: RSS against a control
    python stress/run.py load --url URL [--server-pid PID] ...  # the load client alone

Everything stays on this machine: the server binds 127.0.0.1 on a free port and every
request goes to it. Each part is bounded in requests and time. See stress/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

# -- helpers ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and its children, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with suppress(psutil.Error):
            total += p.memory_info().rss
    return total


class RssSampler:
    """Samples a process tree's RSS every ``interval`` seconds in a thread; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.samples = 0
        #: (seconds since start, RSS) about every 10 s, to tell growth from a plateau
        self.timeline: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set():
            try:
                rss = tree_rss(self.proc)
            except psutil.Error:
                return
            self.peak = max(self.peak, rss)
            self.samples += 1
            now = time.monotonic() - started
            if not self.timeline or now - self.timeline[-1][0] >= 10:
                self.timeline.append((now, rss))
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def mb(n: int) -> float:
    return round(n / 1_048_576, 1)


# -- 1. slow-marked tests --------------------------------------------------------------


#: the slow Schemathesis variant, which the ``contract`` part runs with its own count
CONTRACT_TEST = "tests/test_api_contract.py"


def run_slow(*, without_contract: bool = False) -> dict[str, Any]:
    started = time.monotonic()
    cmd = [PYTHON, "-m", "pytest", "-m", "slow", "-q", "-p", "no:cacheprovider", "tests"]
    if without_contract:
        cmd += ["--ignore", CONTRACT_TEST, "--ignore", WATCH_MEMORY_TEST]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    sys.stderr.write(done.stdout[-4000:])
    return {"command": " ".join(cmd[1:]), "exit_code": done.returncode, "result": tail[0],
            "seconds": round(time.monotonic() - started, 1)}  # fmt: skip


# -- 1b. deeper fuzzing ------------------------------------------------------------------


def run_fuzz(examples: int) -> dict[str, Any]:
    """The reader and coder properties with ``examples`` cases each (the coder a quarter)."""
    started = time.monotonic()
    cmd = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
           "tests/test_fuzz_readers.py", "tests/test_fuzz_coder.py"]  # fmt: skip
    env = {**os.environ, "DYADWATCH_FUZZ_EXAMPLES": str(examples)}
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    cases = sum(
        int(line.split()[1])
        for line in done.stdout.splitlines()
        if line.strip().startswith("- ") and " passing, " in line
    )
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    sys.stderr.write(done.stdout[-4000:])
    return {"examples_per_property": examples, "cases_passed": cases, "exit_code": done.returncode,
            "result": tail[0], "seconds": round(time.monotonic() - started, 1)}  # fmt: skip


# -- 1c. the API contract under Schemathesis ----------------------------------------------


def run_contract(examples: int) -> dict[str, Any]:
    """The slow variant of tests/test_api_contract.py: Schemathesis with ``examples`` per
    operation against the API over a store of the dev and train articles."""
    started = time.monotonic()
    cmd = [PYTHON, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "-m", "slow",
           CONTRACT_TEST]  # fmt: skip
    env = {**os.environ, "DYADWATCH_CONTRACT_EXAMPLES": str(examples)}
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    output = done.stdout + done.stderr
    generated = [int(n) for n in re.findall(r"(\d+) generated", output)]
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    sys.stderr.write(output[-4000:])
    return {"examples_per_operation": examples, "cases_generated": generated[-1] if generated else None,
            "exit_code": done.returncode, "result": tail[0],
            "seconds": round(time.monotonic() - started, 1)}  # fmt: skip


# -- 1d. memory over 200 rounds of dyadwatch watch ------------------------------------------

WATCH_MEMORY_TEST = "tests/test_watch_memory.py"


def run_watch_memory() -> dict[str, Any]:
    """The slow test of tests/test_watch_memory.py: ``dyadwatch watch`` polls a feed that
    gains two items a round, 200 rounds, RSS read each round, against a control."""
    started = time.monotonic()
    cmd = [PYTHON, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "-m", "slow",
           WATCH_MEMORY_TEST]  # fmt: skip
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    found = re.search(r"^WATCH_MEMORY (\{.*\})$", done.stdout, re.MULTILINE)
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    sys.stderr.write(done.stdout[-4000:])
    figures: dict[str, Any] = json.loads(found.group(1)) if found else {}
    return {**figures, "exit_code": done.returncode, "result": tail[0],
            "seconds": round(time.monotonic() - started, 1)}  # fmt: skip


# -- 2. 100 MB JSONL ingest ------------------------------------------------------------

_FILLER_WORDS = [
    "weather",
    "markets",
    "traders",
    "figures",
    "retail",
    "sales",
    "factory",
    "output",
    "morning",
    "evening",
    "city",
    "council",
    "budget",
    "school",
    "teachers",
    "hospital",
    "nurses",
    "farmers",
    "harvest",
    "rain",
    "river",
    "bridge",
    "train",
    "station",
    "festival",
    "music",
    "theatre",
    "museum",
    "library",
    "football",
    "match",
    "season",
    "coach",
    "players",
    "fans",
    "prices",
    "fuel",
    "bread",
    "milk",
    "housing",
    "rent",
    "wages",
    "workers",
    "union",
    "talks",
    "company",
    "profits",
    "shares",
    "bank",
    "loan",
    "interest",
    "rates",
    "inflation",
    "survey",
    "report",
    "study",
    "researchers",
    "university",
    "students",
    "exam",
    "results",
]
_EVENTS = [
    "{a} imposed new sanctions on {b} on Monday.",
    "{a} and {b} signed a trade agreement in Geneva.",
    "{a} accused {b} of violating the ceasefire.",
    "{a} expelled diplomats of {b} on Friday.",
]
_PAIRS = [("Russia", "China"), ("France", "Iran"), ("Japan", "South Korea"), ("Brazil", "Argentina"),
          ("India", "Pakistan"), ("Germany", "Poland"), ("Turkey", "Greece"), ("Egypt", "Israel")]  # fmt: skip


def write_big_jsonl(path: Path, target_bytes: int, seed: int = 100) -> int:
    """Write unique news-like records (mostly plain prose, one event sentence each) up to
    ``target_bytes``; returns the number of records."""
    rng = random.Random(seed)
    n = 0
    size = 0
    with open(path, "w", encoding="utf-8") as fh:
        while size < target_bytes:
            sentences = []
            for _ in range(rng.randint(15, 30)):
                words = rng.choices(_FILLER_WORDS, k=rng.randint(8, 18))
                sentences.append(" ".join(words).capitalize() + ".")
            a, b = rng.choice(_PAIRS)
            sentences.insert(rng.randrange(len(sentences)), rng.choice(_EVENTS).format(a=a, b=b))
            record = {"id": f"big{n}", "title": f"Report {n}", "text": " ".join(sentences),
                      "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"}  # fmt: skip
            line = json.dumps(record) + "\n"
            fh.write(line)
            size += len(line)
            n += 1
    return n


def run_rss(megabytes: int, workdir: Path) -> dict[str, Any]:
    data = workdir / "big.jsonl"
    records = write_big_jsonl(data, megabytes * 1_000_000)
    db = workdir / "big.duckdb"
    cmd = [PYTHON, "-m", "dyadwatch", "ingest", str(data), "--db", str(db), "-q",
           "--commit-size", "256"]  # fmt: skip
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with RssSampler(proc.pid) as sampler:
        out, err = proc.communicate()
    seconds = time.monotonic() - started
    return {
        "input_mb": round(data.stat().st_size / 1_000_000, 1),
        "records": records,
        "exit_code": proc.returncode,
        "summary": out.strip().splitlines()[:1],
        "stderr_tail": err.strip().splitlines()[-3:],
        "seconds": round(seconds, 1),
        "articles_per_second": round(records / seconds, 1) if seconds else None,
        "peak_rss_mb": mb(sampler.peak),
        "rss_samples": sampler.samples,
        "rss_timeline_mb": [
            (round(t), mb(r)) for t, r in sampler.timeline[:: max(1, len(sampler.timeline) // 12)]
        ],
        "store_mb": mb(db.stat().st_size) if db.exists() else None,
    }


# -- 3. server load --------------------------------------------------------------------


def request_plan(client: httpx.Client, count: int, seed: int = 6) -> list[str]:
    """``count`` GET paths over every API endpoint and the dashboard, from real ids."""
    events = client.get("/api/events", params={"page_size": 50}).json()["items"]
    articles = client.get("/api/articles", params={"page_size": 50}).json()["items"]
    dyads = client.get("/api/dyads").json()["items"] or [{"a": "RUS", "b": "CHN"}]
    event_ids = [e["event_id"] for e in events] or ["0" * 16]
    article_ids = [a["article_id"] for a in articles] or ["0" * 16]
    rng = random.Random(seed)
    makers = [
        lambda: "/api/events?page_size=20",
        lambda: f"/api/events?page={rng.randint(1, 3)}&page_size=10",
        lambda: f"/api/events?actor={rng.choice(dyads)['a']}",
        lambda: "/api/events?text=sanctions&page_size=10",
        lambda: f"/api/events/{rng.choice(event_ids)}",
        lambda: "/api/articles?page_size=10",
        lambda: f"/api/articles/{rng.choice(article_ids)}",
        lambda: "/api/actors",
        lambda: "/api/dyads",
        lambda: "/api/dyad?a={a}&b={b}".format(**rng.choice(dyads)),
        lambda: "/api/network",
        lambda: "/api/blocs",
        lambda: "/api/sanctions",
        lambda: "/",
        lambda: "/openapi.json",
    ]
    return [makers[i % len(makers)]() for i in range(count)]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def run_load(url: str, requests: int, concurrency: int, max_seconds: float,
             server_pid: int | None) -> dict[str, Any]:  # fmt: skip
    """Send ``requests`` GETs (bounded by ``max_seconds``) to ``url`` on 127.0.0.1."""
    host = httpx.URL(url).host
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to load-test {host}: loopback only")
    server = psutil.Process(server_pid) if server_pid else None
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=url, timeout=30.0, limits=limits) as client:
        plan = request_plan(client, requests)
        # warm-up: one pass over every endpoint fills the app's caches before measuring
        for path in dict.fromkeys(plan):
            client.get(path)
        rss_start = tree_rss(server) if server else None
        latencies: list[float] = []
        errors: dict[str, int] = {}
        deadline = time.monotonic() + max_seconds
        lock = threading.Lock()

        def one(path: str) -> None:
            if time.monotonic() > deadline:
                return
            t0 = time.perf_counter()
            try:
                status = client.get(path).status_code
                problem = None if status == 200 else f"HTTP {status}"
            except httpx.HTTPError as exc:
                problem = type(exc).__name__
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                if problem:
                    errors[problem] = errors.get(problem, 0) + 1

        started = time.monotonic()
        peak = 0
        # RSS after each quarter of the requests: a plateau is caches, a steady climb a leak
        quarters = {len(plan) * k // 4 for k in (1, 2, 3)}
        marks: list[int] = []
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for i, _ in enumerate(pool.map(one, plan), start=1):
                if server and (i % 100 == 0 or i in quarters):
                    rss = tree_rss(server)
                    peak = max(peak, rss)
                    if i in quarters:
                        marks.append(rss)
        seconds = time.monotonic() - started
        rss_end = tree_rss(server) if server else None
    ms = [x * 1000 for x in latencies]
    return {
        "url": url,
        "requests_planned": requests,
        "requests_sent": len(latencies),
        "concurrency": concurrency,
        "seconds": round(seconds, 1),
        "requests_per_second": round(len(latencies) / seconds, 1) if seconds else None,
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1) if ms else None,
        "server_rss_start_mb": mb(rss_start) if rss_start else None,
        "server_rss_peak_mb": mb(max(peak, rss_end or 0)) if server else None,
        "server_rss_end_mb": mb(rss_end) if rss_end else None,
        "server_rss_by_quarter_mb": [mb(r) for r in [*marks, rss_end or 0]] if server else None,
    }


@contextmanager
def serving(db: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``dyadwatch serve`` on 127.0.0.1 at a free port, until the block ends."""
    port = free_port()
    cmd = [PYTHON, "-m", "dyadwatch", "serve", "--db", str(db), "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"dyadwatch serve exited: {err[-2000:]}")
            try:
                if httpx.get(url + "/api/actors", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("dyadwatch serve did not answer within 120 s")
            time.sleep(0.3)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def build_store(db: Path, workdir: Path, documents: int) -> None:
    """A store with ``documents`` articles from the dev texts plus generated news."""
    data = workdir / "serve.jsonl"
    write_big_jsonl(data, documents * 2_500, seed=7)
    dev = Path(os.environ.get("DYADWATCH_DEV_DIR", ROOT.parent / "shared" / "eval" / "dev"))
    inputs = [str(data)] + (
        [str(dev / "articles.jsonl")] if (dev / "articles.jsonl").exists() else []
    )
    done = subprocess.run([PYTHON, "-m", "dyadwatch", "ingest", *inputs, "--db", str(db), "-q"],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"building the store failed: {done.stderr[-2000:]}")


def run_serve_load(workdir: Path, requests: int, concurrency: int, max_seconds: float,
                   db: Path | None = None) -> dict[str, Any]:  # fmt: skip
    if db is None:
        db = workdir / "serve.duckdb"
        build_store(db, workdir, 400)
    with serving(db) as (url, proc):
        # the load runs in a second process, as a client would
        cmd = [PYTHON, __file__, "load", "--url", url, "--requests", str(requests),
               "--concurrency", str(concurrency), "--max-seconds", str(max_seconds),
               "--server-pid", str(proc.pid)]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=max_seconds + 300)
        if done.returncode != 0:
            raise RuntimeError(f"load client failed: {done.stderr[-2000:]}")
        result: dict[str, Any] = json.loads(done.stdout)
        return result


# -- command line ----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what")
    sub.add_parser("slow", help="the slow-marked tests")
    sub.add_parser("watch-memory", help="dyadwatch watch over 200 rounds, RSS against a control")
    fuzz = sub.add_parser("fuzz", help="the fuzz properties with more examples")
    fuzz.add_argument("--examples", type=int, default=500)
    contract = sub.add_parser("contract", help="Schemathesis on the API with more examples")
    contract.add_argument("--examples", type=int, default=1000)
    rss = sub.add_parser("rss", help="100 MB JSONL ingest with peak RSS")
    rss.add_argument("--mb", type=int, default=100)
    for name in ("serve-load", "load"):
        p = sub.add_parser(name, help="server load test" if name == "serve-load" else "load client")
        p.add_argument("--requests", type=int, default=3000)
        p.add_argument("--concurrency", type=int, default=8)
        p.add_argument("--max-seconds", type=float, default=300.0)
        if name == "load":
            p.add_argument("--url", required=True)
            p.add_argument("--server-pid", type=int)
        else:
            p.add_argument("--db", type=Path, help="serve this store instead of building one")
    args = parser.parse_args(argv)

    if args.what == "load":
        print(json.dumps(run_load(args.url, args.requests, args.concurrency, args.max_seconds,
                                  args.server_pid)))  # fmt: skip
        return 0
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="dyadwatch-stress-") as tmp:
        work = Path(tmp)
        if args.what in (None, "slow"):
            # run as a whole, the contract and watch-memory parts below run their variants
            report["slow_tests"] = run_slow(without_contract=args.what is None)
        if args.what in (None, "watch-memory"):
            report["watch_memory"] = run_watch_memory()
        if args.what in (None, "fuzz"):
            report["fuzz"] = run_fuzz(getattr(args, "examples", 500))
        if args.what in (None, "contract"):
            report["contract"] = run_contract(getattr(args, "examples", 1000))
        if args.what in (None, "rss"):
            report["ingest_100mb"] = run_rss(getattr(args, "mb", 100), work)
        if args.what in (None, "serve-load"):
            report["server_load"] = run_serve_load(
                work, getattr(args, "requests", 3000), getattr(args, "concurrency", 8),
                getattr(args, "max_seconds", 300.0), getattr(args, "db", None),
            )  # fmt: skip
    print(json.dumps(report, indent=2))
    failed = report.get("slow_tests", {}).get("exit_code", 0) != 0
    failed |= report.get("fuzz", {}).get("exit_code", 0) != 0
    failed |= report.get("contract", {}).get("exit_code", 0) != 0
    failed |= report.get("watch_memory", {}).get("exit_code", 0) != 0
    failed |= report.get("ingest_100mb", {}).get("exit_code", 0) != 0
    failed |= report.get("server_load", {}).get("errors", 0) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
