"""Every state of a coordinated subject speaks a judgement, not the first alone: "Egypt and
Qatar said the incursion was a flagrant violation" is a criticism (111) by each of them; so
are praise (051) and blame (112) told under a verb of saying."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "speakers", "target", "cameo"),
    [
        ("Egypt and Qatar said Israel's incursion was a flagrant violation of international law.", ("EGY", "QAT"), "ISR", "111"),
        ("Peru, Chile and Bolivia said the arrests made by Argentina were illegal.", ("PER", "CHL", "BOL"), "ARG", "111"),
        ("France and Germany said Russia was responsible for the attack.", ("FRA", "DEU"), "RUS", "112"),
    ],
)
def test_each_coordinated_speaker_judges(coder: Coder, text: str, speakers: tuple[str, ...], target: str, cameo: str) -> None:
    found = quads(code(coder, text))
    for speaker in speakers:
        assert any(q[:2] == (speaker, target) and q[2] == cameo for q in found), (speaker, found)
