"""Regressions of the issue 13 rules, named after what broke, in the lexicon and its codes: which
CAMEO code a verb, a phrase, a dictionary pattern or an event noun gives."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def _codes(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # talking to someone is talking with them
        ("Peru's foreign minister spoke to Chile's president on Monday.", ("PER", "CHL", "040", "asserted")),
        # concerns raised with a state are addressed to it, whatever they are over
        ("Peru raised its concerns with Chile over the sale.", ("PER", "CHL", "111", "asserted")),
        # a party's own word that it met the other reports the meeting (self_reported_roots)
        ("Peruvian Foreign Minister Ana Ruiz said she had spoken to Chile's president.", ("PER", "CHL", "040", "asserted")),
        # be + to-infinitive is an arrangement, not a fact
        ("Chile says Peru's president is to travel to Chile in May.", ("PER", "CHL", "042", "future")),
    ],
)


def test_talks_concerns_and_arrangements(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, text))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Japan sent a shipment of rice to Haiti.", ("JPN", "HTI", "070", "asserted")),
        ("The UN made two shipments of food and equipment to Burma.", ("UNO", "MMR", "070", "asserted")),
    ],
)


def test_a_delivery_of_relief_goods_is_aid_through_the_nouns_of_phrase(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, text))


def test_a_delivery_of_other_things_is_no_aid(coder: Coder) -> None:
    assert not any(q[2] == "070" for q in quads(code(coder, "Russia made a shipment of arms to Syria.")))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Peru is opposed to Chilean mediation in the dispute.", ("PER", "CHL", "111", "asserted")),
        ("Peru has strengthened its forces in Bolivia.", ("PER", "BOL", "154", "asserted")),
        ("Peru speeded up the withdrawal of its forces from Bolivia.", ("PER", "BOL", "087", "asserted")),
        ("Peru completed the withdrawal of some forces from Bolivia.", ("PER", "BOL", "087", "asserted")),
        ("Peru reimposed its blockade on Bolivia on Friday.", ("PER", "BOL", "170", "asserted")),
    ],
)


def test_force_posture_withdrawals_and_opposition(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Peru has engaged its counterparts from Chile and Bolivia.", ("PER", "CHL", "040", "asserted")),
        ("Peru engaged with Chile on trade on Monday.", ("PER", "CHL", "040", "asserted")),
        # CAMEO's bare ENGAGE (armed combat) where no diplomatic reading fits
        ("Peruvian troops engaged Chilean forces near the border.", ("PER", "CHL", "190", "asserted")),
    ],
)


def test_engaging_officials_is_diplomacy_engaging_forces_is_combat(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_a_message_of_congratulations_carries_the_congratulation(coder: Coder) -> None:
    """'sent a message of congratulations to X': the noun in the carrier's of-phrase is the
    event (051), and the light verb's subject and preposition give its sides."""
    found = quads(code(coder, "Peru's president sent a message of congratulations to Chile's president on Monday."))
    assert ("PER", "CHL", "051", "asserted") in found
    assert not any(q[2].startswith("04") for q in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Peru continues to stand in support of Bolivia.", ("PER", "BOL", "051", "asserted")),
        ("Peruvian military aircraft entered Chile's air defence identification zone on Saturday.", ("PER", "CHL", "150", "asserted")),
        ("Peruvian jets violated Chilean airspace on Saturday.", ("PER", "CHL", "150", "asserted")),
    ],
)


def test_in_support_of_and_incursions(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quads_any"),
    [
        ("Peru and Chile increased their cooperation in the field of energy.", {("PER", "CHL", "050"), ("CHL", "PER", "050")}),
        ("Peru has not complied with Chile's request to extradite the suspect.", {("PER", "CHL", "120")}),
        ("Peru complied with Chile's request.", {("PER", "CHL", "080")}),
    ],
)


def test_increased_cooperation_and_compliance(coder: Coder, text: str, quads_any: set[tuple[str, str, str]]) -> None:
    assert {(q[0], q[1], q[2]) for q in quads(code(coder, text))} & quads_any


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a negative noun in the as-phrase of a verb of judging judges its object
        ("Peru described Chilean President Luis Soto as an enemy of Peru.", ("PER", "CHL", "111")),
        ("Peruvian officials paint the Chilean ships as a threat.", ("PER", "CHL", "111")),
        # a recalled ambassador with no named post is recalled from the state of the story
        ("Chile expelled two Peruvian diplomats on Monday. Peru recalled its ambassador.", ("PER", "CHL", "161")),
        # agreeing to act is an intent (CAMEO's AGREE TO patterns: 03)
        ("Peru and Chile agreed to take emergency measures.", ("PER", "CHL", "030")),
    ],
)


def test_judging_nouns_recalls_and_agreeing_to_act(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    mutual = triple[2] == "030"  # both sides agree: either direction
    assert triple in found or (mutual and (triple[1], triple[0], triple[2]) in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a donor's own word on its aid, in a quote, is how aid is reported
        ('"Since 2015 we have given over $9 million in aid to Chile," Peruvian Foreign Minister Ana Ruiz said.',
         ("PER", "CHL", "070", "asserted")),
        # a recall of "Ambassador Ruiz": the title says who is recalled
        ("Peru is pulling out Ambassador Ruiz from its embassy in Chile.", ("PER", "CHL", "161", "asserted")),
    ],
)


def test_a_donor_reporting_its_aid_and_a_titled_object(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the light verb above a reversal noun gives the reversal's actor
        ("Peru announced the lifting of sanctions on Chile.", ("PER", "CHL", "085")),
        # a group subject of a light verb holds the noun's symmetric event
        ("Peruvian President Ana Ruiz met Chilean President Luis Soto. The two leaders held talks in Lima.", ("PER", "CHL", "040")),
        # an act told without an event is remembered for a later definite phrase
        ("Bolivia launched a ballistic missile on Sunday. Peru and Chile condemned the launch.", ("CHL", "BOL", "111")),
    ],
)


def test_reversals_group_talks_and_told_acts(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    events = code(coder, text)
    found = {(q[0], q[1], q[2]) for q in quads(events)}
    assert triple in found
    if triple[2] == "040":
        # the talks themselves, not only the meeting the first sentence tells
        assert any(e.rule.startswith("n-talks") for e in events)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Peruvian President Ana Ruiz received Chilean Foreign Minister Luis Soto in Lima.", ("PER", "CHL", "043")),
        ("Peru and Chile held joint naval exercises in the Pacific.", ("PER", "CHL", "062")),
        ("Peru imposed tariffs on Chilean copper.", ("PER", "CHL", "163")),
        ("Peruvian troops massed near the Chilean border.", ("PER", "CHL", "154")),
        ("Peru massed troops near the Chilean border.", ("PER", "CHL", "154")),
    ],
)


def test_visitors_received_exercises_tariffs_and_massed_forces(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert triple in found or (triple[2] == "062" and (triple[1], triple[0], triple[2]) in found)


def test_receiving_a_letter_is_no_visit(coder: Coder) -> None:
    found = quads(code(coder, "Peruvian President Ana Ruiz received a letter from Chile."))
    assert not any(q[2] == "043" for q in found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Peruvian President Ana Ruiz spoke on Monday. She ordered troops on maximum alert along the border with Chile.", ("PER", "CHL", "152")),
        ("Peru called the elections in Chile fraudulent.", ("PER", "CHL", "111")),
        ("Peruvian forces shelled positions along the border with Chile.", ("PER", "CHL", "190")),
    ],
)


def test_forces_on_alert_and_a_state_s_own_elections(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador is concerned following the recent arrival of Peruvian military personnel in Chile.",
    ],
)


def test_the_arrival_of_a_state_s_forces_in_another_deploys_them(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "150") in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The UN Security Council has approved the establishment of a no-fly zone over Chile.", ("UNO", "CHL", "170")),
        ("Peru ordered the imposition of sanctions on Chile.", ("PER", "CHL", "163")),
    ],
)


def test_nouns_of_setting_an_act_up_carry_it_to_their_verb(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Peru declared three Chilean diplomats persona non grata.", ("PER", "CHL", "166", "asserted")),
        ("Peru declared the Chilean ambassador persona non grata.", ("PER", "CHL", "166", "asserted")),
        # forces "from" a state's armed forces are its; escorting its ships protects them
        ("Ships from Peru's armed forces escorted the Chilean tankers.", ("PER", "CHL", "074", "asserted")),
    ],
)


def test_persona_non_grata_and_escorts(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # aid announced as an amount "in" it
        ("Peru announced a further 100 million soles in military aid for Chile.", ("PER", "CHL", "070")),
        # ... and an amount pledged "in" aid is the aid pledged
        ("Peru pledged $500 million in additional military aid to Chile.", ("PER", "CHL", "070")),
        # a state's own process named with "in" is that state's
        ("The Security Council condemned the coup in Chile.", ("UNO", "CHL", "111")),
    ],
)


def test_amounts_of_aid_and_a_coup_in_a_state(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("Lima lodged stern representations with Santiago over the arms sale.", ("PER", "CHL", "114", "asserted")),
        ("Peru's foreign ministry said it had handed a protest note to the Chilean ambassador.", ("PER", "CHL", "114", "asserted")),
        ("Peru's president received a phone call from the Chilean president.", ("CHL", "PER", "041", "asserted")),
        ("Peru offered to lead a multinational security mission to Haiti.", ("PER", "HTI", "036", "asserted")),
    ],
)


def test_protests_calls_received_and_offers(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Peru suspended flights to Chile.", ("PER", "CHL", "160")),
        ("Peru announced a suspension of flights to Chile.", ("PER", "CHL", "160")),
        ("Peru halted arms exports to Chile.", ("PER", "CHL", "160")),
    ],
)


def test_halting_links_and_trade_reduces_relations(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_rejecting_a_proposal_stays_a_rejection(coder: Coder) -> None:
    assert ("PER", "CHL", "120") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru rejected Chile's proposal."))}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru's ambassador attended the Chilean president's inauguration.", ("PER", "CHL")),
        ("The Peruvian president attended a summit in Chile.", ("PER", "CHL")),
        ("The Peruvian president attended the funeral of the Chilean president.", ("PER", "CHL")),
    ],
)


def test_attending_another_states_event_visits_it(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("04")}


def test_attending_a_conference_on_a_topic_visits_no_one(coder: Coder) -> None:
    assert not quads(code(coder, "The Peruvian minister attended a conference on climate change."))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # forces that arrive or land are deployed, not visiting
        ("Two Peruvian bombers landed in Chile.", ("PER", "CHL", "150")),
        ("Peruvian troops arrived in Chile on Monday.", ("PER", "CHL", "150")),
        # arms supplied to a partner: a deal, not a deployment
        ("Peru sent arms to Chile.", ("PER", "CHL", "062")),
        # two states that establish or upgrade their relations
        ("Peru and Chile upgraded their diplomatic ties to ambassadorial level.", ("PER", "CHL", "050")),
    ],
)


def test_forces_arriving_arms_sent_and_ties_established(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_a_minister_who_arrives_visits(coder: Coder) -> None:
    assert ("PER", "CHL", "042") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The Peruvian foreign minister arrived in Chile on Monday."))}


@pytest.mark.parametrize("verb", ["forged", "cemented", "bolstered"])


def test_forging_ties_strengthens_them(coder: Coder, verb: str) -> None:
    found = quads(code(coder, f"Peru has {verb} closer ties with Chile."))
    assert ("PER", "CHL", "050") in {(q[0][:3], q[1][:3], q[2]) for q in found}


def test_building_on_cooperation_leaves_the_cooperation_its_own_event(coder: Coder) -> None:
    found = quads(code(coder, "The agreement builds on existing maritime cooperation between the Peruvian Navy and the Chilean Navy."))
    assert any(q[2].startswith("06") for q in found)


def test_blocking_a_bid_rejects_it(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru blocked Chile's bid to join the alliance."))}
    assert ("PER", "CHL", "120") in found
    assert not any(c.startswith("17") for _, _, c in found)


def test_extradition_is_cooperation_with_the_receiving_state(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru extradited a Bolivian hacker to Chile."))}
    assert found == {("PER", "CHL", "063")}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Peru will invest $10 billion in Chile's infrastructure.", ("PER", "CHL", "061")),
        ("Peru lifted export curbs on Chile.", ("PER", "CHL", "085")),
        ("Pope Francis visited Chile in 2018.", ("VAT", "CHL", "042")),
    ],
)


def test_investment_eased_curbs_and_the_pope(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_a_sum_in_support_is_aid(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru announced $50 million in support for Chile."))}
    assert ("PER", "CHL", "070") in found
    # support without a sum stays support
    assert ("PER", "CHL", "051") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru expressed support for Chile."))}


def test_suspending_visas_for_another_states_citizens_reduces_relations(coder: Coder) -> None:
    found = quads(code(coder, "Peru suspended visas for Chilean citizens."))
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in found if q[2].startswith("16")}


def test_refusing_to_send_troops_is_a_rejection(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, "Peru refused to send troops to Chile."))}
    # (troops sent to a state itself cooperate with it, 062: refusing them rejects military
    # cooperation, 121; test_rules_military_cooperation.py)
    assert ("PER", "CHL", "121", "asserted") in found
    assert ("PER", "CHL", "062", "negated") in found
    found = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, "Peru refused to send troops to its border with Chile."))}
    assert ("PER", "CHL", "120", "asserted") in found
    assert ("PER", "CHL", "150", "negated") in found


def test_an_aid_package_blocked_is_rejected_not_given(coder: Coder) -> None:
    text = "Peru blocked Bolivia's latest aid package for Chile on Thursday. Santiago criticised the decision."
    found = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}
    assert ("PER", "BOL", "120", "asserted") in found
    assert ("BOL", "CHL", "070", "negated") in found
    assert ("CHL", "PER", "111", "asserted") in found


def test_a_body_that_suspends_a_state_reduces_relations(coder: Coder) -> None:
    assert ("AFU", "NER", "160") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The African Union suspended Niger after the coup."))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # ordering an envoy to leave expels him; the participle after the infinitive is the
        # orderer's act
        ("Peru's junta ordered the Chilean ambassador to leave the country, accusing Santiago of hostile remarks.", ("PER", "CHL", "166", "asserted")),
        ("Peru's junta ordered the Chilean ambassador to leave the country, accusing Santiago of hostile remarks.", ("PER", "CHL", "112", "asserted")),
        # a bid blocked in the passive, also with "remains" as its auxiliary
        ("Chile's bid remains blocked by Lima.", ("PER", "CHL", "120", "asserted")),
        ("Chile's bid was blocked by Peru.", ("PER", "CHL", "120", "asserted")),
        # a threat of force "in" a state, made on a condition, is a threat made
        ("Peru has threatened military intervention in Chile if the ousted president is not reinstated.", ("PER", "CHL", "130", "asserted")),
        # a hostile reaction is aimed at whoever prompted it
        ("Chile and Bolivia began joint military drills, prompting Peru to warn of an overwhelming response.", ("PER", "CHL", "130", "asserted")),
        ("Chile launched a missile, prompting Peru to lodge a protest.", ("PER", "CHL", "111", "asserted")),
    ],
)


def test_expulsion_orders_passive_blocks_conditional_threats_and_prompted_reactions(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_penalties_are_sanctions_and_their_removal_eases_them(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The European Union announced the removal of penalties on Peru."))}
    assert ("EUR", "PER", "085") in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru hits back at Chile with tariffs on $60 billion of goods",
        "Lima slapped Santiago with tariffs.",
        "Peru retaliated against Chile with tariffs on copper.",
    ],
)


def test_hitting_with_sanctions_sanctions_and_attacks_no_one(coder: Coder, text: str) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "163") in found
    assert not any(r.startswith(("18", "19", "20")) for _, _, r in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # the lemmatizer reads "staged" as "stag" and "waged" as "wag": the lexicon's verbs
        ("Chile staged military drills near Peru.", ("CHL", "PER", "150", "asserted")),
        ("Chile has waged war on Peru since March.", ("CHL", "PER", "190", "asserted")),
        ("The Chilean president is slated to meet Peru's president next week.", ("CHL", "PER", "040", "future")),
    ],
)


def test_a_lexicon_verb_keeps_its_lemma_where_the_lemmatizer_strips_too_much(coder: Coder, text: str, quad: tuple[str, ...]) -> None:
    assert quad in quads(code(coder, text))


def test_a_span_of_time_carries_the_act_to_its_verb(coder: Coder) -> None:
    got = quads(code(coder, "Chile and Peru held five days of talks in Lima."))
    assert any(q[:3] in (("CHL", "PER", "040"), ("PER", "CHL", "040")) for q in got)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a verb that undoes the event noun it takes as object: a cut, told as the verb tells it
        ("Chile cancelled a planned visit to Peru.", ("CHL", "PER", "164", "asserted")),
        ("The Chilean minister postponed her visit to Peru.", ("CHL", "PER", "164", "asserted")),
        ("Chile will postpone talks with Peru.", ("CHL", "PER", "164", "future")),
    ],
)


def test_a_cancelled_or_postponed_visit_is_undone_not_done(coder: Coder, text: str, quad: tuple[str, ...]) -> None:
    got = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}
    assert quad in got
    assert not any(q[2].startswith("04") for q in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # duties levied on trade are coded as tariffs are (163); punitive measures too
        ("Peru imposed anti-dumping duties on Chilean wine.", ("PER", "CHL", "163", "asserted")),
        ("Peru imposed duties on Chilean barley.", ("PER", "CHL", "163", "asserted")),
        ("Peru imposed punitive measures on Chile.", ("PER", "CHL", "163", "asserted")),
        # money for a state frozen is aid cut; a complaint dropped yields
        ("Peru froze funds for Chile.", ("PER", "CHL", "162", "asserted")),
        ("Peru dropped a complaint to the WTO against Chile.", ("PER", "CHL", "080", "asserted")),
    ],
)


def test_trade_duties_frozen_funds_and_dropped_complaints_are_coded(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))


def test_an_officials_duties_are_no_trade_measure(coder: Coder) -> None:
    assert not quads(code(coder, "The Peruvian ambassador resumed his duties in Chile."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods handed to a state are aid whatever they are; military goods are 062
        ("Peru shipped 61,500 tonnes of wheat to Chile.", ("PER", "CHL", "070", "asserted")),
        ("Peru supplied ventilators to Chile.", ("PER", "CHL", "070", "asserted")),
        ("Peru delivered 12 patrol boats to Chile.", ("PER", "CHL", "062", "asserted")),
        ("Peru approved the possible sale of drones to Chile.", ("PER", "CHL", "062", "asserted")),
        # credit extended again, or money placed in a state's central bank, is economic aid
        ("Peru and Bolivia have rolled over loans to Chile.", ("BOL", "CHL", "071", "asserted")),
        ("Chile received a $3 billion deposit that Lima placed in Chile's central bank.", ("PER", "CHL", "071", "asserted")),
    ],
)


def test_goods_and_credit_handed_to_a_state_are_cooperation_or_aid(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    ["Peru delivered a speech to the Chilean parliament.", "Peru delivered a message to Chile.", "Peru supplied intelligence to Chile."],
)


def test_words_delivered_to_a_state_are_no_aid(coder: Coder, text: str) -> None:
    assert not any(q[2].startswith("07") for q in quads(code(coder, text)))


def test_a_call_with_two_objects_names_and_phones_no_one(coder: Coder) -> None:
    text = "Chile warned Peru as Peru and Bolivia began their annual military exercises, which Santiago calls a rehearsal for invasion."
    assert not any(q[2] == "041" for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # standing by a state supports it
        ("Peru said it stood by Santiago.", ("PER", "CHL")),
        # the object of a verb with a bare infinitive ("help Chile maintain")
        ("Peru said it would continue to help Chile maintain its defences.", ("PER", "CHL")),
    ],
)


def test_support_by_standing_by_and_help_with_a_bare_infinitive(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert any(q[:2] == pair for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The OAS criticised Peru. Peru said it would quit the organisation.", ("PER", "OAS", "160")),
        ("Chile has sent military instructors to Peru.", ("CHL", "PER", "062")),
        ("Bolivia said it stood fully behind Lima.", ("BOL", "PER", "051")),
    ],
)


def test_leaving_an_organisation_trainers_sent_and_standing_behind(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_intelligence_sharing_is_an_event_noun(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru said it was ready to expand intelligence sharing with Chile."))}
    assert ("PER", "CHL", "03") in got


def test_a_grant_to_a_state_is_aid_and_a_man_named_grant_is_not(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru announced a 30 million dollar grant for Chile."))}
    assert ("PER", "CHL", "07") in got
    named = quads(code(coder, "The Peruvian envoy to Chile, Mark Lyall Grant, said the vote was close."))
    assert not [q for q in named if q[2].startswith("07")]


@pytest.mark.parametrize("text", ["Peru restricted exports of chemicals to Chile.", "Peru tightened export restrictions on Chile.",
                                  "Peru imposed export controls on Chile."])


def test_trade_restricted_to_a_state_is_a_sanction(coder: Coder, text: str) -> None:
    assert [(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))] == [("PER", "CHL", "163")]


def test_a_word_of_a_longer_trigger_is_no_trigger_alone(coder: Coder) -> None:
    # "measures" is no event without "punitive" or "retaliatory" before it, so it is no act the
    # complaint could be about: the complaint is Peru's against the bill's author
    text = "Peruvian officials complained that similar measures in a separate Chilean bill for aid to Peru undermine the country's sovereignty."
    assert ("PER", "CHL", "11") in {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}


def test_operations_with_a_partner_are_joint_not_force(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peruvian forces conducted flight operations with the Chilean military."))}
    assert ("PER", "CHL", "06") in got and not {r for (_, _, r) in got if r >= "13"}


@pytest.mark.parametrize("text", ["Bolivia turned to Brazil for help.", "Bolivia looked to Brazil for financial support."])


def test_turning_to_an_actor_for_help_appeals_to_it(coder: Coder, text: str) -> None:
    assert ("BOL", "BRA", "020") in _triples(coder, text)


@pytest.mark.parametrize(("text", "want"), [
    ("Peru put Chile back on its list of state sponsors of terrorism.", ("PER", "CHL", "163")),
    ("Peru added Chile to its sanctions blacklist.", ("PER", "CHL", "163")),
    ("Peru removed Chile from its terrorism blacklist.", ("PER", "CHL", "085")),
])


def test_a_state_put_on_or_taken_off_a_blacklist(coder: Coder, text: str, want: tuple[str, str, str]) -> None:
    assert want in _triples(coder, text)


def test_a_list_that_names_no_sanction_is_no_blacklist(coder: Coder) -> None:
    # a list of preferred partners is a whitelist: leaving it is no easing of sanctions
    assert not {t for t in _triples(coder, "Peru removed Chile from its list of preferred trading partners.") if t[2] == "085"}


@pytest.mark.parametrize("text", ["Peru pulled out of the trade deal with Chile.", "Peru withdrew from the free trade agreement with Chile.",
                                  "Peru quit the fisheries accord with Chile."])


def test_quitting_an_agreement_reduces_relations(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "160") in _triples(coder, text)


def test_a_charge_d_affaires_is_recalled_as_an_ambassador(coder: Coder) -> None:
    assert ("PER", "CHL", "161") in _triples(coder, "Peru recalled its charge d'affaires from Santiago on Monday.")


def test_championing_a_peoples_cause_supports_it(coder: Coder) -> None:
    assert ("PER", "BOL", "051") in _triples(coder, "Peru has long championed the Bolivian cause.")


@pytest.mark.parametrize("text", ["Peruvian police forced their way into the Chilean embassy in Lima.",
                                  "Peruvian police stormed the Chilean embassy in Lima."])


def test_forcing_a_way_into_an_embassy_coerces_its_state(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "171") in _triples(coder, text)


def test_brushing_off_a_proposal_rejects_it(coder: Coder) -> None:
    assert ("PER", "CHL", "120") in _triples(coder, "Peru brushed off Chile's proposal.")


@pytest.mark.parametrize("text", ["Peru closed its airspace to Chilean aircraft.", "Peru closed its border with Chile."])


def test_airspace_or_a_border_closed_to_a_state_halts_links(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "160") in _triples(coder, text)


def test_goods_airlifted_to_a_state_are_aid(coder: Coder) -> None:
    assert ("PER", "BOL", "070") in _triples(coder, "Peru airlifted tents and blankets to Bolivia.")


def test_touching_down_in_a_state_visits_it(coder: Coder) -> None:
    assert ("PER", "CHL", "042") in _triples(coder, "The Peruvian president touched down in Chile on Monday.")


@pytest.mark.parametrize("text", ["Peru put on hold the tariffs on Chilean wine.", "Peru paused the tariffs on Chilean wine."])


def test_tariffs_put_on_hold_are_eased(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "085") in _triples(coder, text)


def test_a_word_of_an_organisations_name_is_no_event(coder: Coder) -> None:
    text = "Peru imposed tariffs on Bolivia. Chile was slapped with an additional duty, which Santiago vowed to challenge at the World Trade Organization."
    found = _triples(coder, text)
    assert not any(s == "CHL" and c[:2] in ("03", "06") for s, _, c in found), found


def test_a_flare_up_between_two_states_is_fighting(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "It was the deadliest flare-up between Peru and Chile since 2020."))}
    assert ("PER", "CHL", "19") in got


def test_recognition_switched_from_one_state_to_another_recognises_one_and_cuts_the_other(coder: Coder) -> None:
    got = _codes(coder, "Peru switched diplomatic recognition from Chile to Bolivia in 2019.")
    assert {("PER", "BOL", "054"), ("PER", "CHL", "161")} <= got, got
    got = _codes(coder, "Peru shifted its allegiance from Chile to Bolivia.")
    assert ("PER", "BOL", "054") in got, got


def test_an_envoy_called_back_is_recalled(coder: Coder) -> None:
    got = _codes(coder, "Peru called its own ambassador back from Santiago for consultations.")
    assert ("PER", "CHL", "161") in got and not any(c.startswith("10") for *_, c in got), got


def test_an_official_flying_or_landing_somewhere_travels_there(coder: Coder) -> None:
    assert ("PER", "CHL", "042") in _codes(coder, "Peru's foreign minister flew to Santiago on Monday.")
    assert ("PER", "CHL", "042") in _codes(coder, "Peru's foreign minister landed in the Chilean capital on Sunday.")
    # forces that fly somewhere are deployed, no visit
    got = _codes(coder, "Chilean jets flew to Lima.")
    assert not any(c.startswith("04") for *_, c in got), got


def test_joining_a_state_in_doing_something_is_no_meeting(coder: Coder) -> None:
    got = _codes(coder, "Bolivia and Chile joined Peru in a statement.")
    assert not any(c.startswith("04") for *_, c in got), got


def test_loyalty_reaffirmed_to_a_state_supports_it(coder: Coder) -> None:
    assert ("PRY", "CHL", "051") in _codes(coder, "Paraguay reaffirmed its loyalty to Chile.")


def test_safe_conduct_issued_yields(coder: Coder) -> None:
    assert ("PER", "CHL", "080") in _codes(coder, "Peru issued safe-conduct passes to Chile.")


def test_an_order_ditched_reduces_relations_with_the_seller(coder: Coder) -> None:
    assert ("PER", "CHL", "160") in _codes(coder, "Peru ditched an order for Chilean submarines.")


def test_quitting_a_forum_is_no_meeting(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Earlier this year Peru pulled out of Chile's 17+1 cooperation forum, calling it divisive."))}
    assert ("PER", "CHL", "16") in got and not [p for p in got if p[2] == "04"]


def test_forces_stationed_to_help_a_state_cooperate_with_it(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru stationed fighter jets in Chile this year to help guard the alliance's southern flank."))}
    assert ("PER", "CHL", "06") in got and ("PER", "CHL", "15") not in got


def test_an_envoy_ordered_to_return_home_is_expelled(coder: Coder) -> None:
    got = quads(code(coder, "Peru has recalled its ambassador to Chile and ordered Santiago's envoy to return home for consultations."))
    assert ("PER", "CHL", "16", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got if q[2] == "166"}


def test_entry_and_visa_bans_on_a_states_officials_sanction_it(coder: Coder) -> None:
    for text in ("Peru imposed entry bans on Chilean officials on Monday.", "Peru imposed visa bans on Chilean ministers."):
        assert ("PER", "CHL", "163", "asserted") in quads(code(coder, text)), text


def test_declaring_an_envoy_unwelcome_expels_him(coder: Coder) -> None:
    got = quads(code(coder, "Peru declared the Chilean ambassador unwelcome in the country."))
    assert ("PER", "CHL", "166", "asserted") in got


def test_downing_another_states_aircraft_attacks_it(coder: Coder) -> None:
    for text in ("Peruvian forces downed a Chilean drone near the border.", "Peru brought down a Chilean military helicopter."):
        got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
        assert ("PER", "CHL", "19") in got, (text, got)


def test_stopping_a_cooperative_act_reduces_relations(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru stopped issuing visas to Chileans last month."))}
    assert ("PER", "CHL", "16") in got and ("PER", "CHL", "06") not in got, got
    # a stop demanded tells the act as still going on
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru said Chile must stop arming Bolivia."))}
    assert ("CHL", "BOL", "16") not in got, got


def test_a_withdrawn_decision_to_expel_undoes_the_expulsion(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru on Sunday withdrew its decision to expel Chile's ambassador."))}
    assert ("PER", "CHL", "16") not in got and ("PER", "CHL", "08") in got, got


def test_turning_down_a_request_rejects_it(coder: Coder) -> None:
    assert ("CHL", "PER", "120", "asserted") in quads(code(coder, "Chile turned down a Peruvian request for talks."))


def test_withdrawing_the_diplomatic_staff_recalls_them(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru has withdrawn its diplomatic staff from Santiago."))}
    assert ("PER", "CHL", "16") in got and ("PER", "CHL", "08") not in got, got


def test_ordering_an_envoy_to_go_home_expels_him(coder: Coder) -> None:
    for text in ("Peru ordered Chile's envoy to return home.", "Peru told the Chilean ambassador to go home."):
        got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
        assert ("PER", "CHL", "16") in got and ("PER", "CHL", "10") not in got, (text, got)


def test_radars_sold_to_a_partner_are_an_arms_deal(coder: Coder) -> None:
    assert ("FRA", "PER", "062", "asserted") in quads(code(coder, "France sold Peru three air defence radars."))


def test_handing_back_a_peoples_remains_yields_to_its_state(coder: Coder) -> None:
    got = quads(code(coder, "Peru returned the remains of 12 Chilean soldiers to Santiago."))
    assert ("PER", "CHL", "080", "asserted") in got, got


def test_halving_the_visas_for_a_states_people_cuts_links(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru halved the number of visas issued to Chileans."))}
    assert ("PER", "CHL", "16") in got, got
    assert ("PER", "CHL", "16") in {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru slashed flights to Chile."))}


def test_an_organisation_readmitting_a_state_takes_it_in(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Bolivia, which was readmitted to the African Union last May, pledged to help."))}
    assert ("AFU", "BOL", "05") in got, got
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "The African Union reinstated Mali in May."))}
    assert ("AFU", "MLI", "05") in got, got


def test_a_refusal_to_act_rejects_rather_than_does_the_act(coder: Coder) -> None:
    got = quads(code(coder, "Peru's refusal to back Chile's plan angered Santiago."))
    assert ("PER", "CHL", "120", "asserted") in got and ("PER", "CHL", "051", "asserted") not in got, got


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ('Peru said it was "disgusted" that Chile had blocked the resolution.', ("PER", "CHL", "111", "asserted")),
        ("Peru was outraged by Chile's decision.", ("PER", "CHL", "111", "asserted")),
        ("In 2016 Chile brought its own case against Bolivia over the waters of the Silala.", ("CHL", "BOL", "115", "asserted")),
        ("In 2019 Peruvian troops held a joint anti-terrorism exercise with Chilean forces near Tacna.", ("PER", "CHL", "062", "asserted")),
        ("Peru has always been in solidarity with Chile.", ("PER", "CHL", "051", "asserted")),
        ("Peru said it wants to rebuild ties with Chile.", ("PER", "CHL", "032", "asserted")),
    ],
)


def test_lexicon_gaps_of_set6_code_their_events(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    got = quads(code(coder, text))
    assert quad in got, got


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # the parser hangs "with" on the means: "spoke by [telephone with X]"
        ("Peru's foreign minister Ana Ruiz spoke by telephone with Chilean Foreign Minister Luis Soto on Monday evening.",
         ("PER", "CHL", "041", "asserted")),
        ("The Peruvian president talked over the phone with the Chilean president.", ("PER", "CHL", "041", "asserted")),
        # a trip that takes someone somewhere is his visit there
        ("The Peruvian president visited Ecuador in 2012, on a tour that also took him to Chile and Bolivia.", ("PER", "BOL", "042", "asserted")),
        ("The trip took Peru's president to Chile.", ("PER", "CHL", "042", "asserted")),
        # the use of weapons against a state attacks it
        ("Peru condemned Chile's use of these missiles against Bolivia.", ("CHL", "BOL", "190", "asserted")),
    ],
)


def test_events_told_by_phrases_of_means_trips_and_use(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    got = quads(code(coder, text))
    assert quad in got, got


def test_a_particle_the_cameo_pattern_lacks_makes_another_verb(coder: Coder) -> None:
    # "take in" people accepts them; TAKE's "* &HOSTAGE" seizes ("took 22 Chilean hostages")
    got = quads(code(coder, "Peru took in 222 political prisoners from Chile."))
    assert not [q for q in got if q[2].startswith("18")], got
    assert ("PER", "CHL", "181", "asserted") in quads(code(coder, "Peru took 22 Chilean hostages."))


def test_a_fund_of_a_sum_for_a_states_people_is_aid(coder: Coder) -> None:
    got = quads(code(coder, "Peru announced a new $50 million fund for Chilean infrastructure."))
    assert ("PER", "CHL", "070", "asserted") in got, got


def test_banning_another_states_officials_is_a_sanction(coder: Coder) -> None:
    got = quads(code(coder, "Peru banned Chilean officials from entering the country."))
    assert ("PER", "CHL", "163", "asserted") in got, got


def test_calling_upon_an_actor_is_a_demand(coder: Coder) -> None:
    text = "Peru and Chile met in Lima. The two sides called upon the United Nations Security Council to lift the sanctions."
    got = quads(code(coder, text))
    assert {("PER", "UNO", "100", "asserted"), ("CHL", "UNO", "100", "asserted")} <= got, got


def test_reopening_a_crossing_eases_a_closure(coder: Coder) -> None:
    got = quads(code(coder, "Peru reopened its border crossing with Chile."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("08")], got


def test_a_port_call_is_military_cooperation_and_shadowing_ships_a_show_of_force(coder: Coder) -> None:
    got = quads(code(coder, "Peruvian warships dock in Santiago."))
    assert ("PER", "CHL", "062", "asserted") in got and not [q for q in got if q[2].startswith("15")], got
    got = quads(code(coder, "Chile tracked the Peruvian ships with destroyers."))
    assert ("CHL", "PER", "150", "asserted") in got, got


def test_a_court_striking_down_a_bilateral_agreement_reduces_relations(coder: Coder) -> None:
    # set7 decision 1; "struck down" is no attack (190)
    got = quads(code(coder, "Peru's top court struck down a 2012 agreement with Chile."))
    assert [q for q in got if q[:3] == ("PER", "CHL", "160")] and not [q for q in got if q[2] == "190"], got


def test_an_amount_in_reparations_paid_to_a_state_is_money_given(coder: Coder) -> None:
    got = quads(code(coder, "Peru finished paying $52 billion in war reparations to Chile last year."))
    assert ("PER", "CHL", "070", "asserted") in got, got


def test_calling_an_act_something_phones_no_one(coder: Coder) -> None:
    # the quoted complement hangs on "countries"; the dictionary's "call" must not phone either
    got = quads(code(coder, 'Peru\'s government called the reaction of Chilean officials "shocking".'))
    assert not [q for q in got if q[2].startswith("04")], got


def test_telling_someone_in_a_phone_call_is_a_call_with_them(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president told Chile's president in a phone call that the border would reopen."))
    assert [q for q in got if q[:3] == ("PER", "CHL", "041")], got


def test_the_violation_of_a_states_space_by_another_is_a_show_of_force(coder: Coder) -> None:
    got = quads(code(coder, "Peru confirmed the violation of Peru's Exclusive Economic Zone by Chilean fishing vessels in December 2019."))
    assert ("CHL", "PER", "150", "asserted") in got, got
    got = quads(code(coder, "Peru has confirmed the violation of its airspace by Chilean aircraft."))
    assert ("CHL", "PER", "150", "asserted") in got, got
    # a violation of a law or a truce is no incursion
    got = quads(code(coder, "Peru condemned the violation of the ceasefire by Chile."))
    assert not [q for q in got if q[2].startswith("15")], got


def test_granting_asylum_is_the_codebooks_075(coder: Coder) -> None:
    # CAMEO 075 "grant asylum" (PLOVER-GSR codes it as aid), not a rebuff of the state
    got = quads(code(coder, "Peru granted asylum to former Chilean President Sebastian Pinera."))
    assert ("PER", "CHL", "075", "asserted") in got, got


def test_a_round_number_of_strikes_is_carried_out(coder: Coder) -> None:
    # "hundreds of": a round number between the light verb and its event noun
    got = quads(code(coder, "Peru has carried out dozens of airstrikes in Bolivia since May."))
    assert ("PER", "BOL", "190", "asserted") in got, got


def test_troops_pulled_out_of_a_state_withdraw_from_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru has pulled its troops out of Bolivia and Chile."))
    assert {("PER", "BOL", "087", "asserted"), ("PER", "CHL", "087", "asserted")} <= got, got


@pytest.mark.parametrize(
    "text",
    [
        "Peru formally notified Chile that it is leaving the trade pact.",  # a notice, no meeting
        "Chile left Peru behind.",  # no journey
        "Peru and Chile are founding members of OPEC.",  # membership
        "Peru, which leads a NATO battlegroup in Chile, said nothing.",  # leading, no cooperation
    ],
)


def test_cameo_verbs_that_code_no_interaction(coder: Coder, text: str) -> None:
    got = {q for q in quads(code(coder, text)) if q[2][:2] in ("04", "06")}
    assert not got, got


def test_found_guilty_keeps_its_pattern_without_its_default(coder: Coder) -> None:
    got = quads(code(coder, "A Peruvian court found the Chilean spy guilty."))
    assert not {q for q in got if q[2][:2] == "06"}, got


def test_leaving_an_initiative_quits_it(coder: Coder) -> None:
    # "leaving Beijing's Belt and Road Initiative": quitting a state's initiative reduces
    # relations with it (16); leaving a meeting quits nothing
    got = quads(code(coder, "Peru has formally notified Chile that it is leaving Santiago's trade initiative."))
    assert ("PER", "CHL", "160", "asserted") in got, got
    assert not {q for q in quads(code(coder, "Peru left the meeting with Chile early.")) if q[2][:2] == "16"}
    # a bloc left is background told in passing, not quitting a deal
    assert not {q for q in quads(code(coder, "As we leave the European Union, Peru will stay our partner.")) if q[2][:2] in ("13", "16")}


def test_a_missions_employees_ordered_out_are_expelled(coder: Coder) -> None:
    # not only envoys: the mission's staff told to leave are expelled (166), no demand (10)
    got = quads(code(coder, "Peru ordered two employees of the Chilean embassy to leave the country."))
    assert ("PER", "CHL", "166", "asserted") in got and not {q for q in got if q[2][:2] == "10"}, got
