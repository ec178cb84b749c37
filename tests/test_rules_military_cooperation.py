"""Regressions of the root20 rules on military cooperation (CAMEO 062, GUIDELINES §3): forces
sent to a state itself go with its leave and cooperate with it, where forces sent to a border,
a coast or waters show force (150); military trainers that arrive in a state are sent there,
no visit (042); and military or defence ties deepened are military cooperation,
not only better relations (050)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Turkey sent troops to Libya last year.", ("TUR", "LBY")),
        ("Washington has deployed additional surveillance aircraft to Japan this year.", ("USA", "JPN")),
        ("Kenya dispatched 400 soldiers to Mogadishu, the Somali capital.", ("KEN", "SOM")),
    ],
)
def test_forces_sent_to_a_state_itself_cooperate_with_it(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "062", "asserted") in found
    assert (*pair, "150", "asserted") not in found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Poland has sent additional troops to its border with Belarus.", ("POL", "BLR")),
        ("Iran deployed troops to the Iraqi border on Monday.", ("IRN", "IRQ")),
        ("Russia sent troops into Ukraine.", ("RUS", "UKR")),
    ],
)
def test_forces_sent_to_a_border_or_into_a_state_show_force(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "150", "asserted") in found
    assert (*pair, "062", "asserted") not in found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Russian military instructors arrived in Bamako in May.", ("RUS", "MLI")),
        ("Chinese military advisers landed in Vientiane on Friday.", ("CHN", "LAO")),
    ],
)
def test_military_trainers_that_arrive_are_no_visit(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    assert (*pair, "062", "asserted") in found
    assert (*pair, "042", "asserted") not in found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The United States has deepened defence ties with Vietnam.", ("USA", "VNM")),
        ("Japan and the Philippines have expanded military cooperation.", ("JPN", "PHL")),
        ("France strengthened its military relationship with India last year.", ("FRA", "IND")),
    ],
)
def test_military_ties_deepened_are_military_cooperation(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, sentence))}
    assert (*pair, "06") in found or (pair[1], pair[0], "06") in found


def test_plain_ties_deepened_stay_better_relations(coder: Coder) -> None:
    found = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, "The United States has deepened ties with Vietnam."))}
    assert ("USA", "VNM", "05") in found
