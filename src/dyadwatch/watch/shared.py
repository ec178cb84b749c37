"""One store, several threads: every call holds the lock the web app holds too.

``dyadwatch serve --watch`` polls and serves from one process, over one DuckDB
connection (DuckDB has one writer per file, and a connection is not safe for concurrent
use). The app's request threads take ``StoreAccess``'s lock around each use of the
store; the watch takes the same lock around each of its store calls, through this
proxy, so coding an article never holds the store, only writing it does.
"""

from __future__ import annotations

import functools
import threading
from typing import Any


class LockedStore:
    """A ``Store`` whose every method call holds ``lock``."""

    def __init__(self, store: Any, lock: threading.RLock) -> None:
        self._store = store
        self._lock = lock

    @property
    def unlocked(self) -> Any:
        """The store itself (for a caller that holds the lock)."""
        return self._store

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._store, name)
        if not callable(value):
            return value
        lock = self._lock

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with lock:
                return value(*args, **kwargs)

        return call
