"""Errors as JSON problem details (RFC 9457), never a traceback.

Every error the app returns, whether raised by a route, by request validation, by
Starlette's routing (404, 405) or by a bug, leaves as ``application/problem+json`` with
``type``, ``title``, ``status`` and ``detail``. Validation problems also list the
offending parameters (``errors``), without echoing exception objects. An unexpected
exception is logged on the server and answered with a generic 500: its message and
traceback never reach the client, since they may name files, SQL or data.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DyadwatchError, InputError, StoreError

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: longest detail string echoed to a client; details never carry large user input back
_MAX_DETAIL = 300

log = logging.getLogger("dyadwatch.api")


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem(
    status: int,
    detail: str | None = None,
    *,
    title: str | None = None,
    type_: str = "about:blank",
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> ProblemResponse:
    """Build one problem-details response."""
    body: dict[str, Any] = {"type": type_, "title": title or _phrase(status), "status": status}
    if detail:
        body["detail"] = detail[:_MAX_DETAIL]
    if extra:
        body.update(extra)
    return ProblemResponse(body, status_code=status, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Keep only location, message and kind: pydantic's ``ctx`` may hold exception
    # objects and ``input`` echoes arbitrary user data back.
    out = []
    for err in exc.errors()[:20]:
        out.append(
            {
                "loc": [str(part) for part in err.get("loc", ())],
                "msg": str(err.get("msg", ""))[:_MAX_DETAIL],
                "type": str(err.get("type", "")),
            }
        )
    return out


def install(app: FastAPI) -> None:
    """Register the problem-details handlers on ``app``."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> ProblemResponse:
        detail: str | None = exc.detail if isinstance(exc.detail, str) else None
        if detail == _phrase(exc.status_code):
            detail = None
        return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> ProblemResponse:
        errors = _validation_errors(exc)
        # loc is (where, name[, index]): name the parameter, not the list index
        names = ", ".join(
            dict.fromkeys(
                e["loc"][1] if len(e["loc"]) > 1 else e["loc"][0] for e in errors if e["loc"]
            )
        )
        names = names or "request"
        return problem(
            422,
            f"invalid parameter: {names}",
            title="Invalid request",
            extra={"errors": errors},
        )

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> ProblemResponse:
        return problem(400, str(exc), title="Invalid input")

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> ProblemResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return problem(503, "the event store is not available", title="Store unavailable")

    @app.exception_handler(DyadwatchError)
    async def _dyadwatch(request: Request, exc: DyadwatchError) -> ProblemResponse:
        log.error("error on %s: %s", request.url.path, exc)
        return problem(500, "the request could not be completed")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> ProblemResponse:
        log.exception("unexpected error on %s", request.url.path)
        return problem(500, "the request could not be completed")
