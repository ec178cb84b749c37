"""A quote several coordinated states speak ("'We condemn ...,' Japan, South Korea and
Australia said") speaks for each of them: its "we" and "our", and "our three governments",
are each speaker's (discourse quote_cospeakers; events/arguments.py Resolver._pronoun,
_description), and what each says is its own word, asserted (annotate/attribution.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "\"We condemn North Korea's missile launch,\" Japan, South Korea and Australia said in a joint statement.",
        "\"Our three governments condemn North Korea's missile launch,\" the foreign ministers of Japan, South Korea and Australia said.",
    ],
)
def test_each_speaker_speaks_for_itself(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert {(c, "PRK", "111", "asserted") for c in ("JPN", "KOR", "AUS")} <= found, found


def test_one_speaker_speaks_alone(coder: Coder) -> None:
    found = quads(code(coder, "\"We condemn North Korea's missile launch,\" the Japanese foreign minister said after meeting his Australian counterpart."))
    assert ("JPN", "PRK", "111", "asserted") in found and ("AUS", "PRK", "111", "asserted") not in found, found
