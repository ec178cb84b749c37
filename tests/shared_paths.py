"""Where the shared evaluation data lies: ../shared/eval beside the checkout (as in CI),
or DYADWATCH_SHARED_EVAL. Test modules that read it set ``NEEDS_SHARED = True`` (a single test: ``@pytest.mark.shared``); without
the data (a user's clone) conftest skips them with a printed reason, never silently."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_EVAL = Path(os.environ.get("DYADWATCH_SHARED_EVAL") or Path(__file__).resolve().parents[2] / "shared" / "eval")
DEV = Path(os.environ.get("DYADWATCH_DEV_DIR") or SHARED_EVAL / "dev")
DEV_ARTICLES = DEV / "articles.jsonl"
TRAIN_ARTICLES = SHARED_EVAL / "train" / "articles.jsonl"
SEED = DEV / "texts" / "seed-venezuela-north-korea.txt"
PETR2 = SHARED_EVAL / "petrarch2" / "petr2_gsr.jsonl"
PLOVER = SHARED_EVAL / "plover" / "plover_gsr.jsonl"


def available() -> bool:
    return DEV_ARTICLES.is_file() and SEED.is_file()
