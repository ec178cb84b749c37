"""Regressions of the reasons29 rule: the doer of a hostile act (sanction, expulsion, arrest)
whose reason phrase alleges a wrong of the target accuses the target (112); a wrong named
without an allegation, or a reason with no wrong, accuses no one."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivia on Tuesday declared two Chilean diplomats persona non grata for alleged espionage near the border.", ("BOL", "CHL")),
        ("Kenya expelled a Somali envoy over his alleged role in smuggling weapons to militants.", ("KEN", "SOM")),
        ("Argentina imposed sanctions on five Paraguayan officials because of bribery allegations.", ("ARG", "PRY")),
        ("Latvia expelled three Belarusian diplomats it said were intelligence officers.", ("LVA", "BLR")),
        ("Uzbekistan detained two Kazakh citizens on suspicion of spying for a foreign service.", ("UZB", "KAZ")),
        ("Ghana arrested three Togolese soldiers on charges of smuggling arms.", ("GHA", "TGO")),
        ("Armenia expelled a Georgian attaché for what it called activities incompatible with his status.", ("ARM", "GEO")),
    ],
)
def test_a_hostile_act_for_an_alleged_wrong_accuses_its_target(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = {q[:3] for q in quads(code(coder, text)) if q[3] == "asserted"}
    assert (*pair, "112") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expelled a Somali envoy over a dispute about fishing rights.",
        "Argentina imposed sanctions on five Paraguayan officials over the border crossings.",
        "Peru detained two Chilean fishermen on Monday for fishing without a licence.",
    ],
)
def test_a_reason_with_no_alleged_wrong_accuses_no_one(coder: Coder, text: str) -> None:
    assert not any(q[2].startswith("11") for q in quads(code(coder, text)))

