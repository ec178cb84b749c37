"""Statements of intent (GUIDELINES §4: "a statement of intent is itself an asserted event
(03), while what it promises is future"): a state that says it will do a cooperative act
the CAMEO dictionary names states its intent, and a promise its own actor says it will
keep is made when it says so. So a hostile measure a state says it will take threatens
(GUIDELINES §3), named by a noun as by a verb."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.settings import Settings
from event_support import code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def _by_root(coder: Coder, text: str, pair: tuple[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in code(coder, text):
        if (e.source.country, e.target.country) == pair:
            out.setdefault(e.root, set()).add(e.status.value)
    return out


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        # the CAMEO dictionary's verbs: "help" (aid, 07), "respect" (05)
        ("Bolivia said it would do everything it could to help Peru.", ("BOL", "PER"), "07"),
        ("Chile said it would respect the choice of the Bolivian people.", ("CHL", "BOL"), "05"),
    ],
)
def test_a_state_saying_it_will_do_a_dictionary_act_states_its_intent(coder: Coder, text: str, pair: tuple[str, str], root: str) -> None:
    roots = _by_root(coder, text, pair)
    assert roots.get(root) == {"future"}
    assert roots.get("03") == {"asserted"}


def test_a_promise_its_own_actor_says_it_will_keep_is_made_now(coder: Coder) -> None:
    text = "Peru's foreign ministry said it would guarantee the safety of Chilean diplomats until they left the country."
    assert _by_root(coder, text, ("PER", "CHL")).get("03") == {"asserted"}


def test_a_promise_another_state_reports_stays_ahead(coder: Coder) -> None:
    text = "Bolivia said Peru would guarantee the safety of Chilean diplomats."
    assert "asserted" not in _by_root(coder, text, ("PER", "CHL")).get("03", set())


def test_a_measure_a_state_says_it_will_impose_threatens(coder: Coder) -> None:
    text = "Peru said on Monday it would impose a 20 percent tariff on imports from Chile."
    roots = _by_root(coder, text, ("PER", "CHL"))
    assert roots.get("16") == {"future"}
    assert roots.get("13") == {"asserted"}


def test_a_measure_planned_with_others_is_no_threat(coder: Coder) -> None:
    text = "Peru said it would work with its partners to tighten sanctions on Chile."
    assert "13" not in _by_root(coder, text, ("PER", "CHL"))
