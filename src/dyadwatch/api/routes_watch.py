"""JSON API for a store kept current by ``dyadwatch watch``: the latest events, and the
health of the watched sources.

``/api/latest`` lists reportable events newest first, by when they became reportable
(an event is new when its first reportable mention is stored, as for ``--events-out``),
with a ``cursor``: asked again with ``after=CURSOR``, it lists only what came since.
The dashboard's "latest" view polls it. ``/api/sources`` is what ``dyadwatch sources``
prints. Both answer on any store; on one nobody watches they are simply quiet.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from .access import frame_records, jsonable, store_access
from .problems import responses

router = APIRouter(prefix="/api", tags=["watch"], responses=responses(413, 414, 500, 503))

#: most events one /api/latest answer lists
MAX_LATEST = 200
#: the largest cursor accepted: what a JavaScript number holds exactly
MAX_CURSOR = 2**53 - 1

_LATEST_FIELDS = (
    "seq", "event_id", "date", "day", "source_country", "source_code", "target_country",
    "target_code", "cameo", "root", "plover", "goldstein", "quad_class", "mention_count",
    "first_seen", "sentence", "status", "section", "article_id", "url", "title", "outlet",
)  # fmt: skip


class LatestPage(BaseModel):
    """The newest reportable events after a cursor, newest first."""

    items: list[dict[str, Any]] = Field(
        description="events, newest first: seq (when it became reportable, as a mention "
        "sequence number), event_id, date, source/target country and code, cameo, "
        "description, root, goldstein, quad_class, mention_count, sentence, and the "
        "article that made it reportable (article_id, url, title, outlet)"
    )
    cursor: int = Field(description="pass it as `after` to list only what comes next")


class SourceList(BaseModel):
    """Every source a watch has polled, with its health."""

    items: list[dict[str, Any]] = Field(
        description="sources: source, kind, polls, items, new_articles, failures, last_poll, "
        "last_status, last_success, last_error_at, last_error, failing (polls failed in a row)"
    )



@router.get(
    "/latest",
    response_model=LatestPage,
    summary="The newest reportable events (after a cursor)",
    operation_id="latest_events",
    responses=responses(422),
)
def latest(
    request: Request,
    after: Annotated[int, Query(ge=0, le=MAX_CURSOR, description="the cursor of an "
                                "earlier answer: only events that came after it (0: the newest)")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_LATEST, description=f"at most this many "
                                f"events (1 to {MAX_LATEST})")] = 50,
) -> dict[str, Any]:  # fmt: skip
    """Reportable events newest first, by when their first reportable mention was stored."""
    from ..codebook import load_codebook

    book = load_codebook()
    with store_access(request).locked() as store:
        upto = store.max_seq()
        rows = store.newly_reportable(after, upto, newest_first=True, limit=limit) if upto > after else []
    items = []
    for row in rows:
        item = {k: jsonable(row.get(k)) for k in _LATEST_FIELDS}
        cameo = row.get("cameo")
        item["description"] = book.codes[cameo].name if cameo in book.codes else None
        items.append(item)
    return {"items": items, "cursor": upto}


@router.get(
    "/sources",
    response_model=SourceList,
    summary="The watched sources and their health",
    operation_id="list_sources",
)
def sources(request: Request) -> dict[str, Any]:
    """What `dyadwatch sources` prints: each source's polls, items and last error."""
    with store_access(request).locked() as store:
        frame = store.sources_frame()
    return {"items": frame_records(frame)}
