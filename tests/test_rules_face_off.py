"""Regressions of the words21 rule on forces that face off: two sides' forces facing off
show force at each other (150, triggers.yaml face-off), named together as its subject or
the other with "with"/"against"; a face-off of no political actors is none."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Indian and Chinese troops faced off for more than two months in 2017.",
        "Indian soldiers faced off with Chinese troops in the Galwan valley.",
        "Indian forces faced off against Chinese troops near the plateau last summer.",
    ],
)
def test_forces_facing_off_show_force_at_each_other(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("IND", "CHN", "150", "asserted") in found or ("CHN", "IND", "150", "asserted") in found, found


def test_a_face_off_of_no_actors_is_none(coder: Coder) -> None:
    found = quads(code(coder, "The two football teams faced off in the final in New Delhi."))
    assert not any(q[2] == "150" for q in found), found
