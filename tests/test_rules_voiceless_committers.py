"""A warning or vow whose subject is a noun no actor resolves to ("analysts", "others", a
gang leader) is nobody's commitment: the doer of the act it talks about does not commit for
it (no 13/03 from that doer); a state's own warning still threatens."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_analysts_warning_of_a_war_make_no_threat(coder: Coder) -> None:
    found = quads(code(coder, "Analysts warned that a war between Sudan and Ethiopia could draw in Egypt and Eritrea, whose troops are fighting alongside Ethiopian forces in Tigray."))
    assert not [q for q in found if q[2].startswith("13")], found


def test_others_warning_what_a_state_could_do_make_no_threat(coder: Coder) -> None:
    text = ("Japan protested the missile deployment on the islands. "
            "Others warn that Moscow could deploy more missiles to the islands if relations keep deteriorating.")
    assert not [q for q in found_threats(coder, text) if q[:2] == ("RUS", "JPN")]


def test_a_state_warning_of_its_response_still_threatens(coder: Coder) -> None:
    found = quads(code(coder, "Russia warned that it would respond to any deployment by Japan."))
    assert ("RUS", "JPN", "130", "asserted") in found


def found_threats(coder: Coder, text: str) -> list[tuple[str, str, str, str]]:
    return [q for q in quads(code(coder, text)) if q[2].startswith("13")]
