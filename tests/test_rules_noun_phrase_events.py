"""Acts told inside a noun phrase: measures imposed on a state are sanctions on it, told
with a finite verb or in a relative clause on the object ("the measures Oslo imposed on
..."), and a past participle on a noun is done to that noun ("the coercive measures
imposed by Washington"), unless the noun tells its own event (triggers.yaml
impose-measures; extract._participle_object_matches)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def _pairs(events, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, c, _ in quads(events) if c.startswith(root)}


def test_imposed_measures_are_sanctions(coder: Coder) -> None:
    events = code(coder, "Norway imposed measures on Iranian officials on Tuesday.")
    assert ("NOR", "IRN") in _pairs(events, "16")


def test_measures_in_a_relative_clause(coder: Coder) -> None:
    events = code(coder, "Tehran said its response answered the measures Norway imposed last week on Iranian officials.")
    assert ("NOR", "IRN") in _pairs(events, "16")


def test_measures_in_a_reduced_relative_clause(coder: Coder) -> None:
    events = code(coder, "The coercive measures imposed by Norway on Iran have hurt Iranian exporters.")
    assert ("NOR", "IRN") in _pairs(events, "16")


def test_measures_taken_are_no_sanctions(coder: Coder) -> None:
    events = code(coder, "Norway took measures against inflation and imposed measures to slow the virus.")
    assert not _pairs(events, "16")


def test_participle_on_an_act_noun_adds_no_second_reading(coder: Coder) -> None:
    events = code(coder, "Spain welcomed the support extended to them by Portugal and Italy.")
    assert not _pairs(events, "07")


def test_verbal_noun_with_a_verb_entrys_object(coder: Coder) -> None:
    # "cancellation" is made from "cancel", whose entry cancel-order takes contracts
    events = code(coder, "Norway's cancellation of a Swedish arms contract angered Stockholm.")
    assert ("NOR", "SWE") in _pairs(events, "16")


def test_verbal_noun_with_its_object_after_a_date(coder: Coder) -> None:
    events = code(coder, "Ties were strained by Norway's cancellation in May of a Swedish arms contract.")
    assert ("NOR", "SWE") in _pairs(events, "16")


def test_verbal_noun_of_a_joint_act_is_no_event_of_its_own(coder: Coder) -> None:
    events = code(coder, "Peru's foreign ministry said the talks with Chile covered \"the expansion of cooperation\" between the two countries.")
    assert not [e for e in events if e.rule.startswith("strengthen-ties-noun")]
