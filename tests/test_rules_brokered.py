"""Regressions of the noun19 broker rule: the state named on the participle of a joint act
told as a noun ("a U.S.-mediated agreement", "EU-brokered talks") mediated (045) between the
act's parties, or, when the noun names none, between the two states of the conflict told
before it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "broker", "parties"),
    [
        ("Serbia and Kosovo signed a U.S.-mediated accord on rail links.", "USA", ("SRB", "XKX")),
        ("Chile and Peru resumed the Brazilian-brokered negotiations on Monday.", "BRA", ("CHL", "PER")),
        ("Sudan and Chad on Friday sealed the Qatari-mediated truce.", "QAT", ("SDN", "TCD")),
    ],
)
def test_the_broker_of_a_joint_act_mediates_between_its_parties(coder: Coder, sentence: str, broker: str, parties: tuple[str, str]) -> None:
    found = quads(code(coder, sentence))
    for party in parties:
        assert (broker, party, "045", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenia and Azerbaijan fought a war over Karabakh in 2020. The fighting ended with a Russian-brokered truce.",
        "Sudan and Chad could sign a Qatari-mediated truce next year.",
    ],
)
def test_a_brokered_act_naming_no_parties_or_not_done_is_no_mediation(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert not any(q[2] == "045" and q[3] == "asserted" for q in found)


def test_a_party_named_on_the_act_is_no_broker(coder: Coder) -> None:
    found = quads(code(coder, "Ethiopia and Somalia signed a Turkish-drafted agreement."))
    assert not any(q[2] == "045" for q in found)
