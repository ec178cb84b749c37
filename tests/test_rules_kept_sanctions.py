"""Regressions of the root20 rule on sanctions kept: bans, embargoes or sanctions a state keeps
or maintains on another are sanctions imposed on it (163, GUIDELINES §3 impose sanctions = 16),
not CAMEO's refusal to ease them (1241, root 12); and keeping them, announced in a plain future
("would keep sanctions ... in place"), tells them in force now, no threat (13)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Poland and Hungary kept their bans on Ukrainian grain.", ("POL", "UKR")),
        ("Slovakia maintained its ban on Ukrainian wheat.", ("SVK", "UKR")),
        ("Hungary retained its restrictions on Ukrainian farm imports.", ("HUN", "UKR")),
    ],
)
def test_sanctions_kept_are_sanctions(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2], st) for s, t, c, st in quads(code(coder, sentence))}
    assert (*pair, "16", "asserted") in found
    assert not any(c == "12" for s, t, c, _ in found if (s, t) == pair)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The State Department said it would keep sanctions on Venezuela's government in place.", ("USA", "VEN")),
        ("South Korea said it would keep its ban on seafood from Japan in place.", ("KOR", "JPN")),
    ],
)
def test_sanctions_that_will_be_kept_are_in_force_not_threatened(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t, c[:2], st) for s, t, c, st in quads(code(coder, sentence))}
    assert (*pair, "16", "asserted") in found
    assert (*pair, "13", "asserted") not in found


def test_sanctions_that_will_not_be_kept_are_refused(coder: Coder) -> None:
    found = {(s, t, c[:2], st) for s, t, c, st in quads(code(coder, "The EU will not maintain sanctions on Russia."))}
    assert ("EUR", "RUS", "16", "asserted") not in found
