"""Generic verbs that the CAMEO dictionary gives a code their ordinary sense in news does
not carry (cameo_exclusions.yaml): what a deed "provokes" is others' reaction, no protest
by its doer; a court "awards" territory; a state "removed" from a list is delisted, not
expelled; "passing" secrets or a message yields nothing to a state;
"needing" a territory demands nothing of anyone. Each verb keeps its dictionary patterns."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The raid by Serbian police has provoked outrage from Albania.", "14"),
        ("The seizure of the tanker by Iranian forces provoked a furious reaction from Britain.", "14"),
        ("The island, which the International Court of Justice awarded to Nicaragua in 2012, lies off Colombia.", "06"),
        ("Washington removed Venezuela from the list last year.", "17"),
        ("Skripal, a Russian officer who passed secrets to Britain, was poisoned.", "08"),
        ("Russia passed the message to the Japanese ambassador.", "08"),
        ("Trump said the United States needs Canada for its security.", "10"),
    ],
)
def test_a_generic_verb_codes_no_interaction(coder: Coder, text: str, root: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2].startswith(root) and q[3] == "asserted" for q in found), found


def test_an_honour_awarded_keeps_its_pattern(coder: Coder) -> None:
    found = quads(code(coder, "Egypt awarded India's prime minister the Order of the Nile."))
    assert any(q[:2] == ("EGY", "IND") for q in found), found


def test_allowing_another_s_act_stays_a_concession(coder: Coder) -> None:
    # ALLOW's default 080 is kept for "allow": letting another state's people in is the
    # concession CAMEO means (cameo_exclusions.yaml, beside "pass")
    found = quads(code(coder, "Libya said it would allow the return of U.N. weapons inspectors without conditions."))
    assert any(q[:2] == ("LBY", "UNO") and q[2].startswith("08") for q in found), found
