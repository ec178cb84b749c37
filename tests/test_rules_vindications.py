"""Regressions of the eval19 vindication rules: a state that says its own side acted
rightly ("acted lawfully", "in full compliance with"), that no law was broken, or that
defends its own act, denies the accusation against it and criticises its accuser (110)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads

ACCUSED = "Peru accused Chile of seizing a Peruvian fishing boat. "


@pytest.mark.parametrize(
    "text",
    [
        ACCUSED + "Chile's navy said its patrol had acted lawfully.",
        ACCUSED + "Chile said it had acted in full accordance with international law.",
        ACCUSED + "Chile's foreign ministry said no laws had been broken.",
        ACCUSED + "Chile said it had not violated any agreement.",
        ACCUSED + "Chile's government defended the operation.",
    ],
)
def test_vindicating_its_own_side_criticises_the_accuser(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("CHL", "PER", "110", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        ACCUSED + "Chile said Bolivia had acted lawfully.",
        ACCUSED + "Chile said it would act lawfully.",
        ACCUSED + "Chile said the laws had been broken.",
        "Chile signed a trade deal with Peru. Chile's government defended the deal.",
    ],
)
def test_no_vindication_of_another_of_the_future_or_without_an_accuser(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert ("CHL", "PER", "110", "asserted") not in found


def test_defending_another_state_is_support_not_vindication(coder: Coder) -> None:
    found = quads(code(coder, ACCUSED + "Chile defended Bolivia's nuclear programme."))
    assert ("CHL", "PER", "110", "asserted") not in found
