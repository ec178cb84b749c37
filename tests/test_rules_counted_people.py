"""A counted group ("the two governments", events/arguments.py Resolver.group) counts the
states named before it in its sentence, a person the article has introduced among them:
"Lomani said he would seek to reassure Canberra, and officials of the two governments have
met" are Fiji's and Australia's, not the pair of an earlier act."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads

TEXT = (
    "Tonga and China signed a security pact in May. "
    "Fijian Prime Minister Tavita Lomani criticised the pact, and Australia said it was watching China closely. "
    "Lomani has said he would seek to reassure Canberra, and officials of the two governments have met twice since June."
)


def test_a_person_named_before_counts_in_the_group(coder: Coder) -> None:
    found = quads(code(coder, TEXT))
    meetings = {(s, t) for s, t, c, st in found if c.startswith("04") and st == "asserted"}
    assert meetings & {("FJI", "AUS"), ("AUS", "FJI")}, found
    assert not meetings & {("TON", "CHN"), ("CHN", "TON"), ("AUS", "CHN"), ("CHN", "AUS")}, found
