"""A state designated or named an ally or partner is granted a status of friendship (050),
not sanctioned (sanction-verb's "designate", 163): the parser gives the verb two objects,
the state and the status; designating a group a terrorist organisation stays no such act."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_designated_an_ally_is_a_status_granted(coder: Coder) -> None:
    found = quads(code(coder, "In 2019 Washington designated Brazil a major non-NATO ally."))
    assert ("USA", "BRA", "050", "asserted") in found
    assert not [q for q in found if q[2].startswith("16")]


def test_designated_a_terrorist_organisation_grants_nothing(coder: Coder) -> None:
    found = quads(code(coder, "In 2019 Washington designated Iran's Revolutionary Guards a terrorist organisation."))
    assert not [q for q in found if q[2].startswith("05")]
