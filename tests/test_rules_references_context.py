"""Actors a sentence names only by reference: a pronoun whose antecedent is a subject set
beside a description ("Chile, Peru's largest trading partner, said it ..."), the subject of
the sentence before ("... On Wednesday it had recalled ..."), an "it" with an object that is
no expletive ("it would ask the OAS to ..."), a subject pronoun that stands for the other
side, an organisation named by its kind ("the regional bloc", "the 55-member bloc"), and a
state named by its relation to another ("accusing its neighbour")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def _pairs(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    return {(e.source.country, e.target.country) for e in code(coder, text) if e.root == root and e.status.value == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile, Peru's largest trading partner, said it stood fully behind Lima.",
        "Ghana, Togo's closest ally, said it stood firmly behind Lome.",
    ],
)
def test_a_pronoun_after_a_subject_with_an_apposition_is_the_subject(coder: Coder, text: str) -> None:
    assert _pairs(coder, text, "05") == ({("CHL", "PER")} if text.startswith("Chile") else {("GHA", "TGO")})


@pytest.mark.parametrize(
    "text",
    [
        "The African Union met in Addis Ababa on Sunday. The 55-member bloc suspended Guinea in September.",
        "The African Union met in Addis Ababa on Sunday. The regional bloc suspended Guinea in September.",
    ],
)
def test_an_organisation_named_by_its_kind_is_the_one_named_before(coder: Coder, text: str) -> None:
    assert ("AFU", "GIN") in _pairs(coder, text, "16")


def test_a_state_agency_is_no_organisation_named_before(coder: Coder) -> None:
    text = "The IAEA inspected a reactor in Iran. The national agency said it would protest against Israel."
    assert not any(s == "IAE" and t == "ISR" for s, t in {(e.source.country, e.target.country) for e in code(coder, text)})


def test_it_with_an_object_and_an_infinitive_is_no_expletive(coder: Coder) -> None:
    text = "Argentina thanked Brazil for its help on Saturday. It said it would ask the Organization of American States to hold an urgent session."
    assert ("ARG", "OAS") in {(e.source.country, e.target.country) for e in code(coder, text) if e.root == "02"}


def test_a_subject_pronoun_for_the_other_side_names_no_one_else(coder: Coder) -> None:
    text = (
        "Beijing condemned Taiwan's stopover in Honolulu on the way to Guatemala, calling it a provocation, "
        "and said it would take resolute and forceful measures to defend its sovereignty."
    )
    threats = _pairs(coder, text, "13")
    assert ("CHN", "TWN") in threats
    assert ("CHN", "GTM") not in threats


def test_a_subject_it_goes_on_with_the_subject_before(coder: Coder) -> None:
    text = (
        "Iran fired missiles at a village in Pakistan on Tuesday. "
        "Iran's foreign ministry summoned Pakistan's charge d'affaires in Tehran. "
        "Islamabad said the raid had killed two children. "
        "On Wednesday it had recalled its ambassador from Tehran."
    )
    assert ("PAK", "IRN") in _pairs(coder, text, "16")


def test_a_neighbour_owned_by_one_state_is_the_other_state_its_sentence_names(coder: Coder) -> None:
    text = "Ghana recalled its ambassador to Togo on Tuesday, accusing its neighbour of harbouring rebels."
    assert ("GHA", "TGO") in _pairs(coder, text, "11")


def test_a_neighbour_owned_by_one_state_is_the_state_it_faced_before(coder: Coder) -> None:
    text = (
        "Armenia and Georgia signed a transit deal in Tbilisi. "
        "Armenian officials said Yerevan wanted to keep close ties with its northern neighbour."
    )
    assert ("ARM", "GEO") in {(e.source.country, e.target.country) for e in code(coder, text) if e.cameo == "032"}


def test_an_ally_of_a_state_outside_the_story_pair_is_no_one(coder: Coder) -> None:
    # (the ally of the United States in a story of Israel and Iran is not the most
    # talked-about state, which may be its foe)
    text = "Israel struck targets in Iran on Friday. Washington said it stood with its ally."
    assert not {t for s, t in _pairs(coder, text, "05") if s == "USA"}
