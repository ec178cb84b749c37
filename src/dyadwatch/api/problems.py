"""Errors as JSON problem details (RFC 9457), never a traceback; and their documentation.

Every error the app returns, whether raised by a route, by request validation, by
Starlette's routing (404, 405) or by a bug, leaves as ``application/problem+json`` with
``type``, ``title``, ``status`` and ``detail``. Validation problems also list the
offending parameters (``errors``), each with what the parameter accepts, without
echoing the input or exception objects. An unexpected exception is logged on the
server and answered with a generic 500: its message and traceback never reach the
client, since they may name files, SQL or data.

The OpenAPI document says the same: ``responses(...)`` declares a route's problem
responses with the ``Problem`` (or, for 422, ``ValidationProblem``) schema, and
``document(app)`` publishes every error response as ``application/problem+json``.
An ``InputError`` from the library is answered 400; no route documents it, because the
parameter forms (``params.py``) keep every request clear of the analytics' refusals,
so one reaching a client is a bug that the contract test reports as undocumented.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DyadwatchError, InputError, StoreError

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: longest detail string echoed to a client; details never carry large user input back
_MAX_DETAIL = 300
#: most parameter issues listed in one validation problem
_MAX_ERRORS = 20

log = logging.getLogger("dyadwatch.api")


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


class Problem(BaseModel):
    """An error, as RFC 9457 problem details."""

    type: str = Field("about:blank", description="always about:blank: `status` says it all")
    title: str = Field(description="the kind of problem, e.g. Not Found")
    status: int = Field(ge=400, le=599, description="the HTTP status code")
    detail: str | None = Field(None, max_length=_MAX_DETAIL, description="what went wrong")


class ParameterIssue(BaseModel):
    """One parameter that is not of its documented form."""

    loc: list[str] = Field(description="where and which: e.g. [query, since]")
    msg: str = Field(max_length=_MAX_DETAIL, description="what the parameter accepts")
    type: str = Field(description="the kind of violation, e.g. string_pattern_mismatch")


class ValidationProblem(Problem):
    """A 422: some parameters are not of their documented form (``errors`` names each)."""

    errors: list[ParameterIssue] = Field(max_length=_MAX_ERRORS)


#: what each problem status means in this API, for the OpenAPI document
MEANINGS = {
    404: "Not found",
    413: "Request body too large (the API is read-only: its requests carry no body)",
    414: "Request target (path and query) too long",
    422: "A parameter is not of its documented form; `errors` names each with what it accepts",
    500: "An unexpected server error (a bug, never a bad input); the details stay in the log",
    503: "The event store is not available",
}


def responses(
    *statuses: int, meaning: Mapping[int, str] | None = None
) -> dict[int | str, dict[str, Any]]:
    """Problem responses for a route's or router's ``responses=``.

    ``meaning`` replaces the general meaning (``MEANINGS``) of some statuses for this route.
    """
    words = {**MEANINGS, **(meaning or {})}
    return {
        status: {
            "model": ValidationProblem if status == 422 else Problem,
            "description": words[status],
        }
        for status in statuses
    }


def document(app: FastAPI) -> None:
    """Publish every error response of ``app``'s OpenAPI document as problem+json.

    FastAPI files a response model under the route's media type (application/json);
    the handlers here answer errors as ``application/problem+json``, so the document
    is moved to say so.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    for status, response in operation.get("responses", {}).items():
                        if status.isdigit() and int(status) >= 400:
                            _as_problem(response)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _as_problem(response: dict[str, Any]) -> None:
    content = response.get("content") or {}
    media = content.pop("application/json", None)
    if media is not None:
        content[PROBLEM_MEDIA_TYPE] = media


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


def _validation_errors(
    exc: RequestValidationError, pattern_help: Mapping[str, str]
) -> list[dict[str, Any]]:
    # Keep only location, message and kind: pydantic's ``ctx`` may hold exception
    # objects and ``input`` echoes arbitrary user data back. A pattern is explained in
    # words when ``pattern_help`` knows it.
    out = []
    for err in exc.errors()[:_MAX_ERRORS]:
        msg = str(err.get("msg", ""))
        ctx = err.get("ctx") or {}
        if err.get("type") == "string_pattern_mismatch" and ctx.get("pattern") in pattern_help:
            msg = "expected " + pattern_help[ctx["pattern"]]
        out.append(
            {
                "loc": [str(part) for part in err.get("loc", ())],
                "msg": msg[:_MAX_DETAIL],
                "type": str(err.get("type", "")),
            }
        )
    return out


def install(app: FastAPI, pattern_help: Mapping[str, str] | None = None) -> None:
    """Register the problem-details handlers on ``app``.

    ``pattern_help`` maps a parameter pattern to the words a validation problem uses
    for it (see ``params.PATTERN_HELP``).
    """
    helps = dict(pattern_help or {})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> ProblemResponse:
        detail: str | None = exc.detail if isinstance(exc.detail, str) else None
        if detail == _phrase(exc.status_code):
            detail = None
        return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> ProblemResponse:
        errors = _validation_errors(exc, helps)
        # loc is (where, name[, index]): name the parameter, not the list index
        named = {
            (e["loc"][1] if len(e["loc"]) > 1 else e["loc"][0]): e["msg"]
            for e in errors
            if e["loc"]
        }
        detail = "; ".join(f"{name}: {msg}" for name, msg in named.items()) or "request"
        return problem(
            422,
            f"invalid parameter: {detail}",
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
