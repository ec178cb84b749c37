"""The web app: a JSON API and the dashboard, over one read-only store.

``create_app(db_path, settings)`` builds the FastAPI app; ``dyadwatch serve`` runs it on
uvicorn. The app is read-only (GET and HEAD only), serves static files from its own
package folder only, bounds request and page sizes, sets a strict Content Security
Policy, and answers every error with JSON problem details (see ``problems.py``).
Swagger UI is off because it loads its assets from a CDN; the schema is at
``/openapi.json``: every parameter's accepted form (``params.py``) and every response,
problems included, are in it, and Schemathesis holds the server to it
(tests/test_api_contract.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..settings import Settings, from_env
from . import params, problems
from .access import StoreAccess

#: longest request target (path + query) accepted, in bytes: the usual web-server limit
#: (nginx, Apache). The longest request the schema allows is under half of it (every
#: parameter is bounded; tests/test_api_contract.py builds it), so longer targets are
#: invalid anyway: between that and this limit they reach validation and get a 422 that
#: names the bad parameter; past it, a 414 before anything is parsed.
MAX_TARGET_BYTES = 8192
#: largest request body accepted, in bytes (the API is read-only: GETs carry no body)
MAX_BODY_BYTES = 16_384

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class GuardMiddleware:
    """Bound request sizes and add security headers to every response (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        target = len(scope.get("raw_path") or scope["path"].encode()) + len(
            scope.get("query_string", b"")
        )
        if target > MAX_TARGET_BYTES:
            await self._reject(scope, receive, send, 414, "request target too long")
            return
        length = _content_length(scope)
        if length is not None and length > MAX_BODY_BYTES:
            await self._reject(scope, receive, send, 413, "request body too large")
            return

        received = 0

        async def bounded_receive() -> Message:
            # A body sent without Content-Length (chunked) is counted as it arrives.
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:
                    return {"type": "http.disconnect"}
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, bounded_receive, send_with_headers)

    async def _reject(
        self, scope: Scope, receive: Receive, send: Send, status: int, why: str
    ) -> None:
        response = problems.problem(status, why)
        response.headers.update({k.decode(): v.decode() for k, v in SECURITY_HEADERS})
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return MAX_BODY_BYTES + 1
    return None


def create_app(db_path: str | Path, settings: Settings | None = None, *,
               access: StoreAccess | None = None) -> FastAPI:  # fmt: skip
    """Build the app over the store at ``db_path``, opened read-only (or over ``access``,
    a store another part of the process writes: ``serve --watch``).

    Raises ``StoreError`` when the store file is missing or cannot be opened.
    """
    settings = settings or from_env()
    access = access or StoreAccess(db_path, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            access.close()

    app = FastAPI(
        title="dyadwatch",
        summary="Political events coded from news text, with their evidence.",
        description=(
            "Read-only JSON API over a dyadwatch event store: events with their evidence "
            "sentences, articles with their coded spans, dyad time series, the alignment "
            "network, blocs and sanctioned states. Errors are RFC 9457 problem details."
        ),
        version=_version(),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.access = access
    app.state.settings = settings
    problems.install(app, params.PATTERN_HELP)
    problems.document(app)

    from . import routes_events, routes_pages, routes_relations, routes_watch

    app.include_router(routes_events.router)
    app.include_router(routes_relations.router)
    app.include_router(routes_watch.router)
    app.include_router(routes_pages.router)
    routes_pages.mount_static(app)
    app.add_middleware(GuardMiddleware)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dyadwatch")
    except PackageNotFoundError:
        return "0"


__all__ = ["create_app", "MAX_BODY_BYTES", "MAX_TARGET_BYTES"]
