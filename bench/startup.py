"""Start-up: coding one short article as a whole process, against spaCy loading alone.

    python bench/startup.py                 # 7 runs of each
    python bench/startup.py --runs 15 --article my.txt

Each run is a fresh Python process, timed from spawn to exit:

* ``spaCy alone`` (the baseline): ``import spacy; spacy.load(MODEL)``, the pipeline the
  coder uses (``DYADWATCH_MODEL``, default from ``settings.py``): what any spaCy tool
  pays before it reads a word;
* ``dyadwatch code``: ``python -m dyadwatch code ARTICLE``, the whole command: imports,
  model, dictionaries, the gazetteer (the article names a place, so it loads), coding,
  JSON output, exit.

The two alternate run by run, so background load falls on both alike; the figure is the
median of each, with the range, and the ratio of the medians (ours / spaCy alone). The
compiled-data cache (``compiled.py``) lives in a fresh temporary directory
(``DYADWATCH_CACHE_DIR``): the first dyadwatch run builds it and is reported on its own
as the first start on a machine; the runs after it read it, as every later start does.
The output of every run is checked to hold the event and its place.

Both processes run with Python's default bytecode caching: ``PYTHONDONTWRITEBYTECODE`` is
dropped from their environment. spaCy's modules were compiled when pip installed them; the
project's own modules, in an editable checkout, are compiled on the first start and read
from ``__pycache__`` after it, as on any machine with the default setting. With the variable
set (as on some CI images) every start would compile the project's ~80 modules again, about
0.3 s of CPU that no installed copy pays; the first start reports that cost with the cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dyadwatch.settings import from_env

ARTICLE = (
    "Venezuela opened an embassy in Pyongyang on Monday, the foreign ministry in Caracas said.\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    return seconds, done.stdout


def checked(output: str) -> None:
    if '"location": {"name": "Pyongyang"' not in output:
        raise SystemExit(f"the article's event and place are not in the output:\n{output}")


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):.2f} s (range {min(times):.2f}-{max(times):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=7, help="runs of each process (after the first)"
    )
    parser.add_argument(
        "--article", type=Path, help="a short article with a place (default: one sentence)"
    )
    args = parser.parse_args()
    model = from_env().model
    with tempfile.TemporaryDirectory(prefix="dyadwatch-startup-") as tmp:
        article = Path(tmp) / "one.txt"
        article.write_text(
            args.article.read_text(encoding="utf-8") if args.article else ARTICLE, encoding="utf-8"
        )
        env = {**os.environ, "DYADWATCH_CACHE_DIR": str(Path(tmp) / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        spacy_cmd = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
        ours_cmd = [sys.executable, "-m", "dyadwatch", "code", str(article)]
        print(f"model {model}; {args.runs} runs each; load average {os.getloadavg()[0]:.2f}")
        first, out = timed(ours_cmd, env)  # builds the cache
        if not args.article:
            checked(out)
        spacy_times: list[float] = []
        ours_times: list[float] = []
        for _ in range(args.runs):
            spacy_times.append(timed(spacy_cmd, env)[0])
            seconds, out = timed(ours_cmd, env)
            if not args.article:
                checked(out)
            ours_times.append(seconds)
    ratio = statistics.median(ours_times) / statistics.median(spacy_times)
    print(f"spaCy alone (import + load):          {summary(spacy_times)}")
    print(f"dyadwatch code, one short article:    {summary(ours_times)}")
    print(f"the same, first start (cache built):  {first:.2f} s (also writes the bytecode)")
    print(f"ratio dyadwatch / spaCy alone:        {ratio:.2f}")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
