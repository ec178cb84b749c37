"""Query and path parameters of the API: each kind's accepted form, written once.

Every kind of parameter is one ``Annotated`` type below, used by every route that takes
it. Its constraints (a pattern, an enum, a range, a length) are what FastAPI validates
*and* what the OpenAPI document publishes, so a value the schema allows is a value the
server accepts, and the other way round; nothing is checked a second time by hand.
A value outside its form is a 422 problem naming the parameter and saying the form
(``PATTERN_HELP``). Free text (``q``) is only bounded in length: the store binds it as
a query parameter.

Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: a real calendar month or day (leap
years included) in the years ``FIRST_YEAR`` to ``LAST_YEAR``. The range is whole
centuries inside what pandas' timestamps hold (1677-09-22 to 2262-04-11), which the
relations analytics compute with; DuckDB and the store hold far more, so every date
the schema allows can be answered by every route.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Path, Query
from pydantic import StringConstraints

from ..analysis.select import INCLUDABLE
from ..codebook import PLOVER_TYPES
from ..records import Status
from ..spans import FIRST_YEAR, LAST_YEAR

#: largest page a list endpoint returns; larger requests are rejected with 422
MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
#: deepest page reachable by offset (keeps OFFSET scans bounded)
MAX_PAGE = 100_000
MAX_TEXT_QUERY = 200
#: most dyads /api/dyads lists
MAX_DYADS = 500

STATUSES = tuple(s.value for s in Status)
PLOVERS = tuple(sorted(PLOVER_TYPES))


def _one_of(values: tuple[str, ...]) -> str:
    return "(?:" + "|".join(values) + ")"


#: a CAMEO actor code or country code: letters and digits (VEN, VENGOV, UNO, IGOUNO)
ACTOR_PATTERN = r"^[A-Za-z0-9]{2,15}$"
DYAD_PATTERN = r"^[A-Za-z0-9]{2,15},[A-Za-z0-9]{2,15}$"
#: CAMEO roots run 01 to 20; a code is its root and up to two more digits
ROOT_PATTERN = r"^(?:0[1-9]|1[0-9]|20)$"
CAMEO_PATTERN = r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$"
#: one status, or several comma-separated (the parameter may also repeat)
STATUS_PATTERN = rf"^{_one_of(STATUSES)}(?:,{_one_of(STATUSES)})*$"
STATUS_MAX_CHARS = sum(len(s) + 1 for s in STATUSES) - 1
#: event and article ids are lowercase hex digests
HEX_ID_PATTERN = r"^[0-9a-f]{8,64}$"

_YEAR = r"(?:1[7-9][0-9]{2}|2[01][0-9]{2})"  # FIRST_YEAR..LAST_YEAR
# leap years in that range: divisible by 4, and centuries only when divisible by 400 (2000)
_LEAP_YEAR = r"(?:(?:1[7-9]|21)(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))"
_MONTH = r"(?:0[1-9]|1[0-2])"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"  # months of 31 days
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"  # months of 30 days
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"  # February, the 29th only in leap years (below)
)
DATE_PATTERN = rf"^(?:{_YEAR}(?:-{_MONTH})?|{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
DATE_FORM = (
    f"a date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day), years {FIRST_YEAR} to {LAST_YEAR}"
)

#: what each pattern means, for the 422 problem (a regular expression is no explanation)
PATTERN_HELP = {
    ACTOR_PATTERN: "an actor or country code: 2 to 15 letters or digits, e.g. VEN",
    DYAD_PATTERN: "two actor codes, comma-separated, e.g. VEN,PRK",
    ROOT_PATTERN: "a CAMEO root code, 01 to 20",
    CAMEO_PATTERN: "a CAMEO code or prefix: a root 01 to 20 and up to two more digits",
    STATUS_PATTERN: f"one or more of {', '.join(STATUSES)}, comma-separated",
    HEX_ID_PATTERN: "an id: 8 to 64 lowercase hex digits",
    DATE_PATTERN: DATE_FORM,
}

Actor = Annotated[str, StringConstraints(pattern=ACTOR_PATTERN)]
Date = Annotated[str, StringConstraints(pattern=DATE_PATTERN)]
StatusList = Annotated[str, StringConstraints(pattern=STATUS_PATTERN, max_length=STATUS_MAX_CHARS)]

ActorParam = Annotated[
    Actor | None,
    Query(description="actor code (prefix) or country, on either side of the event, e.g. VEN"),
]
DyadSideParam = Annotated[
    Actor, Query(description="one side of the dyad: a country or actor code, e.g. VEN")
]
DyadParam = Annotated[
    str | None,
    Query(
        pattern=DYAD_PATTERN,
        description="source and target, comma-separated, in that direction: VEN,PRK "
        "(each a country or an actor-code prefix)",
    ),
]
CountryParam = Annotated[
    Actor | None,
    Query(
        description="country code on either side of the event (source or target), "
        "matched exactly, e.g. CHN; unlike `actor`, no actor-code prefixes"
    ),
]
CameoParam = Annotated[
    str | None, Query(pattern=CAMEO_PATTERN, description="CAMEO code or its prefix, e.g. 0431")
]
RootParam = Annotated[str | None, Query(pattern=ROOT_PATTERN, description="CAMEO root code, 01-20")]
PloverParam = Annotated[
    Literal[PLOVERS] | None,  # type: ignore[valid-type]
    Query(description="PLOVER event type, e.g. AID"),
]
StatusParam = Annotated[
    list[StatusList] | None,
    Query(
        max_length=len(STATUSES),
        description=f"status, repeatable or comma-separated: {', '.join(STATUSES)}",
    ),
]
ReportableParam = Annotated[
    Literal["true", "false", "any"],
    Query(description="true: reportable events only (the default); false: the others; any: all"),
]
DateParam = Annotated[
    Date | None,
    Query(
        description=f"{DATE_FORM}. `since` is inclusive from the first day it names, "
        "`until` to the last; a period that ends before it starts holds no events"
    ),
]
TextParam = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=MAX_TEXT_QUERY,
        description="text in the event's sentence or its article's headline (case-insensitive)",
    ),
]
IncludeParam = Annotated[
    list[Literal[INCLUDABLE]] | None,  # type: ignore[valid-type]
    Query(
        max_length=len(INCLUDABLE),
        description="count these statuses too (or `commentary`), labelled as such; "
        "by default only reportable events count",
    ),
]
LimitParam = Annotated[
    int, Query(ge=1, le=MAX_DYADS, description=f"how many to list, at most {MAX_DYADS}")
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
    dyad: DyadParam = None,
    country: CountryParam = None,
    cameo: CameoParam = None,
    root: RootParam = None,
    plover: PloverParam = None,
    status: StatusParam = None,
    reportable: ReportableParam = "true",
    since: DateParam = None,
    until: DateParam = None,
    q: TextParam = None,
) -> object:
    """The store's EventFilter from query parameters (same filters as `dyadwatch events`).

    Every value has passed its parameter's constraints: this only reshapes them.
    """
    from ..store import EventFilter

    statuses = [part for item in status or () for part in item.split(",")] or None
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
