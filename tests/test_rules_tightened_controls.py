"""Regressions of the root20 rule on tightened controls: controls, restrictions or curbs on
trade with another state tightened are an embargo in part (163, GUIDELINES §3 "impose
sanctions" 16), not the threat (130) the CAMEO dictionary reads in "tighten controls"."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Tokyo tightened controls on exports of chemicals to South Korea.", ("JPN", "KOR")),
        ("Beijing tightened controls on rare earth exports to Japan last year.", ("CHN", "JPN")),
        ("Washington tightened restrictions on travel to Cuba.", ("USA", "CUB")),
    ],
)
def test_tightened_controls_reduce_relations(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, sentence))}
    assert (*pair, "16") in found
    assert (*pair, "13") not in found
