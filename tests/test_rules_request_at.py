"""Regressions of the words21 rule on acts done at another's request: the one whose request
it was asked for them (020; triggers.yaml n-request-at, a noun counted only in an at-phrase,
lexicon.Trigger.at_only), the asked being the subject of the act; a request's maker is a
state or body, not a person whose state is guessed, and a request named elsewhere is no
such act. A grievance is felt at the act, not at the request behind it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "At Ankara's request, NATO ambassadors held an emergency meeting on Tuesday.",
        "NATO convened its council at the request of Turkey.",
        "NATO ambassadors met in Brussels at the request of Turkey.",
    ],
)
def test_acting_at_a_states_request_answers_its_appeal(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("TUR", "NAT", "020", "asserted") in found


def test_a_request_named_outside_an_at_phrase_is_no_such_act(coder: Coder) -> None:
    # (not "NATO rejected Turkey's request": a request rejected was made to the rejecter,
    # triggers.yaml govrejecter, test_rules_noun_doers.py)
    found = quads(code(coder, "NATO discussed Turkey's request for an emergency meeting."))
    assert ("TUR", "NAT", "020", "asserted") not in found


def test_a_grievance_is_felt_at_the_act_not_at_the_request_behind_it(coder: Coder) -> None:
    text = ("China detained two Canadian citizens, days after Canadian authorities arrested a Huawei executive at Washington's request. "
            "Ottawa was deeply concerned.")
    found = quads(code(coder, text))
    assert ("USA", "CAN", "020", "asserted") in found
    assert ("CAN", "USA", "111", "asserted") not in found
