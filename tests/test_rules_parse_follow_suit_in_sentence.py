"""Regressions of the parse28 rule: a pro-verb phrase in a clause coordinated with the one
that told an act ("Kenya closed its border with Somalia, and Ethiopia did the same")
repeats that act, told earlier in the same sentence, by the new doers, to the same target."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "followers", "target", "root"),
    [
        ("Kuwait recalled its ambassador from Beirut on Friday, and Oman and Qatar did the same a day later.", ("OMN", "QAT"), "LBN", "16"),
        ("Poland expelled Russia's military attache, and Lithuania took a similar step.", ("LTU",), "RUS", "16"),
        ("Chad cut ties with Israel in March and Niger followed suit two weeks later.", ("NER",), "ISR", "16"),
    ],
)
def test_a_coordinated_clause_repeats_the_act_told_before_it(coder: Coder, sentence: str, followers: tuple[str, ...], target: str, root: str) -> None:
    found = quads(code(coder, sentence))
    for follower in followers:
        assert any(q[:2] == (follower, target) and q[2].startswith(root) and q[3] == "asserted" for q in found)


def test_an_act_told_after_the_phrase_is_not_repeated(coder: Coder) -> None:
    found = quads(code(coder, "Oman did the same, and Kuwait later recalled its ambassador from Beirut."))
    assert not any(q[0] == "OMN" for q in found)
