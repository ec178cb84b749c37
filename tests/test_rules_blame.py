"""Regressions of the blame17 rules: a speaker holding another state responsible accuses it
(112, asserted), whether it says so, believes so, or leaves the act unnamed."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code, quads


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def test_a_speaker_who_believes_a_state_responsible_accuses_it(coder: Coder) -> None:
    found = quads(code(coder, "The Netherlands believed Belarus was responsible for the sabotage."))
    assert ("NLD", "BLR", "112", "asserted") in found


def test_a_belief_told_in_the_passive_is_no_accusation_by_its_teller(coder: Coder) -> None:
    found = quads(code(coder, "Belarus is believed to be behind the sabotage, the Netherlands reported."))
    assert ("NLD", "BLR", "112", "asserted") not in found


def test_said_responsible_needs_no_for_phrase(coder: Coder) -> None:
    found = quads(code(coder, "Norway also said Belarus was almost certainly responsible."))
    assert ("NOR", "BLR", "112", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway said Belarus would be responsible.",
        "Norway said Belarus was not responsible.",
        "Norway said it was responsible.",
    ],
)
def test_a_modal_a_negation_or_the_speaker_itself_is_no_accusation(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("NOR", "BLR", "112", "asserted") not in found


def test_saying_a_state_arms_rebels_accuses_it(coder: Coder) -> None:
    found = quads(code(coder, "Uganda said the rebels were armed by Sudan."))
    assert ("UGA", "SDN", "112", "asserted") in found


def test_every_speaker_of_a_relative_clause_on_a_named_group_accuses_its_backer(coder: Coder) -> None:
    text = "Talks opened with the Zeta Front, the armed movement that Uganda and the African Union say is funded by Sudan."
    found = quads(code(coder, text))
    assert {("UGA", "SDN", "112", "asserted"), ("AFU", "SDN", "112", "asserted")} <= found


def test_a_plan_backed_by_a_state_is_no_accusation(coder: Coder) -> None:
    found = quads(code(coder, "Uganda said the peace plan was backed by Sudan."))
    assert ("UGA", "SDN", "112", "asserted") not in found


def test_saying_an_attack_was_planned_in_a_state_accuses_it(coder: Coder) -> None:
    found = quads(code(coder, "Indian officials said the bombing was planned in Nepal."))
    assert ("IND", "NPL", "112", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    ["Indian officials said the summit was planned in Nepal.", "Indian officials said the bombing was not planned in Nepal."],
)
def test_a_peaceful_or_denied_plan_is_no_accusation(coder: Coder, sentence: str) -> None:
    assert ("IND", "NPL", "112", "asserted") not in quads(code(coder, sentence))


def test_a_finding_of_no_one_is_the_acting_clause_actors(coder: Coder) -> None:
    text = "Latvia expelled the ambassador of Belarus after an inquiry concluded that Minsk was behind the sabotage."
    found = quads(code(coder, text))
    assert ("LVA", "BLR", "112", "asserted") in found
