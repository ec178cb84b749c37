"""Regressions: a noun set off after a clause sums it up ("..., an idea Kyiv rejected"),
with "an" as with "a", and also when the parser hangs it on the last name of the clause's
object: the reaction answers the clause's doer, not the names inside its object."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "Mexico proposed a peace commission, an idea Ukraine rejected.",
        "Mexico proposed a peace commission including Pope Francis and the UN chief, an idea Ukraine rejected.",
    ],
)
def test_a_summing_noun_points_at_the_clause_doer(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("UKR", "MEX", "120", "asserted") in found
    assert not [q for q in found if q[0] == "UKR" and q[1] in ("VAT", "UNO", "BRA", "ARG")]
