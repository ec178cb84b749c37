"""Group words ("both countries", "the two sides") told by reference: the two states the
sentence before names stand for the pair when they are also the two most talked about only
while the story's own pair (the parties of its first hostile or joint act, named in the
headline) is not another (events/arguments.py ``Resolver.group``)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads

TEXT = (
    "Ugandan troops shelled a Kenyan border village on Monday, and Kenya expelled Uganda's ambassador. "
    "Tanzania's president praised Kenyan President William Ruto for his calm. "
    "Tanzanian officials praised Kenya for its restraint and Tanzania offered Kenya help. "
    "The African Union urged both countries to show restraint."
)


def test_headlined_pair_beats_the_pair_of_the_sentence_before(coder: Coder) -> None:
    got = quads(code(coder, TEXT, title="Kenya expels Ugandan envoy over border raid"))
    assert ("AFU", "UGA", "100", "asserted") in got
    assert ("AFU", "KEN", "100", "asserted") in got
    assert ("AFU", "TZA", "100", "asserted") not in got


def test_pair_of_the_sentence_before_kept_when_the_headline_names_it(coder: Coder) -> None:
    # (a first act the headline does not name is no proof of the story's pair)
    got = quads(code(coder, TEXT, title="Tanzania backs Kenya in border row"))
    assert ("AFU", "TZA", "100", "asserted") in got
    assert ("AFU", "KEN", "100", "asserted") in got
