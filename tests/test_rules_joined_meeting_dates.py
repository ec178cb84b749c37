"""A host or a late joiner meets when the meeting it hosts or joins took place: an event its
own sentence leaves undated ("hosted the meeting", "joined by phone") takes that meeting's
date; a date of its own stays."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from event_support import code

MEETING = "US President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday. "


def test_a_host_and_a_caller_take_the_date_of_the_meeting(coder: Coder) -> None:
    text = MEETING + "Crown Prince Mohammed bin Salman hosted the meeting, and Turkish President Recep Tayyip Erdogan joined by phone."
    events = code(coder, text, day=date(2025, 5, 15))
    joined = {(e.source.country, e.target.country): e.date for e in events if e.source.country in ("SAU", "TUR")}
    assert joined == {("SAU", "USA"): "2025-05-14", ("SAU", "SYR"): "2025-05-14", ("TUR", "USA"): "2025-05-14", ("TUR", "SYR"): "2025-05-14"}


def test_a_joiner_with_a_date_of_its_own_keeps_it(coder: Coder) -> None:
    text = MEETING + "Turkish President Recep Tayyip Erdogan joined by phone on Thursday."
    events = code(coder, text, day=date(2025, 5, 16))
    assert {e.date for e in events if e.source.country == "TUR"} == {"2025-05-15"}
