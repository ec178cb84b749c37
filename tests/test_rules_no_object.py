"""Regressions: an act whose object is "no" thing did not happen ("provided no support to
Chad"): it is negated, not reported as fact; "had no role in it" stays a denial whose
conjuncts keep their own status."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Qatar provided no support to Chad.", "QAT", "TCD"),
        ("Russia sent no troops to Syria.", "RUS", "SYR"),
        ("China gave no aid to Venezuela.", "CHN", "VEN"),
    ],
)
def test_an_act_with_no_object_is_negated(coder: Coder, text: str, source: str, target: str) -> None:
    events = [e for e in code(coder, text) if e.source.country == source and e.target.country == target]
    assert events and all(e.status.value == "negated" for e in events)


def test_having_no_role_does_not_negate_the_next_act(coder: Coder) -> None:
    events = code(coder, "Iran said it had no role in the crisis and accused Saudi Arabia of interfering in Lebanon.")
    assert [e for e in events if e.source.country == "IRN" and e.target.country == "SAU" and e.status.value != "negated"]
