"""Acts the coder found no trigger for ("nothing in that sentence"): verbs and objects of
known entries that the lexicon did not cover (triggers.yaml)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Algeria has cut off gas supplies to Morocco, the energy ministry said.", "DZA", "MAR"),
        ("Russia halted oil deliveries to Poland on Tuesday.", "RUS", "POL"),
    ],
)
def test_supplies_halted_to_a_state_reduce_relations(coder: Coder, sentence: str, source: str, target: str) -> None:
    assert any(q[:2] == (source, target) and q[2].startswith("16") for q in quads(code(coder, sentence)))


def test_supplies_halted_to_no_state_code_nothing(coder: Coder) -> None:
    assert not code(coder, "The utility halted supplies to its customers after the storm.")


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Algeria sent three tankers of diesel to Tunisia last month.", "DZA", "TUN"),
        ("Kazakhstan has sent wheat and generators to Kyrgyzstan.", "KAZ", "KGZ"),
    ],
)
def test_staple_goods_sent_to_a_state_are_aid(coder: Coder, sentence: str, source: str, target: str) -> None:
    assert (source, target, "070", "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Kenya called the Ugandan border closure \"unwarranted.\"", "KEN", "UGA"),
        ("Peru called Chile's fishing ban unjust.", "PER", "CHL"),
    ],
)
def test_a_measure_judged_unwarranted_or_unjust_is_criticised(coder: Coder, sentence: str, source: str, target: str) -> None:
    assert (source, target, "111", "asserted") in quads(code(coder, sentence))


def test_a_charge_set_off_after_the_clause_that_tells_it_answers_that_clause_s_speaker(coder: Coder) -> None:
    # (no accusation told before: the clause the charge sums up says who makes it)
    events = code(coder, "Ghanaian officials say the smuggling is run by gangs and by units of the Togolese army, a charge Togo rejects.")
    assert ("TGO", "GHA", "110", "asserted") in quads(events)

