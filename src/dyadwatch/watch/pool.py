"""A bounded pool of daemon threads for the polls.

``concurrent.futures.ThreadPoolExecutor`` joins its threads when the interpreter exits,
so a poll stuck in a read (a server that never answers, up to the HTTP timeout) would
keep a stopped watch alive for as long. These threads are daemons: a watch asked to
stop finishes its batch and exits, and a poll still waiting is dropped with it (nothing
of it was stored). Futures are ``concurrent.futures.Future``, so ``wait`` works on them.
"""

from __future__ import annotations

import concurrent.futures as cf
import queue
import threading
from collections.abc import Callable
from typing import Any

_Job = tuple[cf.Future[Any], Callable[..., Any], tuple[Any, ...]]


class DaemonPool:
    """``submit(fn, *args) -> Future`` on at most ``workers`` daemon threads."""

    def __init__(self, workers: int, name: str = "dyadwatch-poll") -> None:
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True)
                         for i in range(max(1, workers))]  # fmt: skip
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        self._jobs.put((future, fn, args))
        return future

    def shutdown(self) -> None:
        """Cancel what has not started; the threads end after what they are doing."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[0].cancel()
        for _ in self._threads:
            self._jobs.put(None)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to whoever waits on the future
                future.set_exception(exc)
