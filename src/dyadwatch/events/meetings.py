"""The parties of a meeting told before: whom a host or a late joiner meets.

"Trump met al-Sharaa in Riyadh. Crown Prince Mohammed bin Salman hosted the meeting, and
Erdogan joined by phone": the meeting hosted or joined names no parties of its own; they are
the two states of the last meeting the story told, and the host (or the caller) meets each
of them (GUIDELINES §3, visits and meetings are 04; set8 decision 3, set9 decision 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..records import Event, Status
from .tree import POINTING_DETERMINERS

if TYPE_CHECKING:
    from .context import SentenceContext
    from .extract import Candidate
    from .state import ArticleState

#: statuses of a meeting that took place (or is said to have)
_HELD = (Status.ASSERTED, Status.CLAIMED)


def meeting_parties(state: ArticleState, ctx: SentenceContext, cand: Candidate, prev: Event | None, exclude: set[str]) -> list[Referent]:
    """The two states of ``prev``, the meeting the trigger hosts or joins
    (``joined_meeting``), unless one of them is in ``exclude``."""
    if prev is None:
        return []
    pair = (prev.source.country, prev.target.country)
    if not all(state.disc.is_state(c) for c in pair) or set(pair) & exclude:
        return []
    here = ctx.char(cand.head)
    return [Referent(c, None, "", here, here, "meeting", 0.5) for c in pair]


def joined_meeting(state: ArticleState, cand: Candidate) -> Event | None:
    """The last meeting told, when the trigger hosts or joins a meeting it does not name
    anew: its object points back ("hosted the meeting", "joined the talks", "joined them"),
    or it has none ("joined by phone"); not "hosted a summit", another meeting."""
    objects = [c for c in cand.head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"]
    if any(not any(d.dep_ == "det" and d.lower_ in POINTING_DETERMINERS for d in o.children) for o in objects):
        return None
    return next((p for _, p in reversed(state.events) if p.symmetric and p.root == "04" and p.status in _HELD), None)


def dated_as_joined(events: list[Event], joined: Event | None) -> None:
    """A host or late joiner met when the meeting it joins took place: an event its own
    sentence leaves undated takes that meeting's date ("Erdogan joined by phone")."""
    if joined is None or joined.date is None:
        return
    for e in events:
        if e.date is None:
            e.date, e.date_precision, e.date_basis = joined.date, joined.date_precision, "narrative"


def one_meeting(events: list[Event]) -> None:
    """The host's (or caller's) events with each party tell one meeting: when a party tells
    it (asserted for its own side), it is told so for every side ("MBS hosted the meeting,
    the White House said": asserted with Syria as with the US)."""
    told = next((e for e in events if e.root == "04" and e.status is Status.ASSERTED), None)
    if told is None:
        return
    for e in events:
        if e.root == "04" and e.status is Status.CLAIMED and e.trigger_start == told.trigger_start:
            e.status, e.attributed_to = Status.ASSERTED, told.attributed_to
