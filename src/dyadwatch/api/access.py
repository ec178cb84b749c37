"""Read-only access to the store for the web app, and JSON conversion of what it returns.

The app opens one read-only ``Store`` and shares it between request threads: a DuckDB
connection is not safe for concurrent use, so every call goes through one lock. While
the app holds the store open read-only no other process can write it (DuckDB's file
lock), so the whole-store frames the analytics need are computed once and cached.

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

from ..errors import StoreError
from ..settings import Settings

T = TypeVar("T")


class StoreAccess:
    """One read-only store, a lock around it, and a small cache of derived frames."""

    def __init__(self, db_path: str | Path, settings: Settings) -> None:
        from ..store import Store  # heavy import only when an app is built

        path = Path(db_path)
        if not path.is_file():
            raise StoreError(f"{path}: no such store file (run `dyadwatch ingest` first)")
        self.path = path
        self.store = Store(path, settings, read_only=True)
        self._lock = threading.RLock()
        self._cache: dict[Any, Any] = {}

    @contextmanager
    def locked(self) -> Iterator[Any]:
        with self._lock:
            yield self.store

    def cached(self, key: Any, compute: Callable[[], T]) -> T:
        """Compute once per key under the lock (the store cannot change while open)."""
        with self._lock:
            if key not in self._cache:
                # bound the cache: network/bloc results per period are small, but
                # periods are user-chosen
                if len(self._cache) > 256:
                    self._cache.clear()
                self._cache[key] = compute()
            return self._cache[key]

    def close(self) -> None:
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
