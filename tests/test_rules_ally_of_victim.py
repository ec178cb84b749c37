"""Regressions of the disc21 ally-of-the-victim rule: a state's "its ally" or "its partner"
that neither its sentence nor the owner's own acts in the story name is the state a hostile
act was last done to ("Russia shelled Georgia ... Washington said it stood in solidarity
with its ally"); not for a relation of enmity, nor the owner itself."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops shelled Georgian villages on Friday. Washington said it stood in solidarity with its closest ally.", ("USA", "GEO", "05")),
        ("North Korea fired artillery at South Korea on Tuesday. Japan praised its partner for its restraint.", ("JPN", "KOR", "05")),
        ("Chinese ships blockaded a Philippine outpost last week. Australia said it stood in solidarity with its ally.", ("AUS", "PHL", "05")),
    ],
)
def test_an_ally_named_by_its_owner_alone_is_the_last_victim(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, text)


def test_the_hostile_side_is_never_the_ally(coder: Coder) -> None:
    found = _pairs(coder, "Russian troops shelled Georgian villages on Friday. Washington said it stood in solidarity with its closest ally.")
    assert ("USA", "RUS", "05") not in found
