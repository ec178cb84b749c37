"""An act whose subject is a pair reference ("the two countries", "both armies") and that
names no other side is between the pair's members (GUIDELINES §3; triggers.yaml
pair_joint_roots, pair_mutual_roots): a joint act of cooperation once, a show of force each
member's against the other. Not an act the pair is urged, hoped or agreed to do, nor an aim
told in a complement, nor what the pair said."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


def _roots(events, root: str) -> set[tuple[str, str]]:
    return {(e.source.country, e.target.country) for e in events if e.cameo.startswith(root)}


def test_pair_sets_up_joint_body(coder: Coder) -> None:
    events = code(coder, "Ghana's president hosted Nigerian President Bola Tinubu in Accra on Tuesday. "
                         "Tinubu said the two countries would set up a joint committee on energy.")
    pairs = _roots(events, "03")
    assert pairs in ({("GHA", "NGA")}, {("NGA", "GHA")})


def test_both_armies_deploy_against_each_other(coder: Coder) -> None:
    events = code(coder, "Thai and Cambodian soldiers exchanged fire near the temple on Monday. "
                         "Both armies moved tanks and rocket launchers into the area.")
    assert {("THA", "KHM"), ("KHM", "THA")} <= _roots(events, "15")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thai and Cambodian soldiers exchanged fire near the temple. Japan hoped both sides would exercise restraint.",
        "Thailand and Cambodia exchanged fire. Japan wants the two neighbours to work together on demining.",
        "Thailand and Cambodia signed a border pact, as both countries seek to counter smuggling networks in Laos.",
    ],
)
def test_pair_urged_or_aiming_codes_nothing_between_them(coder: Coder, sentence: str) -> None:
    events = code(coder, sentence)
    assert not [e for e in events if "+pair" in e.rule]


def test_group_noun_read_as_one_official_is_the_pair(coder: Coder) -> None:
    # "the ministers" after a call between two named ministers: both states, not the one
    # whose ministry reported the call
    events = code(coder, "Thai Foreign Minister Maris Sangiampongsa told his Cambodian counterpart, Prak Sokhonn, "
                         "in a phone call on Friday that the shelling was unacceptable, the Thai foreign ministry said. "
                         "The ministers agreed that the border would stay open.")
    assert _roots(events, "05") & {("THA", "KHM"), ("KHM", "THA")}
