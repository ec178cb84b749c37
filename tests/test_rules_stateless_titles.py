"""Regressions of the disc24 rule on titles that hold no office of a state: a person the
text names only as an opposition leader or a former office-holder is not the official of
the state the story is about (GUIDELINES §1-§2: a state's government, officials, forces;
sectors.yaml OPP, ELI)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "state", "other", "root"),
    [
        ("Venezuela freed six Americans. Opposition leader Ana Ruiz Blanco urged Washington to keep the sanctions.", "VEN", "USA", "10"),
        ("Venezuela freed six Americans. The opposition leader Ana Ruiz Blanco called on the United States to keep sanctions.", "VEN", "USA", "10"),
        ("Tuvalu signed a treaty with Australia. Former prime minister Tomasi Kalua criticised Canberra.", "TUV", "AUS", "11"),
    ],
)
def test_an_opposition_or_former_title_is_no_official_of_the_topic_state(coder: Coder, text: str, state: str, other: str, root: str) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}
    assert (state, other, root) not in found


def test_a_title_of_office_still_names_the_topic_states_official(coder: Coder) -> None:
    found = {(s, t, c[:2]) for s, t, c, st in quads(code(coder, "Venezuela freed six Americans. Foreign Minister Ana Ruiz Blanco urged Washington to lift the sanctions.")) if st == "asserted"}
    assert ("VEN", "USA", "10") in found
