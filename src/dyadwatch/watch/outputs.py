"""Where new events and alerts go: a JSON-lines file, and a webhook.

``EventsOut`` appends one ``code`` record per new reportable event to a file other
tools can tail. Exactly once, across restarts: lines are written (and synced) before
the store's cursor moves past their events, so a crash in between leaves them written
and their events still ahead of the cursor; at start the last lines of the file are
read, and events already there are not written again. A line cut short by a crash is
removed first.

``WebhookSender`` POSTs alerts as JSON from its own thread, so a slow or failing
webhook never holds up the polling: each alert is tried ``attempts`` times with a
doubling backoff. Each outcome goes to ``record`` at once (the watch loop writes it to
the store when the store is open), or waits in a queue the loop drains (an alert not
yet taken is sent again by the next run). Each POST carries the alert's id in
``Idempotency-Key``: a crash between a delivery and its record sends it again, and the
id lets the receiver see it is the same alert.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from ..errors import InputError
from ..readers.fetch import USER_AGENT
from ..settings import Settings

_BLOCK = 65_536


def record_key(record: dict[str, Any]) -> tuple[str, str]:
    """What identifies a line of the file: the record's id and its document."""
    return (str(record.get("event_id")), str(record.get("doc")))


class EventsOut:
    """The ``--events-out`` file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        parent = self.path.parent
        if not parent.is_dir():
            raise InputError(str(self.path), f"--events-out: folder {parent} does not exist")
        if self.path.is_dir():
            raise InputError(str(self.path), "--events-out: this is a folder, not a file")
        self._repaired = False

    def repair(self) -> None:
        """Cut a last line left incomplete by a crash (once, before the first append)."""
        if self._repaired:
            return
        self._repaired = True
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with open(self.path, "rb+") as fh:
            size = fh.seek(0, os.SEEK_END)
            end = size
            while end > 0:
                start = max(0, end - _BLOCK)
                fh.seek(start)
                block = fh.read(end - start)
                if end == size and block.endswith(b"\n"):
                    return
                at = block.rfind(b"\n")
                if at >= 0:
                    fh.truncate(start + at + 1)
                    return
                end = start
            fh.truncate(0)

    def tail_keys(self, lines: int) -> set[tuple[str, str]]:
        """The keys (``record_key``) of the last ``lines`` lines of the file."""
        if lines <= 0 or not self.path.exists():
            return set()
        with open(self.path, "rb") as fh:
            end = fh.seek(0, os.SEEK_END)
            data = b""
            while end > 0 and data.count(b"\n") <= lines:
                start = max(0, end - _BLOCK)
                fh.seek(start)
                data = fh.read(end - start) + data
                end = start
        keys: set[tuple[str, str]] = set()
        for raw in data.splitlines()[-lines:]:
            try:
                keys.add(record_key(json.loads(raw)))
            except (ValueError, AttributeError):
                continue  # not one of ours
        return keys

    def append(self, records: list[dict[str, Any]]) -> None:
        """Write the records, one JSON line each, and sync them to disk."""
        if not records:
            return
        self.repair()
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())


#: (alert id, attempts made, last error or None, when it was delivered or None)
Outcome = tuple[str, int, str | None, datetime | None]


class WebhookSender:
    """POSTs alerts to one URL from a background thread; never blocks its caller."""

    def __init__(self, url: str, settings: Settings, *, attempts: int = 5,
                 backoff: float = 1.0, max_backoff: float = 30.0,
                 record: Callable[[Outcome], bool] | None = None) -> None:  # fmt: skip
        self.url = url
        #: called in the sender's thread with each outcome; False: queue it instead
        self.record = record
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._client = httpx.Client(timeout=httpx.Timeout(settings.http_timeout),
                                    headers={"User-Agent": USER_AGENT})  # fmt: skip
        self._todo: queue.Queue[dict[str, Any]] = queue.Queue()
        self._done: queue.Queue[Outcome] = queue.Queue()
        self._queued: set[str] = set()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._abort = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dyadwatch-webhook", daemon=True)
        self._thread.start()

    def send(self, alerts: list[dict[str, Any]]) -> None:
        """Queue alerts (``alert_id``, ``payload``); one already queued is not queued twice."""
        with self._lock:
            for alert in alerts:
                if alert["alert_id"] not in self._queued:
                    self._queued.add(alert["alert_id"])
                    self._todo.put(alert)

    def outcomes(self) -> list[Outcome]:
        """What happened to the alerts since the last call."""
        out: list[Outcome] = []
        while True:
            try:
                out.append(self._done.get_nowait())
            except queue.Empty:
                return out

    def pending(self) -> int:
        with self._lock:
            return len(self._queued)

    def close(self, grace: float = 10.0) -> None:
        """Deliver what is queued within ``grace`` seconds, then stop trying."""
        self._closing.set()
        self._thread.join(grace)
        self._abort.set()
        self._thread.join(5)
        self._client.close()

    def _run(self) -> None:
        while True:
            try:
                alert = self._todo.get(timeout=0.1)
            except queue.Empty:
                if self._closing.is_set():
                    return
                continue
            outcome = self._deliver(alert)
            with self._lock:
                self._queued.discard(alert["alert_id"])
            if self.record is None or not self.record(outcome):
                self._done.put(outcome)

    def _deliver(self, alert: dict[str, Any]) -> Outcome:
        error: str | None = None
        made = 0
        for attempt in range(self.attempts):
            if self._abort.is_set():
                break
            if attempt:
                wait = min(self.backoff * 2 ** (attempt - 1), self.max_backoff)
                if self._abort.wait(wait):
                    break
            made += 1
            try:
                response = self._client.post(self.url, json=alert["payload"],
                                             headers={"Idempotency-Key": alert["alert_id"]})  # fmt: skip
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
                continue
            if 200 <= response.status_code < 300:
                return (alert["alert_id"], made, None, datetime.now())
            error = f"HTTP {response.status_code}"
        return (alert["alert_id"], made, error or "not sent before stopping", None)
