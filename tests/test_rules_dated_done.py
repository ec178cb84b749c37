"""A verb the text narrates in the simple past stays asserted when its time words resolve
to a date after the article's (GUIDELINES §4: asserted is what the article reports as
having happened); only an act still to come is future by its date (timing.told_as_done)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads

_ARTICLE = (
    "SANTIAGO, March 10 (Reuters) - Chile accused a Peruvian navy ship on Wednesday of ramming a Chilean fishing boat off Arica.\n\n"
    "The incident came less than two weeks after Boric became the first Chilean leader in seven years to visit Lima, "
    "where he and Castillo agreed to stabilise relations after Peru lifted most of its trade curbs on Chilean exports."
)


def test_past_tense_acts_stay_asserted(coder: Coder) -> None:
    got = quads(code(coder, _ARTICLE))
    assert ("CHL", "PER", "042", "asserted") in got
    assert ("PER", "CHL", "085", "asserted") in got
    assert ("CHL", "PER", "042", "future") not in got


def test_act_still_to_come_stays_future(coder: Coder) -> None:
    got = quads(code(coder, "Chilean Foreign Minister Alberto van Klaveren will visit Lima on March 15."))
    assert ("CHL", "PER", "042", "future") in got
