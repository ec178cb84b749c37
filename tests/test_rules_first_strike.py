"""Regressions of the eval19 rule on first strikes: a speaker saying another side fired or
attacked first accuses it (112); its own side, a negation or a bare narrative "first" do not."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out on the border. Chile said Peruvian troops had fired first.",
        "Clashes erupted overnight. Chile's defence ministry said Peruvian forces had opened fire first.",
        "Chile said Peru attacked first and that its soldiers only responded.",
    ],
)
def test_saying_the_other_side_struck_first_accuses_it(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("CHL", "PER", "112", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Peruvian troops had not fired first.",
        "Chile said its troops had fired first.",
        "Peruvian troops first attacked the post in 2021, Chile said.",
    ],
)
def test_no_accusation_of_a_first_strike_denied_owned_or_narrated(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("CHL", "PER", "112", "asserted") not in found
