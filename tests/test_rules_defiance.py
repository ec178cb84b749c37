"""Defiance: a side that says it will not be pressed criticises whoever presses it (111):
a verb of coercion in the denied passive ("would not be intimidated by", "are not going
to be bullied") or with a subject that denies any doer ("nobody can blackmail the EU");
whoever presses is the "by" phrase's state, else the side the sentence leaves implicit
(defiance.py, evaluation.yaml coercion_verbs)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China will not be coerced by the United States, the foreign ministry in Beijing said.", ("CHN", "USA")),
        ("The United States imposed tariffs on Canada. \"We are not going to be bullied,\" Canada's foreign minister said.", ("CAN", "USA")),
        ("Ukraine filed a complaint against Hungary at the WTO. Hungary's foreign minister said Budapest would never be blackmailed.", ("HUN", "UKR")),
        ("Russia cut gas supplies to Moldova. Moldova's president said no one would intimidate Moldova.", ("MDA", "RUS")),
    ],
)
def test_a_defiance_criticises_who_presses(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == pair and q[2].startswith("11") and q[3] == "asserted" for q in found), found


def test_a_pressure_not_denied_is_no_defiance(coder: Coder) -> None:
    text = "Hungary's foreign minister said Budapest had been pressured by Ukraine for months."
    found = quads(code(coder, text))
    assert not any(q[:2] == ("HUN", "UKR") and q[2] == "111" for q in found), found
