"""A lower-case noun the tagger took for a proper noun (NNP) is still a common noun: "the
bloc" in a reported clause points back at the organisation named last, as it does as the
sentence's own subject."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "text",
    [
        "The European Union condemned the seizure. France said the bloc condemned Iran.",
        "The European Union met in Brussels. Spain said the bloc condemned Iran.",
    ],
)
def test_the_bloc_in_a_reported_clause_is_the_organisation_named_last(coder: Coder, text: str) -> None:
    assert any(q[:3] == ("EUR", "IRN", "111") for q in quads(code(coder, text)))
