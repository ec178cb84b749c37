"""Regressions of the intent19b membership rules: a state joining an international
organisation named by its name, or becoming a member of one, cooperates with it
diplomatically (050); a state named as the object of "join" is no membership."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Montenegro joined NATO in 2017 after a long debate.", ("MNE", "NAT")),
        ("Croatia joined the Organization of American States as an observer last year.", ("HRV", "OAS")),
        ("Algeria rejoined OPEC after a decade away.", ("DZA", "OPC")),
    ],
)
def test_joining_an_organisation_named_by_its_name_is_membership(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "050", "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Laos became the ninth member of the Association of Southeast Asian Nations in 1997.", ("LAO", "ASN")),
        ("In 2004 Lithuania became a full member of the European Union.", ("LTU", "EUR")),
    ],
)
def test_becoming_a_member_of_an_organisation_is_membership(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "050", "asserted") in quads(code(coder, sentence))


def test_refusing_to_become_a_member_refuses_the_organisation(coder: Coder) -> None:
    found = quads(code(coder, '"Moldova will never become a member of NATO," the Moldovan president said.'))
    assert any(s == "MDA" and t == "NAT" and c.startswith("12") for s, t, c, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile joined Ecuador in a statement on the border dispute.",
        "Uruguay joined Brazil in calling for a recount.",
    ],
)
def test_joining_a_state_in_an_act_is_no_membership(coder: Coder, sentence: str) -> None:
    assert not any(c == "050" for _, _, c, _ in quads(code(coder, sentence)))
