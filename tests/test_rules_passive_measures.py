"""A measure told in the passive with no agent, on its subject ("was slapped with an
additional duty"), is taken by the state that took the last measure of its root told
before against another state (triggers.yaml passive_measure_roots); with none told, or
with an agent named, nothing is guessed."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_passive_measure_taken_by_the_last_doer(coder: Coder) -> None:
    text = "Washington imposed heavy tariffs on Brazilian steel. Argentina was hit with similar levies."
    assert ("USA", "ARG", "163", "asserted") in quads(code(coder, text))


def test_no_measure_told_no_doer(coder: Coder) -> None:
    assert not [e for e in code(coder, "Argentina was hit with similar levies.") if e.target.country == "ARG"]


def test_named_in_a_phrase_is_no_passive_subject(coder: Coder) -> None:
    # (the state a phrase of the measure names may be its doer: no guess from the last measure)
    text = "Washington imposed heavy tariffs on Brazilian steel. Orders from Chilean buyers were cancelled."
    assert not [e for e in code(coder, text) if e.source.country == "USA" and e.target.country == "CHL"]
