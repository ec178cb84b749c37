"""Regressions of the status20 rule: a state's own act told by its own state media stays
asserted (set NOTES conventions); "according to state television" is a party's own voice,
not a claim, while another state's media only claims it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Russian military advisers arrived in Bamako on Monday, according to state television.", "RUS", "MLI"),
        ("China sent aid to Nepal in March, according to Chinese state media.", "CHN", "NPL"),
        ("Kenya expelled two Somali diplomats on Monday, according to the state broadcaster KBC.", "KEN", "SOM"),
    ],
)
def test_a_partys_own_state_media_tell_the_act_as_done(coder: Coder, sentence: str, source: str, target: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == (source, target) and q[3] == "asserted" for q in found)
    assert not any(q[:2] == (source, target) and q[3] == "claimed" for q in found)


def test_another_states_media_only_claim_it(coder: Coder) -> None:
    found = quads(code(coder, "Russian troops shelled Ukrainian villages, according to Belarusian state media."))
    assert any(q[:2] == ("RUS", "UKR") and q[3] == "claimed" for q in found)
    assert not any(q[:2] == ("RUS", "UKR") and q[3] == "asserted" for q in found)
