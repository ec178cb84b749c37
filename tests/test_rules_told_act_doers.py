"""Acts told by reference ("this step", "the move"): an act several states did is
remembered with every doer ("the decision of Colombia, Peru and Chile"), and a reaction by a
judge who already condemned that act's doers points back at it, not at a later act done
against the judge (events/evaluation.py ``told_acts``, events/assemble.py ``_told_doers``,
``_kind_antecedent``)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_step_rejected_is_the_judged_decision_of_all_its_doers(coder: Coder) -> None:
    text = (
        "Venezuela strongly condemns the unjustified decision of the governments of Colombia, Peru and Chile "
        "to expel its diplomats. Last year the United States imposed sanctions on Venezuelan officials. "
        "Venezuela therefore rejects this step as null and void."
    )
    got = {q for q in quads(code(coder, text)) if q[2] == "120"}
    assert got == {("VEN", c, "120", "asserted") for c in ("COL", "PER", "CHL")}


def test_two_doers_of_a_judged_decision(coder: Coder) -> None:
    text = (
        "Cuba strongly condemns the decision of the governments of Canada and Mexico to close their embassies "
        "in Havana. In March the United States imposed new sanctions on Cuba. Cuba rejects this step as unjustified."
    )
    got = {q for q in quads(code(coder, text)) if q[2] == "120"}
    assert got == {("CUB", "CAN", "120", "asserted"), ("CUB", "MEX", "120", "asserted")}
