"""Event nouns whose doer sits in the noun phrase (nouns26): an act told as a noun under a
verb of another kind is an event of its own when the phrase names who did it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        # a name compound is the measure's owner when the noun names its own target
        (
            "Laos has long supported United Nations Security Council sanctions on North Korea.",
            ("UNO", "PRK", "163", "asserted"),
        ),
        (
            "Norway welcomed European Union sanctions against Belarus on Tuesday.",
            ("EUR", "BLR", "163", "asserted"),
        ),
    ],
)
def test_a_compound_owner_of_an_aimed_measure_under_another_verb(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


def test_a_bare_compound_stays_the_target(coder: Coder) -> None:
    # "Iran sanctions" names whom they hit: no sanctions by Iran
    found = quads(code(coder, "Japan welcomed the new Iran sanctions on Monday."))
    assert not any(q[0] == "IRN" for q in found), found


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        # refusing another's demand, named with its doer, leaves the demand made
        ("Ottawa refused Beijing's demand that the detained executive be released.", ("CHN", "CAN", "100", "asserted")),
        ("Manila declined Beijing's demand to withdraw its coast guard vessels from the shoal.", ("CHN", "PHL", "100", "asserted")),
    ],
)
def test_a_refused_act_named_with_its_doer_was_done(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        # a possessed event noun presupposes the event, in a reported clause too
        (
            "Analysts said the dispute could leave Qatar's mediation between Ethiopia and Eritrea as the only channel.",
            ("QAT", "ERI", "045", "asserted"),
        ),
        (
            "Analysts said a new flare-up would jeopardise Kuwait's mediation between Saudi Arabia and Qatar.",
            ("KWT", "QAT", "045", "asserted"),
        ),
    ],
)
def test_a_possessed_event_noun_in_a_report_is_asserted(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        # a request or a charge another rejects was made to the one who rejects it
        ("Hanoi has refused Beijing's repeated requests to hand over the fishermen.", ("CHN", "VNM", "020", "asserted")),
        ("Tbilisi rejected Moscow's accusation on Friday.", ("RUS", "GEO", "112", "asserted")),
    ],
)
def test_a_rejected_verbal_act_was_aimed_at_the_rejecter(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


def test_a_supported_request_names_no_addressee(coder: Coder) -> None:
    found = quads(code(coder, "Hanoi supported Beijing's request on Friday."))
    assert not any(q[:3] == ("CHN", "VNM", "020") for q in found), found
