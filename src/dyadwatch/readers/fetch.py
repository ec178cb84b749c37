"""Fetching a URL with a real HTTP client, a timeout and a size cap.

The body is streamed and refused as soon as it passes ``Settings.max_download_bytes``,
so a huge page never sits in memory. Every way a fetch can fail becomes a FetchError
(an InputError) naming the URL; nothing here retries or prints.
"""

from __future__ import annotations

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


def make_client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(settings.http_timeout),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )


def fetch(url: str, settings: Settings, client: httpx.Client | None = None) -> Fetched:
    """GET ``url``; raises FetchError or TooLargeError naming it."""
    own = client is None
    http = client or make_client(settings)
    limit = settings.max_download_bytes
    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
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
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=str(response.url),
                content_type=response.headers.get("content-type", "").lower(),
                data=b"".join(chunks),
            )
    except httpx.TimeoutException as exc:
        raise FetchError(
            url, f"timed out after {settings.http_timeout:g} s ({type(exc).__name__})"
        ) from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"cannot fetch: {exc}") from exc
    finally:
        if own:
            http.close()
