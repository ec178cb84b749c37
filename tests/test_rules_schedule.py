"""An act on a timetable ('are due to hold drills', 'is scheduled to'), reported by its
doers, is future but states no intent (03): a schedule is no promise (voice.yaml
schedule_markers). A plain 'will' of the doer's own still does."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean and Peruvian navies are scheduled to hold joint exercises next month, Santiago said.",
        "Kenyan and Ugandan troops are due to hold joint drills in the spring, Nairobi said.",
    ],
)
def test_schedule_is_no_intent(coder: Coder, sentence: str) -> None:
    events = code(coder, sentence)
    assert not [e for e in events if e.cameo.startswith("03")], quads(events)


def test_own_will_still_states_intent(coder: Coder) -> None:
    events = code(coder, "Chile said it will hold joint exercises with Peru next month.")
    assert ("CHL", "PER", "031", "asserted") in quads(events), quads(events)
