"""JSON API over the store: events with their evidence, articles with their coded spans."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from .access import frame_records, jsonable, store_access
from .links import link
from .params import ArticleIdPath, EventFilterDep, EventIdPath, PagingDep
from .problems import responses

#: every route here can meet the request guard (413, 414), a bug (500) or a broken store (503)
router = APIRouter(prefix="/api", tags=["events"], responses=responses(413, 414, 500, 503))

#: article text in list rows is cut to this many characters; the full text is on the
#: article's own endpoint
LIST_TEXT_CHARS = 280


class EventPage(BaseModel):
    """One page of events, oldest first, with the total matching the filters.

    Events are ordered by their day (undated events last), then by when the store first
    saw them, then by id: the order of `dyadwatch events` and the exports.
    """

    items: list[dict[str, Any]] = Field(
        description="events: event_id, date, source/target country and code, cameo, root, "
        "plover, goldstein, quad_class, status, reportable, mention/source/story counts, "
        "sentence, description"
    )
    total: int
    page: int
    page_size: int
    pages: int


class ArticlePage(BaseModel):
    """One page of articles (text shortened; see /api/articles/{id} for the full text)."""

    items: list[dict[str, Any]]
    page: int
    page_size: int
    has_more: bool


def _describe(cameo: object) -> str | None:
    from ..codebook import load_codebook

    book = load_codebook()
    return book.codes[cameo].name if isinstance(cameo, str) and cameo in book.codes else None



@router.get(
    "/events",
    response_model=EventPage,
    summary="List events (filtered, paginated, oldest first)",
    operation_id="list_events",
    responses={
        200: {
            "links": {
                "event": link(
                    "get_event",
                    "the first event listed",
                    event_id="$response.body#/items/0/event_id",
                )
            }
        },
        **responses(422),
    },
)
def list_events(request: Request, flt: EventFilterDep, paging: PagingDep) -> dict[str, Any]:
    """Events matching the filters (the same filters as `dyadwatch events`), oldest first:
    by day, undated events last."""
    with store_access(request).locked() as store:
        total = int(store.count_events(flt))
        frame = store.events_frame(flt, limit=paging.page_size, offset=paging.offset)
    return {
        "items": frame_records(frame),
        "total": total,
        "page": paging.page,
        "page_size": paging.page_size,
        "pages": (total + paging.page_size - 1) // paging.page_size,
    }


@router.get(
    "/events/{event_id}",
    summary="One event with all its mentions and evidence",
    operation_id="get_event",
    responses={
        200: {
            "links": {
                "article": link(
                    "get_article",
                    "the article of the event's first mention",
                    article_id="$response.body#/mentions/0/article_id",
                )
            }
        },
        **responses(404, 422, meaning={404: "No event with this id"}),
    },
)
def get_event(request: Request, event_id: EventIdPath) -> dict[str, Any]:
    """The event and every article sentence that reported it, with evidence offsets."""
    with store_access(request).locked() as store:
        event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, "no event with this id")
    result: dict[str, Any] = jsonable(event)
    result.setdefault("description", _describe(result.get("cameo")))
    return result


@router.get(
    "/articles",
    response_model=ArticlePage,
    summary="List articles (paginated)",
    operation_id="list_articles",
    responses={
        200: {
            "links": {
                "article": link(
                    "get_article",
                    "the first article listed",
                    article_id="$response.body#/items/0/article_id",
                )
            }
        },
        **responses(422),
    },
)
def list_articles(request: Request, paging: PagingDep) -> dict[str, Any]:
    """Stored articles; long text fields are shortened in the list."""
    with store_access(request).locked() as store:
        frame = store.articles_frame(limit=paging.page_size + 1, offset=paging.offset)
    rows = frame_records(frame)
    has_more = len(rows) > paging.page_size
    rows = rows[: paging.page_size]
    for row in rows:
        for key in ("text", "full_text"):
            value = row.get(key)
            if isinstance(value, str) and len(value) > LIST_TEXT_CHARS:
                row[key] = value[:LIST_TEXT_CHARS] + "…"
    return {"items": rows, "page": paging.page, "page_size": paging.page_size, "has_more": has_more}


@router.get(
    "/articles/{article_id}",
    summary="One article with its text and coded spans",
    operation_id="get_article",
    responses=responses(404, 422, meaning={404: "No article with this id"}),
)
def get_article(request: Request, article_id: ArticleIdPath) -> dict[str, Any]:
    """The article's full text and the spans the coder marked in it."""
    with store_access(request).locked() as store:
        article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, "no article with this id")
    result: dict[str, Any] = jsonable(article)
    return result
