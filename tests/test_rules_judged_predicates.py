"""Regressions of the judge28 rules: a speaker judging another actor's act with a predicate
rather than a verb of criticism (111/112): a rule it is said to break, a negative noun as
the predicate of an act its owner is named for, a verbless complement clause of a judging
verb, an object whose "by" phrase the parser hangs on the verb of judging."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def test_a_rule_said_broken_accuses_the_one_who_broke_it(coder: Coder) -> None:
    found = quads(code(coder, "Vietnam said China had violated its sovereignty with the survey ship."))
    assert ("VNM", "CHN", "112", "asserted") in found


def test_an_owned_act_said_to_break_a_rule_accuses_its_owner(coder: Coder) -> None:
    found = quads(code(coder, "Kenya argued on Friday that Somalia's decision breaches the 2009 accord."))
    assert ("KEN", "SOM", "112", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan said Russia did not violate the treaty.",
        "Japan said the treaty was violated in 1990.",
        "Russia violated the treaty in 1990.",
    ],
)
def test_no_accusation_where_no_one_is_said_to_break_a_rule(coder: Coder, sentence: str) -> None:
    assert not any(q[2] == "112" for q in quads(code(coder, sentence)))


def test_a_negative_noun_predicated_of_an_owned_act_criticises_its_owner(coder: Coder) -> None:
    found = quads(code(coder, "Peru's foreign ministry said Chile's decision was a betrayal of the regional spirit."))
    assert ("PER", "CHL", "111", "asserted") in found


def test_a_negative_noun_predicated_of_an_unowned_thing_judges_no_one(coder: Coder) -> None:
    found = quads(code(coder, "Peru's foreign ministry said the drought was a tragedy for Chile."))
    assert not any(q[2] == "111" for q in found)


def test_a_verbless_complement_clause_of_a_judging_verb_judges_its_subject(coder: Coder) -> None:
    text = ("Chile's ambassador said Peru would pay for the border post. "
            "The Peruvian government considers these statements an unacceptable interference in its affairs.")
    found = quads(code(coder, text))
    assert ("PER", "CHL", "111", "asserted") in found


def test_a_by_phrase_hung_on_the_judging_verb_names_the_doer(coder: Coder) -> None:
    found = quads(code(coder, "Ghana recalled its envoy, calling a speech by Togo's president an outrageous provocation."))
    assert ("GHA", "TGO", "111", "asserted") in found


def test_a_denied_contentment_with_an_owned_act_criticises_its_owner(coder: Coder) -> None:
    found = quads(code(coder, "The Lebanese are not comfortable with the Israeli plan."))
    assert ("LBN", "ISR", "111", "asserted") in found


def test_a_denied_contentment_under_a_verb_of_saying_criticises(coder: Coder) -> None:
    found = quads(code(coder, "Turkey is not happy with the American plan for Syria, Erdogan said."))
    assert ("TUR", "USA", "111", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil said it would not be happy with Argentina's plan.",
        "Brazil was comfortable with Argentina's plan.",
        "The Peruvian economy is not happy with Chile.",
    ],
)
def test_no_criticism_from_a_supposed_or_affirmed_contentment(coder: Coder, sentence: str) -> None:
    assert not any(q[2] == "111" for q in quads(code(coder, sentence)))


@pytest.mark.parametrize(
    "text",
    [
        "Chile demanded that Peru return the islands. Peru's foreign minister said the matter was closed.",
        "Chile called on Peru to negotiate over the islands. Peru's foreign minister said the issue had been settled in 1929.",
        "Chile urged Peru to hold talks on the islands. Peru said its sovereignty over the islands was not up for discussion.",
    ],
)
def test_a_question_said_closed_rejects_who_pressed_it(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "125", "asserted") in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile demanded that Peru return the islands. Peru's foreign minister said the matter was not closed.",
        "Peru's foreign minister said the matter was closed.",
        "Chile urged Peru to hold talks on the islands. The islands are not up for discussion.",
    ],
)
def test_no_rejection_where_no_one_closes_a_pressed_question(coder: Coder, text: str) -> None:
    assert not any(q[2][:2] == "12" and q[:2] == ("PER", "CHL") for q in quads(code(coder, text)))


def test_refusing_to_tolerate_a_wrong_warns_who_pressed(coder: Coder) -> None:
    text = "Iraq accused Iran of shelling its border villages. Iran said it would not tolerate threats to its security."
    assert ("IRN", "IRQ", "130", "asserted") in quads(code(coder, text))


def test_refusing_to_accept_coercion_criticises_who_pressed(coder: Coder) -> None:
    text = "Ecuador accused Colombia of sheltering rebels. Colombia will not accept blackmail, its trade minister said."
    assert ("COL", "ECU", "111", "asserted") in quads(code(coder, text))


def test_refusing_a_wrong_from_a_named_doer_criticises_it(coder: Coder) -> None:
    assert ("GHA", "TGO", "111", "asserted") in quads(code(coder, "Ghana will not accept insults from Togo."))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said it will not accept aid from Togo.",
        "Ecuador accused Colombia of sheltering rebels. Colombia said it would accept the ruling.",
    ],
)
def test_no_criticism_from_refusing_no_wrong(coder: Coder, text: str) -> None:
    assert not any(q[2] in ("111", "130") and q[0] in ("GHA", "COL") for q in quads(code(coder, text)))


def test_refusing_to_accept_a_claim_denies_it(coder: Coder) -> None:
    text = ("Chile accused Peru of moving troops to the border. "
            "Peru's defence minister said Peru could not accept the claim that its army had crossed the line.")
    assert ("PER", "CHL", "110", "asserted") in quads(code(coder, text))
