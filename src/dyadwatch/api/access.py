"""Read-only access to the store for the web app, and JSON conversion of what it returns.

The app opens one read-only ``Store`` and shares it between request threads: a DuckDB
connection is not safe for concurrent use, so every call goes through one lock. While
the app holds the store open read-only no other process can write it (DuckDB's file
lock), so the whole-store frames the analytics need are computed once and cached.

``dyadwatch serve --watch`` hands the app the store it writes, with the lock its writes
take (``dyadwatch.watch.shared``): the cache is then dropped after each round that
changed the store (``invalidate``), and the store is closed by its owner, not here.

This module never formats user values into SQL: it passes an ``EventFilter`` to the
store, which binds them as parameters.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
from fastapi import Request

from ..errors import StoreError
from ..settings import Settings

T = TypeVar("T")


class StoreAccess:
    """One read-only store, a lock around it, and a small cache of derived frames."""

    def __init__(self, db_path: str | Path, settings: Settings, *, store: Any = None,
                 lock: threading.RLock | None = None) -> None:  # fmt: skip
        from ..store import Store  # heavy import only when an app is built

        path = Path(db_path)
        self.path = path
        self._lock = lock or threading.RLock()
        self._cache: dict[Any, Any] = {}
        #: whether closing the app closes the store (not when it was handed one)
        self._owns = store is None
        if store is not None:
            self.store = store
            return
        if not path.is_file():
            raise StoreError(f"{path}: no such store file (run `dyadwatch ingest` first)")
        self.store = Store(path, settings, read_only=True)

    @contextmanager
    def locked(self) -> Iterator[Any]:
        with self._lock:
            yield self.store

    def cached(self, key: Any, compute: Callable[[], T]) -> T:
        """Compute once per key under the lock (until ``invalidate``)."""
        with self._lock:
            if key not in self._cache:
                # bound the cache: network/bloc results per period are small, but
                # periods are user-chosen
                if len(self._cache) > 256:
                    self._cache.clear()
                self._cache[key] = compute()
            return self._cache[key]

    def invalidate(self) -> None:
        """Forget what was computed: the store has changed (``serve --watch``)."""
        with self._lock:
            self._cache.clear()

    def close(self) -> None:
        if not self._owns:
            return
        with self._lock:
            close = getattr(self.store, "close", None)
            if callable(close):
                close()


def jsonable(value: Any) -> Any:
    """Convert store and pandas values to plain JSON types (NaN and NaT become null)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if isinstance(value, pd.DataFrame):
        return frame_records(value)
    if isinstance(value, (pd.Timestamp, datetime, date)):
        if isinstance(value, pd.Timestamp) and pd.isna(value):
            return None
        return value.isoformat()
    if value is pd.NaT or value is pd.NA:
        return None
    # numpy scalars and arrays
    if hasattr(value, "tolist"):
        return jsonable(value.tolist())
    if hasattr(value, "item"):
        return jsonable(value.item())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


#: columns that hold calendar days: sent as YYYY-MM-DD, not as midnight timestamps
DAY_COLUMNS = ("day", "period", "date", "article_date")


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame as a list of JSON-ready dicts."""
    if frame is None or frame.empty:
        return []
    frame = frame.copy()
    for col in DAY_COLUMNS:
        if col in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[col]):
            days = frame[col].dt.strftime("%Y-%m-%d")
            frame[col] = days.astype(object).where(frame[col].notna(), None)
    records = frame.to_dict(orient="records")
    out = []
    for rec in records:
        row = {}
        for k, v in rec.items():
            if pd.api.types.is_scalar(v) and pd.isna(v):
                v = None
            row[str(k)] = jsonable(v)
        out.append(row)
    return out


def store_access(request: Request) -> StoreAccess:
    """The app's store access (set by ``create_app``), for a route handling ``request``."""
    acc: StoreAccess = request.app.state.access
    return acc
