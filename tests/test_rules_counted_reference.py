"""A number standing alone for a group ("the three", events/arguments.py Resolver.group)
stands for as many states only when the states talked about fill the count: where the
story names fewer besides the actor itself, the three are something else (ministers,
officials), no group of states. A count the text fills still names its states."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("India and China criticised three Maldivian deputy ministers over their posts. The government in Male suspended the three and distanced itself from their comments.", "MDV"),
        ("Japan and South Korea protested the remarks by three Philippine officials. Manila later dismissed the three.", "PHL"),
    ],
)
def test_an_unfilled_count_names_no_states(coder: Coder, text: str, actor: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[0] == actor and q[2][:2] in ("12", "16") for q in found), found


def test_a_filled_count_names_its_states(coder: Coder) -> None:
    found = quads(code(coder, "The United States, Japan and South Korea held drills. North Korea condemned the three."))
    assert {("PRK", c, "111", "asserted") for c in ("USA", "JPN", "KOR")} <= found, found
