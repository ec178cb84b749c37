"""Ingest benchmark and clustering-threshold measurement, on corpora built from the dev texts.

    python bench/ingest_bench.py corpus  --n 10000 -o /tmp/corpus.jsonl
    python bench/ingest_bench.py ingest  /tmp/corpus.jsonl --db /tmp/bench.duckdb
    python bench/ingest_bench.py threshold

The corpus is made from the open texts in shared/eval/dev/articles.jsonl, varied so that
story clustering and event dedup are exercised: syndicated copies (dateline, a few words
changed), sentence shuffles, light edits (a sentence dropped or added) and mixed articles
(paragraphs of two different texts). ``ingest`` reports articles/s and peak RSS;
``threshold`` prints the Jaccard estimates of near-duplicate and different pairs, which
docs/dedup.md cites when it fixes the threshold.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

DEV = Path(
    os.environ.get("DYADWATCH_DEV_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
DESKS = ["LONDON", "WASHINGTON", "MOSCOW", "BRUSSELS", "CARACAS", "SEOUL", "GENEVA", "PARIS"]
WIRES = ["Wire", "Agency", "Newsroom", "Desk"]
SWAPS = {"said": "stated", "on": "on", "announced": "declared", "President": "president",
         "government": "administration", "talks": "discussions", "meeting": "session"}  # fmt: skip


def dev_articles() -> list[dict]:
    with open(DEV / "articles.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sentences(text: str) -> list[str]:
    return [s for line in text.split("\n") for s in _SENT.split(line) if s.strip()]


def syndicate(text: str, rng: random.Random) -> str:
    """A wire copy: dateline, a couple of words swapped, an editor's line."""
    words = text.split(" ")
    for _ in range(2):
        i = rng.randrange(len(words))
        words[i] = SWAPS.get(words[i], words[i])
    tail = rng.choice(
        ["", "\nThis story has been updated.", "\n(Reporting by staff; editing by the desk.)"]
    )
    return f"{rng.choice(DESKS)} ({rng.choice(WIRES)}) - " + " ".join(words) + tail


def shuffle(text: str, rng: random.Random) -> str:
    sents = sentences(text)
    rng.shuffle(sents)
    return " ".join(sents)


def light_edit(text: str, rng: random.Random) -> str:
    sents = sentences(text)
    if len(sents) > 3:
        del sents[rng.randrange(1, len(sents))]
    sents.append("Officials did not respond to requests for comment.")
    return " ".join(sents)


def mix(a: str, b: str, rng: random.Random) -> str:
    sa, sb = sentences(a), sentences(b)
    return " ".join(sa[: max(1, len(sa) // 2)] + sb[len(sb) // 2 :])


def build_corpus(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    arts = dev_articles()
    out = []
    for i in range(n):
        base = arts[i % len(arts)]
        kind = ["original", "syndicated", "shuffled", "edited", "mixed"][rng.randrange(5)]
        text = base["text"]
        if kind == "syndicated":
            text = syndicate(text, rng)
        elif kind == "shuffled":
            text = shuffle(text, rng)
        elif kind == "edited":
            text = light_edit(text, rng)
        elif kind == "mixed":
            text = mix(text, arts[rng.randrange(len(arts))]["text"], rng)
        # every document is distinct content, as in a real crawl (same story, new copy)
        text += f"\nRef {i}."
        out.append({"id": f"bench-{i}", "title": base["title"], "text": text, "date": base.get("date"),
                    "url": f"https://news{i % 37}.example/{i}", "source": f"Outlet {i % 37}",
                    "variant": kind})  # fmt: skip
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cmd_corpus(args: argparse.Namespace) -> None:
    with open(args.output, "w", encoding="utf-8") as fh:
        for rec in build_corpus(args.n, args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} articles to {args.output}")


def _progress(t0: float):
    last = [0]

    def tick(s) -> None:  # a line on stderr every 500 articles, to watch a long run
        if s.articles_read >= last[0] + 500:
            last[0] = s.articles_read
            rate = s.articles_read / (time.perf_counter() - t0)
            print(f"{s.articles_read} articles, {rate:.1f}/s", file=sys.stderr, flush=True)

    return tick


def cmd_ingest(args: argparse.Namespace) -> None:
    import psutil

    from dyadwatch.coder import Coder
    from dyadwatch.ingest import ingest
    from dyadwatch.settings import from_env
    from dyadwatch.store import Store

    proc = psutil.Process()
    peak = [proc.memory_info().rss]
    done = threading.Event()

    def sample() -> None:  # ru_maxrss also counts; sampling shows when the peak happens
        while not done.wait(0.5):
            peak[0] = max(peak[0], proc.memory_info().rss)

    threading.Thread(target=sample, daemon=True).start()
    settings = from_env()
    coder = Coder(settings)
    t0 = time.perf_counter()
    with Store(args.db, settings) as store:
        summary = ingest(
            args.inputs, store, coder, _progress(t0), settings=settings, commit_size=args.commit_size
        )
        counts = store.counts()
        ok = store.check().ok
    elapsed = time.perf_counter() - t0
    done.set()
    print(json.dumps({
        "articles_read": summary.articles_read, "new": summary.new, "duplicates": summary.duplicates,
        "stories": counts["stories"], "events": counts["events"], "mentions": counts["mentions"],
        "failures": summary.failures, "seconds": round(elapsed, 1),
        "articles_per_s": round(summary.articles_read / elapsed, 1),
        "peak_rss_mb": round(max(peak[0] / 2**20, peak_rss_mb()), 1), "check_ok": ok,
    }, indent=2))  # fmt: skip


def cmd_threshold(args: argparse.Namespace) -> None:
    from dyadwatch.store.stories import signature

    rng = random.Random(args.seed)
    arts = [a["text"] for a in dev_articles()]
    sigs = [signature(t) for t in arts]
    groups: dict[str, list[float]] = {
        "syndicated": [],
        "shuffled": [],
        "edited": [],
        "mixed": [],
        "different": [],
    }
    for i, text in enumerate(arts):
        for _ in range(args.copies):
            groups["syndicated"].append(sigs[i].jaccard(signature(syndicate(text, rng))))
            groups["shuffled"].append(sigs[i].jaccard(signature(shuffle(text, rng))))
            groups["edited"].append(sigs[i].jaccard(signature(light_edit(text, rng))))
            other = arts[(i + 1 + rng.randrange(len(arts) - 1)) % len(arts)]
            groups["mixed"].append(sigs[i].jaccard(signature(mix(text, other, rng))))
        for j in range(i + 1, len(arts)):
            groups["different"].append(sigs[i].jaccard(sigs[j]))
    print(f"{'pairs':<11} {'n':>4} {'min':>6} {'p05':>6} {'median':>6} {'p95':>6} {'max':>6}")
    for name, values in groups.items():
        v = sorted(values)
        p05, p95 = v[int(0.05 * (len(v) - 1))], v[int(0.95 * (len(v) - 1))]
        print(
            f"{name:<11} {len(v):>4} {v[0]:>6.3f} {p05:>6.3f} {statistics.median(v):>6.3f} {p95:>6.3f} {v[-1]:>6.3f}"
        )
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        dup = groups["syndicated"] + groups["edited"] + groups["shuffled"]
        recall = sum(x >= t for x in dup) / len(dup)
        false = sum(x >= t for x in groups["different"]) / len(groups["different"])
        mixed = sum(x >= t for x in groups["mixed"]) / len(groups["mixed"])
        print(
            f"threshold {t:.1f}: copies joined {recall:.3f}, different joined {false:.3f}, mixed joined {mixed:.3f}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("corpus")
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(fn=cmd_corpus)
    p = sub.add_parser("ingest")
    p.add_argument("inputs", nargs="+")
    p.add_argument("--db", required=True)
    p.add_argument("--commit-size", type=int, default=64, help="articles per store transaction")
    p.set_defaults(fn=cmd_ingest)
    p = sub.add_parser("threshold")
    p.add_argument("--copies", type=int, default=10)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(fn=cmd_threshold)
    args = parser.parse_args(argv)
    args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
