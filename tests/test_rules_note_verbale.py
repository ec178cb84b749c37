"""A note verbale handed or sent to a state is a diplomatic note, no goods given
(triggers.yaml give-goods, send-goods except_objects: the parser makes "verbale" the head)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_handed_note_verbale_is_no_aid(coder: Coder) -> None:
    text = "Vietnam summoned China's ambassador on Monday and handed him a note verbale protesting against the seizure of its fishing boats."
    got = quads(code(coder, text))
    assert ("VNM", "CHN", "114", "asserted") in got
    assert not {q for q in got if q[2].startswith("07")}
