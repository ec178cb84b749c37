"""Fetching a URL with a real HTTP client, a timeout and a size cap.

The body is streamed and refused as soon as it passes ``Settings.max_download_bytes``,
so a huge page never sits in memory. Every way a fetch can fail becomes a FetchError
(an InputError) naming the URL; an error status is a ``BadStatusError``, which keeps
the status (and any ``Retry-After``) for a caller that retries. Nothing here retries,
waits or prints: ``dyadwatch.watch`` adds conditional requests (``headers``), retries
and per-host delays on top of ``fetch``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import FetchError, TooLargeError
from ..settings import Settings

USER_AGENT = f"dyadwatch/{__version__} (+event data research)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    content_type: str
    data: bytes
    status: int = 200
    #: the answer's validators, for the next conditional request
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """A 304 to a conditional request: nothing new, no body."""
        return self.status == 304


class BadStatusError(FetchError):
    """The server answered with an error status (4xx, 5xx)."""

    def __init__(self, url: str, status: int, reason: str, retry_after: str | None = None) -> None:
        super().__init__(url, reason)
        self.status = status
        self.retry_after = retry_after


def make_client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(settings.http_timeout),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )


def fetch(
    url: str,
    settings: Settings,
    client: httpx.Client | None = None,
    *,
    headers: dict[str, str] | None = None,
    deadline: float | None = None,
) -> Fetched:
    """GET ``url``; raises FetchError (BadStatusError for an error status) or TooLargeError.

    ``headers`` are sent with the request (``If-None-Match``, ``If-Modified-Since``: a
    304 answer is returned, with no body). ``deadline`` (a ``time.monotonic()`` value)
    bounds the whole fetch, body included, so a server that trickles bytes cannot hold
    the caller past it.
    """
    own = client is None
    http = client or make_client(settings)
    limit = settings.max_download_bytes
    timeout = settings.http_timeout
    if deadline is not None:
        timeout = max(0.001, min(timeout, deadline - time.monotonic()))
    try:
        with http.stream("GET", url, headers=headers, timeout=timeout) as response:
            etag = response.headers.get("etag")
            modified = response.headers.get("last-modified")
            if response.status_code == 304:
                return Fetched(url, str(response.url), "", b"", 304, etag, modified)
            if response.status_code >= 400:
                status = response.status_code
                raise BadStatusError(url, status, f"HTTP {status} {response.reason_phrase}".rstrip(),
                                     response.headers.get("retry-after"))  # fmt: skip
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise TooLargeError(
                    url, f"the server announces {int(declared):,} bytes, over the limit of {limit:,} "
                    "(raise it with DYADWATCH_MAX_DOWNLOAD_BYTES)",
                )  # fmt: skip
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise TooLargeError(
                        url, f"the body passed the limit of {limit:,} bytes "
                        "(raise it with DYADWATCH_MAX_DOWNLOAD_BYTES)",
                    )  # fmt: skip
                if deadline is not None and time.monotonic() > deadline:
                    raise FetchError(url, "the body was still arriving at the deadline")
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=str(response.url),
                content_type=response.headers.get("content-type", "").lower(),
                data=b"".join(chunks),
                status=response.status_code,
                etag=etag,
                last_modified=modified,
            )
    except httpx.TimeoutException as exc:
        raise FetchError(
            url, f"timed out after {timeout:g} s ({type(exc).__name__})"
        ) from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"cannot fetch: {exc}") from exc
    finally:
        if own:
            http.close()
