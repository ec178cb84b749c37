"""A news site and a webhook receiver on 127.0.0.1 for the watch tests, both real HTTP
servers (``http.server``), and the short articles the tests publish.

``NewsSite`` serves paths whose answers a test scripts: each path has a list of
``Answer`` steps, and each request takes the next one (the last one stays), so what a
watch sees on its N-th request does not depend on timing. A 200 answer carries an ETag
(the body's digest) and a Last-Modified; a request whose If-None-Match is the current
ETag gets a 304. ``hang`` answers nothing until the server closes. Every request is
logged with its headers.

The articles are written for these tests: short sentences the coder codes reliably.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    """One news item: a feed entry with its text, or (``link_only``) only a link to its page."""

    guid: str
    title: str
    text: str
    date: str  # YYYY-MM-DD
    link_only: bool = False


def rfc822(day: str) -> str:
    t = time.strptime(day, "%Y-%m-%d")
    return formatdate(time.mktime(t) + 12 * 3600, usegmt=True)


def rss(items: list[Item], base: str, title: str = "Test Wire") -> bytes:
    entries = []
    for it in items:
        link = f"{base}/news/{it.guid}.html"
        body = "" if it.link_only else f"<content:encoded>{escape(it.text)}</content:encoded>"
        entries.append(
            f"<item><guid>{escape(it.guid)}</guid><title>{escape(it.title)}</title>"
            f"<link>{escape(link)}</link><pubDate>{rfc822(it.date)}</pubDate>{body}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>{escape(base)}</link><description>wire</description>"
        + "".join(entries) + "</channel></rss>"
    ).encode()


def page(title: str, text: str, day: str | None = None, site: str = "Test Desk") -> bytes:
    meta = f'<meta property="article:published_time" content="{day}">' if day else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta property="og:site_name" content="{escape(site)}">{meta}</head><body>'
        f"<article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>"
    ).encode()


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    hang: bool = False
    conditional: bool = True  # send ETag / Last-Modified, honour If-None-Match

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Logged:
    path: str
    at: float
    headers: dict[str, str]
    status: int = 0


@dataclass
class _Path:
    steps: list[Answer]
    served: int = 0


class NewsSite:
    """A real HTTP server on 127.0.0.1 answering scripted steps per path."""

    def __init__(self) -> None:
        self._paths: dict[str, _Path] = {}
        self._lock = threading.Lock()
        self.log: list[Logged] = []
        self.closing = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> NewsSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def script(self, path: str, *steps: Answer) -> None:
        """Answer the next requests of ``path`` with these steps, in order (the last stays)."""
        with self._lock:
            self._paths[path] = _Path(list(steps))

    def publish(self, path: str, answer: Answer) -> None:
        """From now on, answer ``path`` with this."""
        self.script(path, answer)

    def requests(self, path: str) -> list[Logged]:
        with self._lock:
            return [r for r in self.log if r.path == path]

    def _next(self, path: str) -> Answer | None:
        with self._lock:
            entry = self._paths.get(path)
            if entry is None:
                return None
            step = entry.steps[min(entry.served, len(entry.steps) - 1)]
            entry.served += 1
            return step

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                entry = Logged(self.path, time.monotonic(), {k.lower(): v for k, v in self.headers.items()})
                with site._lock:
                    site.log.append(entry)
                answer = site._next(self.path)
                if answer is None:
                    entry.status = 404
                    self._send(404, b"not here", "text/plain")
                    return
                if answer.hang:
                    entry.status = -1
                    site.closing.wait(60)
                    return
                if answer.status != 200:
                    entry.status = answer.status
                    self._send(answer.status, b"broken for now", "text/plain")
                    return
                if answer.conditional and entry.headers.get("if-none-match") == answer.etag:
                    entry.status = 304
                    self.send_response(304)
                    self.send_header("ETag", answer.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                entry.status = 200
                extra = {"ETag": answer.etag, "Last-Modified": formatdate(usegmt=True)} if answer.conditional else {}
                self._send(200, answer.body, answer.content_type, extra)

            def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def feed_answer(items: list[Item], base: str) -> Answer:
    return Answer(rss(items, base), content_type="application/rss+xml; charset=utf-8")


def link_pages(site: NewsSite, items: list[Item]) -> None:
    """Serve the page behind every link-only item."""
    for it in items:
        if it.link_only:
            site.publish(f"/news/{it.guid}.html", Answer(page(it.title, it.text, it.date)))


@dataclass
class Hook:
    """A webhook receiver: what it was sent, what it accepted; the first ``fail_first``
    POSTs get a 500."""

    fail_first: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)
    accepted: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


class WebhookReceiver:
    def __init__(self, fail_first: int = 0) -> None:
        self.hook = Hook(fail_first)
        self._lock = threading.Lock()
        hook, lock = self.hook, self._lock

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length))
                with lock:
                    hook.received.append(body)
                    ok = len(hook.received) > hook.fail_first
                    if ok:
                        hook.accepted.append(body)
                        hook.keys.append(self.headers.get("idempotency-key", ""))
                status = 200 if ok else 500
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def accepted(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.hook.accepted)


def read_jsonl(path: Any) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
