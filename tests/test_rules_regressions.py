"""Regressions of the issue 13 rules, named after what broke (found by the rule tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.named import named_mentions
from dyadwatch.actors.people import person_spans
from dyadwatch.coder import Coder
from dyadwatch.events.arguments import Resolver
from dyadwatch.events.prepass import worth_parsing
from dyadwatch.records import Article
from dyadwatch.settings import Settings
from event_support import code, quads
from rule_support import read, token


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


def test_the_pre_pass_lets_a_denial_find_its_accuser(coder: Coder) -> None:
    # the second sentence names one party: the pre-pass must still parse it
    text = "Peru accused Chile of espionage. Chile denied the charge."
    assert ("CHL", "PER", "110", "asserted") in quads(code(coder, text))
    _, ctx = read("Chile denied the charge.")
    assert worth_parsing("Chile denied the charge.", list(ctx.mentions.values()))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Chile praised the work of Ana Ruiz.", "Ana Ruiz"),
        ("The visit of Ana Ruiz to Chile was brief.", "Ana Ruiz"),
        ("Chile voted for Ana Ruiz.", "Ana Ruiz"),
    ],
)


def test_a_name_after_of_or_for_is_a_person_unless_an_office_governs_it(sentence: str, name: str) -> None:
    _, ctx = read(sentence)
    spans = {ctx.sent.doc[a:b].text for a, b in person_spans(ctx.sent, ctx.mentions, ctx.lexicon)}
    assert name in spans


def test_an_office_still_governs_a_body_not_a_person() -> None:
    _, ctx = read("Peru met the Minister of Foreign Affairs.")
    spans = {ctx.sent.doc[a:b].text for a, b in person_spans(ctx.sent, ctx.mentions, ctx.lexicon)}
    assert "Foreign Affairs" not in spans


def test_a_name_that_only_overlaps_a_discard_phrase_stays_an_actor() -> None:
    # "hockey" is a discard (sports); Joe Hockey is an Australian minister in the dictionaries
    found = named_mentions("Joe Hockey met Chinese officials.", date(2005, 6, 1), [])
    assert [(m.text, m.country) for m in found] == [("Joe Hockey", "AUS")]


def test_a_participle_of_commitment_after_a_copula_commits(coder: Coder) -> None:
    assert any(c[:3] == ("PER", "CHL", "032") for c in quads(code(coder, "Peru is committed to supporting Chile.")))


def test_talks_about_an_act_are_not_talks_with_its_author(coder: Coder) -> None:
    found = quads(code(coder, "Egypt and France discussed Russia's war in Ukraine."))
    assert ("EGY", "FRA", "040", "asserted") in found
    assert not any(s == "EGY" and t == "RUS" for s, t, _, _ in found)


def test_one_promise_per_pair_of_a_mutual_act(coder: Coder) -> None:
    found = quads(code(coder, "Peru and Chile are neighbours. Both sides agreed to cooperate."))
    intents = {(s, t) for s, t, c, _ in found if c.startswith("03")}
    assert len(intents) == 1 and intents <= {("PER", "CHL"), ("CHL", "PER")}


def test_a_passive_commitment_with_its_agent_commits(coder: Coder) -> None:
    found = quads(code(coder, "The aid was pledged by Peru to help Chile."))
    assert any(s == "PER" and t == "CHL" and c.startswith("03") for s, t, c, _ in found), found
    # with no agent, no one commits
    assert not any(c.startswith("03") for _, _, c, _ in quads(code(coder, "The ban is intended to prevent Chile from buying arms.")))


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia has nationalized several Western-owned companies.",
        "Venezuela says it needs new weapons, including 100,000 Russian assault rifles.",
    ],
)


def test_a_dictionary_verb_by_its_bare_code_takes_only_a_named_other_side(coder: Coder, text: str) -> None:
    # the verb's own code, no pattern: an actor buried in its object's phrase is no target
    assert not any(c[:2] in ("10", "17") for _, _, c, _ in quads(code(coder, text))), quads(code(coder, text))


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


def test_a_party_that_says_it_was_attacked_only_claims_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru said Chile attacked Peru on Monday."))
    assert ("CHL", "PER", "190", "claimed") in found


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


def test_a_phrase_after_an_object_that_names_no_actor_is_not_dug_for_one(coder: Coder) -> None:
    """'thank the director for his report to the Security Council': the director is
    thanked; the Council named deep in the for-phrase is not the target."""
    found = quads(code(coder, "Peru thanked the director for his recent report to the UN Security Council."))
    assert not any(q[1] == "UNO" for q in found)
    # with no object, the for-phrase still gives the target
    assert ("PER", "CHL", "051", "asserted") in quads(code(coder, "Peru expressed its support for Chile."))


def test_reiterated_support_to_a_body_is_support_to_it(coder: Coder) -> None:
    """'reiterate' is a light verb: its subject does the noun's act, and the preposition
    on the verb names the other side ('reiterated its full support to the IAEA's mandate')."""
    text = "Peru reiterated its full support to the IAEA's independent mandate."
    assert ("PER", "IAE", "051", "asserted") in quads(code(coder, text))


@pytest.mark.parametrize(
    "call",
    ["Britain called on all sides to show restraint.", "Britain urged both sides to show restraint.",
     "Britain urged the parties to return to talks."],
)  # fmt: skip


def test_all_sides_are_the_two_states_of_the_last_hostile_act(coder: Coder, call: str) -> None:
    text = f"Israel struck targets in Iran on Friday. Iran responded with missiles. {call}"
    found = {(q[0], q[1]) for q in quads(code(coder, text)) if q[0] == "GBR"}
    assert found == {("GBR", "ISR"), ("GBR", "IRN")}


def test_parties_that_act_are_not_the_last_pair(coder: Coder) -> None:
    """'the strict implementation of the sanctions by all parties': no pair is addressed."""
    text = "Israel struck targets in Iran on Friday. Britain stressed a strict implementation of the sanctions by all parties."
    assert not any(q[0] in ("ISR", "IRN") and q[2].startswith("16") for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    "text", ["Peru said Chile poses a threat to the region.", "Peru said Chile is a grave threat."]
)


def test_a_threat_noun_that_names_no_threatener_is_left_to_the_judgement_rules(coder: Coder, text: str) -> None:
    """The hand trigger 'threat' found no actor of its own: the sentence is a judgement
    (111), not an act the trigger could not complete."""
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, text))


def test_a_threat_made_by_a_named_actor_is_no_judgement_of_it(coder: Coder) -> None:
    text = "Peru said the United States is ready to discuss its threat to impose tariffs."
    assert not any(q[2].startswith("11") for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("China demanded that Peru cancel the sale.", ("CHN", "PER", "100", "asserted")),
        ("China demanded that Peru should cancel the sale.", ("CHN", "PER", "100", "asserted")),
        ("China asked that Peru withdraw its ships.", ("CHN", "PER", "020", "asserted")),
    ],
)


def test_the_subject_of_a_wished_that_clause_is_the_one_asked(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, text))


def test_insisting_that_something_happened_is_no_demand(coder: Coder) -> None:
    found = quads(code(coder, "China insists that Peruvian troops fired on its border posts."))
    assert not any(q[2] == "100" for q in found)


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


def test_a_dictionary_name_may_end_in_a_lower_case_state_noun() -> None:
    """'the Bush administration' is a Phoenix name of George W. Bush's government (2008)."""
    found = named_mentions("The Bush administration has had talks with Moscow.", date(2008, 6, 1), [])
    assert [(m.country, m.sector) for m in found] == [("USA", "GOV")]
    assert "administration" in found[0].text


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


def test_the_i_of_an_unattributed_quote_in_a_government_release_is_its_minister(coder: Coder) -> None:
    text = '"Against this backdrop, I have met my counterparts from Chile and Bolivia this month.'
    found = quads(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs"))
    assert {("PER", "CHL"), ("PER", "BOL")} <= {(q[0], q[1]) for q in found}


def test_deepening_a_partnership_is_mutual_between_coordinated_states(coder: Coder) -> None:
    found = quads(code(coder, "Brazil and Chile deepened their partnership in energy on Monday."))
    assert {(q[0], q[1], q[2]) for q in found} & {("BRA", "CHL", "050"), ("CHL", "BRA", "050")}


@pytest.mark.parametrize("later", ["Their talks hit an impasse.", "He says their first round of talks hit an impasse."])


def test_their_talks_are_between_the_two_states_last_told_acting_together(coder: Coder, later: str) -> None:
    found = quads(code(coder, f"China and the Philippines clashed near the shoal. {later}"))
    assert {(q[0], q[1], q[2]) for q in found} & {("CHN", "PHL", "040"), ("PHL", "CHN", "040")}


def test_a_state_saying_it_will_give_aid_states_an_intent(coder: Coder) -> None:
    found = quads(code(coder, "Japan said it will provide aid to Haiti."))
    assert {("JPN", "HTI", "033", "asserted"), ("JPN", "HTI", "070", "future")} <= found
    # another state's future act that a speaker reports is no intent of the speaker's
    assert not any(q[2].startswith("03") for q in quads(code(coder, "Peru said Japan will provide aid to Haiti.")))


def test_a_hostile_act_its_actor_says_it_will_do_threatens(coder: Coder) -> None:
    found = quads(code(coder, "Peru said it would boycott all official contact with Chile."))
    assert ("PER", "CHL", "1312", "asserted") in found
    # a plan is no threat; nor is a deployment announced (as often to a partner)
    assert not any(q[2].startswith("13") for q in quads(code(coder, "Peru plans to boycott all official contact with Chile.")))
    assert not any(q[2].startswith("13") for q in quads(code(coder, "Peru said it would send warships to Chile.")))


def test_what_a_speaker_hopes_would_happen_is_hypothetical(coder: Coder) -> None:
    """'hoped' (lemmatised 'hop' by the small model) makes its complement a wish, even
    inside reported speech where 'would' is otherwise the future of the past."""
    found = quads(code(coder, "Peru said it hoped Chilean officials would be punished for the raid."))
    assert found and all(q[3] == "hypothetical" for q in found if q[0] == "PER" and q[2].startswith("17"))
    assert not any(q[2].startswith("13") for q in found)


def test_a_message_of_congratulations_carries_the_congratulation(coder: Coder) -> None:
    """'sent a message of congratulations to X': the noun in the carrier's of-phrase is the
    event (051), and the light verb's subject and preposition give its sides."""
    found = quads(code(coder, "Peru's president sent a message of congratulations to Chile's president on Monday."))
    assert ("PER", "CHL", "051", "asserted") in found
    assert not any(q[2].startswith("04") for q in found)


def test_he_in_a_new_sentence_is_the_last_sentences_subject(coder: Coder) -> None:
    """'Ruiz met Soto, ... . She also met Mora': 'she' is Ruiz, the subject, not Soto, the
    person named last (the pronoun of a new sentence keeps to its predecessor's subject)."""
    text = ("Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Luis Soto in Lima. "
            "She also met Bolivian President Juan Mora.")  # fmt: skip
    pairs = {(q[0], q[1]) for q in quads(code(coder, text))}
    assert ("PER", "BOL") in pairs and ("CHL", "BOL") not in pairs


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a threat's condition names whom it threatens
        ("Peru threatened to stop the talks if Chile goes ahead with the deployment.", ("PER", "CHL", "130", "asserted")),
        ("Peru threatened further action against Chile.", ("PER", "CHL", "130", "asserted")),
        ("Peru issued an ultimatum to Ecuador to halt the attacks.", ("PER", "ECU", "139", "asserted")),
    ],
)


def test_threats_conditions_and_ultimatums(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in quads(code(coder, text))


def test_a_call_between_two_people_is_their_states_call(coder: Coder) -> None:
    text = "Ruiz held a call with reporters after the call between Peru's president and Chile's president."
    assert {(q[0], q[1], q[2]) for q in quads(code(coder, text))} & {("PER", "CHL", "041"), ("CHL", "PER", "041")}


def test_its_in_a_decision_to_act_is_the_deciders(coder: Coder) -> None:
    """'The UN decree follows an Israeli government decision to expand its offensive in
    Lebanon': 'its' is Israel's (the deciding noun's actor), not the sentence subject's."""
    text = "The UN decree follows a Peruvian government decision to expand its offensive in Bolivia."
    found = quads(code(coder, text))
    assert ("PER", "BOL", "190", "asserted") in found
    assert not any(q[0] == "UNO" and q[2].startswith("19") for q in found)


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


def test_a_finite_clause_hung_on_a_noun_keeps_its_subject(coder: Coder) -> None:
    """'confirmation that Iran has released five Americans': the parser hangs the clause
    on the noun (acl); it is no participle, so Iran releases, not is released."""
    text = "We have received confirmation that Peru has released five Chilean prisoners."
    assert ("PER", "CHL", "084", "asserted") in quads(code(coder, text))


def test_the_administration_is_the_state_of_the_last_subject(coder: Coder) -> None:
    text = (
        "Peruvian President Ana Ruiz imposed heavy sanctions on Bolivia in May. "
        "The administration has ramped up sanctions on Chile."
    )
    found = {(q[0], q[1], q[2][:2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "16") in found


def test_the_government_of_a_named_state_is_not_an_anaphor(coder: Coder) -> None:
    text = (
        "Peru criticised Bolivia on Monday. "
        "Chile will continue to provide assistance to the government and people of Ecuador."
    )
    found = quads(code(coder, text))
    assert not any(q[1] in ("PER", "BOL") and q[0] == "CHL" for q in found)


def test_an_attempt_is_not_the_act(coder: Coder) -> None:
    text = "Peru has imposed sanctions on Bolivia to try to force Bolivian President Ana Ruiz from power."
    found = quads(code(coder, text))
    assert not any(q[2].startswith("17") and q[3] == "asserted" for q in found)


def test_the_one_called_on_owns_the_possessive_of_the_infinitive(coder: Coder) -> None:
    """'calls on Russia to cease its assault on Ukraine': the assault is Russia's, also when
    the parser hangs the infinitive as an adverbial clause of 'calls'."""
    text = "Peru condemns these acts and calls on Chile to immediately cease its ongoing violent assault on Bolivia."
    found = {(q[0], q[1], q[2][:2]) for q in quads(code(coder, text))}
    assert ("CHL", "BOL", "19") in found
    assert ("PER", "BOL", "19") not in found


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
    "text",
    [
        "Peru has said it will support Chile's bid for a seat on the council.",
        "Peru will support Chile's bid for a seat on the council, Peruvian President Ana Ruiz said on Tuesday.",
    ],
)


def test_a_state_telling_its_own_future_support_states_an_intent(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "032", "asserted") in quads(code(coder, text))


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


def test_both_of_whom_is_the_relative_clause_head(coder: Coder) -> None:
    text = "The meeting brought together Peruvian and Bolivian ministers, all of whom criticised Chile."
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert {("PER", "CHL", "111"), ("BOL", "CHL", "111")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The parliamentary immunity of all of Chile's deputies should be respected.",
        "Chile's detention of the journalists must be ended.",
    ],
)


def test_a_passive_obligation_in_a_statement_demands_of_the_subject_s_owner(coder: Coder, text: str) -> None:
    found = quads(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs"))
    assert ("PER", "CHL", "100", "asserted") in found


def test_a_passive_obligation_with_its_agent_named_is_no_demand_on_the_subject(coder: Coder) -> None:
    text = "Chile's deputies must be protected by Bolivia."
    found = quads(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs"))
    assert ("PER", "CHL", "100", "asserted") not in found


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


def test_two_states_recalling_their_ambassadors_recall_them_from_each_other(coder: Coder) -> None:
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, "Relations between Peru and Chile worsened. Both countries recalled their ambassadors."))}
    assert {("PER", "CHL", "161"), ("CHL", "PER", "161")} <= found


def test_two_states_condemning_an_unnamed_act_do_not_condemn_each_other(coder: Coder) -> None:
    found = {(q[0], q[1]) for q in quads(code(coder, "Peru and Chile condemned the coup."))}
    assert ("PER", "CHL") not in found and ("CHL", "PER") not in found


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


def test_soldiers_who_died_at_a_border_attack_no_one(coder: Coder) -> None:
    text = "Three Peruvian soldiers died and eleven were wounded when army transports patrolling at the Peruvian-Chilean border were attacked."
    assert not any(q[0] == "PER" and q[1] == "CHL" for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the of-phrase of a condemnation is what is condemned
        ("Peru voiced condemnation of Chile's missile launch.", ("PER", "CHL", "111")),
        # "drawing condemnation from X": X condemns whoever drew it
        ("Chile test-fired a ballistic missile, drawing condemnation from Peru.", ("PER", "CHL", "111")),
    ],
)


def test_condemnation_nouns(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


def test_a_stance_prefix_names_no_actor(coder: Coder) -> None:
    found = quads(code(coder, "Pro-Chilean separatists attacked Peruvian troops."))
    assert not any(q[0] == "CHL" for q in found)


def test_what_is_blocked_does_not_happen(coder: Coder) -> None:
    found = quads(code(coder, "Bolivia blocked a Peruvian aid package for Chile."))
    assert ("PER", "CHL", "070", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a raised subject acts in the infinitive of a passive verb of belief
        ("Peru is believed to have supplied drones to Chile.", ("PER", "CHL", "062", "speculated")),
        # the accused does the act of the gerund, and it is the accuser's claim
        ("Bolivia accused Peru of supplying drones to Chile.", ("PER", "CHL", "062", "claimed")),
        # ... also when the parse hangs the gerund on the accused
        ("Chile accused Peruvian coast guard vessels of firing water cannon at its boats.", ("PER", "CHL", "190", "claimed")),
        # the one thanked did what the gerund says
        ("Chile thanked Peru for sending aid to Bolivia.", ("PER", "BOL", "070", "asserted")),
    ],
)


def test_raised_subjects_and_object_control(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    found = quads(code(coder, text))
    assert quad in found
    assert not any(q[0] in ("BOL", "CHL") and q[2] in ("062", "070") for q in found)


def test_the_government_is_first_the_state_just_named_in_its_sentence(coder: Coder) -> None:
    text = (
        "Chile praised Bolivia on Monday. "
        "Due to the small budget of Peru, the government was forced to close its embassy in Bolivia."
    )
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "BOL", "161") in found and ("CHL", "BOL", "161") not in found


def test_what_unnamed_officials_say_happened_is_claimed(coder: Coder) -> None:
    assert ("PER", "CHL", "062", "claimed") in quads(code(coder, "Officials said Peru had supplied drones to Chile."))


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian companies must seek permission to export to Chile.",
        "Peruvian companies pledged to invest in Chile.",
        "Peruvian charities criticised Chile.",
    ],
)


def test_companies_civilians_and_aid_groups_act_for_no_state(coder: Coder, text: str) -> None:
    assert not any(q[0] == "PER" for q in quads(code(coder, text)))


def test_a_company_may_still_suffer_an_act(coder: Coder) -> None:
    found = {(q[0], q[1][:3]) for q in quads(code(coder, "Chile sanctioned three Peruvian companies."))}
    assert ("CHL", "PER") in found


def test_a_concern_that_a_state_acts_concerns_that_state(coder: Coder) -> None:
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru is concerned that Chile is building up its forces."))


def test_a_concern_about_its_own_fate_concerns_no_one(coder: Coder) -> None:
    assert not quads(code(coder, "Peru is concerned that it may lose access to markets."))


def test_a_speaker_the_parser_hangs_as_an_apposition_still_speaks(coder: Coder) -> None:
    text = (
        "Bolivia tested a nuclear device on Sunday. In an interview with VOA, Peru's Defence "
        "Minister Luis Soto said the test represents a significant international threat."
    )
    assert ("PER", "BOL", "111") in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


def test_sanctions_banning_a_state_target_it(coder: Coder) -> None:
    events = code(coder, "Peru imposed sanctions banning Chile from nuclear tests.")
    # named by the participle, not guessed as the story's state
    assert any((e.source.country, e.target.country, e.cameo) == ("PER", "CHL", "163") and e.rule.endswith(">aclobj") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # the parties named in the same sentence
        "First, Peru commends efforts by Brazil and Argentina to negotiate the peaceful resolution to the conflict and also commends the continued engagement of Chile and Bolivia.",
        # the parties of the last hostile act told
        "Chile attacked Bolivia on Monday. Brazil and Argentina offered to mediate the conflict.",
    ],
)


def test_talks_about_the_conflict_are_with_its_parties(coder: Coder, text: str) -> None:
    found = {(q[0], q[1]) for q in quads(code(coder, text)) if q[2].startswith("04")}
    assert {("BRA", "CHL"), ("BRA", "BOL"), ("ARG", "CHL"), ("ARG", "BOL")} <= found
    assert ("BRA", "ARG") not in found  # the mediators do not negotiate with each other


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # "the agency", "the alliance": the organisation named last (a sentence of its own
        # is parsed for it)
        ("The IAEA inspected the site. The agency criticised Chile on Monday.", ("IAE", "CHL", "111")),
        ("Officials with the U.N. World Food Program said the agency will resume aid flights to Chile.", ("UNO", "CHL", "031")),
    ],
)


def test_the_agency_is_the_organisation_named_last(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        # a warning about another's act or outlook is a gloomy comment (CAMEO's WARN patterns)
        ("Peru warned Chile that the Bolivian plan will not end the conflict.", "012"),
        # a warning of what the warner's own side will do threatens
        ("Peru warned Chile that Peru will not stand idly by.", "130"),
        ("Peru warned Chile not to interfere.", "130"),
    ],
)


def test_a_warning_threatens_only_with_the_warner_s_own_act(coder: Coder, text: str, code_: str) -> None:
    found = {q[2] for q in quads(code(coder, text)) if q[:2] == ("PER", "CHL")}
    assert code_ in found and (code_ == "130" or "130" not in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador is concerned following the recent arrival of Peruvian military personnel in Chile.",
    ],
)


def test_the_arrival_of_a_state_s_forces_in_another_deploys_them(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "150") in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


def test_they_agreeing_is_the_pair_that_met(coder: Coder) -> None:
    text = "Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima. They agreed that trade should grow."
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "050") in found or ("CHL", "PER", "050") in found


def test_the_speaker_s_international_community_deplores_and_demands(coder: Coder) -> None:
    """In the Peruvian envoy's quote, "the international community" deploring the
    Bolivian regime's actions and demanding that the regime end the violence is Peru
    deploring and demanding; "the regime" is Bolivia's, not the speaker's state."""
    text = (
        'The Peruvian ambassador to the UN, Ana Ruiz, said after the vote that "the international community has come '
        'together in deploring the actions of the Bolivian regime and demanding that the regime end this violence."'
    )
    events = [e for e in code(coder, text) if (e.source.country, e.target.country) == ("PER", "BOL")]
    assert {e.cameo[:2] for e in events if e.status.value == "asserted"} >= {"11", "10"}
    # said now: dated by the article
    assert all(e.date == "2021-03-10" for e in events if e.status.value == "asserted")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The UN Security Council has approved the establishment of a no-fly zone over Chile.", ("UNO", "CHL", "170")),
        ("Peru ordered the imposition of sanctions on Chile.", ("PER", "CHL", "163")),
    ],
)


def test_nouns_of_setting_an_act_up_carry_it_to_their_verb(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text))}


def test_their_talks_after_a_summons_are_the_two_states_of_it(coder: Coder) -> None:
    text = "Peruvian Foreign Minister Ana Ruiz summoned Chile's ambassador. She says their first round of talks hit an impasse."
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "040") in found or ("CHL", "PER", "040") in found


def test_a_relative_clause_that_names_an_office_names_its_state(coder: Coder) -> None:
    text = "Luis Ramirez who is Peru's minister of culture also demands a clear statement that Chile must withdraw."
    assert ("PER", "CHL", "100", "asserted") in quads(code(coder, text))


def test_a_resolution_welcomed_is_its_council_s(coder: Coder) -> None:
    text = (
        "The UN Security Council resolution calls for an end to the fighting. "
        "Peruvian leaders have cautiously welcomed the resolution. "
        "The Peruvian cabinet meets Saturday to discuss the resolution."
    )
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "UNO", "051") in found
    assert not any(t[:2] == ("PER", "UNO") and t[2].startswith("04") for t in found)  # talks about it are not with the UN


@pytest.mark.parametrize(
    ("text", "day", "triple"),
    [
        ("Russia has not complied with the Crown Prosecution Service's formal request to extradite him.", date(2015, 1, 5), ("RUS", "GBR", "120")),
        ("Following the successful RAAF delivery of much needed goods to Vanuatu this week, Fiji thanked Australia.", date(2020, 4, 20), ("AUS", "VUT", "070")),
        ("The United States said Milorad Dodik poses a significant threat to the sovereignty of Bosnia.", date(2017, 1, 17), ("USA", "BIH", "111")),
    ],
)


def test_state_institutions_and_office_holders(coder: Coder, text: str, day: date, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0], q[1], q[2]) for q in quads(code(coder, text, day=day))}


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


def test_two_states_pledging_together_state_an_intent_to_each_other(coder: Coder) -> None:
    text = "Peruvian President Ana Ruiz and her Chilean counterpart Luis Soto have pledged to reach a settlement within six months."
    found = [q for q in quads(code(coder, text)) if q[2] == "030"]
    assert len(found) == 1 and set(found[0][:2]) == {"PER", "CHL"}


def test_a_group_pledging_states_no_intent_among_its_members(coder: Coder) -> None:
    assert not [q for q in quads(code(coder, "The E3 have pledged to reach a settlement within six months.")) if q[2] == "030"]


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


def test_an_attack_in_a_city_condemned_is_no_criticism_of_its_state(coder: Coder) -> None:
    found = {(q[0], q[1]) for q in quads(code(coder, "Peru condemned the attack in Chile.")) if q[2].startswith("11")}
    assert ("PER", "CHL") not in found


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
    ("text", "pair"),
    [
        # a city of another state, from the gazetteer, is where an attack strikes
        ("Peruvian air strikes on Arica killed nine people.", ("PER", "CHL")),
        ("Peruvian forces shelled Antofagasta overnight.", ("PER", "CHL")),
        ("Peru fired missiles at targets in Iquique.", ("PER", "CHL")),
        ("Peruvian forces shelled the city of Antofagasta overnight.", ("PER", "CHL")),
        ("Peruvian missiles struck the port of Arica on Monday.", ("PER", "CHL")),
    ],
)


def test_an_attack_on_a_city_strikes_its_state(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2][:2] in ("18", "19", "20")}


def test_an_attack_on_a_city_of_the_attacker_names_no_other_state(coder: Coder) -> None:
    assert not quads(code(coder, "Chilean forces shelled Antofagasta overnight."))


def test_an_obligation_on_a_coded_act_is_still_a_demand(coder: Coder) -> None:
    # the withdrawal is a trigger of its own (hypothetical); the speaker demands it
    found = quads(code(coder, "Peru said Chile should withdraw its troops from Bolivia."))
    assert ("PER", "CHL", "100", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in found}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # the subjunctive after a named singular subject: "that Chile cooperate"
        ("Peru insisted that Chile cooperate with the inquiry.", ("PER", "CHL", "100", "asserted")),
        # "called for X to ...", which the parser hangs as an adverbial clause
        ("Peru called for Chile to withdraw its troops from Bolivia.", ("PER", "CHL", "100", "asserted")),
    ],
)


def test_demands_of_a_clause(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_an_act_called_for_is_not_asserted(coder: Coder) -> None:
    found = quads(code(coder, "Peru called for Chile to withdraw its troops from Bolivia."))
    assert all(q[3] != "asserted" for q in found if q[2].startswith("08"))
    assert any(q[2].startswith("08") for q in found)


def test_talks_on_a_state_are_about_it_not_with_it(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru, Chile and Bolivia held talks on Ecuador.")) if q[2] == "040"}
    assert found == {("PER", "CHL"), ("PER", "BOL"), ("CHL", "BOL")}


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


@pytest.mark.parametrize(
    "text",
    [
        "Lima denied Santiago's claims that it had shelled the plant.",
        "Lima rejected the accusations made by Santiago.",
        "Peru dismissed the Chilean allegations as baseless.",
    ],
)


def test_denying_an_accusation_criticises_the_accuser_it_names(coder: Coder, text: str) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "110") in found
    assert not any(c.startswith("12") for _, _, c in found)  # a denial, not a rejection


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


def test_a_finite_verb_after_an_infinitive_is_the_clause_subjects_act(coder: Coder) -> None:
    # the parser hangs "rejected" on "take": its doer is still the one who congratulated
    text = "The Peruvian envoy urged President of Bolivia to take that action and rejected the policy directed by Chile."
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("12")}
    assert found == {("PER", "CHL")}


def test_a_place_on_the_light_verb_of_an_attack_is_struck(coder: Coder) -> None:
    found = quads(code(coder, "Peru carried out air strikes inside Chile."))
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in found if q[2].startswith("19")}


def test_their_dialogue_is_between_the_two_subjects(coder: Coder) -> None:
    found = quads(code(coder, "Peru and Chile resumed their security dialogue."))
    assert {frozenset((q[0][:3], q[1][:3])) for q in found if q[2].startswith("04")} == {frozenset(("PER", "CHL"))}


@pytest.mark.parametrize(
    "text",
    ["Peruvian rebels shelled a Chilean border town.", "A Peruvian militia attacked Chilean soldiers."],
)


def test_rebels_and_militias_act_for_no_state(coder: Coder, text: str) -> None:
    # GUIDELINES §1: states, their organs, IGOs; a state's rebels or militias are none of these
    assert not quads(code(coder, text))


def test_a_states_army_still_acts_for_it(coder: Coder) -> None:
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in quads(code(coder, "The Peruvian army shelled a Chilean border town."))}


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


def test_they_after_two_coordinated_states_is_both(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru and Bolivia said they would send troops to Chile.")) if q[2].startswith("15")}
    assert found == {("PER", "CHL"), ("BOL", "CHL")}


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


def test_hosting_talks_between_two_states_receives_both(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru hosted talks between Chile and Bolivia."))}
    assert {("PER", "CHL", "043"), ("PER", "BOL", "043")} <= found
    assert ("CHL", "BOL", "040") in found


def test_extradition_is_cooperation_with_the_receiving_state(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru extradited a Bolivian hacker to Chile."))}
    assert found == {("PER", "CHL", "063")}


def test_the_consequence_of_a_condition_is_hypothetical(coder: Coder) -> None:
    found = quads(code(coder, "If Bolivia invades, Chile will impose sanctions on Peru."))
    assert ("CHL", "PER", "163", "hypothetical") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in found}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a threat on a condition is a threat; what it threatens is hypothetical
        ("Peru said it would attack Chile unless the drills stopped.", ("PER", "CHL", "138", "asserted")),
        ("Peru said it would attack Chile unless the drills stopped.", ("PER", "CHL", "190", "hypothetical")),
        # a promise on a condition states an intent
        ("Peru said it would send aid to Chile if Bolivia attacked it.", ("PER", "CHL", "033", "asserted")),
    ],
)


def test_announcements_on_a_condition(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


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


def test_taking_exception_to_remarks_criticises_their_author(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru took strong exception to the remarks by the Chilean president."))}
    assert found == {("PER", "CHL", "111")}


def test_with_the_exception_of_names_no_criticism(coder: Coder) -> None:
    assert not quads(code(coder, "With the exception of Peru, all the states signed the deal with Chile."))


def test_a_sum_in_support_is_aid(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru announced $50 million in support for Chile."))}
    assert ("PER", "CHL", "070") in found
    # support without a sum stays support
    assert ("PER", "CHL", "051") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru expressed support for Chile."))}


@pytest.mark.parametrize(
    "text",
    [
        "Peru held Chile responsible for the attack.",
        "Peru holds the Chilean government responsible for the consequences.",
    ],
)


def test_holding_another_responsible_accuses_it(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "112") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_suspending_visas_for_another_states_citizens_reduces_relations(coder: Coder) -> None:
    found = quads(code(coder, "Peru suspended visas for Chilean citizens."))
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in found if q[2].startswith("16")}


def test_a_present_after_a_past_demand_is_what_is_demanded(coder: Coder) -> None:
    found = quads(code(coder, "Peru demanded that the Chilean authorities release the sailors."))
    assert ("PER", "CHL", "100") in {(q[0][:3], q[1][:3], q[2]) for q in found}


def test_a_present_after_a_present_insisting_is_a_claim_not_a_demand(coder: Coder) -> None:
    found = quads(code(coder, "Peru insists that Chilean troops resort to force."))
    assert ("PER", "CHL", "100") not in {(q[0][:3], q[1][:3], q[2]) for q in found}


def test_refusing_to_send_troops_is_a_rejection(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, "Peru refused to send troops to Chile."))}
    assert ("PER", "CHL", "120", "asserted") in found
    assert ("PER", "CHL", "150", "negated") in found


def test_the_pre_pass_lets_a_reaction_to_the_move_find_its_act(coder: Coder) -> None:
    text = "The United States imposed new sanctions on Peru on Monday. Lima condemned the move as illegal."
    assert ("PER", "USA", "111", "asserted") in quads(code(coder, text))
    _, ctx = read("Lima condemned the move as illegal.")
    assert worth_parsing("Lima condemned the move as illegal.", list(ctx.mentions.values()))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile reopened their embassies in 2023.",
        "Peru and Chile agreed to restore relations. The two countries will reopen their embassies within two months.",
    ],
)


def test_two_states_that_reopen_their_embassies_do_it_in_each_other(coder: Coder, text: str) -> None:
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2] == "050"}
    assert {("PER", "CHL"), ("CHL", "PER")} <= found


def test_an_aid_package_blocked_is_rejected_not_given(coder: Coder) -> None:
    text = "Peru blocked Bolivia's latest aid package for Chile on Thursday. Santiago criticised the decision."
    found = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}
    assert ("PER", "BOL", "120", "asserted") in found
    assert ("BOL", "CHL", "070", "negated") in found
    assert ("CHL", "PER", "111", "asserted") in found


def test_the_agent_of_a_light_verbs_participle_does_the_nouns_act(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The assistance provided by Peru to Chile included four planes of food."))}
    assert ("PER", "CHL", "070") in found


def test_a_threat_posed_by_a_state_is_still_a_criticism_of_it(coder: Coder) -> None:
    text = "Lima said Peru and its partners are united in standing firm against the threat posed by Chile."
    assert ("PER", "CHL", "112") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_the_pre_pass_lets_a_vowed_retaliation_find_whom_it_answers(coder: Coder) -> None:
    text = "Peru said on Tuesday it would expel a Chilean diplomat. Santiago vowed to retaliate."
    assert ("CHL", "PER", "130", "asserted") in quads(code(coder, text))


def test_a_body_that_suspends_a_state_reduces_relations(coder: Coder) -> None:
    assert ("AFU", "NER", "160") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The African Union suspended Niger after the coup."))}


def test_a_visit_a_future_copula_predicates_is_future(coder: Coder) -> None:
    found = quads(code(coder, "Peruvian President Dina Boluarte will travel to Chile next week. It will be her second visit to the country this year."))
    assert all(q[3] == "future" for q in found if q[2].startswith("04"))
    assert any(q[2].startswith("04") for q in found)


def test_drills_around_another_state_are_aimed_at_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru's forces conducted drills around Chile on Monday."))
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in found if q[2].startswith("15")}


def test_their_after_two_coordinated_subjects_is_both(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru and Bolivia reaffirmed their support for Chile's sovereignty.")) if q[2].startswith("05")}
    assert found == {("PER", "CHL"), ("BOL", "CHL")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile blamed each other for the escalation.",
        "Peru and Chile accused one another of violating the ceasefire.",
        "Peru and Chile exchanged fire, each blaming the other.",
        "Peru and Chile exchanged fire on Monday, with each side blaming the other.",
    ],
)


def test_a_reciprocal_object_makes_each_subject_act_on_the_other(coder: Coder, text: str) -> None:
    found = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("PER", "CHL", "11"), ("CHL", "PER", "11")} <= found


def test_traded_accusations_are_accusations_not_trade(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru and Chile traded accusations over the shelling."))}
    assert ("PER", "CHL", "112") in found
    assert not any(r.startswith("06") for _, _, r in found)


def test_each_others_diplomats_are_expelled_both_ways(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru and Chile expelled each other's diplomats."))}
    assert {("PER", "CHL", "166"), ("CHL", "PER", "166")} <= found


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # an envoy summoned without an agent is summoned by the state he is posted to
        ("The Chilean ambassador to Peru was summoned on Tuesday.", ("PER", "CHL", "114", "asserted")),
        ("Peru traded accusations with Chile over the shelling.", ("PER", "CHL", "112", "asserted")),
        # each of two judging adjectives is a judgement ("as unsafe and unprofessional")
        ("Lima described Chile's actions as unsafe and unprofessional.", ("PER", "CHL", "111", "asserted")),
    ],
)


def test_summoned_envoys_traded_accusations_and_joined_judgements(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_criticism_of_a_visit_is_of_the_visitor_not_of_the_host(coder: Coder) -> None:
    # (the second sentence names one party and "the visit" points back: the pre-pass parses it)
    text = (
        "Peru's foreign minister Ana Ruiz travelled to La Paz on Thursday, where she met Bolivia's president. "
        "The visit drew criticism from Chile."
    )
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("11")}
    assert ("CHL", "PER") in found
    assert ("CHL", "BOL") not in found


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


def test_a_cooperative_act_is_not_aimed_at_what_prompted_it(coder: Coder) -> None:
    text = "Western sanctions have led Lima to strengthen ties with a number of Western adversaries."
    assert not any(q[1][:3] == "WST" or q[0][:3] == "WST" for q in quads(code(coder, text)) if q[2].startswith("05"))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # "he" after a subject named only by office is that office-holder
        ("Peru's foreign minister travelled to La Paz on Thursday, where he met Bolivia's president.", ("PER", "BOL", "040")),
        ("The Peruvian president condemned the attack. He also criticised Chile for its silence.", ("PER", "CHL", "111")),
    ],
)


def test_he_after_an_office_holder_named_only_by_office(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_he_still_means_the_named_person_when_the_office_holder_has_a_name(coder: Coder) -> None:
    # the minister's own name registers him; the Bolivian office-holder is no subject
    text = "Peru's foreign minister, Ana Ruiz, met Bolivia's president in La Paz. She also criticised Chile."
    assert ("PER", "CHL", "111") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a text an actor issues speaks in its issuer's voice
        ("Peru's foreign ministry issued a statement condemning the Chilean move.", ("PER", "CHL", "111")),
        ("The Security Council passed a resolution calling on Peru to halt its offensive.", ("UNO", "PER", "100")),
        ("The EU adopted a declaration condemning Peru's annexation of the islands.", ("EUR", "PER", "111")),
        ("A statement by the Peruvian foreign ministry condemning the Chilean raid was read on television.", ("PER", "CHL", "111")),
    ],
)


def test_a_text_speaks_in_its_issuers_voice(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_what_a_resolution_says_is_not_the_target_of_adopting_it(coder: Coder) -> None:
    found = quads(code(coder, "The UN General Assembly adopted a resolution demanding that Peru withdraw from Chile."))
    assert ("UNO", "PER", "100") in {(q[0][:3], q[1][:3], q[2]) for q in found}
    assert not any(q[0][:3] == "UNO" and q[2].startswith("05") for q in found)


def test_what_a_sanctioned_party_is_involved_in_names_its_state(coder: Coder) -> None:
    # (a place a participle takes is no party: "companies based in Chile" stays unnamed;
    # reading it as one cost three false triples on train)
    text = "Peru announced new sanctions against 12 individuals involved in the Chilean regime's crackdown on protesters."
    assert ("PER", "CHL", "16") in {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a noun set off after a clause sums it up; judging it judges the clause's actor
        ("Peru fired a missile over Chile on Tuesday, a move Santiago condemned as reckless.", ("CHL", "PER", "111", "asserted")),
        ("Peru annexed the islands in 2014, a move Chile condemned.", ("CHL", "PER", "111", "asserted")),
        # the noun a relative clause is about is its object
        ("Chile expelled three Peruvian diplomats it accused of conspiring with protesters.", ("CHL", "PER", "112", "asserted")),
    ],
)


def test_summing_nouns_and_relativised_objects(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_a_relative_of_place_takes_no_object(coder: Coder) -> None:
    text = "Peru's foreign minister concluded visits to Chile and Bolivia, where he met with his counterparts."
    # ("where" relates a place: the meeting is with the counterparts, not with the visits)
    assert not any(e.rule.startswith("meet/") and e.target.country in ("CHL", "BOL") for e in code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        # a response promised is a threat against whom it answers: the measures' "against"
        # phrase, or the subject of the condition it hangs on
        "Lima said it would take retaliatory measures against Santiago over the expulsions.",
        "Peru will take countermeasures against Chile.",
        "Peru said it would take resolute countermeasures if Chile went ahead with the arms sale.",
        "Lima would retaliate if Santiago imposed new tariffs.",
    ],
)


def test_promised_responses_threaten_whom_they_answer(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "130", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_measures_with_no_one_to_answer_threaten_no_one(coder: Coder) -> None:
    assert not any(q[2].startswith("13") for q in quads(code(coder, "Peru will take firm measures to protect its sovereignty.")))


def test_a_denial_in_a_relative_clause_criticises_the_accuser(coder: Coder) -> None:
    text = "Peru has long accused Chile of arming the rebels, a charge Santiago denies."
    assert ("CHL", "PER", "110", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_the_deal_points_at_the_deal_told_and_the_two_countries_at_the_storys_pair(coder: Coder) -> None:
    text = (
        "Peru and Chile agreed on Friday to re-establish relations and reopen embassies after years "
        "of hostility, in a deal brokered by Brazil.\n\n"
        "The United States welcomed the deal.\n\n"
        "Bolivia, which has been seeking to normalise ties with Lima, did not immediately comment. "
        "Bolivia's opposition leader called the agreement a dangerous development.\n\n"
        "The two countries will reopen their embassies within two months, a joint statement said.\n\n"
        "Brazil's foreign minister hailed the agreement as a victory for dialogue."
    )
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    # welcoming and hailing a joint deal praise both its parties, not the last to act
    assert {("USA", "PER", "051"), ("USA", "CHL", "051"), ("BRA", "PER", "051"), ("BRA", "CHL", "051")} <= found
    assert ("BRA", "USA", "051") not in found
    # "the two countries" is the story's pair while it is still talked about
    assert {("PER", "CHL", "050"), ("CHL", "PER", "050")} <= found
    assert not any(r == "050" and "BOL" in (a, b) and "PER" not in (a, b) for a, b, r in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # the second verb the parser joins to a reported clause about an act is the speaker's
        ("Peru's foreign ministry said the attack was a flagrant violation of its sovereignty and called on the UN Security Council to act.",
         ("PER", "UNO", "100", "asserted")),
        # "the attack" judged is the act of that kind told before
        ("Chilean warplanes struck a building in Lima on Saturday, killing five members of Bolivia's Revolutionary Guards, "
         "Bolivian state media said. Peru's foreign ministry said the attack was a flagrant violation of its sovereignty.",
         ("PER", "CHL", "111", "asserted")),
        # threats: the one to pay the price; the right reserved to respond
        ("Peru condemned the strike and vowed that Chile would pay a price.", ("PER", "CHL", "130", "asserted")),
        ("Chile struck Peru on Friday. Peru's president said Lima reserved the right to respond at the appropriate time.", ("PER", "CHL", "130", "asserted")),
    ],
)


def test_speakers_acts_judged_and_threat_formulas(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # "a show of force that China has criticised": the clause summed up is criticised
        ("Peru and Chile launched joint military exercises on Tuesday, a show of force that Bolivia has criticized as a threat to regional stability.",
         ("BOL", "PER", "111", "asserted")),
        # negotiating an agreement "with" a state negotiates with it
        ("Lima is negotiating a visiting forces agreement with Santiago.", ("PER", "CHL", "040", "asserted")),
    ],
)


def test_relative_that_objects_and_agreements_negotiated_with(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # using force against a state is force (190); said of oneself on a condition with a
        # modal of possibility, it is a threat made
        ("Peru said it could use force against Chile if the ousted president was not reinstated.", ("PER", "CHL", "138", "asserted")),
        ("Peru said it could use force against Chile if the ousted president was not reinstated.", ("PER", "CHL", "190", "hypothetical")),
        ("Peru used force against Chilean fishing boats.", ("PER", "CHL", "190", "asserted")),
    ],
)


def test_use_of_force_and_conditional_threats(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_a_region_adjective_on_a_plural_names_no_single_state(coder: Coder) -> None:
    # the dateline makes Nigeria salient; "West African leaders" are many states, not Nigeria
    text = "ABUJA, July 30 (Reuters) - West African leaders on Sunday imposed sanctions on Niger."
    assert not any(q[0][:3] == "NGA" for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("A court in Peru has issued arrest warrants for two Chilean men.", ("PER", "CHL", "173", "asserted")),
        ("Authorities in Lima detained a Chilean national.", ("PER", "CHL", "173", "asserted")),
    ],
)


def test_a_body_in_a_state_acts_for_it(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_diplomats_in_a_capital_are_not_its_own(coder: Coder) -> None:
    # (diplomats are not among the bodies of the place they are in)
    found = quads(code(coder, "Diplomats in Lima criticised Chile."))
    assert not any(q[0][:3] == "PER" for q in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a city's office-holder is his state's, from the gazetteer
        ("Peru on Wednesday released the mayor of the northern city of Arica.", ("PER", "CHL", "084", "asserted")),
        ("Peruvian forces detained the mayor of Antofagasta.", ("PER", "CHL", "173", "asserted")),
    ],
)


def test_a_city_office_holder_is_his_states(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # blocking another's efforts rejects them
        ("Lima has repeatedly blocked Chilean efforts at the UN Security Council to impose new sanctions on Bolivia.", ("PER", "CHL", "120", "asserted")),
        # "with X to <verb>": the parser's infinitive subject is the preposition's object
        ("Hayashi said Tokyo would work closely with Washington and Seoul to strengthen deterrence.", ("JPN", "USA", "031", "asserted")),
    ],
)


def test_blocked_efforts_and_with_objects_read_as_subjects(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a response to measures answers whoever took them
        ("Lima will respond firmly to the measures taken by Santiago.", ("PER", "CHL", "130", "asserted")),
        # challenging a state disputes it; challenging it to act demands
        ("Peru challenged Chile's claim to the islands.", ("PER", "CHL", "110", "asserted")),
        ("Peru's foreign minister challenged Chilean officials to let international observers into the port.", ("PER", "CHL", "100", "asserted")),
    ],
)


def test_responses_to_measures_and_challenges(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_penalties_are_sanctions_and_their_removal_eases_them(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The European Union announced the removal of penalties on Peru."))}
    assert ("EUR", "PER", "085") in found


def test_coordinated_actors_a_date_phrase_swallowed_are_each_a_side(coder: Coder) -> None:
    # the parser reads "Cuba and Russia" as part of "In the fall of 2008"
    text = "In the fall of 2008 Cuba and Russia increased joint cooperation with each other in the field of energy."
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text))}
    assert ("CUB", "RUS") in found or ("RUS", "CUB") in found


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


def test_a_transcript_turn_speaks_in_its_speakers_voice(coder: Coder) -> None:
    text = (
        "Peruvian President Ana Ruiz held talks in Lima with President of Chile Juan Soto.\n\n"
        "President of Chile Juan Soto: Thank you, Madam President, for the invitation. "
        "We will continue to strengthen cooperation with you in all areas."
    )
    found = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    # "we" is the speaker's state, "you" the partner the article last told him with
    assert ("CHL", "PER", "03") in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # thanks and appreciation praise (05, as the gold sets code "thanked", "appreciate")
        ("Peru expressed gratitude to Chile for its support.", ("PER", "CHL", "051")),
        ("Peru expressed its appreciation for Chile's assistance.", ("PER", "CHL", "051")),
        ("Peru appreciates Chile's support.", ("PER", "CHL", "051")),
    ],
)


def test_thanks_and_appreciation_praise(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_you_in_a_transcript_turn_is_whom_its_opening_greets(coder: Coder) -> None:
    text = (
        "Talks between Vladimir Putin, Ilham Aliyev and Nikol Pashinyan took place in the Kremlin.\n\n"
        "President of Russia Vladimir Putin: Mr Aliyev, Mr Pashinyan, colleagues, friends,\n\n"
        "I appreciate your prompt response to my proposal to hold another meeting."
    )
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert {("RUS", "AZE", "051"), ("RUS", "ARM", "051")} <= found


@pytest.mark.parametrize(
    "text",
    ["Lima is grateful to Santiago for its support.", "Peru's president said his country was grateful to Chile for its help."],
)


def test_being_grateful_thanks(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "051") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_a_closing_adjective_the_parser_reads_as_a_noun_still_judges(coder: Coder) -> None:
    text = (
        "Peru's president accused Chile of interfering in his country's internal affairs. "
        "Chile's foreign minister called allegations of political interference in Peru baseless."
    )
    assert ("CHL", "PER", "111") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_an_object_pronoun_is_not_its_clauses_subject_and_a_predicated_noun_judges(coder: Coder) -> None:
    text = (
        "A force of Chilean vessels, including destroyers, patrol the coast on what Chilean officials call a drug mission. "
        "Peruvian officials paint them as a threat."
    )
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "111") in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a judged object is its maker's
        ("Peru's president said Chile had created unacceptable conditions in the region.", True),
        ("Peru said Chile has chosen this extremely dangerous path.", True),
        # not the one who suffers it
        ("After months of conflict, Peru said Chile is facing the worst humanitarian crisis of the decade.", False),
    ],
)


def test_a_judged_object_is_its_makers_not_its_sufferers(coder: Coder, text: str, found: bool) -> None:
    assert (("PER", "CHL", "111") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}) is found


def test_what_a_text_holds_is_its_issuers(coder: Coder) -> None:
    text = "Peruvian officials complained that similar measures in a separate Chilean bill undermine the country's sovereignty."
    assert ("PER", "CHL", "11") in {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}


def test_a_territorial_claim_is_no_disapproval(coder: Coder) -> None:
    found = quads(code(coder, "Peru, which claims Chile as its territory, has routinely had aircraft fly over the area."))
    assert not any(q[2].startswith("11") for q in found)


def test_ministers_gathered_in_a_capital_meet_no_state(coder: Coder) -> None:
    text = "EU foreign affairs ministers, gathered today in Lima for a Foreign Affairs Council, have condemned Chile."
    found = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert ("EUR", "CHL", "11") in found
    assert not any(r == "04" and t == "PER" for _, t, r in found)


def test_a_quote_whose_speaker_the_release_does_not_place_speaks_for_the_publisher(coder: Coder) -> None:
    text = (
        "“Chile is actively supporting Bolivia as it continues to breach international law,” Ana Ruiz said. "
        "“Peru condemns these acts.”"
    )
    events = coder.code(Article(id="pub", text=text, date=date(2023, 5, 1), source="Government of Peru - Ministry of Foreign Affairs (press release)"))
    found = {(e.source.country, e.target.country, e.cameo[:2], e.status.value) for e in events}
    # the third party's act is the release's claim; the publisher's own words are its acts
    assert ("CHL", "BOL", "05", "claimed") in found
    assert not any(s == "CHL" and st == "asserted" for s, _, _, st in found)


def test_an_announced_hostile_act_threatens_only_a_named_side(coder: Coder) -> None:
    # the recalled ambassadors' host is left implicit: no threat is read off the guess
    text = "Chile expelled Peru's diplomats on Monday. Peru's foreign minister said: “We will recall for consultations our two ambassadors.”"
    assert not any(q[2].startswith("13") for q in quads(code(coder, text)))
    named = quads(code(coder, "Peru's foreign minister said Lima would expel Chile's ambassador."))
    assert any(q[0][:3] == "PER" and q[1][:3] == "CHL" and q[2].startswith("13") for q in named)


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


def test_a_military_exercise_near_a_state_is_aimed_at_it_and_one_with_a_partner_is_joint(coder: Coder) -> None:
    assert ("CHL", "PER", "150", "asserted") in quads(code(coder, "Chile conducted military exercises near Peru."))
    joint = quads(code(coder, "Chile held naval drills with Peru."))
    assert any(q[2] == "062" for q in joint) and not any(q[2] == "150" for q in joint)


def test_a_role_named_for_the_target_carries_no_source(coder: Coder) -> None:
    # n-blockade takes its target from "of": "the blockade of Peru" is not Peru's
    # (the light verb's subject, not the of-phrase, is the one who blockades)
    assert ("CHL", "PER", "170", "asserted") in quads(code(coder, "Chile tightened the naval blockade of Peru."))


def test_a_mediation_between_two_states_is_the_mediators_act_on_both(coder: Coder) -> None:
    got = quads(code(coder, "Ecuador launched a mediation effort between Peru and Chile on Saturday."))
    assert ("ECU", "PER", "045", "asserted") in got and ("ECU", "CHL", "045", "asserted") in got
    assert not any(q[:2] in (("PER", "CHL"), ("CHL", "PER")) for q in got)


def test_a_span_of_time_carries_the_act_to_its_verb(coder: Coder) -> None:
    got = quads(code(coder, "Chile and Peru held five days of talks in Lima."))
    assert any(q[:3] in (("CHL", "PER", "040"), ("PER", "CHL", "040")) for q in got)


def test_the_object_after_an_as_phrase_is_judged(coder: Coder) -> None:
    got = quads(code(coder, "Chile on Friday denounced as an ugly crime Peru's suppression of the protests."))
    assert ("CHL", "PER", "111", "asserted") in got


def test_the_shelling_of_a_city_strikes_its_state(coder: Coder) -> None:
    for text in ("The Chilean shelling of Tacna killed three civilians.", "Three civilians died in the Chilean bombardment of Tacna."):
        assert any(q[:3] == ("CHL", "PER", "190") for q in quads(code(coder, text))), text


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


def test_an_attack_on_a_region_strikes_its_state(coder: Coder) -> None:
    assert ("ISR", "PSE", "190", "asserted") in quads(code(coder, "Israeli air strikes on the Gaza Strip killed 12 people."))


def test_a_title_case_headline_is_lowered_after_an_acronym_that_opens_it() -> None:
    from dyadwatch.nlp.segment import sentence_case

    # the opening word keeps its case, and only it: "Extends" after "EU" is lowered
    assert sentence_case("EU Extends Sanctions On Peru", []) == "EU extends sanctions on peru"
    assert sentence_case("Chile Recalls Ambassador", []) == "Chile recalls ambassador"


def test_a_title_case_headline_after_an_acronym_codes(coder: Coder) -> None:
    events = coder.code(Article(id="h", title="EU Extends Sanctions On Peru", text="No details were given.", date=date(2023, 5, 1)))
    assert ("EUR", "PER", "163") in {(e.source.country, e.target.country, e.cameo) for e in events}


def test_what_is_fired_toward_a_state_is_aimed_at_it(coder: Coder) -> None:
    assert any(q[:2] == ("CHL", "PER") and q[2][:2] in ("19", "18", "15") for q in quads(code(coder, "Chile fired a missile towards Peru on Monday.")))


@pytest.mark.parametrize(
    "text",
    ["Chile warned Peru against arming Bolivia.", "Chile cautioned Peru against sending troops to Bolivia."],
)


def test_an_act_warned_against_is_not_done(coder: Coder, text: str) -> None:
    got = quads(code(coder, text))
    assert any(q[:2] == ("CHL", "PER") for q in got)  # the warning itself
    acts = [q for q in got if q[:2] == ("PER", "BOL")]
    assert acts and all(q[3] == "hypothetical" for q in acts)


def test_a_border_side_named_on_a_word_between_is_the_target(coder: Coder) -> None:
    # (the parser hangs "with Somalia" on "alert", not on "border")
    text = "President Ruto ordered Kenyan forces on maximum alert along the border with Somalia."
    assert any(q[:2] == ("KEN", "SOM") and q[2].startswith("15") for q in quads(code(coder, text)))


def test_opposition_to_a_state_is_disapproval_and_the_opposition_alone_is_no_event(coder: Coder) -> None:
    assert ("CHL", "PER", "110", "asserted") in quads(code(coder, "Chile voiced its opposition to Peru's plan."))
    assert ("CHL", "PER", "110", "asserted") in quads(code(coder, "Chile raised objections to the Peruvian proposal."))
    assert not quads(code(coder, "The opposition in Peru called for protests."))


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # a response an actor promises threatens; an aim to respond, or a response another
        # verb's future carries, does not
        ("Lima will respond firmly to the measures taken by Santiago.", True),
        ("Peru vowed to respond to Chile's attack.", True),
        ("Peru and Bolivia signed a pact, as both countries seek to counter Chile's assertiveness.", False),
        ("Peru said the drones would help it respond to Chile's military pressure.", False),
        ("Peru said it would work closely with Bolivia to respond to any Chilean provocation.", False),
    ],
)


def test_a_response_threatens_only_when_promised_by_its_own_actor(coder: Coder, text: str, threat: bool) -> None:
    found = any(q[2].startswith("13") and q[1][:3] == "CHL" for q in quads(code(coder, text)))
    assert found is threat


def test_a_state_compounded_on_a_measure_is_its_target(coder: Coder) -> None:
    # "Iran sanctions": the compound names whom the measure is aimed at, when the verb
    # governing the noun has a subject of its own
    assert ("CHL", "PER", "163", "asserted") in quads(code(coder, "Santiago imposed new Peru sanctions."))
    eased = quads(code(coder, "Chile eased Peru sanctions."))
    assert ("CHL", "PER", "085", "asserted") in eased and not any(q[0] == "PER" for q in eased)
    # a compound with no other doer stays the agent: "EU sanctions on Peru"
    assert ("EUR", "PER", "163", "asserted") in quads(code(coder, "EU sanctions on Peru took effect."))


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("LIMA (Reuters) - Chile and Bolivia signed a pact.", "LIMA (Reuters) - "),
        ("LA PAZ, March 3 (AFP) — Chile summoned the envoy.", "LA PAZ, March 3 (AFP) — "),
        ("SANTIAGO — Peru expelled two diplomats.", "SANTIAGO — "),
        # a story filed from two places
        ("LIMA/SANTIAGO, Oct 30 (Reuters) - Peru expelled two diplomats.", "LIMA/SANTIAGO, Oct 30 (Reuters) - "),
        ("LA PAZ/THE HAGUE, May 2 (AP) - Peru expelled two diplomats.", "LA PAZ/THE HAGUE, May 2 (AP) - "),
        ("OAS - the body met.", ""),  # no sentence after the dash: no dateline
    ],
)


def test_a_wire_dateline_is_blanked_for_the_parser(text: str, blanked: str) -> None:
    from dyadwatch.nlp.segment import without_dateline

    out = without_dateline(text)
    assert len(out) == len(text) and out == " " * len(blanked) + text[len(blanked) :]


def test_a_dateline_city_is_no_coordinated_subject(coder: Coder) -> None:
    text = ("BRUSSELS (Reuters) - Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic "
            "failed to agree on steps to ease tensions.")  # fmt: skip
    got = quads(code(coder, text))
    assert got and not any("BEL" in (q[0][:3], q[1][:3]) for q in got)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # "its" in a for-phrase is the one the act is done to; in an infinitive after an
        # object, that object's (object control)
        ("Chile condemned Peru for its war in Bolivia.", ("PER", "BOL", "190", "asserted")),
        ("Chile said the drones had been supplied to Peru for its war in Bolivia.", ("PER", "BOL", "190", "claimed")),
        ("Ecuador urged Chile to press Peru to end its war in Bolivia.", ("PER", "BOL", "190", "asserted")),
    ],
)


def test_a_possessive_binds_to_the_party_the_clause_acts_on(coder: Coder, text: str, quad: tuple[str, ...]) -> None:
    got = quads(code(coder, text))
    assert quad in got
    assert not any(q[2] == "190" and q[0] != "PER" for q in got)


def test_a_condemned_attack_is_its_authors_and_a_response_names_the_author(coder: Coder) -> None:
    text = ("Peru vowed on Tuesday to retaliate against Chile for an air strike that destroyed its consulate "
            "in Bolivia. Bolivia condemned the heinous attack. Ecuador also condemned the strike.")  # fmt: skip
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("BOL", "CHL", "11"), ("ECU", "CHL", "11")} <= got
    assert not any(q[1] == "PER" and q[2] == "11" for q in got)


def test_an_attack_no_one_is_told_to_have_made_is_no_ones(coder: Coder) -> None:
    got = quads(code(coder, "An air strike destroyed Peru's consulate in Bolivia. Ecuador condemned the heinous attack."))
    assert not any(q[0][:3] == "ECU" and q[2].startswith("11") for q in got)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order to another actor to act is a demand; the ICJ is an organ of the UN
        ("The International Court of Justice ordered Peru to refrain from any action in the border area.", ("UNO", "PER", "100", "asserted")),
        ("Chile ordered Peru to halt its offensive.", ("CHL", "PER", "100", "asserted")),
        # ... while an order to leave expels
        ("Chile ordered the Peruvian ambassador to leave the country.", ("CHL", "PER", "166", "asserted")),
    ],
)


def test_an_order_to_another_state_to_act_is_a_demand(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))


def test_an_order_with_no_infinitive_is_no_demand(coder: Coder) -> None:
    assert not any(q[2].startswith("10") for q in quads(code(coder, "Chile ordered an investigation into Peru.")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the kingdom" and "the junta" are the state under discussion, as "the country" and
        # "the regime" are
        ("Chile gave Peru a loan. Peru thanked the kingdom.", ("PER", "CHL", "051", "asserted")),
        ("Peru expelled the Chilean ambassador. Chile criticised the junta.", ("CHL", "PER", "111", "asserted")),
        # the object of a judging verb that the parser hangs on the adjective (as it does
        # with this name, not with Peru's)
        ("France called Mali illegitimate.", ("FRA", "MLI", "111", "asserted")),
    ],
)


def test_the_kingdom_and_the_junta_are_the_state_under_discussion(coder: Coder, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, text))


def test_a_clause_of_time_is_no_part_of_what_is_vowed(coder: Coder) -> None:
    text = "Chile vowed on Wednesday to take resolute measures after Peru approved the sale of drones to Bolivia."
    assert not any(q[0] == "CHL" and q[2].startswith("03") for q in quads(code(coder, text)))


def test_a_call_with_two_objects_names_and_phones_no_one(coder: Coder) -> None:
    text = "Chile warned Peru as Peru and Bolivia began their annual military exercises, which Santiago calls a rehearsal for invasion."
    assert not any(q[2] == "041" for q in quads(code(coder, text)))


def test_a_region_adjective_on_an_organisation_noun_names_no_state(coder: Coder) -> None:
    text = ("Mali ordered the French ambassador to leave on Monday. The West African regional bloc ECOWAS "
            "imposed tough economic sanctions on Mali this month.")  # fmt: skip
    assert ("ECW", "MLI", "163") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_a_noun_before_a_relative_clause_is_the_subject_of_the_misparsed_main_verb(coder: Coder) -> None:
    text = ("Peru said Chilean forces shelled Peruvian positions near the border. Bolivia, which has observers "
            "in the region, called on both sides to show restraint and return to talks.")  # fmt: skip
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("BOL", "PER", "10"), ("BOL", "CHL", "10")} <= got


def test_a_dateline_with_its_country_is_blanked() -> None:
    from dyadwatch.nlp.segment import without_dateline

    assert without_dateline("LIMA, Peru (AP) — Peru said").lstrip() == "Peru said"
    assert without_dateline("WASHINGTON, D.C. (AP) — The").lstrip() == "The"


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


def test_a_judged_event_noun_is_its_authors(coder: Coder) -> None:
    text = "Peru expelled a Chilean diplomat on Monday. A Chilean spokeswoman said the expulsion was groundless."
    assert ("CHL", "PER", "111") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


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


def test_a_relative_clause_that_calls_its_head_something_names_it(coder: Coder) -> None:
    got = quads(code(coder, "Argentina renewed its claim to the territory it calls Las Malvinas."))
    assert not any(q[2].startswith("04") for q in got)


def test_a_participle_beside_a_denial_is_neither_denied_nor_undated(coder: Coder) -> None:
    text = "Peru denied the accusation, saying its forces were not in Bolivia and accusing Chile of arming rebels."
    events = coder.code(Article(id="p", text=text, date=date(2023, 5, 3)))
    acc = [e for e in events if (e.source.country, e.target.country, e.cameo[:2]) == ("PER", "CHL", "11")]
    assert acc and acc[0].status.value == "asserted" and acc[0].date == "2023-05-03"


def test_a_visit_by_someone_is_theirs_whatever_verb_it_hangs_on(coder: Coder) -> None:
    text = "Peru and Chile signed a fisheries pact during a visit by Peru's president to Santiago in April."
    assert ("PER", "CHL", "042") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_an_act_on_a_joint_act_is_on_its_parties(coder: Coder) -> None:
    text = "Chile and Peru restored ties in March under a deal brokered by Ecuador."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("ECU", "CHL", "04"), ("ECU", "PER", "04")} <= got


def test_the_three_countries_are_the_three_named_before(coder: Coder) -> None:
    text = "Peru, Bolivia and Ecuador said they would leave the pact. Chile urged the three countries to reconsider."
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("02") or q[2].startswith("10")}
    assert got == {("CHL", "PER"), ("CHL", "BOL"), ("CHL", "ECU")}


def test_a_description_beside_a_name_stands_for_the_name(coder: Coder) -> None:
    # "Bahrain, a close Saudi ally that accuses Iran of ...": the ally is Bahrain, not Saudi Arabia
    text = "Bolivia, a close Peruvian ally that accuses Chile of arming rebels, welcomed the talks."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert ("BOL", "CHL", "11") in got and ("PER", "CHL", "11") not in got


def test_a_past_the_tagger_reads_as_a_participle_is_dated(coder: Coder) -> None:
    events = coder.code(Article(id="b", text="Josep Borrell, the EU foreign policy chief, condemned Peru.", date=date(2023, 5, 3)))
    assert [(e.source.country, e.target.country, e.date) for e in events] == [("EUR", "PER", "2023-05-03")]


def test_an_act_pressed_for_is_not_asserted(coder: Coder) -> None:
    got = quads(code(coder, "Peru pressed Chile to normalise relations with Bolivia."))
    acts = [q for q in got if q[:2] == ("CHL", "BOL")]
    assert acts and all(q[3] == "hypothetical" for q in acts)


def test_intelligence_shared_with_a_state_names_it_as_target(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru shared intelligence with Chile."))}
    assert ("PER", "CHL", "064") in got


def test_intelligence_sharing_is_an_event_noun(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru said it was ready to expand intelligence sharing with Chile."))}
    assert ("PER", "CHL", "03") in got


def test_a_grant_to_a_state_is_aid_and_a_man_named_grant_is_not(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru announced a 30 million dollar grant for Chile."))}
    assert ("PER", "CHL", "07") in got
    named = quads(code(coder, "The Peruvian envoy to Chile, Mark Lyall Grant, said the vote was close."))
    assert not [q for q in named if q[2].startswith("07")]


def test_looking_forward_to_an_act_states_an_intent_to_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru said it looked forward to deepening cooperation with Chile."))
    intents = [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("03")]
    acts = [q for q in got if q[:2] == ("PER", "CHL") and not q[2].startswith("03")]
    assert intents and intents[0][3] == "asserted" and all(q[3] == "future" for q in acts)


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


def test_the_two_countries_are_not_a_third_state_and_one_party(coder: Coder) -> None:
    text = ("Peru summoned Chile's envoy on Monday. Chile dismissed the allegations as false. "
            "Chilean troops crossed into Peru last week, Peru said. Bolivia, Peru's close ally, declined to comment. "
            "Brazil urged the two countries to avoid escalation.")
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("02")}
    assert got == {("BRA", "PER"), ("BRA", "CHL")}


def test_a_demand_rejected_after_it_is_still_made_and_rejected(coder: Coder) -> None:
    # the small model hangs the urging on "rejected" as its clause (this wording gives that
    # parse): the urging is still asserted, and the rejection is of the urger
    text = ("Netanyahu has urged U.N. Secretary-General Antonio Guterres to withdraw the peacekeepers \"from harm's way\", "
            "a demand Lebanon's caretaker prime minister Najib Mikati rejected.")
    got = quads(code(coder, text))
    assert ("ISR", "UNO", "020", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}
    assert ("LBN", "ISR", "12") in {(q[0][:3], q[1][:3], q[2][:2]) for q in got}


@pytest.mark.parametrize("text", ["Turkey declared the Greek envoy persona non grata, a move Cyprus condemned.",
                                  "Russia expelled the Estonian ambassador, a step Latvia condemned."])


def test_a_move_set_beside_the_object_sums_up_its_clause(coder: Coder, text: str) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text)) if q[2].startswith("11")}
    assert len(got) == 1 and next(iter(got))[1] in ("TUR", "RUS")


@pytest.mark.parametrize("appeal", ["Brazil urged restraint.", "Brazil called for calm.", "Brazil called for a peaceful resolution."])


def test_an_appeal_for_calm_is_to_the_parties_of_the_conflict(coder: Coder, appeal: str) -> None:
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru and Chile exchanged fire on Monday. " + appeal)) if q[0].startswith("BRA")}
    assert got == {("BRA", "PER"), ("BRA", "CHL")}


def test_a_capital_where_something_happens_is_no_implicit_target(coder: Coder) -> None:
    text = "Peru called for the release of all detainees and offered to host talks in Santiago."
    assert not [q for q in quads(code(coder, text)) if q[1].startswith("CHL") and q[2].startswith("10")]


@pytest.mark.parametrize("mediation", ["Brazil offered to mediate.", "Brazil, which brokered the original deal, said talks would resume."])


def test_a_mediation_naming_no_parties_is_between_the_conflicts_parties(coder: Coder, mediation: str) -> None:
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru and Chile exchanged fire on Monday. " + mediation)) if q[0].startswith("BRA")}
    assert got == {("BRA", "PER"), ("BRA", "CHL")}


@pytest.mark.parametrize("text", ["Peru and Chile ink U.S.-brokered border deal", "Peru, Chile sign Brazil-mediated border pact"])


def test_a_broker_named_on_a_deal_is_no_party_to_it(coder: Coder, text: str) -> None:
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text))}
    assert ("PER", "CHL") in got and not {p for p in got if {"BRA", "USA"} & {p[0], p[1]}}


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize("text", ["Peru laid the blame squarely on Chile.", "Peru pinned the blame on Chile.",
                                  "Peru put the responsibility on Chile."])


def test_blame_laid_on_an_actor_accuses_it(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "112") in _triples(coder, text)


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


def test_a_clause_before_a_semicolon_is_no_complement_of_the_verb_after_it(coder: Coder) -> None:
    text = "Peru accuses Chile of forcibly deporting 500 children from border regions since the 2022 war, a charge Santiago denies; Chile says it evacuated them."
    got = {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "11", "asserted") in got


@pytest.mark.parametrize(("text", "root"), [
    ("Peru and Chile clashed on the border. Brazil urged the two allies to show restraint.", "02"),
    ("Peru and Chile clashed on the border. Brazil urged the neighbours to show restraint.", "02"),
    ("Peru and Chile clashed on the border. Brazil spoke to both leaders.", "04"),
    ("Peru and Chile clashed on the border. Brazil's foreign minister phoned his counterparts in both capitals.", "04"),
    ("Peru and Chile clashed on the border. Brazil offered to mediate between the two.", "03"),
])  # fmt: skip


def test_a_counted_group_of_relation_or_office_nouns_is_the_pair(coder: Coder, text: str, root: str) -> None:
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith(root) and q[3] == "asserted"}
    assert {("BRA", "PER"), ("BRA", "CHL")} <= got


def test_a_relation_noun_with_an_owner_is_not_the_pair(coder: Coder) -> None:
    # "the neighbours" are Peru and Chile; "its neighbours" are Brazil's, whoever they are
    text = "Peru and Chile clashed on the border. Brazil urged {} neighbours to show restraint."
    assert {q[1] for q in quads(code(coder, text.format("the"))) if q[0] == "BRA"} == {"PER", "CHL"}
    assert not [q for q in quads(code(coder, text.format("its"))) if q[0] == "BRA"]


def test_both_alone_as_a_subject_is_the_pair_named_before(coder: Coder) -> None:
    text = "Peru's president spoke with Chile's president and both pledged to de-escalate."
    assert ("PER", "CHL", "030", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


@pytest.mark.parametrize("text", ["Peru and Chile reopened embassies in each other's capitals.",
                                  "Peru and Chile clashed in 1990. In 2015 the two former foes reopened embassies in each other's capitals."])


def test_embassies_in_each_others_capitals_are_opened_by_each_in_the_other(coder: Coder, text: str) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("PER", "CHL", "05"), ("CHL", "PER", "05")} <= got


def test_a_group_reference_names_its_states_for_the_next_sentence(coder: Coder) -> None:
    # "both capitals" tells the discourse Peru and Chile: "the two leaders" after it are
    # not Brazil and one of them
    text = ("Chile shelled Peru's border posts. Brazil's foreign minister phoned his counterparts in both capitals. "
            "Argentina offered to host talks between the two leaders.")
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[0][:3] == "ARG"}
    assert ("ARG", "PER") in got and ("ARG", "BRA") not in got


def test_an_organisations_title_wins_over_the_persons_own_state(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "NATO Secretary-General Jens Stoltenberg urged Peru to settle."))}
    assert got == {("NAT", "PER", "02")}
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Former Norwegian Prime Minister Jens Stoltenberg visited Peru."))}
    assert got == {("NOR", "PER")}


def test_resolving_to_act_commits_to_it_and_resolving_a_dispute_does_not(coder: Coder) -> None:
    got = quads(code(coder, "Peru resolved to expand trade with Chile."))
    assert ("PER", "CHL", "03", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}
    assert all(q[3] == "future" for q in got if not q[2].startswith("03"))
    assert not [q for q in quads(code(coder, "Peru and Chile resolved the border dispute through talks.")) if q[2].startswith("03")]


@pytest.mark.parametrize(("text", "triple"), [
    # the reported subject names no political actor: the verbal act is the speaker's
    ("Peru said the coast guard had acted professionally and urged Chile to withdraw the ship.", ("PER", "CHL", "020")),
    # the reported subject would act on itself ("Santiago" is Chile)
    ("Peru said Chile had repeatedly supported terrorism and faulted Santiago for its backing of Bolivia.", ("PER", "CHL", "112")),
])


def test_a_second_verb_after_reported_speech_is_the_speakers(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(coder, text)


def test_a_speaker_who_says_another_state_violated_its_sovereignty_accuses_it(coder: Coder) -> None:
    assert ("PER", "CHL", "112") in _triples(coder, "Peru said Chilean forces had violated Peruvian sovereignty.")


def test_a_subject_hung_on_the_auxiliary_before_a_quote_still_acts(coder: Coder) -> None:
    assert ("CHL", "PER", "128") in _triples(coder, 'Peru said Chilean forces had "once again" violated Peruvian sovereignty.')


@pytest.mark.parametrize("text", ["Peru condemned the raid by Bolivia, as did Chile.", "Peru condemned Bolivia's raid, and so did Chile.",
                                  "Peru has condemned Bolivia, as has Chile."])


def test_a_pro_verb_clause_echoing_the_act_adds_its_subject(coder: Coder, text: str) -> None:
    found = _triples(coder, text)
    assert {("PER", "BOL", "111"), ("CHL", "BOL", "111")} <= found, found


def test_a_from_to_range_beside_the_subject_names_who_acted(coder: Coder) -> None:
    text = "Bolivian troops raided a Peruvian border post. Governments across the region, from Chile to Argentina, condemned the raid."
    found = _triples(coder, text)
    assert {("CHL", "BOL", "111"), ("ARG", "BOL", "111")} <= found, found


def test_an_act_of_force_points_back_at_any_act_of_force_told(coder: Coder) -> None:
    text = "Bolivian police stormed the Peruvian embassy in La Paz. Chile condemned the incursion."
    assert ("CHL", "BOL", "111") in _triples(coder, text)


@pytest.mark.parametrize("text", ["Bolivian troops shelled the border post, in what Lima called a provocation.",
                                  "Bolivian troops shelled the border post, in what Lima described as a provocation."])


def test_in_what_x_called_a_y_judges_the_act_of_the_clause(coder: Coder, text: str) -> None:
    assert ("PER", "BOL", "111") in _triples(coder, text)


def test_a_word_of_an_organisations_name_is_no_event(coder: Coder) -> None:
    text = "Peru imposed tariffs on Bolivia. Chile was slapped with an additional duty, which Santiago vowed to challenge at the World Trade Organization."
    found = _triples(coder, text)
    assert not any(s == "CHL" and c[:2] in ("03", "06") for s, _, c in found), found


def test_reserving_the_right_to_act_threatens(coder: Coder) -> None:
    found = _triples(coder, "Bolivia completed the dam. Peru warned that Lima reserved the right to defend its water security by all means.")
    assert ("PER", "BOL", "130") in found and not any(c.startswith("03") for _, _, c in found), found


def test_a_truce_that_names_no_one_is_between_the_conflicts_parties(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peruvian and Chilean troops clashed on Tuesday. A ceasefire took hold late in the evening."))}
    assert ("PER", "CHL", "0871") in got
    # a truce only referred to is no new one
    assert not [q for q in quads(code(coder, "Peru and Chile clashed. Bolivia urged both to comply with the ceasefire.")) if q[2] == "0871"]


def test_a_flare_up_between_two_states_is_fighting(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "It was the deadliest flare-up between Peru and Chile since 2020."))}
    assert ("PER", "CHL", "19") in got


def test_a_broker_participle_on_a_truce_is_no_party(coder: Coder) -> None:
    text = "Peru and Chile clashed in 2021. The war ended with a Brazilian-brokered truce on Nov. 10, and Chilean forces recaptured territory."
    assert not [q for q in quads(code(coder, text)) if "BRA" in (q[0][:3], q[1][:3])]


def test_a_border_does_nothing(coder: Coder) -> None:
    assert not quads(code(coder, "The clash erupted in the area where the borders of Peru and Chile meet Bolivia."))


def test_police_sent_or_promised_to_a_mission_protect_its_state(coder: Coder) -> None:
    text = ("Gangs control most of Haiti's capital. The first Chilean police officers landed in Haiti on Tuesday to lead a mission "
            "that Haiti requested. Santiago has pledged to send a total of 1,000 officers, and Peru, Bolivia and Ecuador have "
            "promised additional personnel.")
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("CHL", "HTI", "07"), ("CHL", "HTI", "03"), ("PER", "HTI", "03"), ("BOL", "HTI", "03"), ("ECU", "HTI", "03")} <= got
    # the others pledging are no targets of one another
    assert not {p for p in got if p[1] in ("PER", "BOL", "ECU", "CHL") and p[2] == "03"}


def test_a_party_named_on_another_event_is_no_implicit_target(coder: Coder) -> None:
    text = "Peru signed a submarine deal with Chile in 2016. Santiago scrapped the deal in favour of a new partnership with Bolivia and Ecuador."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text)) if q[2].startswith("16")}
    assert got == {("CHL", "PER", "16")}


def _codes(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_recognition_switched_from_one_state_to_another_recognises_one_and_cuts_the_other(coder: Coder) -> None:
    got = _codes(coder, "Peru switched diplomatic recognition from Chile to Bolivia in 2019.")
    assert {("PER", "BOL", "054"), ("PER", "CHL", "161")} <= got, got
    got = _codes(coder, "Peru shifted its allegiance from Chile to Bolivia.")
    assert ("PER", "BOL", "054") in got, got


def test_an_act_of_another_undone_is_aimed_at_its_doer(coder: Coder) -> None:
    got = _codes(coder, "Peru cancelled a planned visit by the Chilean defence minister.")
    assert ("PER", "CHL", "164") in got, got


def test_an_envoy_expelled_with_no_agent_is_expelled_by_the_state_he_leaves(coder: Coder) -> None:
    got = _codes(coder, "The Chilean ambassador was expelled from Lima in November.")
    assert ("PER", "CHL", "166") in got, got


def test_an_envoy_called_back_is_recalled(coder: Coder) -> None:
    got = _codes(coder, "Peru called its own ambassador back from Santiago for consultations.")
    assert ("PER", "CHL", "161") in got and not any(c.startswith("10") for *_, c in got), got


def test_an_official_flying_or_landing_somewhere_travels_there(coder: Coder) -> None:
    assert ("PER", "CHL", "042") in _codes(coder, "Peru's foreign minister flew to Santiago on Monday.")
    assert ("PER", "CHL", "042") in _codes(coder, "Peru's foreign minister landed in the Chilean capital on Sunday.")
    # forces that fly somewhere are deployed, no visit
    got = _codes(coder, "Chilean jets flew to Lima.")
    assert not any(c.startswith("04") for *_, c in got), got


def test_insults_traded_are_criticism_not_trade(coder: Coder) -> None:
    got = _codes(coder, "The presidents of Peru and Chile once traded insults.")
    assert any(c.startswith("11") for *_, c in got) and not any(c.startswith("06") for *_, c in got), got


def test_joining_a_state_in_doing_something_is_no_meeting(coder: Coder) -> None:
    got = _codes(coder, "Bolivia and Chile joined Peru in a statement.")
    assert not any(c.startswith("04") for *_, c in got), got


def test_endorsing_a_text_praises_only_its_named_author(coder: Coder) -> None:
    got = _codes(coder, "Peru endorsed a new political map that shows land controlled by Chile.")
    assert not any(c.startswith("05") for *_, c in got), got
    assert ("PER", "CHL", "051") in _codes(coder, "Peru endorsed Chile's discharge plan.")


def test_loyalty_reaffirmed_to_a_state_supports_it(coder: Coder) -> None:
    assert ("PRY", "CHL", "051") in _codes(coder, "Paraguay reaffirmed its loyalty to Chile.")


def test_safe_conduct_issued_yields(coder: Coder) -> None:
    assert ("PER", "CHL", "080") in _codes(coder, "Peru issued safe-conduct passes to Chile.")


def test_a_cancellation_judged_is_its_doers_act(coder: Coder) -> None:
    got = _codes(coder, "Chile cancelled the deal with Peru. A day earlier Peru had described the cancellation as \"a stab in the back\".")
    assert ("PER", "CHL", "111") in got, got


def test_an_order_ditched_reduces_relations_with_the_seller(coder: Coder) -> None:
    assert ("PER", "CHL", "160") in _codes(coder, "Peru ditched an order for Chilean submarines.")


def test_a_states_own_cut_in_relations_told_by_itself_is_asserted(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president said he had cut off all contact with Chile's prime minister."))
    assert ("PER", "CHL", "16", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}


def test_a_measure_naming_no_one_answers_the_last_act_against_its_actor(coder: Coder) -> None:
    text = ("Bolivia ordered the Peruvian ambassador to leave on Monday. Chile condemned the expulsion. Chile's foreign minister "
            "said Chile stood by Peru, and Chile's president urged calm. Peru said it took note of the decision and recalled its ambassador.")
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("16") and q[0].startswith("PER")}
    assert got == {("PER", "BOL")}


def test_a_number_standing_alone_before_a_gerund_is_a_group_and_them_points_back_at_it(coder: Coder) -> None:
    text = "Peru, Chile and Bolivia signed a pact on Monday. China accused the three of stoking an arms race and urged them to shed their mentality."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("CHN", c, r) for c in ("PER", "CHL", "BOL") for r in ("11", "02")} <= got, got


def test_the_three_are_the_last_three_states_named_together(coder: Coder) -> None:
    text = ("Australia signed a pact with the United States and Britain, known as AUKUS. Peru criticised the deal with Canberra. "
            "China accused the three of stoking an arms race.")
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("CHN", "AUS", "11"), ("CHN", "USA", "11"), ("CHN", "GBR", "11")} <= got and ("CHN", "PER", "11") not in got, got


def test_the_north_is_the_half_of_a_divided_country_the_story_named(coder: Coder) -> None:
    text = "North Korea launched balloons toward South Korea on Tuesday. Seoul accused the North of violating the pact."
    assert ("KOR", "PRK", "112", "asserted") in quads(code(coder, text))
    assert not quads(code(coder, "Peru accused the North of violating the pact."))


def test_they_agrees_with_a_plural_antecedent_not_a_later_singular_subject(coder: Coder) -> None:
    text = "Peru and Chile want to join the bloc. The two countries applied in May after Russia invaded Ukraine, and they signed a memorandum with Turkey in June."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("PER", "TUR", "05"), ("CHL", "TUR", "05")} <= got and ("RUS", "TUR", "05") not in got, got


def test_he_is_the_titled_official_named_last_even_with_no_known_state(coder: Coder) -> None:
    text = ("Peruvian President Ana Ruiz on Friday criticised Chile's response. But Interior Minister Luis Soto also announced "
            "that Chile was suspending a pledge to take in asylum seekers now in Peru. He called on Bolivia to do likewise.")
    assert not [q for q in quads(code(coder, text)) if q[:2] == ("PER", "BOL")]


def test_quitting_a_forum_is_no_meeting(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Earlier this year Peru pulled out of Chile's 17+1 cooperation forum, calling it divisive."))}
    assert ("PER", "CHL", "16") in got and not [p for p in got if p[2] == "04"]


def test_forces_stationed_to_help_a_state_cooperate_with_it(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru stationed fighter jets in Chile this year to help guard the alliance's southern flank."))}
    assert ("PER", "CHL", "06") in got and ("PER", "CHL", "15") not in got


def test_each_state_of_a_list_that_says_it_acts_tells_its_own_act(coder: Coder) -> None:
    got = quads(code(coder, "Mali, Burkina Faso and Niger said they were withdrawing their envoys from Algeria."))
    recalls = {(q[0][:3], q[3]) for q in got if q[2].startswith("16")}
    assert {("BFA", "asserted"), ("NER", "asserted")} <= recalls


def test_a_contrast_clause_after_a_report_is_the_reporters(coder: Coder) -> None:
    got = quads(code(coder, "Peru has said the election lacked credibility, while Bolivia and Ecuador congratulated Chile's president."))
    praise = {(q[0][:3], q[3]) for q in got if q[2].startswith("05")}
    assert praise == {("BOL", "asserted"), ("ECU", "asserted")}


def test_a_past_verb_joined_to_a_would_clause_keeps_its_tense(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president told Chile's envoy that Peru would remain a faithful friend and thanked Chile for donations."))
    assert ("PER", "CHL", "05", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}


def test_an_accusation_beside_a_promise_is_made_in_saying_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru's prime minister announced on Thursday that Peru would refuse Chilean grants, accusing Santiago of blackmail."))
    assert ("PER", "CHL", "11", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}


def test_an_envoy_ordered_to_return_home_is_expelled(coder: Coder) -> None:
    got = quads(code(coder, "Peru has recalled its ambassador to Chile and ordered Santiago's envoy to return home for consultations."))
    assert ("PER", "CHL", "16", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got if q[2] == "166"}


def test_an_accusation_beside_a_refusal_is_not_negated(coder: Coder) -> None:
    text = "Peru's prime minister announced that Peru would not seek talks until 2028 and would refuse Chilean grants, accusing Santiago of blackmail."
    assert ("PER", "CHL", "11", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in quads(code(coder, text))}


def test_an_appeal_for_calm_after_a_diplomatic_row_is_to_its_parties(coder: Coder) -> None:
    text = "Peru expelled Chile's ambassador on Sunday. The European Union, which both countries hope to join, urged restraint."
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[0].startswith("EUR")}
    assert got == {("EUR", "PER"), ("EUR", "CHL")}


def test_a_list_the_parser_hangs_as_an_apposition_keeps_every_member(coder: Coder) -> None:
    # the parser makes "the United Arab Emirates" an apposition of "Saudi Arabia" and hangs
    # the rest of the list on it
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Saudi Arabia, the United Arab Emirates, Bolivia and Chile severed ties with Cuba."))}
    assert {("SAU", "CUB", "16"), ("ARE", "CUB", "16"), ("BOL", "CUB", "16"), ("CHL", "CUB", "16")} <= got, got


def test_they_after_a_listed_apposition_is_every_member(coder: Coder) -> None:
    # "Mali, Burkina Faso and Chad": "Burkina Faso" parsed as an apposition of "Mali"
    got = {q[0] for q in quads(code(coder, "Mali, Burkina Faso and Chad said they were withdrawing their envoys from La Paz.")) if q[1:3] == ("BOL", "161")}
    assert got == {"MLI", "BFA", "TCD"}, got


def test_a_plural_noun_including_states_names_them(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Seven Latin American nations, including Peru, Argentina and Chile, expelled Bolivian diplomats."))}
    assert {("PER", "BOL", "16"), ("ARG", "BOL", "16"), ("CHL", "BOL", "16")} <= got, got


def test_diplomats_ordered_out_from_states_are_theirs(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Bolivia ordered diplomats from seven nations, including Peru and Chile, to leave the country."))}
    assert {("BOL", "PER", "16"), ("BOL", "CHL", "16")} <= got, got


def test_officials_from_states_are_theirs(coder: Coder) -> None:
    assert ("PER", "CHL", "040", "asserted") in quads(code(coder, "Officials from Peru and Chile met in Lima on Monday."))


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


def test_a_war_fought_with_a_state_names_it_on_the_war(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru fought a brief war with Chile in 1879."))}
    assert ("PER", "CHL", "19") in got


def test_stopping_a_cooperative_act_reduces_relations(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru stopped issuing visas to Chileans last month."))}
    assert ("PER", "CHL", "16") in got and ("PER", "CHL", "06") not in got, got
    # a stop demanded tells the act as still going on
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru said Chile must stop arming Bolivia."))}
    assert ("CHL", "BOL", "16") not in got, got


def test_a_withdrawn_decision_to_expel_undoes_the_expulsion(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru on Sunday withdrew its decision to expel Chile's ambassador."))}
    assert ("PER", "CHL", "16") not in got and ("PER", "CHL", "08") in got, got


def test_who_returns_from_a_visit_made_it(coder: Coder) -> None:
    text = "Peruvian President Ana Ruiz, who returned on Saturday from a five-day state visit to Chile, told reporters she was pleased."
    assert ("PER", "CHL", "042", "asserted") in quads(code(coder, text))


def test_a_donation_with_no_recipient_named_goes_to_the_state_of_the_story(coder: Coder) -> None:
    text = "Chile asked Peru to withdraw its troops. Peruvian soldiers fly a Dornier aircraft that Lima donated for medical evacuations."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "07") in got, got


def test_a_passive_deployment_with_no_agent_is_by_the_state_of_the_forces(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Chile's troops were sent to the Peruvian border on Friday."))}
    assert ("CHL", "PER", "15") in got, got


def test_saying_another_crossed_a_red_line_criticises_it(coder: Coder) -> None:
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru said Chile had overstepped the mark."))
    text = "Chilean President Luis Soto compared Peru's policy to apartheid. Peru's prime minister said the comments crossed a red line."
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, text))
    assert not quads(code(coder, "Peru said Chile had not crossed any red line."))


def test_saying_anothers_acts_will_have_consequences_threatens_it(coder: Coder) -> None:
    assert ("PER", "CHL", "130", "asserted") in quads(code(coder, "Peru's foreign minister said Chile's actions will have serious consequences."))
    text = "Chile expelled Peru's ambassador. Peru's foreign minister said the move would have repercussions."
    assert ("PER", "CHL", "130", "asserted") in quads(code(coder, text))
    assert not [q for q in quads(code(coder, "Peru said the drought will have consequences for Chile.")) if q[2] == "130"]


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


def test_remarks_a_state_called_an_affront_in_a_relative_clause_are_criticised(coder: Coder) -> None:
    text = "Chile recalled its ambassador over remarks by Peru's president that it called an intolerable affront to its martyrs."
    assert ("CHL", "PER", "111", "asserted") in quads(code(coder, text))
    assert ("CHL", "PER", "111", "asserted") in quads(code(coder, "Chile called Peru's decision intolerable."))


def test_a_warning_that_a_state_will_bear_the_consequences_threatens_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru warned that Chile would bear all the consequences."))
    assert ("PER", "CHL", "130", "asserted") in found


def test_a_warning_of_what_could_come_forecasts_and_states_no_intent(coder: Coder) -> None:
    # a forecast is no threat; a warning never promises cooperation
    assert not [q for q in quads(code(coder, "Peru warned that Chile could face economic consequences.")) if q[:2] == ("PER", "CHL")]
    assert not [q for q in quads(code(coder, "Peru warned that Chile has the right to defend its territory.")) if q[2].startswith("03")]


def test_the_ministry_means_the_state_whose_ministry_was_named(coder: Coder) -> None:
    text = "The Peruvian foreign ministry announced the move on Tuesday. The ministry condemned Chile."
    assert any(q[:3] == ("PER", "CHL", "111") for q in quads(code(coder, text)))


def test_two_states_cutting_ties_cut_them_with_each_other_but_four_do_not(coder: Coder) -> None:
    got = {q[:3] for q in quads(code(coder, "Peru and Chile severed diplomatic relations in 2016."))}
    assert {("PER", "CHL", "161"), ("CHL", "PER", "161")} <= got, got
    text = "Peru, Chile, Bolivia and Ecuador severed ties and imposed an embargo on Brazil."
    assert not [q for q in quads(code(coder, text)) if q[1] != "BRA" and q[2].startswith("16")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru condemned the sanctions that Chile imposed on Bolivia.",
        "Peru condemned the unjust sanctions that Chile and its allies have imposed on Bolivia.",
        "Peru condemned the sanctions imposed by Chile on Bolivia.",
    ],
)


def test_condemning_sanctions_a_relative_clause_or_participle_tells_condemns_their_doer(coder: Coder, text: str) -> None:
    got = quads(code(coder, text))
    assert ("PER", "CHL", "111", "asserted") in got, got
    assert not [q for q in got if q[:2] == ("PER", "BOL")], got
    assert ("CHL", "BOL", "163", "asserted") in got, got


def test_sanctions_a_state_imposed_in_a_relative_clause_are_its_own_and_no_reported_claim(coder: Coder) -> None:
    text = "Peru said it was suspending visits by Bolivian citizens, in response to the sanctions Bolivia imposed on Peru."
    assert ("BOL", "PER", "163", "asserted") in quads(code(coder, text))


def test_a_deal_a_relative_clause_says_two_states_signed_is_one_event_dated_by_that_clause(coder: Coder) -> None:
    got = [q for q in quads(code(coder, "The pact, which Peru and Chile signed in November 2019, lets Peru fish in the bay.")) if q[2].startswith("05")]
    assert len(got) == 1, got


def test_welcoming_support_extended_by_states_praises_those_states(coder: Coder) -> None:
    got = quads(code(coder, "Peru welcomes the offer by Spain to grant citizenship to those affected, and the support extended to them by Chile and Bolivia."))
    assert {("PER", "ESP", "051", "asserted"), ("PER", "CHL", "051", "asserted"), ("PER", "BOL", "051", "asserted")} <= set(got), got
    assert not [q for q in got if q[1] == "PER"], got


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


def test_support_a_state_is_told_to_expect_or_seeks_is_not_given(coder: Coder) -> None:
    # the possessed noun presupposes the act, but not as the object of expect / seek
    got = quads(code(coder, "Peru's president said Chile should no longer expect Lima's backing for its bid."))
    assert not [q for q in got if q[:3] == ("PER", "CHL", "051") and q[3] == "asserted"], got
    got = quads(code(coder, "Peru is seeking Chile's support for its bid."))
    assert ("CHL", "PER", "051", "asserted") not in got, got


def test_talks_on_a_visit_take_the_visit_s_direction_and_other_years_the_free_one(coder: Coder) -> None:
    # one visit: the talks held on it are no second triple in the other direction
    text = "Chile and Peru established relations in 1966. Peru's president visited Santiago in 1974 and held talks with the Chilean president."
    got = {q[:3] for q in quads(code(coder, text)) if q[2].startswith("04")}
    assert got and all(q[:2] == ("PER", "CHL") for q in got), got
    # two events of other years: the symmetric one takes the direction the directed one leaves free
    text = "Peru and Chile established diplomatic relations in 1966. In 2021 Peru congratulated Chile on its election."
    got = {q[:3] for q in quads(code(coder, text))}
    assert {("CHL", "PER", "050"), ("PER", "CHL", "051")} <= got, got


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


def test_an_accusation_in_a_clause_of_time_set_off_from_a_report_is_the_reporter_s(coder: Coder) -> None:
    text = "Bolivia's president announced on Thursday that Bolivia was breaking off relations with Chile, hours after Chile accused Bolivia of harbouring rebels."
    assert ("CHL", "BOL", "112", "asserted") in quads(code(coder, text))


def test_its_own_beside_an_event_noun_is_the_doer_s_own(coder: Coder) -> None:
    for text in ("Peru condemns this latest attack by the Chilean government on its own citizens.",
                 "Peru condemned Chile's attack on its own citizens."):
        got = quads(code(coder, text))
        assert not [q for q in got if q[0] == "CHL" and q[1] == "PER"], got
        assert any(q[:3] == ("PER", "CHL", "111") for q in got), got


def test_an_actor_reversing_these_decisions_undoes_its_own_acts(coder: Coder) -> None:
    # "these decisions" are the one reversing them's own, not the last act told
    got = quads(code(coder, "Peru praised Spain on Monday. Peru called on Chile to reverse these decisions."))
    assert not [q for q in got if q[2].startswith("08")], got


def test_the_government_of_a_charge_is_the_state_just_named(coder: Coder) -> None:
    # "of complicity" is the charge, not the government's owner
    text = "Chile suspended its military cooperation with Bolivia, accusing the government of complicity. Bolivia's government said the accusations were unfounded."
    got = quads(code(coder, text))
    assert any(q[:3] == ("CHL", "BOL", "112") for q in got), got
    assert any(q[:3] == ("BOL", "CHL", "111") for q in got), got


def test_rejecting_the_report_rejects_its_author_told_earlier_in_the_sentence(coder: Coder) -> None:
    for text in ("A report by the United Nations said that Peru had shipped arms to Chile; the Chilean government rejected the report.",
                 "A report by the United Nations said Chile tortured prisoners. Chile rejected the report."):
        got = quads(code(coder, text))
        assert any(q[0].startswith("CHL") and q[1] == "UNO" and q[2].startswith("12") for q in got), got


def test_a_call_with_a_purpose_clause_phones_and_the_caller_acts_in_the_clause(coder: Coder) -> None:
    got = quads(code(coder, "Peru said it had telephoned Chile to urge it to pull out."))
    assert ("PER", "CHL", "041", "claimed") in got or ("PER", "CHL", "041", "asserted") in got, got
    assert not [q for q in got if q[0] == "CHL"], got


def test_heads_of_state_the_review_sets_lacked_act_for_their_states(coder: Coder) -> None:
    got = quads(code(coder, "Nausėda criticised Chile. Touadéra criticised Peru."))
    assert any(q[0].startswith("LTU") and q[1] == "CHL" for q in got), got
    assert any(q[0].startswith("CAF") and q[1] == "PER" for q in got), got


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


def test_warning_against_the_use_of_force_is_no_use_of_force(coder: Coder) -> None:
    got = quads(code(coder, "Peru warned against the use of force against Chile."))
    assert not [q for q in got if q[2].startswith("19")], got


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # the judgement in the complement's of-phrase judges the object
        ('Peru called the Chilean exercises "a demonstration of aggressive intent".', ("PER", "CHL", "111", "asserted")),
        # ... and in the as-phrase of a relative clause, the noun the clause is on
        ('Peru demanded the withdrawal of Chilean troops, whom it described as "occupying forces".', ("PER", "CHL", "111", "asserted")),
    ],
)


def test_a_judgement_inside_a_judging_verbs_complement_criticises_the_judged(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    got = quads(code(coder, text))
    assert quad in got, got


def test_judging_a_joint_act_told_before_criticises_both_its_sides(coder: Coder) -> None:
    text = ('Chile and Bolivia on Friday began large-scale joint military exercises. '
            'Peru\'s president called the exercises "a demonstration of aggressive intent".')
    got = quads(code(coder, text))
    assert {("PER", "CHL", "111", "asserted"), ("PER", "BOL", "111", "asserted")} <= got, got


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        ("A UN report alleged that Chile was aware of preparations for the attack.", ("UNO", "CHL", "112", "asserted")),
        ("A 2018 report by a UN panel of experts said that Chile had shipped materials to rebels in Bolivia.", ("UNO", "CHL", "112", "asserted")),
        ("A UN inquiry found that Chilean troops had crossed into Bolivia.", ("UNO", "CHL", "112", "asserted")),
    ],
)


def test_an_allegation_or_a_reports_finding_of_a_states_conduct_accuses_it(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    got = quads(code(coder, text))
    assert quad in got, got


@pytest.mark.parametrize(
    "text",
    [
        "A UN report said that Chile's economy grew by 3 percent.",  # what a state has, not what it does
        "A report released in Lima alleged that Chile had armed the rebels.",  # a place is no author
    ],
)


def test_a_report_accuses_no_one_without_an_author_or_an_actor(coder: Coder, text: str) -> None:
    got = quads(code(coder, text))
    assert not [q for q in got if q[2] == "112"], got


def test_a_truce_taken_as_given_after_an_attack_in_the_same_sentence_is_between_its_parties(coder: Coder) -> None:
    text = ("Peruvian troops crossed into Chile on August 8, and some remain there despite a ceasefire agreement "
            "mediated by French President Nicolas Sarkozy.")
    got = quads(code(coder, text))
    assert {("PER", "CHL", "0871", "asserted"), ("FRA", "PER", "045", "asserted"), ("FRA", "CHL", "045", "asserted")} <= got, got


def test_a_truce_called_for_is_no_truce(coder: Coder) -> None:
    got = quads(code(coder, "Peruvian troops attacked Chile in May. Bolivia called for a ceasefire."))
    assert not [q for q in got if q[2] == "0871"], got


def test_a_deal_brokered_for_an_act_with_another_state_is_brokered_between_both(coder: Coder) -> None:
    got = quads(code(coder, "Peru, which restored ties with Chile in March under a deal brokered by Bolivia, criticised Ecuador."))
    assert {("BOL", "PER", "045", "asserted"), ("BOL", "CHL", "045", "asserted")} <= got, got


@pytest.mark.parametrize(
    "text",
    ['Peru\'s parliament voted to declare Chile "an enemy".', "Peru declared Chile a terrorist state."],
)


def test_declaring_a_state_an_enemy_denounces_it(coder: Coder, text: str) -> None:
    got = quads(code(coder, text))
    assert ("PER", "CHL", "111", "asserted") in got, got


def test_a_particle_the_cameo_pattern_lacks_makes_another_verb(coder: Coder) -> None:
    # "take in" people accepts them; TAKE's "* &HOSTAGE" seizes ("took 22 Chilean hostages")
    got = quads(code(coder, "Peru took in 222 political prisoners from Chile."))
    assert not [q for q in got if q[2].startswith("18")], got
    assert ("PER", "CHL", "181", "asserted") in quads(code(coder, "Peru took 22 Chilean hostages."))


def test_accepting_an_invitation_to_act_states_the_intent_to_act(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president accepted an invitation to visit Chile in April."))
    assert ("PER", "CHL", "036", "asserted") in got, got
    # the invitation's giver commits to nothing
    got = quads(code(coder, "Peru extended an invitation to Chile's president to visit Lima."))
    assert not [q for q in got if q[2].startswith("03")], got


def test_resolute_measures_vowed_after_a_quarrel_threaten_the_one_quarrelled_with(coder: Coder) -> None:
    text = ("Peru hosted talks with Ecuador on trade. Peru's president met Ecuador's president in Lima. "
            "Chile condemned Bolivia's decision and said it would take resolute and forceful measures.")
    got = quads(code(coder, text))
    assert ("CHL", "BOL", "130", "asserted") in got, got


def test_a_title_in_the_owners_office_names_no_other_official(coder: Coder) -> None:
    # "its secretary general": the organisation's officer, not an official of the story's state
    text = ("Peru closed its border with Chile on Friday. Peru said the closure would last. "
            "The Organization of American States has offered to mediate, and its secretary general urged both governments to resume dialogue.")
    got = quads(code(coder, text))
    assert {("OAS", "PER", "020", "asserted"), ("OAS", "CHL", "020", "asserted")} <= got, got
    assert not [q for q in got if q[2] == "020" and q[0] != "OAS"], got


def test_a_whole_phrase_before_a_bare_infinitive_is_the_helped_party(coder: Coder) -> None:
    text = "Peru closed its border with Chile. Brazil said it was ready to help the two neighbours resolve the dispute."
    got = quads(code(coder, text))
    assert {("BRA", "PER", "033", "asserted"), ("BRA", "CHL", "033", "asserted")} <= got, got


def test_a_purpose_hung_on_a_channel_is_not_the_channels_act(coder: Coder) -> None:
    # a channel is no source: the aid is the funder's, not the UN agencies'
    text = ("Chile is providing $10 million to Peru. This funding will be delivered through experienced partners, "
            "including United Nations agencies and the Red Cross Movement, to provide food and shelter.")
    got = quads(code(coder, text))
    assert ("CHL", "PER", "070", "asserted") in got, got
    assert not [q for q in got if q[0] == "UNO"], got


def test_a_threat_to_unnamed_countries_is_no_threat_to_the_story_state(coder: Coder) -> None:
    text = ("Peru's foreign minister visited Bolivia on Monday. Chile's invasion of Ecuador has sent shockwaves far beyond the region, "
            "disrupting trade and threatening the sovereignty of countries across the region.")
    got = quads(code(coder, text))
    assert not [q for q in got if q[2] == "130"], got


def test_a_parliament_calls_on_its_own_government(coder: Coder) -> None:
    text = ("Chile's army took control of the disputed oil field on April 10. "
            "On Wednesday, Peru's National Assembly called on the government to mobilise all resources to retake the field.")
    got = quads(code(coder, text))
    assert not [q for q in got if q[2].startswith("10")], got


def test_a_title_with_the_and_no_name_is_the_subject_a_later_he_means(coder: Coder) -> None:
    # "The Foreign Secretary and Mr Soto signed ...": "he" is the Foreign Secretary named as
    # the subject again, not the counterpart named beside him
    text = ("Peruvian Foreign Minister Ana Ruiz today held talks in Santiago with Chilean Foreign Minister Jorge Soto.\n\n"
            "The Foreign Minister and Mr Soto signed a memorandum of understanding on fisheries, and the Foreign Minister "
            "announced a package. He also met Bolivia's ambassador in Santiago.")
    got = quads(code(coder, text, source="official press release in the style of a Peruvian foreign ministry release"))
    assert ("PER", "BOL", "040", "asserted") in got or ("BOL", "PER", "040", "asserted") in got, got
    assert not [q for q in got if "CHL" in q[:2] and "BOL" in q[:2]], got


def test_a_to_after_what_is_discussed_names_no_partner(coder: Coder) -> None:
    # one talks to someone, but discusses with someone: "to Bolivia" is the re-export's
    text = "Peru also discussed its concerns about the export of goods to Bolivia through the region."
    got = quads(code(coder, text))
    assert not [q for q in got if q[2] == "040"], got
    assert ("PER", "BOL", "040", "asserted") in quads(code(coder, "Peru's foreign minister talked to Bolivia's president."))


def test_a_participle_after_and_before_a_possessor_is_the_coordinated_verb(coder: Coder) -> None:
    # the parser reads "summoned" as an adjective on "ambassador": no modifier stands
    # before "India's", so it is the second verb, "ambassador" its object
    text = "Chile lodged a protest and summoned India's ambassador, Vinay Mohan Kwatra."
    got = quads(code(coder, text))
    assert ("CHL", "IND", "114", "asserted") in got, got


def test_finding_that_a_state_committed_a_crime_accuses_it(coder: Coder) -> None:
    # "committed" also fires as a pledge with no target: the finding is still read
    text = "Peru, which determined in March that Chile's army had committed genocide, urged the generals to halt the violence."
    got = quads(code(coder, text))
    assert ("PER", "CHL", "112", "asserted") in got, got


def test_a_crime_told_by_the_narrator_is_no_accusation(coder: Coder) -> None:
    got = quads(code(coder, "Chile's army committed war crimes in 1990, historians say."))
    assert not [q for q in got if q[2] == "112"], got


def test_a_fund_of_a_sum_for_a_states_people_is_aid(coder: Coder) -> None:
    got = quads(code(coder, "Peru announced a new $50 million fund for Chilean infrastructure."))
    assert ("PER", "CHL", "070", "asserted") in got, got


def test_the_by_phrase_after_a_carrier_noun_is_the_source_of_its_of_phrase(coder: Coder) -> None:
    # the parser hangs "of restrictive measures" on "June" or "Peru", "by Peru" on the verb
    for text in ("The decision follows the adoption by Peru of sanctions against Chile.",
                 "The decision follows the adoption by Peru on 29 March of restrictive measures against eleven Chilean officials."):
        got = quads(code(coder, text))
        assert [q for q in got if q[:3] == ("PER", "CHL", "163")], got


def test_hailing_the_rapprochement_praises_both_parties_of_the_last_joint_act(coder: Coder) -> None:
    got = quads(code(coder, "Peru and Chile restored relations on Monday. Brazil hailed the rapprochement."))
    assert {("BRA", "PER", "051", "asserted"), ("BRA", "CHL", "051", "asserted")} <= got, got


def test_an_act_a_past_relative_clause_tells_takes_no_date_of_the_clauses_around_it(coder: Coder) -> None:
    text = "Peru on Monday expelled Chile's ambassador, a move that will complicate any attempt to revive the detente Lima forged with Santiago."
    dates = {(e.cameo, e.date) for e in code(coder, text)}
    assert ("050", None) in dates, dates


def test_an_intent_told_only_by_unnamed_sources_is_claimed(coder: Coder) -> None:
    got = quads(code(coder, "Bolivia has offered to mediate between Peru and Chile, two diplomats said."))
    assert ("BOL", "PER", "036", "claimed") in got, got
    assert not [q for q in got if q[2][:2] == "03" and q[3] == "asserted"], got


def test_either_sides_word_tells_a_joint_pledge(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president spoke by telephone with Chile's president on Wednesday and both pledged to de-escalate, her office said."))
    assert [q for q in got if q[2][:2] == "03" and q[3] == "asserted"], got


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


def test_the_baltic_states_and_the_nordic_countries_are_each_member_state(coder: Coder) -> None:
    got = quads(code(coder, "Peru, Chile and the Baltic states expressed solidarity with Bolivia."))
    assert {(c, "BOL", "051", "asserted") for c in ("PER", "CHL", "EST", "LVA", "LTU")} <= got, got
    got = quads(code(coder, "The Nordic countries condemned Bolivia."))
    assert {(c, "BOL", "111", "asserted") for c in ("DNK", "FIN", "ISL", "NOR", "SWE")} <= got, got


def test_banning_another_states_officials_is_a_sanction(coder: Coder) -> None:
    got = quads(code(coder, "Peru banned Chilean officials from entering the country."))
    assert ("PER", "CHL", "163", "asserted") in got, got


def test_a_demonym_that_is_a_persons_surname_names_no_state(coder: Coder) -> None:
    # "Volker Türk": a first name compounded to the demonym; alone later, the same man
    text = "U.N. High Commissioner Volker Türk urged Bolivia to stop the deportations. Türk also criticised Chile."
    got = quads(code(coder, text))
    assert not [q for q in got if "TUR" in q[:2]], got
    assert ("UNO", "BOL", "020", "asserted") in got, got
    got = quads(code(coder, "Mr Turk urged Bolivia to stop the deportations."))
    assert not [q for q in got if "TUR" in q[:2]], got


def test_calling_upon_an_actor_is_a_demand(coder: Coder) -> None:
    text = "Peru and Chile met in Lima. The two sides called upon the United Nations Security Council to lift the sanctions."
    got = quads(code(coder, text))
    assert {("PER", "UNO", "100", "asserted"), ("CHL", "UNO", "100", "asserted")} <= got, got


def test_both_countries_among_more_states_are_the_pair_named_before_it(coder: Coder) -> None:
    # "both countries" after "Peru and Chile" in its own sentence, not Bolivia the asker
    text = "Bolivia asked Peru and Chile to arrest Ana Ruiz when Ecuador's minister travelled to both countries."
    got = {q[:3] for q in quads(code(coder, text))}
    assert {("ECU", "PER", "042"), ("ECU", "CHL", "042")} <= got, got


def test_a_un_specialised_agency_is_the_un(coder: Coder) -> None:
    assert ("UNO", "BOL", "111", "asserted") in quads(code(coder, "The ICAO condemned Bolivia."))
    got = quads(code(coder, "Peru called on the International Civil Aviation Organization to investigate Bolivia."))
    assert ("PER", "UNO", "100", "asserted") in got, got


def test_deporting_people_to_their_state_hands_them_over_to_it(coder: Coder) -> None:
    # set7 decision 2: cooperation with the state they are sent to (084), no coercion of it
    got = quads(code(coder, "Chile on Thursday deported 40 Peruvian men to Peru."))
    assert ("CHL", "PER", "084", "asserted") in got, got


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


def test_must_understand_warns_and_demands_nothing(coder: Coder) -> None:
    got = quads(code(coder, "'Chile must understand that Peru is not a country that can be bullied,' Peru's foreign minister said."))
    assert not [q for q in got if q[2] == "100"], got


def test_telling_someone_in_a_phone_call_is_a_call_with_them(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president told Chile's president in a phone call that the border would reopen."))
    assert [q for q in got if q[:3] == ("PER", "CHL", "041")], got


def test_the_inviter_of_a_meeting_hosts_its_parties(coder: Coder) -> None:
    got = quads(code(coder, "At the invitation of Peru, the presidents of Chile and Bolivia met in Lima on Monday."))
    assert {q[:3] for q in got} >= {("PER", "CHL", "043"), ("PER", "BOL", "043")}, got
    # a visit at the host's invitation is one visit, no second hosting
    got = quads(code(coder, "Chile's defence minister visited Lima in 2020 at the invitation of Peru's defence minister."))
    assert not [q for q in got if q[2] == "043"], got


def test_interventionist_conduct_and_piracy_criticise_their_agent(coder: Coder) -> None:
    got = quads(code(coder, "Peru said the decision responds to the interventionist conduct of the Chilean Government."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("11")], got
    got = quads(code(coder, "Peru called the seizure of its tanker by Chile 'piracy'."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("11")], got


def test_a_judged_diversion_points_back_at_its_doer(coder: Coder) -> None:
    got = quads(code(coder, "Chile diverted a Peruvian flight on Sunday. Bolivia's president called the diversion 'outrageous'."))
    assert [q for q in got if q[:2] == ("BOL", "CHL") and q[2].startswith("11")], got


def test_a_verb_with_its_particle_is_no_word_of_the_future(coder: Coder) -> None:
    # "set" and "work" are future words ("is set to sign", "working to"); with a particle they
    # are other verbs, and the act is done: it is asserted and keeps the day it was done
    text = "Peru and Chile worked out an agreement on Monday."
    got = {(e.source.code, e.target.code, e.cameo, e.status.value, e.date) for e in code(coder, text, day=date(2023, 5, 3))}
    assert ("PER", "CHL", "057", "asserted", "2023-05-01") in got, got
    # the purpose of what was set up still lies ahead
    text = "A group set up by Peru and Chile to discuss the border met on Monday."
    assert ("PER", "CHL", "040", "future") in quads(code(coder, text)), quads(code(coder, text))


def test_a_body_a_state_owns_is_that_states_whatever_the_dictionary_says(coder: Coder) -> None:
    # the dictionaries list "National Security Council" and "Congress" as the US ones
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru's National Security Council condemned Chile."))
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "The National Security Council of Peru condemned Chile."))
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "The Peruvian Congress condemned Chile."))
    text = 'Peru\'s National Security Council said the troops were deployed legally. "We call on the Chilean authorities to release them," it said.'
    got = quads(code(coder, text))
    assert ("PER", "CHL", "100", "asserted") in got and not [q for q in got if "USA" in q[:2]], got


def test_its_after_a_subject_pronoun_is_the_pronouns_antecedent(coder: Coder) -> None:
    # "it was suspending its operations": "its" is Germany's own, not the story's topic
    text = "Peru detained Chilean soldiers. Chile protested. Bolivia said it was suspending its operations."
    got = quads(code(coder, text))
    assert not [q for q in got if q[0] == "BOL" and q[2] == "160"], got


def test_it_of_a_body_with_no_code_names_no_older_state(coder: Coder) -> None:
    # "the secretariat said it was ready": the secretariat's own offer, not Peru's
    text = ("Chile suspended electricity sales to Bolivia. Peru urged both governments to settle the dispute, "
            "and the Andean Community secretariat said it was ready to host talks between the two sides.")
    got = quads(code(coder, text))
    assert not [q for q in got if q[0] == "PER" and q[2] == "036"], got
    got = quads(code(coder, "Chile suspended electricity sales to Bolivia. The airline said it would stop flights to Bolivia."))
    assert not [q for q in got if q[2].startswith("16") and q[3] == "future"], got
    # a state's own body still speaks for its state
    got = quads(code(coder, "Chile accused Bolivia of espionage. The ministry said it would stop flights to Bolivia."))
    assert ("CHL", "BOL", "160", "future") in got, got


def test_a_pronouns_guess_is_no_state_a_definite_government_follows() -> None:
    # "they" (the Chilean soldiers), once resolved, is no state the sentence names for "the junta"
    _, ctx = read("Peru's transitional government detained Chilean soldiers. A spokesman said that they had arrived "
                  "armed, and that the junta had decided to suspend the rotation of the United Nations mission.")
    ctx.resolved[token(ctx, "they").i] = "CHL"
    assert [r.country for r in Resolver(ctx).actors(token(ctx, "junta"))] == ["PER"]
@pytest.mark.parametrize(
    "text",
    [
        "Peru accused Chile of backing the rebels, a charge Chile rejects.",
        "Peru has blamed Chile's government for the assassination, a charge Santiago rejects.",
        "Peru accused Chile of supporting terrorism, charges Santiago always rejected.",
    ],
)


def test_a_charge_the_accused_rejects_after_a_comma_denies_it_however_parsed(coder: Coder, text: str) -> None:
    # the tagger makes "rejects" the last noun of a compound, or "charges" the verb
    got = quads(code(coder, text))
    assert ("CHL", "PER", "110", "asserted") in got, got


def test_rejecting_the_ruling_rejects_the_state_whose_court_ruled(coder: Coder) -> None:
    # the act told by the verb "ruled", named later by the noun "the ruling"
    got = quads(code(coder, "Peru's top court ruled that Chile had planned the attack. Chile rejected the ruling."))
    assert ("CHL", "PER", "120", "asserted") in got, got


def test_a_verb_joined_to_a_suspected_clause_is_no_act_of_the_suspecting_party(coder: Coder) -> None:
    # "said ... and urged" is the speaker's own appeal; "suspected ... and sought" is suspected
    got = quads(code(coder, "Peru suspected that the military government had bought arms from Bolivia and sought its help."))
    assert not [q for q in got if q[0] == "PER"], got


def test_an_answer_in_kind_repeats_the_act_against_its_doer(coder: Coder) -> None:
    for answer in ("Chile responded in kind.", "Chile retaliated in kind on Tuesday.", "Chile reciprocated on Tuesday."):
        got = quads(code(coder, "Peru expelled two Chilean diplomats on Monday. " + answer))
        assert ("CHL", "PER", "166", "asserted") in got, (answer, got)
    # a promised answer threatens; an answer not given and a bare retaliation repeat nothing
    for answer in ("Chile said it would respond in kind.", "Chile did not respond in kind.", "Chile retaliated on Tuesday."):
        got = quads(code(coder, "Peru expelled two Chilean diplomats on Monday. " + answer))
        assert not [q for q in got if q[:3] == ("CHL", "PER", "166")], (answer, got)


@pytest.mark.parametrize("label", ['that seizure "piracy"', 'the seizure "aggression"', 'the seizure "a violation"'])


def test_a_quoted_noun_glued_to_the_object_judges_it(coder: Coder, label: str) -> None:
    # the parser reads [that seizure "piracy"] as one phrase, or the quoted noun as an apposition
    got = quads(code(coder, f"Chile seized a Peruvian tanker on July 4. Peru called {label} on Monday."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("11")], got


def test_the_violation_of_a_states_space_by_another_is_a_show_of_force(coder: Coder) -> None:
    got = quads(code(coder, "Peru confirmed the violation of Peru's Exclusive Economic Zone by Chilean fishing vessels in December 2019."))
    assert ("CHL", "PER", "150", "asserted") in got, got
    got = quads(code(coder, "Peru has confirmed the violation of its airspace by Chilean aircraft."))
    assert ("CHL", "PER", "150", "asserted") in got, got
    # a violation of a law or a truce is no incursion
    got = quads(code(coder, "Peru condemned the violation of the ceasefire by Chile."))
    assert not [q for q in got if q[2].startswith("15")], got


def test_he_after_a_lone_surname_is_that_person_not_one_quoted_between(coder: Coder) -> None:
    # "Noboa, who faces ..., said ... He accused ...": the surname names the person again
    got = quads(code(coder, "Peru said it would impose a tariff on Chile, a day after Chilean President Pablo Rivas "
                            "announced a levy on Peruvian goods.\n\n\"Peru will not accept blackmail,\" Trade Minister "
                            "Ana Ruiz told reporters in Lima.\n\nRivas, who faces an election next month, said the levy "
                            "would take effect on February 1. He accused the government of President Dina Boluarte of "
                            "letting armed groups operate."))
    assert ("CHL", "PER", "112", "asserted") in got, got


def test_granting_asylum_is_the_codebooks_075(coder: Coder) -> None:
    # CAMEO 075 "grant asylum" (PLOVER-GSR codes it as aid), not a rebuff of the state
    got = quads(code(coder, "Peru granted asylum to former Chilean President Sebastian Pinera."))
    assert ("PER", "CHL", "075", "asserted") in got, got


def test_soldiers_from_a_state_are_that_states_forces(coder: Coder) -> None:
    # "49 soldiers from Ivory Coast": a people noun's from-phrase names their state
    got = quads(code(coder, "Soldiers from Chile attacked a Peruvian border post."))
    assert ("CHL", "PER", "190", "asserted") in got, got
@pytest.mark.parametrize(
    "text",
    [
        "After Bolivian attacks on Chile, Peru's foreign ministry condemned Bolivia.",
        "In May 2019, after Bolivian attacks on Chile, Peru's foreign ministry condemned Bolivia.",
    ],
)


def test_a_fronted_after_phrase_is_not_the_main_verbs_subject(coder: Coder, text: str) -> None:
    # the parser takes "attacks" as the subject of "condemned" and hangs "after" on it
    got = quads(code(coder, text))
    assert ("PER", "BOL", "111", "asserted") in got, got
    assert not [q for q in got if q[0] == "BOL" and q[2] == "111"], got


def test_a_state_named_off_or_near_is_a_place_not_a_measures_implicit_target(coder: Coder) -> None:
    # "detained the tanker off Gibraltar ... in breach of EU sanctions": the coast is where
    got = quads(code(coder, "A tanker was detained off Chile in breach of EU sanctions."))
    assert not [q for q in got if q[0] == "EUR" and q[1] == "CHL"], got


def test_a_concern_naming_nothing_joins_the_paragraphs_reactions(coder: Coder) -> None:
    # every reaction told before it in the paragraph is at Peru
    got = quads(code(coder, "Peru deported 40 men to Chile. Argentina strongly condemns Peru. "
                            "Canada and the European Union expressed deep concern."))
    assert {("CAN", "PER", "111", "asserted"), ("EUR", "PER", "111", "asserted")} <= got, got


def test_a_concern_of_anothers_is_no_reaction_to_join(coder: Coder) -> None:
    got = quads(code(coder, "Peru deported 40 men to Chile. Argentina strongly condemns Peru. "
                            "Bolivia promised to address its security concerns."))
    assert not [q for q in got if q[0] == "BOL"], got


def test_the_decision_passes_over_an_appeal_that_answers_it(coder: Coder) -> None:
    # Bolivia's appeal answers Peru's deportation: "the decision" is Peru's
    got = quads(code(coder, "Peru deported 40 men to Chile. Bolivia urged Peru to stop. Argentina strongly condemns the decision."))
    assert not [q for q in got if q[:2] == ("ARG", "BOL")], got
    assert ("ARG", "PER", "111", "asserted") in got, got


def test_forces_withdrawn_from_a_state_are_not_that_states(coder: Coder) -> None:
    # the from-phrase of a withdrawal is the place left (here the parser hangs it on
    # "forces"); only a subject's "soldiers from Chile" are Chile's
    text = "Brazil speeded up the withdrawal of some invasion forces from Panama on Wednesday."
    assert ("BRA", "PAN", "087", "asserted") in quads(code(coder, text)), quads(code(coder, text))


def test_a_round_number_of_strikes_is_carried_out(coder: Coder) -> None:
    # "hundreds of": a round number between the light verb and its event noun
    got = quads(code(coder, "Peru has carried out dozens of airstrikes in Bolivia since May."))
    assert ("PER", "BOL", "190", "asserted") in got, got


def test_troops_pulled_out_of_a_state_withdraw_from_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru has pulled its troops out of Bolivia and Chile."))
    assert {("PER", "BOL", "087", "asserted"), ("PER", "CHL", "087", "asserted")} <= got, got


def test_a_matter_raised_with_a_state_is_taken_up_with_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru's foreign minister said Lima had raised the cases directly with Chilean officials."))
    assert ("PER", "CHL", "040", "asserted") in got, got
    # ... and raised with an international body asks it to act
    got = quads(code(coder, "Peru has already raised the matter with the United Nations."))
    assert ("PER", "UNO", "020", "asserted") in got, got
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


@pytest.mark.parametrize(
    "text",
    [
        "Peru accused Chile of backing the rebels. Chile denies any involvement in the attack.",
        "Peru accused Chile of shelling its border towns. Chile denied responsibility.",
        "Peru accused Chile of shelling its border towns. Chile's army has denied firing into Peru.",
        "Peru accused Chile of spying. He again accused Santiago of letting Bolivia station troops on its soil to weaken Peru, "
        "a charge Chile's government has repeatedly denied.",
    ],
)


def test_denying_a_part_in_the_deed_or_the_deed_criticises_the_accuser(coder: Coder, text: str) -> None:
    # a part in a deed ("any involvement", "responsibility") or the deed told by a gerund is
    # what the accuser charged; the parser may set "government" beside the name before the comma
    got = {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}
    assert ("CHL", "PER", "110", "asserted") in got, got


def test_denying_a_part_in_a_deed_with_no_accuser_criticises_no_one(coder: Coder) -> None:
    got = quads(code(coder, "Chile denied any involvement in the attack on Peru."))
    assert not {q for q in got if q[2][:2] == "11"}, got


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed at a summit in Lima between Peru and Chile.",  # between on the place
        "A working lunch meeting took place between Peru's ambassador and the Foreign Minister of Chile.",
        "A meeting was held in Lima between Peru's foreign minister and Chile's foreign minister.",
        "The treaty was signed at talks between Peru and Chile.",  # a setting names its own parties
    ],
)


def test_a_meeting_names_its_parties_off_the_noun(coder: Coder, text: str) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text)) if q[3] == "asserted"}
    assert got & {("PER", "CHL", "04"), ("CHL", "PER", "04")}, got


@pytest.mark.parametrize(
    "text",
    [
        "Peru remains committed to good relations with Chile.",
        "Peru stood ready to open a new chapter in relations with Chile.",
    ],
)


def test_a_commitment_to_a_cooperative_bond_states_an_intent(coder: Coder, text: str) -> None:
    # no act the coder knows, but a bond kept or built with a named state (030)
    assert ("PER", "CHL", "030", "asserted") in quads(code(coder, text))


def test_a_commitment_to_revise_a_bond_states_no_intent(coder: Coder) -> None:
    got = quads(code(coder, "Peru is ready to review its relations with Chile."))
    assert not {q for q in got if q[2][:2] == "03"}, got


def test_lifting_the_sanctions_told_before_eases_them_on_their_target(coder: Coder) -> None:
    # "the sanctions" points back at the lifter's own act, whose target it takes (085)
    got = quads(code(coder, "Chile imposed sanctions on Peru in July. Chile lifted the sanctions in February."))
    assert ("CHL", "PER", "085", "asserted") in got, got


@pytest.mark.parametrize(
    "text",
    [
        # the parser joins the relative clause to the clause the noun sums up
        "Peru visited the islands in February, a move Chile called a provocation.",
        "Peru's foreign minister Ana Cruz visited the islands in February, a trip Santiago called a provocation.",
    ],
)


def test_a_summing_noun_judged_in_a_misjoined_relative_clause(coder: Coder, text: str) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in quads(code(coder, text))}
    assert ("CHL", "PER", "11", "asserted") in got, got


def test_a_mediator_set_off_after_the_deal_meets_its_parties(coder: Coder) -> None:
    # ", mediated by Brazil": a participle set off after the deal, its agent the mediator,
    # even where the deal is named for a place ("the Lima Accords": not Peru's)
    got = quads(code(coder, "In 1990 Bolivia, Peru and Chile signed the Lima Accords, mediated by Brazil, under which Peru agreed to withdraw its troops."))
    assert {("BRA", "BOL", "045", "asserted"), ("BRA", "PER", "045", "asserted"), ("BRA", "CHL", "045", "asserted")} <= got, got


def test_what_a_state_calls_a_violation_by_another_judges_that_other(coder: Coder) -> None:
    # "what it called ...": the free relative names nothing; the label's by-phrase, which
    # the parser hangs on "called", says whose act it is
    got = quads(code(coder, "Chile condemned what it called violations by Peru."))
    assert ("CHL", "PER", "111", "asserted") in got, got


def test_a_speakers_second_verb_on_a_pair_with_the_reported_state_is_the_speakers(coder: Coder) -> None:
    # "said Chile had a right ... but urged Chile and Peru": the parser joins "urged" to
    # the reported clause; Chile would be urging itself among others, so Obama urges
    got = quads(code(coder, "U.S. President Barack Obama said Chile had a right to defend its territory but urged Chile and Peru to avoid an escalation."))
    assert {("USA", "CHL", "020", "asserted"), ("USA", "PER", "020", "asserted")} <= got, got
    assert not [q for q in got if q[0] == "CHL"], got


def test_both_countries_after_a_reported_state_are_it_and_its_adversary(coder: Coder) -> None:
    # the story's lead pair is Peru and Bolivia (the deployment), but "both countries"
    # after "said Chile had a right" are Chile and the state it faces
    got = quads(code(coder, "Peru deployed missiles in Bolivia on Monday. It also cut military contacts with Chile, "
                            "a day after Chilean jets shot down a Peruvian bomber. NATO ambassadors met on Tuesday. "
                            "U.S. President Barack Obama said Chile had a right to defend its airspace but urged both countries to avoid an escalation."))
    assert {("USA", "CHL", "020", "asserted"), ("USA", "PER", "020", "asserted")} <= got, got
    assert not [q for q in got if q[:2] == ("USA", "BOL")], got


def test_a_name_after_an_apposition_is_the_verbs_second_object(coder: Coder) -> None:
    # the parser hangs the second name on the verb after the first object's apposition
    got = quads(code(coder, "Peru summoned Chile's ambassador, Juan Soto, and then Bolivian Ambassador Carlos Mesa to lodge protests."))
    assert {("PER", "CHL", "114", "asserted"), ("PER", "BOL", "114", "asserted")} <= got, got


def test_the_zionist_regime_is_israels_government(coder: Coder) -> None:
    # the name Iranian official statements give Israel's government
    got = quads(code(coder, "The Zionist regime attacked Iran's nuclear facilities in June."))
    assert ("ISR", "IRN", "190", "asserted") in got, got


def test_a_statement_from_a_state_speaks_for_it(coder: Coder) -> None:
    # a text's from-phrase is its author, as its by-phrase is
    got = quads(code(coder, "A statement from the Peruvian presidency accused Chile of violating the treaty."))
    assert ("PER", "CHL", "112", "asserted") in got, got


def test_call_on_with_the_object_left_to_the_verb(coder: Coder) -> None:
    # the parser may leave "on" bare and make "the members" the verb's object
    text = ("Peru therefore rejects this step as legally null and void and without any effect on its rights. "
            "We call on the members of the Security Council not to allow a handful of countries to abuse the Council for their political ends.")
    got = quads(code(coder, text, source="Ministry of Foreign Affairs of Peru"))
    assert ("PER", "UNO", "100", "asserted") in got, got


def test_an_act_told_in_violation_of_the_charter_accuses_its_doer(coder: Coder) -> None:
    # in the ministry's own voice: "in flagrant violation of" judges who attacked
    got = quads(code(coder, "Chile attacked our facilities in flagrant violation of the UN Charter.", source="Ministry of Foreign Affairs of Peru"))
    assert ("PER", "CHL", "111", "asserted") in got, got
    # and a speaker's: "Peru said Chile seized the ship in violation of international law"
    got = quads(code(coder, "Peru said Chile seized the ship in violation of international law."))
    assert ("PER", "CHL", "111", "asserted") in got, got


def test_trainers_deployed_with_no_agent_are_their_demonyms(coder: Coder) -> None:
    # a passive with no agent: the state the instructors' demonym names sends them
    got = quads(code(coder, "Peru, Chile and Bolivia turned to Brazil for help, and Brazilian military instructors have been deployed in all of them."))
    assert {("BRA", "PER", "062", "asserted"), ("BRA", "CHL", "062", "asserted"), ("BRA", "BOL", "062", "asserted")} <= got, got


def test_a_missions_employees_ordered_out_are_expelled(coder: Coder) -> None:
    # not only envoys: the mission's staff told to leave are expelled (166), no demand (10)
    got = quads(code(coder, "Peru ordered two employees of the Chilean embassy to leave the country."))
    assert ("PER", "CHL", "166", "asserted") in got and not {q for q in got if q[2][:2] == "10"}, got


def test_the_past_act_a_promised_answer_follows_is_told_as_fact(coder: Coder) -> None:
    # "said it would retaliate after Chile barred ...": the barring is the reporter's fact
    # the promise answers, not the speaker's claim
    got = quads(code(coder, "Peru said on Sunday it would retaliate after Chile barred two Peruvian ministers from addressing rallies."))
    assert ("CHL", "PER", "163", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got


def test_not_hesitating_to_act_is_a_resolve_not_a_refusal(coder: Coder) -> None:
    # "will not hesitate to use force": the negation affirms (a threat, 13), no refusal
    got = quads(code(coder, "Peru said it would not hesitate to take military action inside Chile if the raids did not stop."))
    assert ("PER", "CHL", "138", "asserted") in got and not {q for q in got if q[3] == "negated"}, got
    got = quads(code(coder, "Peru will not hesitate to respond to any attack by Chile."))
    assert ("PER", "CHL", "130", "asserted") in got, got
    # and what one does not hesitate to do is done
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru did not hesitate to criticise Chile.")), got


def test_an_organisations_name_owned_by_another_is_the_owners_body(coder: Coder) -> None:
    # "Peru's Security Council": Peru's own council, not the UN's; the AU's council is the AU's
    got = quads(code(coder, "Peru's Security Council condemned Chile."))
    assert ("PER", "CHL", "111", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got} and not {q for q in got if q[0].startswith("UNO")}, got
    got = quads(code(coder, "The African Union's Peace and Security Council urged Chile to respect the peace agreement."))
    assert {q[0][:3] for q in got} == {"AFU"}, got


def test_a_fellow_doer_named_in_two_words_is_no_implicit_target(coder: Coder) -> None:
    # "The United States has pledged ..., and Bolivia has promised ...": the US does the
    # like, it is not the one Bolivia's peacekeepers go to (each word of its name counts)
    got = quads(code(coder, "Haiti asked for help. The United States has pledged to send police officers, and Bolivia has promised to send peacekeepers."))
    assert not {q for q in got if q[0] == "BOL" and q[1] == "USA"} and ("BOL", "HTI", "033", "asserted") in got, got


def test_two_states_named_beside_a_third_close_their_embassies_in_it(coder: Coder) -> None:
    # not each other's: two states besides the story's own, with another state in their
    # sentence, close their embassies in the country the story is about
    got = quads(code(coder, "Fighting broke out in Lima, the capital of Peru. The United States ordered staff to leave its embassy in Lima, and Bolivia and Brazil temporarily closed their embassies."))
    assert {("BOL", "PER", "161", "asserted"), ("BRA", "PER", "161", "asserted")} <= got and ("BOL", "BRA", "161", "asserted") not in got, got
    got = quads(code(coder, "Peru and Chile severed diplomatic ties."))
    assert {("PER", "CHL", "161", "asserted"), ("CHL", "PER", "161", "asserted")} <= got, got


def test_a_monarch_named_by_title_alone_is_the_publishers(coder: Coder) -> None:
    # "His Highness the Amir" in the ministry's own statement is its head of state; a king
    # met ("held talks with the king") is not thereby the publisher's
    text = "Peru strongly condemns the attack. His Highness the Amir has received calls of solidarity from the President of Bolivia and the King of Jordan."
    found = quads(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs"))
    assert {("BOL", "PER", "041", "asserted"), ("JOR", "PER", "041", "asserted")} <= found, found
    found = quads(code(coder, "Bolivia's president visited Lima and held talks with the king.", source="Government of Chile - Ministry of Foreign Affairs"))
    assert not {q for q in found if "CHL" in q[0] + q[1]}, found


def test_leaders_accused_of_a_deed_are_the_group_not_owned(coder: Coder) -> None:
    # "of conspiring" is what the three leaders are accused of, not an owner of them
    text = ("Bolivian President Luis Arce stood beside Chilean President Gabriel Boric and Peruvian President Dina Boluarte on Wednesday. "
            "Brazilian President Lula da Silva accused the three leaders of conspiring against Brazil.")
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert {("BRA", "BOL", "112"), ("BRA", "CHL", "112"), ("BRA", "PER", "112")} <= found, found


def test_the_move_a_state_welcomes_is_not_its_own(coder: Coder) -> None:
    # "the move" passes over the judge's own act told last to the act of another
    got = quads(code(coder, "Chile lifted sanctions on Peru on Monday. Peru's president visited Bolivia on Tuesday. Peru's foreign ministry welcomed the move."))
    assert ("PER", "CHL", "051", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got


def test_grateful_for_a_states_support_thanks_that_state(coder: Coder) -> None:
    # grateful for what another gave: its owner is thanked, as "grateful to Chile"
    got = quads(code(coder, "Peru is grateful for Chile's help in rebuilding its ports."))
    assert ("PER", "CHL", "051", "asserted") in got, got
    got = quads(code(coder, "Peru is grateful for its own efforts."))
    assert not {q for q in got if q[2] == "051"}, got


def test_a_demanded_apology_is_made_of_the_other_side(coder: Coder) -> None:
    # an act demanded with no doer named ("demanded an apology") is a demand of the
    # state the sentence is about, as a demand naming no object
    got = quads(code(coder, "Peru's prime minister said he would calm tensions with Chile but demanded an apology."))
    assert ("PER", "CHL", "100", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got


def test_what_it_called_an_act_is_the_object_judged(coder: Coder) -> None:
    # a free relative object names what the clause calls it: the act and its doer
    got = quads(code(coder, "Peru condemned what it called an attempt by Chile to seize the asylum seekers by force."))
    assert ("PER", "CHL", "111", "asserted") in got, got
    got = quads(code(coder, "Peru's foreign ministry welcomed what it called Chile's \"correct decision\" and said Lima stood ready."))
    assert ("PER", "CHL", "051", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got


def test_a_purpose_after_for_names_no_target(coder: Coder) -> None:
    # "aid for counter-narcotics": the purpose is no side; the receiver still is
    got = quads(code(coder, "Peru receives hundreds of millions of dollars a year in Chilean aid for counter-narcotics."))
    assert ("CHL", "PER", "070", "asserted") in got, got


def test_a_verb_in_s_read_as_a_plural_noun_still_acts(coder: Coder) -> None:
    # the tagger reads "rejects", "reserves" after a long subject as nouns at the root
    got = quads(code(coder, "The Ministry of Foreign Affairs of the Republic of Chile rejects in the most categorical terms the decision announced yesterday by the Foreign Minister of Peru, Juan Perez, to revoke the visas of officials of Bolivia."))
    assert ("CHL", "PER", "120", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got
    got = quads(code(coder, "Peru attacked Chile on Monday. The State of Chile reserves the right to respond to this blatant attack."))
    assert ("CHL", "PER", "130", "asserted") in got, got


def test_a_readiness_to_defend_ones_own_warns_the_other_side(coder: Coder) -> None:
    # a defence of one's own or an action against another's moves, under a word of
    # readiness or resolve, threatens the other side (13), even on a condition
    def root3(text: str) -> set[tuple[str, str, str, str]]:
        return {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}

    got = root3('Chile seized a Peruvian boat. The Peruvian foreign minister said: "If Peru is challenged, we are prepared to secure our sovereignty."')
    assert ("PER", "CHL", "130", "asserted") in got, got
    got = root3("Chile seized a Peruvian boat. Peru will not hesitate to take firm action against any attempt to tarnish its reputation.")
    assert ("PER", "CHL", "130", "asserted") in got, got
    got = root3("Chile seized a Peruvian boat. Peru reserved the right to take action.")
    assert ("PER", "CHL", "130", "asserted") in got, got
    # not a defence of what is no one's own, nor an action against no side
    got = root3("Chile seized a Peruvian boat. Peru is ready to defend the agreement.")
    assert not any(q[2].startswith("13") for q in got), got
    got = root3("Chile seized a Peruvian boat. Peru is ready to take action against terrorism.")
    assert not any(q[2].startswith("13") for q in got), got


def test_a_patron_hyphened_to_backed_or_aligned_is_not_the_group(coder: Coder) -> None:
    # "the Chile-aligned rebels", "Chilean-backed militias": the group, not its patron
    got = quads(code(coder, "Peru accused the Chile-aligned rebels of attacking its border post."))
    assert not any("CHL" in (q[0][:3], q[1][:3]) for q in got), got
    got = quads(code(coder, "Peru and its allies have been fighting the Chilean-backed militias since 2015."))
    assert not any("CHL" in (q[0][:3], q[1][:3]) for q in got), got
    # a state that leads is still the actor
    got = quads(code(coder, "Peru condemned the Chile-led coalition."))
    assert ("PER", "CHL", "111", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got


def test_defending_ones_own_against_a_state_supports_no_one(coder: Coder) -> None:
    # "defend its sovereignty against Chile": Chile is the adversary, not the one backed
    def root3(text: str) -> set[tuple[str, str, str, str]]:
        return {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}

    for text in ("Peru said it was prepared to defend its sovereignty against Chile.",
                 "Peru defended its territory against Chile.",
                 "Peru will protect its borders from Chile.",
                 "Peru vowed to defend its sovereignty against Chile.",
                 "Peru pledged to protect its borders from Chile."):  # fmt: skip
        got = root3(text)
        assert not any(q[2][:2] in ("03", "05", "07") for q in got), (text, got)
    got = root3("Peru said it was prepared to defend its sovereignty against Chile.")
    assert ("PER", "CHL", "130", "asserted") in got, got
    # another's right, or an ally named, is still backed
    got = root3("Peru defended Chile's right to fish.")
    assert ("PER", "CHL", "051", "asserted") in got, got
    got = root3("Peru defended its ally Chile against Bolivia.")
    assert ("PER", "CHL", "051", "asserted") in got, got
    got = root3("Peru vowed to defend Chile's right to fish.")
    assert ("PER", "CHL", "032", "asserted") in got, got
