"""Regressions of the threat19 rules: a response a state speaker says will come threatens
(130, asserted) whom it answers, who is to bear it or whom the story's quarrel is with; an
action a state says it will take against another, or on another's condition, threatens
that other (events/warned_response.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Poland expelled two Belarusian diplomats on Monday. The foreign ministry in Minsk said retaliation would follow within days.",
         ("BLR", "POL")),
        ("Japan detained a Chinese trawler near the islands. Beijing warned that the seizure would be met with counter-measures.",
         ("CHN", "JPN")),
        ("Ecuador said countermeasures against Peru would be taken if Lima kept the border closed.", ("ECU", "PER")),
        ("Hungary banned the import of Ukrainian grain. Ukrainian officials hinted that further measures could follow if the ban stayed.",
         ("UKR", "HUN")),
    ],
)
def test_a_response_told_as_to_come_threatens(coder: Coder, text: str, threat: tuple[str, str]) -> None:
    assert (*threat, "130", "asserted") in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        # effects, not an answer
        "Kenya said the consequences of the drought would be felt in Somalia for years.",
        # a response that is not promised
        "Poland expelled two Belarusian diplomats. Minsk said no retaliation would follow.",
        # more measures of cooperation, not in answer to anyone
        "Japan said further measures to support Ukraine would follow next month.",
    ],
)
def test_effects_and_denied_responses_threaten_no_one(coder: Coder, text: str) -> None:
    assert not any(q[2].startswith("13") for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Brazil said it would take action if Paraguay did not reopen the bridge.", ("BRA", "PRY")),
        ("Turkey said it would take all necessary steps if Greece kept arming the islands.", ("TUR", "GRC")),
        ("The Chinese foreign ministry said China would take measures against Lithuania.", ("CHN", "LTU")),
    ],
)
def test_an_action_promised_against_a_state_threatens_it(coder: Coder, text: str, threat: tuple[str, str]) -> None:
    assert (*threat, "130", "asserted") in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said it would take action if food prices kept rising.",
        "Japan said it would take further steps to deepen its ties with India.",
        "Norway said it would not take action against Sweden.",
    ],
)
def test_an_action_aimed_at_no_state_or_refused_threatens_no_one(coder: Coder, text: str) -> None:
    assert not any(q[2].startswith("13") for q in quads(code(coder, text)))
