"""A denial answers an accusation several states made together: its accuser is the
first-named of them, the lead of the joint act, not whichever was listed last."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_a_denial_of_a_joint_charge_answers_its_first_named_accuser(coder: Coder) -> None:
    text = ("Japan, South Korea and Australia accused China of hacking their ministries in March. "
            "China denied the charges.")
    denials = [q for q in quads(code(coder, text)) if q[0] == "CHN" and q[2] == "110"]
    assert [q[1] for q in denials] == ["JPN"], denials


def test_a_denial_of_a_single_charge_still_answers_its_accuser(coder: Coder) -> None:
    text = "Lithuania accused Belarus of pushing migrants across the border. Belarus denied the charges."
    assert ("BLR", "LTU", "110", "asserted") in quads(code(coder, text))
