"""More generic verbs and patterns of the CAMEO dictionary whose code their ordinary sense
in wire news does not carry (cameo_exclusions.yaml, measured on train, dev and review sets
1-16): a vote cast at the United Nations, "ensuring" a
thing, "guarding" a flank, a parliament that "stalls" a deal, troops that "remain" where
they are based, a note "dispatched" to a capital. Each verb keeps its other patterns."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Ghana voted at the United Nations for the resolution on Mali.", ("GHA", "UNO"), "03"),
        ("The African Union must ensure the implementation of its decision on Sudan.", ("AFU", "SDN"), "03"),
        ("Canada sent frigates to the Baltic Sea to help guard Latvia's coast.", ("CAN", "LVA"), "07"),
        ("Samoa signed a policing pact with Australia in May. Samoa's parliament stalled it after critics said it threatened the country's sovereignty.", ("WSM", "AUS"), "12"),
        ("About 900 French troops remain in Chad.", ("FRA", "TCD"), "15"),
        ("A diplomatic note was dispatched to Nairobi by the government of Uganda.", ("UGA", "KEN"), "06"),
    ],
)
def test_a_generic_verb_codes_no_interaction(coder: Coder, text: str, pair: tuple[str, str], root: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[:2] == pair and q[2].startswith(root) and q[3] == "asserted" for q in found), found

