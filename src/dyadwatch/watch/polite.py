"""HTTP as a good citizen: conditional requests, a delay per host, retries with backoff.

One ``PoliteFetcher`` serves every source of a watch, from several threads:

- **conditional requests**: the ETag and Last-Modified of a source's last full answer
  go back as ``If-None-Match`` / ``If-Modified-Since``; a 304 costs no body;
- **timeout and size cap**: ``readers.fetch`` streams the body under
  ``DYADWATCH_HTTP_TIMEOUT`` and ``DYADWATCH_MAX_DOWNLOAD_BYTES``, and under the
  caller's deadline (a server that trickles bytes cannot hold a poll past it);
- **a delay per host**: two requests to one host start at least ``host_delay`` seconds
  apart, whichever sources and threads make them (a slow answer does not hold the next
  request back: the delay is between starts);
- **retries**: a timeout, a lost connection, 408, 425, 429 and 5xx are tried again after
  ``backoff`` seconds, doubling each time (a ``Retry-After`` in seconds is honoured),
  ``retries`` times at most, never past the deadline;
- **a User-Agent naming the tool** (``readers.fetch.USER_AGENT``).

Waits wake up early when ``stop`` is set; the fetch then fails with the reason.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from ..errors import FetchError
from ..readers.fetch import BadStatusError, Fetched, fetch, make_client
from ..settings import Settings
from ..urls import host_of

#: statuses worth asking again for: the server is busy or broken for now
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
#: hosts remembered for pacing before the ones whose turn has passed are forgotten
_MAX_HOSTS = 1024


@dataclass(frozen=True, slots=True)
class HttpPolicy:
    """How politely to ask: the delay between two requests to a host, and retries."""

    host_delay: float = 1.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 60.0

    def __post_init__(self) -> None:
        if self.host_delay < 0 or self.retries < 0 or self.backoff < 0 or self.max_backoff < 0:
            raise ValueError("host delay, retries and backoff cannot be negative")


class PoliteFetcher:
    """Conditional GETs with per-host pacing and retries, shared by the poll threads."""

    def __init__(self, settings: Settings, policy: HttpPolicy | None = None,
                 stop: threading.Event | None = None) -> None:  # fmt: skip
        self.settings = settings
        self.policy = policy or HttpPolicy()
        self.stop = stop or threading.Event()
        self.client = make_client(settings)
        self._lock = threading.Lock()
        self._next_start: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait(self, seconds: float, url: str, deadline: float, why: str) -> None:
        if seconds <= 0:
            return
        if time.monotonic() + seconds > deadline:
            raise FetchError(url, f"the source's deadline would pass {why}")
        if self.stop.wait(seconds):
            raise FetchError(url, "stopped before the request was made")

    def _turn(self, url: str, deadline: float) -> None:
        """Wait for this host's next turn (``host_delay`` after its previous request)."""
        host = host_of(url) or url
        with self._lock:
            now = time.monotonic()
            if len(self._next_start) > _MAX_HOSTS:
                self._next_start = {h: t for h, t in self._next_start.items() if t > now}
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self.policy.host_delay
        self._wait(start - time.monotonic(), url, deadline, f"waiting for {host}'s turn")

    def get(self, url: str, *, deadline: float, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:  # fmt: skip
        """GET ``url`` (conditionally, when validators are given) before ``deadline``
        (``time.monotonic()``); raises FetchError or TooLargeError naming the URL, with
        the number of attempts when it tried more than once."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            self._turn(url, deadline)
            try:
                return fetch(url, self.settings, self.client, headers=headers or None, deadline=deadline)
            except BadStatusError as exc:
                if exc.status not in RETRY_STATUSES or attempt > policy.retries:
                    raise _tried(exc, attempt) from exc
                wait = _retry_after(exc.retry_after)
                if wait is None:
                    wait = policy.backoff * 2 ** (attempt - 1)
                wait = min(wait, policy.max_backoff)
                last: FetchError = exc
            except FetchError as exc:
                # a timeout or a lost connection (an unusable URL is not worth a retry)
                if "not a valid URL" in exc.reason or attempt > policy.retries:
                    raise _tried(exc, attempt) from exc
                wait = min(policy.backoff * 2 ** (attempt - 1), policy.max_backoff)
                last = exc
            try:
                self._wait(wait, url, deadline, f"before attempt {attempt + 1}")
            except FetchError as gave_up:
                raise _tried(last, attempt, gave_up.reason) from last


def _tried(exc: FetchError, attempts: int, then: str = "") -> FetchError:
    if attempts == 1 and not then:
        return exc
    note = f" ({attempts} attempts" + (f"; {then}" if then else "") + ")"
    if isinstance(exc, BadStatusError):
        return BadStatusError(exc.source, exc.status, exc.reason + note, exc.retry_after)
    return type(exc)(exc.source, exc.reason + note)


def _retry_after(value: str | None) -> float | None:
    """A ``Retry-After`` given in seconds (an HTTP date is left to the backoff)."""
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
