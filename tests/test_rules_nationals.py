"""A people's plural narrowed by a relative clause and doing an act ('Peruvians who had
signed contracts with ...') is some of that state's nationals, not the state
(events/arguments.py); as sufferers of an act such nationals still stand for their state."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_nationals_who_act_are_not_their_state(coder: Coder) -> None:
    events = code(coder, "The envoy told a radio station that Peruvians who had signed contracts with the Chilean navy were welcome.")
    assert not [q for q in quads(events) if q[0] == "PER"], quads(events)


def test_nationals_who_suffer_stand_for_their_state(coder: Coder) -> None:
    events = code(coder, "Venezuela has released three Colombians who were unjustly detained last year.")
    assert [q for q in quads(events) if q[:2] == ("VEN", "COL")], quads(events)
