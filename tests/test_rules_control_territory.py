"""Holding or controlling a territory is no material cooperation (CAMEO OVERSEE_MANAGE's
default 060 on 'control', excluded in cameo_exclusions.yaml)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Crimea, a former Ukrainian region, has been largely controlled by Russia since 2014.",
        "The islands, which Japan controls, are also claimed by China.",
    ],
)
def test_control_of_territory_codes_no_cooperation(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert not [q for q in found if q[2].startswith("06")], found
