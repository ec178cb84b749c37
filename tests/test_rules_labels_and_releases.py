"""A "call" whose object is no noun is a label the parser misread ("calling Mali's decision
'short-sighted and hasty'"), no phone call; what is released to the public (a recording, a
video, a report) is no release of persons (084)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def test_a_misparsed_label_is_no_phone_call(coder: Coder) -> None:
    text = (
        "Kyiv's foreign ministry said it categorically rejects the accusations, calling Mali's decision "
        '"short-sighted and hasty" and insisting that Ukraine adheres to international law.'
    )
    assert not any(q[2] == "041" for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran released a video of the seized British tanker.",
        "In 2002 Castro released a recording of a telephone conversation with the Mexican president.",
    ],
)
def test_what_is_published_is_no_release(coder: Coder, sentence: str) -> None:
    assert not any(q[2].startswith("08") for q in quads(code(coder, sentence)))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [("Iran released the British tanker.", ("IRN", "GBR")), ("Russia freed two American prisoners.", ("RUS", "USA"))],
)
def test_persons_and_ships_are_still_released(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "084", "asserted") in quads(code(coder, sentence))
