"""Regressions of the parse28 rule: what several speakers say together is each one's. A
demand or judgement in a quote spoken by several ("'...,' Norway and Denmark said") or
under one verb of saying with coordinated subjects goes to every speaker, and so does the
accusation a speaker makes by reporting another actor's hostile act."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_a_quoted_demand_is_every_speakers(coder: Coder) -> None:
    found = quads(code(coder, "\"Syria must release the detained journalists,\" Norway, Denmark and Sweden said in a joint statement."))
    for speaker in ("NOR", "DNK", "SWE"):
        assert any(q[:2] == (speaker, "SYR") and q[2].startswith("10") and q[3] == "asserted" for q in found)


def test_a_quoted_attack_is_an_accusation_by_every_speaker(coder: Coder) -> None:
    found = quads(code(coder, "\"Belarusian helicopters have violated our airspace,\" Poland and Lithuania said in a joint statement."))
    for speaker in ("POL", "LTU"):
        assert any(q[:2] == (speaker, "BLR") and q[2].startswith("11") and q[3] == "asserted" for q in found)


def test_a_reported_attack_is_an_accusation_by_every_subject_of_saying(coder: Coder) -> None:
    found = quads(code(coder, "Finland and Estonia said Russian jets had attacked a Swedish patrol boat."))
    for speaker in ("FIN", "EST"):
        assert any(q[:2] == (speaker, "RUS") and q[2].startswith("11") and q[3] == "asserted" for q in found)
