"""A threat verb with a direct object tells what endangers a thing, not a threat made: "acts
that are threatening the peace of the region", "sanctions threaten penalties for companies"
code no 130 between the states the sentence names; "threatened to cut off" still threatens."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def _threats(found: set[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [q for q in found if q[2].startswith("13")]


def test_acts_threatening_the_peace_make_no_threat_between_the_actors(coder: Coder) -> None:
    text = "The drills by the United States and South Korea threaten the peace of the Korean peninsula, North Korea said."
    assert not _threats(quads(code(coder, text)))


def test_measures_that_threaten_penalties_make_no_threat(coder: Coder) -> None:
    text = "Washington's Caesar Act sanctions threaten penalties for any foreign company that does business with Damascus."
    assert not _threats(quads(code(coder, text)))


def test_threatening_to_act_still_threatens(coder: Coder) -> None:
    found = quads(code(coder, "Serbia threatened to cut off electricity to Kosovo."))
    assert ("SRB", "XKX", "130", "asserted") in found
