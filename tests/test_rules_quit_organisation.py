"""Regressions of quitting an organisation by notice (triggers.yaml quit-organisation,
by_notice): a state that announces it will leave a bloc has withdrawn, 16 asserted from
each withdrawing state (set13 NOTES), and a withdrawal told ahead is no threat."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Niger said on Monday that it would leave the African Union.",
        "Niger announced in March that it would quit the Economic Community of West African States.",
        "Niger's junta said it will exit the African Union by the end of the year.",
    ],
)
def test_an_announced_withdrawal_is_the_withdrawal(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert ("NER", "AFU", "160", "asserted") in found or ("NER", "ECW", "160", "asserted") in found


def test_each_state_of_a_joint_announcement_withdraws(coder: Coder) -> None:
    found = quads(code(coder, "Chad, Sudan and Niger said on Friday that they would leave the African Union."))
    for state in ("TCD", "SDN", "NER"):
        assert (state, "AFU", "160", "asserted") in found


def test_a_withdrawal_told_ahead_is_no_threat(coder: Coder) -> None:
    found = quads(code(coder, "\"As we leave the African Union we will keep our friends,\" Niger's foreign minister said."))
    assert not any(q[2].startswith("13") for q in found)


def test_a_withdrawal_another_expects_is_not_done(coder: Coder) -> None:
    found = quads(code(coder, "Analysts said Niger could leave the African Union next year."))
    assert ("NER", "AFU", "160", "asserted") not in found
