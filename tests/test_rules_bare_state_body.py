"""Regressions of the disc21 bare-body rule: a state's executive body named in a subject
with no state ("The Foreign Ministry condemned Poland", "the army said") acts for the state
that just acted (a state in a subject before it in the sentence, else the last sentence's
subject, else the topic); not a body in an object ("ordered the army to respond": its own),
nor one that its of-phrase tells, nor a plural of office holders."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia banned food imports on Thursday. The Foreign Ministry condemned Poland.", ("RUS", "POL", "11")),
        ("Russian officials said they would look to Latin America. The Agriculture Ministry has held talks with Brazil.", ("RUS", "BRA", "04")),
        ("Kenya closed two border posts on Monday. The Defence Ministry accused Somalia of shelling them.", ("KEN", "SOM", "11")),
    ],
)
def test_a_bare_body_in_a_subject_acts_for_the_state_that_just_acted(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, text)


def test_a_body_in_an_object_is_no_other_state(coder: Coder) -> None:
    found = _pairs(coder, "Lebanon protested to Syria. President Aoun ordered the army to respond.")
    assert not any(t == "SYR" and s == "LBN" and r == "10" for s, t, r in found)


def test_a_plural_of_office_holders_is_no_body(coder: Coder) -> None:
    found = _pairs(coder, "Britain accused Russia of aggression. The Foreign Ministers agreed to continue to discuss it.")
    assert not any(s == "GBR" and r in ("03", "04") for s, _, r in found)
