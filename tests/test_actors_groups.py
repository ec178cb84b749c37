"""Named groups of states (descriptions.yaml ``state_groups``): "the E3 condemned X" is an
event of each member state, through the real spaCy pipeline and coder, for every group and
every name of it in the data file, as the subject, the object and a possessor."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
import yaml

from dyadwatch.coder import Coder
from dyadwatch.records import Article

GROUPS = yaml.safe_load(
    (resources.files("dyadwatch") / "data" / "actors" / "descriptions.yaml").read_text(encoding="utf-8")
)["state_groups"]
#: a state in no group, to stand on the other side
OTHER, OTHER_NAME = "BRA", "Brazil"
def _members(group: dict) -> tuple[str, ...]:
    """The member codes the data gives: its own codes, after those of the group it extends."""
    base = next((_members(g) for g in GROUPS if g["words"][0] == group.get("plus")), ())
    return (*base, *group["codes"])


CASES = [(word, _members(g)) for g in GROUPS for word in g["words"]]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _pairs(coder: Coder, text: str) -> set[tuple[str, str]]:
    events = coder.code(Article(id="groups", text=text, date=date(2024, 6, 1)))
    return {(e.source.country, e.target.country) for e in events}


@pytest.mark.parametrize(("word", "members"), CASES, ids=[c[0] for c in CASES])
def test_a_group_as_subject_is_each_member(coder: Coder, word: str, members: tuple[str, ...]) -> None:
    assert OTHER not in members
    pairs = _pairs(coder, f"The {word} condemned {OTHER_NAME} on Monday.")
    assert pairs == {(m, OTHER) for m in members}


@pytest.mark.parametrize(("word", "members"), CASES[:3], ids=[c[0] for c in CASES[:3]])
def test_a_group_as_target_and_as_possessor(coder: Coder, word: str, members: tuple[str, ...]) -> None:
    assert _pairs(coder, f"{OTHER_NAME} criticised the {word} on Monday.") == {(OTHER, m) for m in members}
    assert _pairs(coder, f"The {word}'s ministers met {OTHER_NAME}'s president on Monday.") >= {
        (m, OTHER) for m in members
    }


def test_a_group_name_in_lower_case_is_no_group(coder: Coder) -> None:
    """The names are matched as written ("five eyes" is no alliance)."""
    assert _pairs(coder, f"The five eyes condemned {OTHER_NAME} on Monday.") == set()


def test_a_groups_possessive_is_each_member(coder: Coder) -> None:
    """'The E3 reiterate their support for Brazil': 'their' is bound to the group subject."""
    assert _pairs(coder, f"The E3 reiterate their support for {OTHER_NAME}.") == {(m, OTHER) for m in ("FRA", "DEU", "GBR")}


@pytest.mark.parametrize(
    ("lead", "voices"),
    [
        ("Joint statement by Ambassador Ana Ruiz, on behalf of France, Germany and the UK (E3).", {"FRA", "DEU", "GBR"}),
        ("Statement delivered on behalf of Canada and Australia at the Board meeting.", {"CAN", "AUS"}),
        # one state is no joint statement: "we" stays the publisher's (here: none)
        ("Statement delivered on behalf of Canada at the Board meeting.", set()),
    ],
)
def test_a_joint_statements_we_is_each_state_it_speaks_for(coder: Coder, lead: str, voices: set[str]) -> None:
    text = f"{lead}\n\nWe condemn {OTHER_NAME}'s decision to close the border with its neighbours."
    assert {s for s, t in _pairs(coder, text) if t == OTHER} == voices
