"""Regressions of the parse28 rule: when the parse gives a verb no subject, the nearest
actor named before it stands in for it, but not one inside another verb's clause (the
place or the object of an earlier verb: "was convicted in Russia ... of spying for
Britain", "increases the suffering of the Ukrainian people, supports Russia's war"); the
subject of a clause the verb hangs under still does ("said Wellington was worried, had
raised the matter")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("The officer was tried in Russia in 2009 of spying for Britain and was later freed.", ("RUS", "GBR")),
        ("The sale of these drones prolongs the misery of the Ukrainian people, supports Russia's war of aggression, and weakens the regime.",
         ("UKR", "RUS")),
    ],
)
def test_a_name_in_another_verbs_clause_is_no_subject(coder: Coder, sentence: str, wrong: tuple[str, str]) -> None:
    assert not any(q[:2] == wrong for q in quads(code(coder, sentence)))


@pytest.mark.parametrize(
    ("sentence", "source", "target", "root"),
    [
        ("Prime Minister Jacinda Ardern said Wellington was \"very worried\", had raised the matter directly with Chinese officials and would keep pushing.",
         "NZL", "CHN", "04"),
        ("In the spring of 2010 Cuba and Russia expanded joint cooperation with each other in the field of energy.", "CUB", "RUS", "05"),
    ],
)
def test_a_lost_subject_is_still_found(coder: Coder, sentence: str, source: str, target: str, root: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == (source, target) and q[2].startswith(root) for q in found)
