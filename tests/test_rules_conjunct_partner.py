"""A joint act naming no partner takes the "with" partner of the clause its own is joined
to (extract._conjunct_partners): "keeps close ties with Japan and will continue to
cooperate on maritime security" cooperates with Japan."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Manila keeps close ties with Japan and will continue to cooperate on maritime security.",
         ("PHL", "JPN", "031", "asserted")),
        ("Kenya broke off its talks with Uganda and refused to cooperate on the pipeline.",
         ("KEN", "UGA", "121", "asserted")),
    ],
)
def test_joint_act_takes_the_joined_clause_partner(coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, sentence))


def test_no_partner_in_the_joined_clause_names_none(coder: Coder) -> None:
    events = code(coder, "Manila held elections in May and will continue to cooperate on maritime security.")
    assert not [e for e in events if e.rule.endswith(">conjunct")]
