"""'the move' inside a participle's clause set after the act it reacts to names that act's
actor ("X did A, prompting Y to call the move a provocation": X), not an act told in an
earlier sentence (tree.prompting_clause, assemble._prompting_actors)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code

TEXT = (
    "Poland summoned Belarus's envoy on Monday over border incidents. "
    "{sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "judge", "author"),
    [
        (
            "Last week Belarus's interior ministry published, then withdrew, a plan to close its border "
            "crossings with Lithuania, prompting the European Union to call the move a provocation.",
            "EUR",
            "BLR",
        ),
        (
            "In June the Belarusian government announced a new tariff on Lithuanian grain, "
            "prompting Germany to denounce the move.",
            "DEU",
            "BLR",
        ),
    ],
)
def test_move_in_prompting_clause_is_the_main_clause_act(coder: Coder, sentence: str, judge: str, author: str) -> None:
    events = code(coder, TEXT.format(sentence=sentence))
    judged = [e for e in events if e.source.country == judge and e.root == "11"]
    assert judged, events
    assert all(e.target.country == author for e in judged), [(e.source.code, e.target.code, e.rule) for e in judged]
