"""The coder's full output on the shared dev and train articles, as a comparable snapshot.

``python tests/snapshot_outputs.py`` rewrites ``tests/snapshots/coder_outputs.jsonl.gz``
from the current coder; ``tests/test_behaviour_snapshot.py`` compares a fresh run with it.
A refactor must leave the snapshot unchanged; a change of behaviour (new rules, new
dictionaries) rewrites it in the same commit, so that its diff shows what moved.

Every field of every event record is kept (event ids included); the evidence sentence is
stored as its SHA-256, so that the articles' text is not copied into the project.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from shared_paths import SHARED_EVAL  # noqa: E402

SNAPSHOT = HERE / "snapshots" / "coder_outputs.jsonl.gz"
SETS = ("dev", "train")


def snapshot_records() -> list[dict[str, Any]]:
    """Code every article of the sets with the default settings; one record per event,
    or one ``{"doc", "error"}`` record per refused article, in article order."""
    from dyadwatch.coder import Coder
    from dyadwatch.evaluate.coding import load_articles
    from dyadwatch.settings import Settings

    coder = Coder(Settings())
    out: list[dict[str, Any]] = []
    for name in SETS:
        articles = list(load_articles(SHARED_EVAL / name / "articles.jsonl").values())
        for article, result in coder.code_many(articles):
            if isinstance(result, Exception):
                out.append({"set": name, "doc": article.id, "error": str(result)})
                continue
            for event in result:
                record = event.to_dict()
                record["sentence"] = hashlib.sha256(record["sentence"].encode("utf-8")).hexdigest()
                out.append({"set": name, **record})
    return out


def read_snapshot(path: Path = SNAPSHOT) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_snapshot(records: list[dict[str, Any]], path: Path = SNAPSHOT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same records give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for record in records:
            gz.write((json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))


if __name__ == "__main__":
    records = snapshot_records()
    write_snapshot(records)
    print(f"{SNAPSHOT}: {len(records)} records")
