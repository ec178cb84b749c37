"""annotate.status (issue 13): "avoid" and "refrain" negate the act they govern."""

from __future__ import annotations

import pytest

from dyadwatch.annotate.status import read_status
from dyadwatch.records import Status
from rule_support import read, token


@pytest.mark.parametrize(
    ("text", "word", "status", "cue"),
    [
        ("Peru avoided meeting Chilean officials.", "meeting", Status.NEGATED, "avoid"),
        ("Peru avoided a meeting with Chile.", "meeting", Status.NEGATED, "avoid"),
        ("Peru refrained from attacking Chile.", "attacking", Status.NEGATED, "refrain"),
        ("Peru refrained from criticising Chile.", "criticising", Status.NEGATED, "refrain"),
        ("Peru attacked Chile.", "attacked", Status.ASSERTED, None),
    ],
)
def test_avoid_and_refrain_negate_their_complement(text: str, word: str, status: Status, cue: str | None) -> None:
    _, ctx = read(text)
    reading = read_status(token(ctx, word))
    assert (reading.status, reading.cue, reading.negated) == (status, cue, status is Status.NEGATED)
