"""``dyadwatch serve --watch``: poll, write and serve one store from one process.

DuckDB lets one process write a file, and while it does no other process may read it:
so the web app and the watch share one connection here. The store is opened for
writing once; the app reads it through ``StoreAccess`` and the watch writes it through
``LockedStore``, both under one lock, and the app's cached frames are dropped after
each round that changed the store. uvicorn runs in a thread of its own; the watch loop
runs in the calling (main) thread, which keeps the signals: SIGINT/SIGTERM stop the
watch after the batch being written, then the server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import DyadwatchError
from ..settings import Settings
from ..store import Store
from .loop import Watcher, WatchOptions


def serve_and_watch(
    sources: list[str],
    db: str | Path,
    settings: Settings,
    options: WatchOptions,
    *,
    host: str,
    port: int,
    log_level: str = "info",
    limit_concurrency: int | None = None,
    log: Callable[[str], None] = print,
    alert_out: Callable[[str], None] = print,
    stop: threading.Event | None = None,
) -> int:
    """Serve the dashboard and API at ``host:port`` while watching ``sources`` into the
    store at ``db``; returns when ``stop`` is set (the rounds, if bounded, may end first:
    the server then goes on serving). Returns the number of rounds run."""
    import uvicorn

    from ..api import create_app
    from ..api.access import StoreAccess

    stop = stop or threading.Event()
    store = Store(db, settings)
    lock = threading.RLock()
    server: uvicorn.Server | None = None
    thread: threading.Thread | None = None
    try:
        access = StoreAccess(db, settings, store=store, lock=lock)
        app = create_app(db, settings, access=access)
        config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on",
                                server_header=False, limit_concurrency=limit_concurrency)  # fmt: skip
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name="dyadwatch-serve", daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise DyadwatchError(f"cannot serve at http://{host}:{port}/ (is the port in use?)")
            time.sleep(0.05)
        watcher = Watcher(sources, db, settings, options, store=store, lock=lock,
                          on_change=access.invalidate, log=log, alert_out=alert_out, stop=stop)  # fmt: skip
        rounds = watcher.run()
        if not stop.is_set():
            log(f"{rounds} rounds done; still serving (Ctrl-C to stop)")
            stop.wait()
        return rounds
    finally:
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(30)
        with lock:
            store.close()
