"""Regressions of the issue 13 rules, named after what broke, in status and dates: whether an event
is asserted, claimed, negated, hypothetical or future, and the date it takes."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from dyadwatch.records import Article
from event_support import code, quads


def test_a_party_that_says_it_was_attacked_only_claims_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru said Chile attacked Peru on Monday."))
    assert ("CHL", "PER", "190", "claimed") in found


def test_what_a_speaker_hopes_would_happen_is_hypothetical(coder: Coder) -> None:
    """'hoped' (lemmatised 'hop' by the small model) makes its complement a wish, even
    inside reported speech where 'would' is otherwise the future of the past."""
    found = quads(code(coder, "Peru said it hoped Chilean officials would be punished for the raid."))
    assert found and all(q[3] == "hypothetical" for q in found if q[0] == "PER" and q[2].startswith("17"))
    assert not any(q[2].startswith("13") for q in found)


def test_an_attempt_is_not_the_act(coder: Coder) -> None:
    text = "Peru has imposed sanctions on Bolivia to try to force Bolivian President Ana Ruiz from power."
    found = quads(code(coder, text))
    assert not any(q[2].startswith("17") and q[3] == "asserted" for q in found)


def test_what_is_blocked_does_not_happen(coder: Coder) -> None:
    found = quads(code(coder, "Bolivia blocked a Peruvian aid package for Chile."))
    assert ("PER", "CHL", "070", "asserted") not in found


def test_what_unnamed_officials_say_happened_is_claimed(coder: Coder) -> None:
    assert ("PER", "CHL", "062", "claimed") in quads(code(coder, "Officials said Peru had supplied drones to Chile."))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Peruvian President Ana Ruiz says she is expelling the Chilean ambassador.", ("PER", "CHL", "166", "asserted")),
        # a joint act the party tells is still only its word
        ("Peru says it is coordinating closely with Chile.", ("PER", "CHL", "060", "claimed")),
    ],
)


def test_a_party_telling_what_it_is_doing_now(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_an_act_called_for_is_not_asserted(coder: Coder) -> None:
    found = quads(code(coder, "Peru called for Chile to withdraw its troops from Bolivia."))
    assert all(q[3] != "asserted" for q in found if q[2].startswith("08"))
    assert any(q[2].startswith("08") for q in found)


def test_the_consequence_of_a_condition_is_hypothetical(coder: Coder) -> None:
    found = quads(code(coder, "If Bolivia invades, Chile will impose sanctions on Peru."))
    assert ("CHL", "PER", "163", "hypothetical") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in found}


def test_a_visit_a_future_copula_predicates_is_future(coder: Coder) -> None:
    found = quads(code(coder, "Peruvian President Dina Boluarte will travel to Chile next week. It will be her second visit to the country this year."))
    assert all(q[3] == "future" for q in found if q[2].startswith("04"))
    assert any(q[2].startswith("04") for q in found)


@pytest.mark.parametrize(
    "text",
    ["Chile warned Peru against arming Bolivia.", "Chile cautioned Peru against sending troops to Bolivia."],
)


def test_an_act_warned_against_is_not_done(coder: Coder, text: str) -> None:
    got = quads(code(coder, text))
    assert any(q[:2] == ("CHL", "PER") for q in got)  # the warning itself
    acts = [q for q in got if q[:2] == ("PER", "BOL")]
    assert acts and all(q[3] == "hypothetical" for q in acts)


def test_a_participle_beside_a_denial_is_neither_denied_nor_undated(coder: Coder) -> None:
    text = "Peru denied the accusation, saying its forces were not in Bolivia and accusing Chile of arming rebels."
    events = coder.code(Article(id="p", text=text, date=date(2023, 5, 3)))
    acc = [e for e in events if (e.source.country, e.target.country, e.cameo[:2]) == ("PER", "CHL", "11")]
    assert acc and acc[0].status.value == "asserted" and acc[0].date == "2023-05-03"


def test_a_past_the_tagger_reads_as_a_participle_is_dated(coder: Coder) -> None:
    events = coder.code(Article(id="b", text="Josep Borrell, the EU foreign policy chief, condemned Peru.", date=date(2023, 5, 3)))
    assert [(e.source.country, e.target.country, e.date) for e in events] == [("EUR", "PER", "2023-05-03")]


def test_an_act_pressed_for_is_not_asserted(coder: Coder) -> None:
    got = quads(code(coder, "Peru pressed Chile to normalise relations with Bolivia."))
    acts = [q for q in got if q[:2] == ("CHL", "BOL")]
    assert acts and all(q[3] == "hypothetical" for q in acts)


def test_a_states_own_cut_in_relations_told_by_itself_is_asserted(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president said he had cut off all contact with Chile's prime minister."))
    assert ("PER", "CHL", "16", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}


def test_each_state_of_a_list_that_says_it_acts_tells_its_own_act(coder: Coder) -> None:
    got = quads(code(coder, "Mali, Burkina Faso and Niger said they were withdrawing their envoys from Algeria."))
    recalls = {(q[0][:3], q[3]) for q in got if q[2].startswith("16")}
    assert {("BFA", "asserted"), ("NER", "asserted")} <= recalls


def test_a_past_verb_joined_to_a_would_clause_keeps_its_tense(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president told Chile's envoy that Peru would remain a faithful friend and thanked Chile for donations."))
    assert ("PER", "CHL", "05", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}


def test_an_accusation_beside_a_promise_is_made_in_saying_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru's prime minister announced on Thursday that Peru would refuse Chilean grants, accusing Santiago of blackmail."))
    assert ("PER", "CHL", "11", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}


def test_an_accusation_beside_a_refusal_is_not_negated(coder: Coder) -> None:
    text = "Peru's prime minister announced that Peru would not seek talks until 2028 and would refuse Chilean grants, accusing Santiago of blackmail."
    assert ("PER", "CHL", "11", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in quads(code(coder, text))}


def test_a_deal_a_relative_clause_says_two_states_signed_is_one_event_dated_by_that_clause(coder: Coder) -> None:
    got = [q for q in quads(code(coder, "The pact, which Peru and Chile signed in November 2019, lets Peru fish in the bay.")) if q[2].startswith("05")]
    assert len(got) == 1, got


def test_support_a_state_is_told_to_expect_or_seeks_is_not_given(coder: Coder) -> None:
    # the possessed noun presupposes the act, but not as the object of expect / seek
    got = quads(code(coder, "Peru's president said Chile should no longer expect Lima's backing for its bid."))
    assert not [q for q in got if q[:3] == ("PER", "CHL", "051") and q[3] == "asserted"], got
    got = quads(code(coder, "Peru is seeking Chile's support for its bid."))
    assert ("CHL", "PER", "051", "asserted") not in got, got


def test_an_intent_only_possible_or_rumoured_is_no_asserted_intent(coder: Coder) -> None:
    got = quads(code(coder, "Analysts said the dispute could push Peru to seek more trade with Chile."))
    assert not [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("03") and q[3] == "asserted"], got
    got = quads(code(coder, "Peru is likely seeking military assistance from Chile."))
    assert not [q for q in got if q[2].startswith("03") and q[3] == "asserted"], got
    # a modal of the clause joined beside it is not the intent's own
    got = quads(code(coder, "He said Peru would never allow foreign troops on its soil but was ready to expand trade with Chile."))
    assert ("PER", "CHL", "031", "asserted") in got, got


def test_ranked_among_the_first_to_act_and_yet_to_act(coder: Coder) -> None:
    got = quads(code(coder, "Peru was among the first countries to recognise Bolivia's independence in 1825."))
    assert ("PER", "BOL", "054", "asserted") in got, got
    got = quads(code(coder, "Peru and Chile have yet to agree on their border."))
    assert not [q for q in got if q[3] == "asserted"], got


def test_warning_against_the_use_of_force_is_no_use_of_force(coder: Coder) -> None:
    got = quads(code(coder, "Peru warned against the use of force against Chile."))
    assert not [q for q in got if q[2].startswith("19")], got


def test_a_truce_called_for_is_no_truce(coder: Coder) -> None:
    got = quads(code(coder, "Peruvian troops attacked Chile in May. Bolivia called for a ceasefire."))
    assert not [q for q in got if q[2] == "0871"], got


def test_an_act_a_past_relative_clause_tells_takes_no_date_of_the_clauses_around_it(coder: Coder) -> None:
    text = "Peru on Monday expelled Chile's ambassador, a move that will complicate any attempt to revive the detente Lima forged with Santiago."
    dates = {(e.cameo, e.date) for e in code(coder, text)}
    assert ("050", None) in dates, dates


def test_an_intent_told_only_by_unnamed_sources_is_claimed(coder: Coder) -> None:
    got = quads(code(coder, "Bolivia has offered to mediate between Peru and Chile, two diplomats said."))
    assert ("BOL", "PER", "036", "claimed") in got, got
    assert not [q for q in got if q[2][:2] == "03" and q[3] == "asserted"], got


def test_an_act_joined_in_an_after_clause_is_counted_back_too(coder: Coder) -> None:
    text = "Peru on Wednesday recalled its ambassador from Chile, a day after Chile expelled Peru's envoy and accused Lima of spying."
    dates = {(e.cameo[:2], e.date) for e in code(coder, text, day=date(2023, 5, 3))}
    assert {("16", "2023-05-02"), ("11", "2023-05-02"), ("16", "2023-05-03")} <= dates, dates


def test_a_count_after_an_act_the_sentence_dates_counts_from_that_date(coder: Coder) -> None:
    text = "Peru recalled its ambassador from Chile a day after Chile expelled Peru's envoy on Monday."
    dates = {(e.source.country, e.cameo, e.date) for e in code(coder, text, day=date(2023, 5, 3))}
    assert {("PER", "161", "2023-05-02"), ("CHL", "166", "2023-05-01")} <= dates, dates


def test_a_date_bounding_a_span_dates_no_act(coder: Coder) -> None:
    text = ("The defence ministers of Peru and Chile met in Lima on Monday with their Bolivian counterpart, the highest-level "
            "talks between the two governments since the start of the war in 2011, and agreed to keep meeting.")
    dates = {e.date for e in code(coder, text, day=date(2023, 5, 3))}
    assert "2011" not in dates, dates


def test_an_event_noun_takes_its_own_date(coder: Coder) -> None:
    text = "Many in Lima see the seizure as retaliation for the detention on July 4 of the Peruvian supertanker Grace 1 by Chilean marines off Arica."
    dates = {(e.cameo[:2], e.date) for e in code(coder, text, day=date(2023, 7, 20))}
    assert ("17", "2023-07-04") in dates, dates


def test_a_verb_with_its_particle_is_no_word_of_the_future(coder: Coder) -> None:
    # "set" and "work" are future words ("is set to sign", "working to"); with a particle they
    # are other verbs, and the act is done: it is asserted and keeps the day it was done
    text = "Peru and Chile worked out an agreement on Monday."
    got = {(e.source.code, e.target.code, e.cameo, e.status.value, e.date) for e in code(coder, text, day=date(2023, 5, 3))}
    assert ("PER", "CHL", "057", "asserted", "2023-05-01") in got, got
    # the purpose of what was set up still lies ahead
    text = "A group set up by Peru and Chile to discuss the border met on Monday."
    assert ("PER", "CHL", "040", "future") in quads(code(coder, text)), quads(code(coder, text))


def test_the_past_act_a_promised_answer_follows_is_told_as_fact(coder: Coder) -> None:
    # "said it would retaliate after Chile barred ...": the barring is the reporter's fact
    # the promise answers, not the speaker's claim
    got = quads(code(coder, "Peru said on Sunday it would retaliate after Chile barred two Peruvian ministers from addressing rallies."))
    assert ("CHL", "PER", "163", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got
