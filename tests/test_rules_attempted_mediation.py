"""Regressions of the attempted-mediation rule (roots24): an attempt at mediation is
mediation (CAMEO 04, asserted): "has been trying to broker a compromise" mediates, while
what the mediator tries to reach (the truce, the deal) stays hypothetical
(status_cues.yaml ``attempt_heads``, ``attempted_acts``)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar has been trying to broker a truce between Sudan and Chad.", {("QAT", "SDN", "045", "asserted"), ("QAT", "TCD", "045", "asserted")}),
        ("Turkey attempted to broker a deal between Russia and Ukraine.", {("TUR", "RUS", "045", "asserted"), ("TUR", "UKR", "045", "asserted")}),
    ],
)
def test_an_attempt_to_broker_is_mediation(coder: Coder, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= quads(code(coder, text))


def test_what_the_mediator_tries_to_reach_stays_hypothetical(coder: Coder) -> None:
    found = quads(code(coder, "Turkey attempted to broker a deal between Russia and Ukraine."))
    assert ("RUS", "UKR", "057", "hypothetical") in found
    assert not any(q[2] == "057" and q[3] == "asserted" for q in found)


def test_an_attempt_at_another_act_is_not_done(coder: Coder) -> None:
    found = quads(code(coder, "Russia tried to attack Ukraine's power grid."))
    assert not any(q[:2] == ("RUS", "UKR") and q[3] == "asserted" for q in found)
