"""Regressions of status read through coordination and of measures in force: a finite verb
with a subject of its own, or a simple past, does not share a modal of the verb it is joined
to; and sanctions named with who imposed them are in force, a matter of record however the
clause around them is modalised or reported."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway will keep funding the relief effort, and Norway calls on Israel to open the crossings.",
        "Norway would review its aid programme, and Norway urged Israel to open the crossings.",
    ],
)
def test_a_conjunct_with_its_own_subject_keeps_its_own_tense(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == ("NOR", "ISR") and q[2][:2] in ("10", "02") and q[3] == "asserted" for q in found)


def test_a_simple_past_joined_under_an_infinitive_keeps_its_tense(coder: Coder) -> None:
    found = quads(code(coder, "Greece said it would advise its ships to avoid the strait and called on Tehran to free the crews."))
    assert ("GRC", "IRN", "100", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan would comply with Western sanctions against Moscow, Tokayev said.",
        "Serbia will comply with European Union sanctions on Russia, the minister said.",
    ],
)
def test_sanctions_named_with_their_imposer_are_in_force(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[1] == "RUS" and q[2].startswith("16") and q[3] == "asserted" for q in found)


def test_sanctions_still_to_come_are_not_in_force(coder: Coder) -> None:
    found = quads(code(coder, "Poland said new EU sanctions on Belarus would be adopted next week."))
    assert ("EUR", "BLR", "163", "asserted") not in found


def test_sanctions_named_under_a_speaker_take_no_date_of_the_speech(coder: Coder) -> None:
    events = code(coder, "Tokayev said on Friday that Kazakhstan would comply with Western sanctions against Moscow.")
    named = [e for e in events if e.target.country == "RUS" and e.cameo.startswith("16")]
    assert named and all(e.date is None for e in named)
