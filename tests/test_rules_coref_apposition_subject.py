"""Regressions of the coref20 rule for a name set before an apposition the parser takes for
the subject ("after Russia, Assad's main military backer alongside Iran, invaded Ukraine"):
the name acts, not the state the apposition describes it by."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.country, e.target.country, e.cameo[:2]) for e in code(coder, text)}


@pytest.mark.parametrize(
    ("text", "doer", "described", "target", "root"),
    [
        ("The talks opened less than a month after Russia, Assad's main military backer alongside Iran, invaded Ukraine.",
         "RUS", "SYR", "UKR", "19"),
        ("The meeting came a week after Belarus, Moscow's closest ally, expelled Poland's ambassador.",
         "BLR", "RUS", "POL", "16"),
        ("Tensions rose after Venezuela, Havana's main oil supplier, accused Guyana.", "VEN", "CUB", "GUY", "11"),
        ("Prices rose a week after Saudi Arabia, Bahrain's main backer alongside the Emirates, blockaded Qatar.",
         "SAU", "BHR", "QAT", "17"),
        ("The summit opened less than a month after Iran, Assad's main military backer alongside Russia, expelled Britain's ambassador.",
         "IRN", "SYR", "GBR", "16"),
        ("The vote came a week after Ethiopia, Kiir's main military backer alongside Uganda, invaded Eritrea.",
         "ETH", "SSD", "ERI", "19"),
    ],
)
def test_the_name_before_a_misparsed_apposition_is_the_subject(coder: Coder, text: str, doer: str, described: str, target: str, root: str) -> None:
    found = _pairs(coder, text)
    assert (doer, target, root) in found
    assert (described, target, root) not in found


@pytest.mark.parametrize(
    "text",
    [
        "After talks in Paris, the Chinese delegation, however, visited Seoul.",
        "Speaking in Moscow, the Chinese foreign minister, a veteran diplomat, condemned Japan.",
    ],
)
def test_a_fronted_phrase_lends_no_subject(coder: Coder, text: str) -> None:
    assert not any(s in ("FRA", "RUS") for s, _, _ in _pairs(coder, text))
