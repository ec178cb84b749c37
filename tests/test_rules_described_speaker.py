"""The subject "it" of a clause a speaker's verb governs is that speaker when a description
names it ("His office said it was disappointed"), not the state of the sentence before."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_office_said_it_is_the_office_holders_state(coder: Coder) -> None:
    text = (
        "Japan has halted loans to Laos. Lao Prime Minister Sone Phan signed a rail deal with Chinese Premier "
        "Wu Lei in Beijing in March. His office said on Friday it was disappointed by the decision."
    )
    found = quads(code(coder, text))
    assert ("LAO", "JPN", "111", "asserted") in found
    assert not [q for q in found if q[0] == "CHN" and q[2] == "111"]
