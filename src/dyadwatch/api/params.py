"""Query and path parameters shared by the routes, validated at the edge.

Every user value is checked against a narrow pattern and length before it reaches the
store, so a malformed code or date is answered with a 422 problem naming the parameter.
Free text (``q``) is only bounded in length: the store binds it as a query parameter.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Path, Query

from ..records import Status

#: largest page a list endpoint returns; larger requests are rejected with 422
MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
#: deepest page reachable by offset (keeps OFFSET scans bounded)
MAX_PAGE = 100_000
MAX_TEXT_QUERY = 200

#: a CAMEO actor code or country code: letters and digits (VEN, VENGOV, UNO, IGOUNO)
ACTOR_PATTERN = r"^[A-Za-z0-9]{2,15}$"
DYAD_PATTERN = r"^[A-Za-z0-9]{2,15},[A-Za-z0-9]{2,15}$"
CAMEO_PATTERN = r"^[0-9]{2,4}$"
ROOT_PATTERN = r"^[0-9]{2}$"
PLOVER_PATTERN = r"^[A-Za-z]{2,20}$"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
#: event and article ids are lowercase hex digests
HEX_ID_PATTERN = r"^[0-9a-f]{8,64}$"

STATUSES = [s.value for s in Status]

ActorParam = Annotated[
    str | None,
    Query(pattern=ACTOR_PATTERN, description="actor code or country (either side), e.g. VEN"),
]
DateParam = Annotated[
    str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")
]
EventIdPath = Annotated[str, Path(pattern=HEX_ID_PATTERN, description="event id (hex)")]
ArticleIdPath = Annotated[str, Path(pattern=HEX_ID_PATTERN, description="article id (hex)")]


class Paging:
    """``page`` (1-based) and ``page_size`` (1..MAX_PAGE_SIZE)."""

    def __init__(
        self,
        page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")] = 1,
        page_size: Annotated[
            int,
            Query(ge=1, le=MAX_PAGE_SIZE, description=f"rows per page, at most {MAX_PAGE_SIZE}"),
        ] = DEFAULT_PAGE_SIZE,
    ) -> None:
        self.page = page
        self.page_size = page_size

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


PagingDep = Annotated[Paging, Depends()]


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def event_filter(
    actor: ActorParam = None,
    dyad: Annotated[
        str | None,
        Query(pattern=DYAD_PATTERN, description="two actors, comma-separated: VEN,PRK"),
    ] = None,
    country: Annotated[
        str | None, Query(pattern=ACTOR_PATTERN, description="country where it happened")
    ] = None,
    cameo: Annotated[
        str | None, Query(pattern=CAMEO_PATTERN, description="CAMEO code (prefix), e.g. 0431")
    ] = None,
    root: Annotated[
        str | None, Query(pattern=ROOT_PATTERN, description="CAMEO root code, 01-20")
    ] = None,
    plover: Annotated[
        str | None, Query(pattern=PLOVER_PATTERN, description="PLOVER event type, e.g. AID")
    ] = None,
    status: Annotated[
        list[str] | None,
        Query(
            max_length=len(STATUSES),
            description=f"status, repeatable or comma-separated: {', '.join(STATUSES)}",
        ),
    ] = None,
    reportable: Annotated[
        Literal["true", "false", "any"],
        Query(description="true: reportable events only (the default); any: all"),
    ] = "true",
    since: DateParam = None,
    until: DateParam = None,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=MAX_TEXT_QUERY, description="text in the sentence"),
    ] = None,
) -> object:
    """Build the store's EventFilter from query parameters (same filters as `dyadwatch events`)."""
    from ..store import EventFilter

    statuses: list[str] | None = None
    if status:
        statuses = []
        for item in status:
            for part in item.split(","):
                part = part.strip().lower()
                if not part:
                    continue
                if part not in STATUSES:
                    raise HTTPException(
                        422, f"status: unknown value; expected one of {', '.join(STATUSES)}"
                    )
                statuses.append(part)
        statuses = statuses or None
    if plover:
        from ..codebook import PLOVER_TYPES

        plover = plover.upper()
        if plover not in PLOVER_TYPES:
            raise HTTPException(
                422, f"plover: unknown type; expected one of {', '.join(sorted(PLOVER_TYPES))}"
            )
    pair: tuple[str, str] | None = None
    if dyad:
        a, b = dyad.upper().split(",")
        pair = (a, b)
    return EventFilter(
        actor=_upper(actor),
        dyad=pair,
        country=_upper(country),
        cameo=cameo,
        root=root,
        plover=plover,
        status=statuses,
        reportable={"true": True, "false": False, "any": None}[reportable],
        since=since,
        until=until,
        text=q,
    )


EventFilterDep = Annotated[object, Depends(event_filter)]
