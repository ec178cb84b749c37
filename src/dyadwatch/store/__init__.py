"""The event store: DuckDB behind a small interface (articles, stories, events, mentions).

from dyadwatch.store import Store, EventFilter
with Store("dyadwatch.duckdb") as store:
    result = store.add_coded([(article, events), ...])
    frame = store.events_frame(EventFilter(dyad=("VEN", "PRK")))
"""

from __future__ import annotations

from .store import BatchResult, CheckReport, EventFilter, Store

__all__ = ["BatchResult", "CheckReport", "EventFilter", "Store"]
