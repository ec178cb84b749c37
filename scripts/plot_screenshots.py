"""Draw the figures shown in docs/plots.md from real runs of the commands.

    python scripts/plot_screenshots.py [--workdir /tmp/plots] [--articles 2000]

Two stores, both built through ``dyadwatch ingest``: the dev articles
(``../shared/eval/dev/articles.jsonl``) and a corpus of ``--articles`` (2,000) made from
them by ``bench/ingest_bench.py corpus`` (syndicated copies, shuffles, edits, mixes).
For each store the network, blocs, sanctions and VEN-PRK dyad figures are drawn with the
CLI's ``--plot`` into ``docs/plots-<store>-<figure>.png``, and the stores' sizes are
printed for docs/plots.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = {
    "network": ["network"],
    "blocs": ["blocs"],
    "sanctions": ["sanctions"],
    "dyad": ["dyad", "VEN", "PRK", "--by", "month"],
}


def dyadwatch(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "dyadwatch", *args], check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/dyadwatch-plots"))
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = args.workdir / f"corpus{args.articles}.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_bench.py"), "corpus", "--n",
                    str(args.articles), "-o", str(corpus)], check=True)  # fmt: skip
    stores = {"dev": args.dev, f"{args.articles // 1000}k": corpus}
    from dyadwatch.store import Store

    for name, source in stores.items():
        db = args.workdir / f"{name}.duckdb"
        db.unlink(missing_ok=True)
        dyadwatch("ingest", str(source), "--db", str(db), "-q")
        with Store(db, read_only=True) as store:
            counts = store.counts()
        print(f"{name}: {counts['articles']:,} articles, {counts['events']:,} events")
        for figure, command in FIGURES.items():
            out = ROOT / "docs" / f"plots-{name}-{figure}.png"
            dyadwatch(*command, "--db", str(db), "--plot", str(out))
            print(f"  {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
