"""Regressions of the denials17 rules: a denial whose accuser is not in its own clause
criticises the one who made the accusation it answers (GUIDELINES §3, [11, 12] from the
denier against the accuser): the clause a relative-clause denial hangs on, else the
last one who accused, pressed or acted against the denier."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code, quads


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def _denials(coder: Coder, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, cameo, _ in quads(code(coder, text)) if cameo.startswith("11")}


def test_a_relative_clause_denial_answers_the_clause_it_hangs_on(coder: Coder) -> None:
    text = "Norway condemned the presence of foreign fighters in Sudan, which the Sudanese army denied."
    assert ("SDN", "NOR") in _denials(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru expelled two Bolivian diplomats on Monday. Reporters asked whether the plot was run from abroad. La Paz denies any involvement.",
        "Kenya has repeatedly urged Somalia to stop raids across the border. Somalia denies harbouring the raiders.",
    ],
)
def test_a_denial_answers_whoever_last_pressed_the_denier(coder: Coder, text: str) -> None:
    denier, presser = ("BOL", "PER") if "Peru" in text else ("SOM", "KEN")
    assert (denier, presser) in _denials(coder, text)


def test_a_denial_with_no_accuser_stays_without_event(coder: Coder) -> None:
    assert not _denials(coder, "Heavy rain fell in the north. Ghana denies any involvement.")


def test_a_relative_clause_rejection_with_no_target_answers_every_subject_of_its_clause(coder: Coder) -> None:
    text = ("In May, Kenya, Uganda and Tanzania joined Ethiopia in a statement voicing concern over "
            "the arrest of the opposition leader, which Somalia's government rejected as interference.")
    assert {("SOM", "KEN"), ("SOM", "UGA"), ("SOM", "TZA")} <= _denials(coder, text)


@pytest.mark.parametrize(
    "second",
    ["Greece denied visas to Turkish officials.", "Greece denied any plan to retaliate.", "Greece rejected its own draft budget."],
)
def test_a_denial_of_no_accusation_does_not_answer_the_last_hostile_act(coder: Coder, second: str) -> None:
    assert ("GRC", "TUR") not in _denials(coder, "Turkey expelled two Greek diplomats. " + second)
