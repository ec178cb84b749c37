"""Transfers between states told with the receiver as the object: "provided Ukraine with
support" is aid (070), "supplying Russia with drones" military cooperation (062)
(triggers.yaml provide-with, provide-with-arms); civilian professionals sent to a state or
hired from it are material cooperation (060: send-professionals, hire-professionals)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has provided Moldova with humanitarian and financial support.", ("NOR", "MDA", "07")),
        ("Qatar supplied Lebanon with fuel and food last winter.", ("QAT", "LBN", "07")),
        ("Japan provided the Philippine government with credit lines worth $2 billion.", ("JPN", "PHL", "07")),
        ("Belarus has been supplying Russia with artillery shells and drones.", ("BLR", "RUS", "06")),
        ("Turkey equipped Azerbaijan with armed drones.", ("TUR", "AZE", "06")),
    ],
)
def test_the_receiver_as_object_and_the_goods_with_with(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected[:2] and q[2].startswith(expected[2]) and q[3] == "asserted" for q in found), found


def test_with_a_thing_that_is_no_goods_nothing_is_given(coder: Coder) -> None:
    found = quads(code(coder, "Norway provided Moldova with an opportunity to respond."))
    assert not any(q[2][:2] in ("06", "07") for q in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba sent 2,000 doctors and nurses to Angola.", ("CUB", "AGO")),
        ("India dispatched a medical team to Nepal after the earthquake.", ("IND", "NPL")),
        ("Italy hired 500 Cuban doctors during the pandemic.", ("ITA", "CUB")),
    ],
)
def test_professionals_sent_or_hired_are_cooperation(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected and q[2].startswith("06") and q[3] == "asserted" for q in found), found


def test_professionals_sent_abroad_have_no_receiver(coder: Coder) -> None:
    found = quads(code(coder, "The United States tightened its visa rules. Cuba has sent doctors abroad since the 1960s."))
    assert not any(q[0] == "CUB" and q[2].startswith("06") for q in found), found
