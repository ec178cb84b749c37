"""Nouns of a standing role in arming, supplying or funding another state, said of a state
as the subject of a copula or beside its name (triggers.yaml n-arms-supplier, n-supplier,
n-creditor; role "described"); and what records show ("according to shipping data") is
no party's claim (speech.yaml documentary_sources)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria has become Tunisia's largest gas supplier.", ("DZA", "TUN", "07")),
        ("Japan, a major aid donor to Laos, welcomed the vote.", ("JPN", "LAO", "07")),
        ("Turkey, Azerbaijan's main arms supplier, condemned the attack.", ("TUR", "AZE", "06")),
        ("Iran, Syria's main military backer, sent more advisers.", ("IRN", "SYR", "06")),
        ("China remains Zambia's largest creditor.", ("CHN", "ZMB", "07")),
    ],
)
def test_a_standing_role_said_of_a_state(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected[:2] and q[2].startswith(expected[2]) and q[3] == "asserted" for q in found), found


def test_a_plain_backer_is_no_event(coder: Coder) -> None:
    found = quads(code(coder, "Russia, Assad's main backer, began withdrawing some forces."))
    assert not any(q[:2] == ("RUS", "SYR") and q[2][:2] in ("05", "06") for q in found), found


@pytest.mark.parametrize("source", ["shipping data", "official figures", "satellite images"])
def test_what_records_show_stays_asserted(coder: Coder, source: str) -> None:
    found = quads(code(coder, f"Qatar shipped fuel to Lebanon in May, according to {source}."))
    assert any(q[:2] == ("QAT", "LBN") and q[2].startswith("06") and q[3] == "asserted" for q in found), found


def test_what_officials_say_stays_claimed(coder: Coder) -> None:
    found = quads(code(coder, "Qatar shipped fuel to Lebanon in May, according to officials."))
    assert any(q[:2] == ("QAT", "LBN") and q[3] == "claimed" for q in found), found
    assert not any(q[:2] == ("QAT", "LBN") and q[3] == "asserted" for q in found), found
