"""Regressions of the roots26 rules: a trigger whose code the context its object gives
reads otherwise (GUIDELINES §3): blocking talks rejects them (12, not CAMEO's bare BLOCK,
170), defending one's own border supports no one, and what an economic measure targets
is sanctioned (16), not attacked (CAMEO's TARGET, 190)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _roots(found: set[tuple[str, str, str, str]], source: str, target: str) -> set[str]:
    return {c[:2] for s, t, c, _ in found if (s, t) == (source, target)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Greece blocked Albania's accession talks on Friday.",
        "Greece has blocked the opening of Albania's membership negotiations.",
    ],
)
def test_blocking_another_states_talks_rejects_them(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert "12" in _roots(found, "GRC", "ALB")
    assert "17" not in _roots(found, "GRC", "ALB")


def test_blocking_a_road_stays_an_exclusion_of_the_dictionary(coder: Coder) -> None:
    found = quads(code(coder, "Greece blocked Albania's trucks at the border crossing."))
    assert "12" not in _roots(found, "GRC", "ALB")


@pytest.mark.parametrize(
    "sentence",
    [
        "Uganda says its soldiers are in Congo only to defend its border against the rebels.",
        "Lithuania backed Ukraine's right to defend itself against Russia.",
    ],
)
def test_defending_ones_own_border_supports_no_one(coder: Coder, sentence: str) -> None:
    found = quads(code(coder, sentence))
    assert not any(c == "051" and s in ("UGA", "UKR") for s, _, c, _ in found)


def test_defending_another_states_programme_supports_it(coder: Coder) -> None:
    found = quads(code(coder, "Bolivia has repeatedly defended Venezuela's oil policy at the United Nations."))
    assert ("BOL", "VEN", "051", "asserted") in found


def test_a_measure_targeting_a_states_banks_sanctions_it(coder: Coder) -> None:
    found = quads(code(coder, "Canada imposed new sanctions on Belarus on Monday, targeting its state banks and potash exports."))
    assert ("CAN", "BLR", "190", "asserted") not in found
    assert ("CAN", "BLR", "163", "asserted") in found


def test_targeting_a_states_firms_is_an_economic_measure(coder: Coder) -> None:
    found = quads(code(coder, "Beijing targeted Lithuanian firms last year after the row over Taiwan."))
    assert ("CHN", "LTU", "163", "asserted") in found
    assert ("CHN", "LTU", "190", "asserted") not in found


def test_missiles_targeting_a_state_still_attack_it(coder: Coder) -> None:
    found = quads(code(coder, "Russian missiles targeted Ukrainian power plants overnight."))
    assert ("RUS", "UKR", "190", "asserted") in found
