"""A state suspended from a body, told in the passive with no agent, is suspended by the
body its from-phrase names (160; triggers.yaml suspend-member, source passfrom, as for
expel and deport)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "quad"),
    [
        ("Guinea was suspended from the African Union after the coup.", ("AFU", "GIN", "160", "asserted")),
        ("Niger has been suspended from the African Union since the coup.", ("AFU", "NER", "160", "asserted")),
    ],
)
def test_passive_suspension_from_a_body(coder: Coder, sentence: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, sentence))


def test_active_suspension_unchanged(coder: Coder) -> None:
    assert ("AFU", "GIN", "160", "asserted") in quads(code(coder, "The African Union suspended Guinea after the coup."))
