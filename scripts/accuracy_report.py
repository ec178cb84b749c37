"""Write the benchmark page bench/accuracy.md: current figures beside the PETRARCH-2 anchors.

    python scripts/accuracy_report.py [EVAL_DIR] [--out bench/accuracy.md] [--figures F.json]

EVAL_DIR defaults to ../shared/eval beside the repository. Without --figures the coder codes
the three evaluation sets (as the CI gate does); with it, figures written by
``scripts/accuracy_gate.py --write-figures`` are used as they are.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, nargs="?", default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "accuracy.md")
    parser.add_argument("--figures", type=Path, help="precomputed figures (JSON)")
    args = parser.parse_args(argv)

    from dyadwatch import __version__
    from dyadwatch.codebook import load_codebook
    from dyadwatch.errors import DyadwatchError
    from dyadwatch.evaluate import collect_figures, load_figures, render_benchmark
    from dyadwatch.settings import from_env

    settings = from_env()
    try:
        if args.figures is not None:
            figures = load_figures(args.figures)
        else:
            from dyadwatch.coder import Coder

            figures = collect_figures(args.eval_dir, Coder(settings))
    except DyadwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    meta = {
        "command": "python scripts/accuracy_report.py",
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "codebook": load_codebook().version,
        "model": settings.model,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render_benchmark(figures, meta), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
