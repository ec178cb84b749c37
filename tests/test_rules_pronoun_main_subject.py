"""A sentence-initial "he" after a sentence whose main clause's subject is a person goes on
with that person, not with one named as the subject of a clause inside it ("X said,
warning that ... if Y did not ... . He thanked ...": X) (tree.subject_rank,
Discourse.person_before); a person named before "he" in its own sentence stays the last."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


@pytest.mark.parametrize(
    ("text", "thanker"),
    [
        (
            "Chilean President Gabriel Boric said on Monday the talks would go on, warning that aid could "
            "stop if Peruvian President Dina Boluarte did not free the detainees. He thanked Brazil for its help.",
            "CHL",
        ),
        (
            "Kenyan President William Ruto said the border would reopen, adding that trade would suffer "
            "unless Ugandan President Yoweri Museveni lifted the ban. He praised Tanzania for its patience.",
            "KEN",
        ),
    ],
)
def test_he_is_the_main_clause_subject_before(coder: Coder, text: str, thanker: str) -> None:
    events = code(coder, text)
    praised = [e for e in events if e.root == "05" and e.target.country in ("BRA", "TZA")]
    assert praised, [(e.source.code, e.target.code, e.cameo, e.rule) for e in events]
    assert {e.source.country for e in praised} == {thanker}
