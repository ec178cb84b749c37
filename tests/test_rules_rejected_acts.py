"""Regressions: rejecting or dismissing another's act that names its doer leaves that act a
fact ("Cuba rejects the sanctions imposed by the United States": the sanctions are
asserted); what is blocked or rejected without a doer still does not happen."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


def _status(events: list, source: str, target: str) -> set[str]:
    return {e.status.value for e in events if e.source.country == source and e.target.country == target and e.cameo.startswith("16")}


@pytest.mark.parametrize(
    "text",
    [
        "Cuba rejects the sanctions imposed by the United States.",
        "Cuba rejected Washington's sanctions on Monday.",
        "Cuba dismissed the sanctions imposed by the United States as illegal.",
    ],
)
def test_a_rejected_act_of_another_is_still_done(coder: Coder, text: str) -> None:
    assert _status(code(coder, text), "USA", "CUB") == {"asserted"}


def test_a_blocked_package_still_does_not_happen(coder: Coder) -> None:
    events = code(coder, "Hungary blocked the EU's aid package to Ukraine.")
    assert {e.status.value for e in events if e.source.country == "EUR" and e.target.country == "UKR"} == {"negated"}
