"""Coding throughput against spaCy's own parse of the same texts, pre-pass on and off.

    python bench/throughput.py                 # 2,000 articles built from the dev texts
    python bench/throughput.py --articles 600  # quicker

Three contestants read the same articles (headline + body):

* ``spacy``: ``nlp.pipe`` over the texts with the full pipeline as ``spacy.load`` gives
  it (tok2vec, tagger, parser, attribute ruler, lemmatizer, NER): the cost of parsing
  everything;
* ``prepass-on``: ``Coder(Settings(prepass=True)).code`` per article (sentences the
  pre-pass rules out skip the tagger, parser and NER);
* ``prepass-off``: the same coder parsing every sentence.

The corpus is cut into chunks and each chunk is timed with all three in turn, so a
neighbour's load on a shared machine falls on every contestant alike. Models load before
the clock starts. Printed: words/s and articles/s for each, and each coder's throughput
divided by spaCy's (measured in this run), plus whether the pre-pass changed any event.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from ingest_bench import build_corpus  # noqa: E402  (the shared corpus builder)

from dyadwatch.coder import Coder  # noqa: E402
from dyadwatch.ingest.parallel import WARM_UP  # noqa: E402
from dyadwatch.readers import iter_jsonl_text  # noqa: E402
from dyadwatch.records import Article  # noqa: E402
from dyadwatch.settings import from_env  # noqa: E402


def corpus(n: int, seed: int) -> list[Article]:
    """``n`` varied articles from the dev texts, read through the JSONL reader."""
    text = "\n".join(json.dumps(rec, ensure_ascii=False) for rec in build_corpus(n, seed))
    return [a for a in iter_jsonl_text(text, "bench-corpus") if isinstance(a, Article)]


def event_keys(events: list) -> list[tuple]:
    return sorted(
        (e.event_id, e.source.code, e.target.code, e.cameo, e.status.value, e.date) for e in events
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    ap.add_argument("--chunks", type=int, default=10, help="interleaved timing chunks")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    base = from_env()
    articles = corpus(args.articles, args.seed)
    texts = [a.full_text for a in articles]
    words = sum(len(t.split()) for t in texts)
    # spaCy's own pipeline, as spacy.load gives it (the coder's copy has the attribute memo)
    nlp = spacy.load(base.model)
    coders = {
        "prepass-on": Coder(base.with_overrides(prepass=True)),
        "prepass-off": Coder(base.with_overrides(prepass=False)),
    }
    # load models, dictionaries and the pre-pass tables before any clock runs
    list(nlp.pipe(texts[:2]))
    for coder in coders.values():
        coder.code(WARM_UP)  # loads the gazetteer too, which the first place would pay for
        coder.code(articles[0])

    seconds = {"spacy": 0.0, **{name: 0.0 for name in coders}}
    keys: dict[str, list[list[tuple]]] = {name: [] for name in coders}
    failures = {name: 0 for name in coders}
    size = max(1, -(-len(articles) // args.chunks))
    for start in range(0, len(articles), size):
        chunk = articles[start : start + size]
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts[start : start + size], batch_size=base.batch_size):
            pass
        seconds["spacy"] += time.perf_counter() - t0
        for name, coder in coders.items():
            t0 = time.perf_counter()
            for article, result in coder.code_many(chunk):
                if isinstance(result, Exception):
                    failures[name] += 1
                    keys[name].append([("failed", article.id)])
                else:
                    keys[name].append(event_keys(result))
            seconds[name] += time.perf_counter() - t0
        print(f"  {start + len(chunk)}/{len(articles)} articles timed", file=sys.stderr, flush=True)

    print(f"corpus: {len(articles)} articles, {words:,} words (model {base.model}, "
          f"spaCy pipes: {', '.join(nlp.pipe_names)})")  # fmt: skip
    print(f"{'':14}{'seconds':>10}{'words/s':>12}{'articles/s':>12}{'ratio vs spaCy':>16}")
    for name, secs in seconds.items():
        ratio = seconds["spacy"] / secs
        print(f"{name:14}{secs:10.1f}{words / secs:12.0f}{len(articles) / secs:12.1f}{ratio:16.2f}")
    on, off = keys["prepass-on"], keys["prepass-off"]
    same = sum(a == b for a, b in zip(on, off, strict=True))
    n_on, n_off = sum(map(len, on)), sum(map(len, off))
    print(f"events: pre-pass on {n_on}, off {n_off}; articles with identical events: {same}/{len(on)}"
          f"; coding failures: on {failures['prepass-on']}, off {failures['prepass-off']}")  # fmt: skip
    print(f"throughput ratio over spaCy's own parse: pre-pass on {seconds['spacy'] / seconds['prepass-on']:.2f}, "
          f"pre-pass off {seconds['spacy'] / seconds['prepass-off']:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
