"""A state's own force postures and arrests told by officials the report names only by
kind ("..., officials said") stay asserted, as its meetings and cuts do (speech.yaml
official_reported_roots; set NOTES conventions: "a state's own act told by its own
official ... stays asserted"); analysts' word, or another state's, is still a claim."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian police arrested three Chilean nationals near the border on Monday, officials said.", ("PER", "CHL", "173", "asserted")),
        ("Peru placed its troops on alert along the border with Chile, officials said.", ("PER", "CHL", "152", "asserted")),
        # not officials: analysts only claim it
        ("Peru arrested three Chilean nationals, analysts said.", ("PER", "CHL", "173", "claimed")),
        # a named other state only claims it
        ("Peru arrested three Chilean nationals, Bolivia said.", ("PER", "CHL", "173", "claimed")),
    ],
)
def test_officials_tell_their_states_acts(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))
