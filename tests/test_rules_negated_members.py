"""Members named only to be denied the act: "Neither France nor Germany condemned Russia"
negates the act of each (status_cues.yaml negating_subject_determiners), and "condemned
Britain but not France" leaves France out of what the coordination names
(tree.excepted_conjunct)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Poland nor Lithuania condemned Belarus after the incident.",
        "Neither Warsaw nor Vilnius has recognised the government of Belarus.",
        "No EU state has condemned Belarus over the flights.",
    ],
)
def test_a_subject_that_denies_its_members_negates_the_act(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert found, sentence
    assert all(q[3] == "negated" for q in found), found


def test_the_same_members_without_the_denial_act(coder: Coder) -> None:
    found = quads(code(coder, "Poland and Lithuania condemned Belarus after the incident."))
    assert ("POL", "BLR", "111", "asserted") in found
    assert ("LTU", "BLR", "111", "asserted") in found


@pytest.mark.parametrize(
    ("sentence", "kept", "left"),
    [
        ("Chile condemned Peru but not Bolivia.", "PER", "BOL"),
        ("Chile condemned Peru, but not Bolivia, for the border closure.", "PER", "BOL"),
        ("The EU imposed sanctions on Russia and not on Belarus.", "RUS", "BLR"),
    ],
)
def test_a_conjunct_with_its_own_negation_is_left_out(coder: Coder, sentence: str, kept: str, left: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[1] == kept and q[3] == "asserted" for q in found), found
    assert not any(q[1] == left and q[3] == "asserted" for q in found), found


def test_not_only_but_also_names_both(coder: Coder) -> None:
    found = quads(code(coder, "Chile condemned not only Peru but also Bolivia."))
    assert ("CHL", "PER", "111", "asserted") in found
    assert ("CHL", "BOL", "111", "asserted") in found
