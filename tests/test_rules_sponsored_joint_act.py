"""Regressions of the disc21 sponsor rule: a third party that a phrase of a joint act's
clause names as its host or mediator ("in a ceremony hosted by X", "under the auspices of
X", "talks ..., mediated by X") acts on each party of the joint act (CAMEO 04), when the
joint act is told as done."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(code(coder, text)) if st == "asserted"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Kenya and Uganda signed a trade pact on Friday in a ceremony hosted by Tanzania's president.", "TZA"),
        ("The foreign ministers of Kenya and Uganda met in Arusha under the auspices of the African Union.", "AFU"),
        ("Kenya and Uganda held talks in Geneva on Monday, mediated by Norway.", "NOR"),
    ],
)
def test_the_host_of_a_joint_act_meets_each_party(coder: Coder, text: str, host: str) -> None:
    found = _pairs(coder, text)
    assert {(host, "KEN", "04"), (host, "UGA", "04")} <= found


def test_a_joint_act_not_told_as_done_gives_its_host_nothing(coder: Coder) -> None:
    found = _pairs(coder, "Kenya and Uganda may sign a trade pact in a ceremony hosted by Tanzania's president.")
    assert not any(s == "TZA" for s, _, _ in found)
