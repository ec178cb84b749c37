"""Regressions of the parse28 rule: a subject the parser hangs on a passive auxiliary
("Libya remains suspended from the Arab League": "remains" read as the participle's
auxiliary, "Libya" as its own subject) is what the participle is done to, not its doer;
the body it is suspended from does it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "body", "member"),
    [
        ("Libya remains suspended from the Arab League.", "ARL", "LBY"),
        ("Syria stayed suspended from the Arab League for a decade.", "ARL", "SYR"),
    ],
)
def test_a_subject_on_a_passive_auxiliary_is_acted_on(coder: Coder, sentence: str, body: str, member: str) -> None:
    found = quads(code(coder, sentence))
    assert not any(q[:2] == (member, body) for q in found)
    assert any(q[:2] == (body, member) and q[2].startswith("16") for q in found)


def test_an_ordinary_passive_is_unchanged(coder: Coder) -> None:
    found = quads(code(coder, "Guinea was suspended from the African Union in 2021."))
    assert any(q[:2] == ("AFU", "GIN") and q[2].startswith("16") for q in found)
