"""The event store: DuckDB behind a small interface (articles, stories, events, mentions).

from dyadwatch.store import Store, EventFilter
with Store("dyadwatch.duckdb", settings) as store:   # settings: dyadwatch.settings.Settings
    result = store.add_coded([(article, events), ...])
    frame = store.events_frame(EventFilter(dyad=("VEN", "PRK")))

Story clustering (``stories.py``) and event identity (``dedup.py``) live here: the store
applies both as it writes. Nothing here imports ``dyadwatch.ingest``, which uses the store.
"""

from __future__ import annotations

from .store import BatchResult, CheckReport, EventFilter, Store
from .watchlog import PollRecord, SourceState

__all__ = ["BatchResult", "CheckReport", "EventFilter", "PollRecord", "SourceState", "Store"]
