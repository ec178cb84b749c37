"""Tests for dyadwatch.nlp.pipeline: loading the spaCy pipeline once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dyadwatch.settings import DEFAULT_MODEL

SRC = Path(__file__).resolve().parents[1] / "src"

PROBE = f"""
import gc, json
from dyadwatch.nlp.pipeline import load_pipeline
before = gc.get_freeze_count()
nlp = load_pipeline({DEFAULT_MODEL!r})
print(json.dumps([before, gc.get_freeze_count(), [t.text for t in nlp("Kyiv said so.")]]))
"""


def test_the_loaded_pipeline_is_kept_out_of_the_collectors_sight() -> None:
    # a fresh process: nothing frozen before the load, the model's objects after it (every
    # later full collection skips them: about 0.45 s of a short process's start)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    before, after, words = json.loads(done.stdout)
    assert before == 0
    assert after > 50_000
    assert words == ["Kyiv", "said", "so", "."]
