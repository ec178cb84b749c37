"""CI accuracy gate: evaluate over an evaluation folder and compare with pinned floors.

    python scripts/accuracy_gate.py EVAL_DIR [--floors accuracy_floors.yaml]
                                             [--figures FIGURES.json] [--write-figures OUT.json]

EVAL_DIR is laid out like ../shared/eval (dev/*.gold.jsonl, train/*.gold.jsonl,
petrarch2/petr2_gsr.jsonl, plover/plover_gsr.jsonl); the project's own review sets in
bench/review/set* are gated too. Without --figures the coder codes
every set; with it, the
figures are read from a file written by --write-figures (or by hand, for tests).
Prints every figure beside its floor. Exit 0 when all pass, 1 when one is below its floor,
2 on unreadable input. When EVAL_DIR is absent (a user's clone), prints a NOTICE and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INFO_COUNTS = ("modality_fp", "failed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--floors", type=Path, default=ROOT / "accuracy_floors.yaml")
    parser.add_argument("--figures", type=Path, help="precomputed figures (JSON) to gate")
    parser.add_argument("--write-figures", type=Path, help="also write the figures here (JSON)")
    args = parser.parse_args(argv)

    if not args.eval_dir.is_dir():
        print(f"NOTICE: {args.eval_dir} is absent; the accuracy gate is skipped.")
        return 0

    from dyadwatch.errors import DyadwatchError
    from dyadwatch.evaluate import check_floors, collect_figures, load_figures, load_floors

    try:
        floors = load_floors(args.floors)
        if args.figures is not None:
            figures = load_figures(args.figures)
        else:
            from dyadwatch.coder import Coder

            # the project's own review sets (bench/review/README.md), beside the shared ones
            review = {f"review_{d.name}": d for d in sorted((ROOT / "bench" / "review").glob("set*")) if d.is_dir()}
            figures = collect_figures(args.eval_dir, Coder(), article_sets=review)
    except DyadwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    if args.write_figures is not None:
        args.write_figures.parent.mkdir(parents=True, exist_ok=True)
        args.write_figures.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")

    checks = check_floors(figures, floors)
    width = max((len(c.name) for c in checks), default=10)
    print(f"accuracy gate over {args.eval_dir} (floors: {args.floors})")
    for check in checks:
        value = "missing" if check.value is None else f"{check.value:.4f}"
        verdict = "ok" if check.passed else "BELOW FLOOR"
        print(f"  {check.name:<{width}}  {value:>8}  floor {check.floor:.4f}  {verdict}")
    gated = {c.name for c in checks}
    for group, values in sorted(figures.items()):
        for name, value in sorted(values.items()):
            full = f"{group}.{name}"
            # ratios, and the two counts a reader should see; not every tally
            if full not in gated and (isinstance(value, float) or name in INFO_COUNTS):
                print(f"  {full:<{width}}  {value:>8.4f}  (no floor)")
    failed = [c for c in checks if not c.passed]
    if failed:
        print(
            f"FAIL: {len(failed)} figure(s) below their floor: {', '.join(c.name for c in failed)}"
        )
        return 1
    print(f"PASS: {len(checks)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
