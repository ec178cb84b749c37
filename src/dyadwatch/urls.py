"""What the readers and the store take from a URL: the host, which names an outlet.

One function for both, so that an article's outlet is the same whether a reader found it
(an HTML page or a feed entry without a site name) or the store fills it in (an article
with a URL and no source).
"""

from __future__ import annotations

from urllib.parse import urlsplit


def host_of(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.``; None when there is none."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
