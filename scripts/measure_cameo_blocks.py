"""How each CAMEO verb block does on gold articles: the figures behind cameo_exclusions.yaml.

    python scripts/measure_cameo_blocks.py ../shared/eval/train/*.gold.jsonl ../shared/eval/dev/*.gold.jsonl

Codes the gold sets' articles and counts, per dictionary block (the ``cameo:<block>:...``
rule of an event), the reportable (source, target, root) triples that match a required
reportable gold event (true), that match only a borderline one (borderline), and that
match none (false: the false positives of GUIDELINES §8). A block whose false triples
outnumber its true ones by the margin given (default: at least 2 false, no true) is
listed as a candidate for the exclusion list, with its figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from dyadwatch.coder import Coder  # noqa: E402
from dyadwatch.evaluate.articles import load_gold  # noqa: E402
from dyadwatch.evaluate.coding import articles_for_gold  # noqa: E402


def block_of(rule: str) -> str | None:
    head = rule.split("/")[0]
    return head.split(":")[1] if head.startswith("cameo:") else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--min-false", type=int, default=2)
    parser.add_argument("--by-word", action="store_true", help="count per block and trigger word")
    args = parser.parse_args(argv)
    gold = {g.doc: g for g in load_gold(args.gold)}
    articles = articles_for_gold(args.gold, list(gold))
    counts: dict[str, Counter[str]] = {}
    for article, result in Coder().code_many(articles):
        if isinstance(result, Exception):
            continue
        seen: set[tuple[str, str, str]] = set()
        for e in result:
            block = block_of(e.rule)
            triple = (e.source.country, e.target.country, e.root)
            if block is None or not e.reportable or triple in seen:
                continue
            if args.by_word:
                block = f"{block}:{e.trigger_text.lower()}"
            seen.add(triple)
            matches = [g for g in gold[article.id].events if g.accepts(*triple)]
            tally = counts.setdefault(block, Counter())
            if any(g.required and g.reportable for g in matches):
                tally["true"] += 1
            elif any(not g.required for g in matches):
                tally["borderline"] += 1
            else:
                tally["false"] += 1
    print(f"{'block':28} true  borderline  false")
    for block, c in sorted(counts.items(), key=lambda kv: (-kv[1]["false"], kv[0])):
        flag = "  <- exclusion candidate" if c["false"] >= args.min_false and c["true"] == 0 else ""
        print(f"{block:28} {c['true']:4}  {c['borderline']:10}  {c['false']:5}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
