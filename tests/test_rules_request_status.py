"""A request named as the occasion of an act ("at Honiara's request") is as sure as that act:
where the act only could happen, so could the request (events/assemble.py)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_request_of_a_possible_act_is_hypothetical(coder: Coder) -> None:
    text = "A draft accord showed that Australia could send police officers to Fiji at Suva's request."
    got = {q for q in quads(code(coder, text)) if q[:3] == ("FJI", "AUS", "020")}
    assert got == {("FJI", "AUS", "020", "hypothetical")}


def test_request_of_a_done_act_stays_asserted(coder: Coder) -> None:
    text = "Australia sent police officers to Fiji at Suva's request."
    assert ("FJI", "AUS", "020", "asserted") in quads(code(coder, text))
