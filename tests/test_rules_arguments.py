"""Regressions of the issue 13 rules, named after what broke, in arguments and targets: who is
source and who is target, read off possessives, prepositions, relative clauses, passives,
coordination, reported speech and the parser's misreadings."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def _codes(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_talks_about_an_act_are_not_talks_with_its_author(coder: Coder) -> None:
    found = quads(code(coder, "Egypt and France discussed Russia's war in Ukraine."))
    assert ("EGY", "FRA", "040", "asserted") in found
    assert not any(s == "EGY" and t == "RUS" for s, t, _, _ in found)


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


def test_deepening_a_partnership_is_mutual_between_coordinated_states(coder: Coder) -> None:
    found = quads(code(coder, "Brazil and Chile deepened their partnership in energy on Monday."))
    assert {(q[0], q[1], q[2]) for q in found} & {("BRA", "CHL", "050"), ("CHL", "BRA", "050")}


def test_a_call_between_two_people_is_their_states_call(coder: Coder) -> None:
    text = "Ruiz held a call with reporters after the call between Peru's president and Chile's president."
    assert {(q[0], q[1], q[2]) for q in quads(code(coder, text))} & {("PER", "CHL", "041"), ("CHL", "PER", "041")}


def test_a_finite_clause_hung_on_a_noun_keeps_its_subject(coder: Coder) -> None:
    """'confirmation that Iran has released five Americans': the parser hangs the clause
    on the noun (acl); it is no participle, so Iran releases, not is released."""
    text = "We have received confirmation that Peru has released five Chilean prisoners."
    assert ("PER", "CHL", "084", "asserted") in quads(code(coder, text))


def test_the_one_called_on_owns_the_possessive_of_the_infinitive(coder: Coder) -> None:
    """'calls on Russia to cease its assault on Ukraine': the assault is Russia's, also when
    the parser hangs the infinitive as an adverbial clause of 'calls'."""
    text = "Peru condemns these acts and calls on Chile to immediately cease its ongoing violent assault on Bolivia."
    found = {(q[0], q[1], q[2][:2]) for q in quads(code(coder, text))}
    assert ("CHL", "BOL", "19") in found
    assert ("PER", "BOL", "19") not in found


def test_both_of_whom_is_the_relative_clause_head(coder: Coder) -> None:
    text = "The meeting brought together Peruvian and Bolivian ministers, all of whom criticised Chile."
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert {("PER", "CHL", "111"), ("BOL", "CHL", "111")} <= found


def test_two_states_recalling_their_ambassadors_recall_them_from_each_other(coder: Coder) -> None:
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, "Relations between Peru and Chile worsened. Both countries recalled their ambassadors."))}
    assert {("PER", "CHL", "161"), ("CHL", "PER", "161")} <= found


def test_two_states_condemning_an_unnamed_act_do_not_condemn_each_other(coder: Coder) -> None:
    found = {(q[0], q[1]) for q in quads(code(coder, "Peru and Chile condemned the coup."))}
    assert ("PER", "CHL") not in found and ("CHL", "PER") not in found


def test_soldiers_who_died_at_a_border_attack_no_one(coder: Coder) -> None:
    text = "Three Peruvian soldiers died and eleven were wounded when army transports patrolling at the Peruvian-Chilean border were attacked."
    assert not any(q[0] == "PER" and q[1] == "CHL" for q in quads(code(coder, text)))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        # a raised subject acts in the infinitive of a passive verb of belief
        ("Peru is believed to have supplied drones to Chile.", ("PER", "CHL", "062", "speculated")),
        # the accused does the act of the gerund, and it is the accuser's claim
        ("Bolivia accused Peru of supplying drones to Chile.", ("PER", "CHL", "062", "claimed")),
        # ... also when the parse hangs the gerund on the accused (water cannon coerce, 175: triggers.yaml water-cannon)
        ("Chile accused Peruvian coast guard vessels of firing water cannon at its boats.", ("PER", "CHL", "175", "claimed")),
        # the one thanked did what the gerund says
        ("Chile thanked Peru for sending aid to Bolivia.", ("PER", "BOL", "070", "asserted")),
    ],
)


def test_raised_subjects_and_object_control(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    found = quads(code(coder, text))
    assert quad in found
    assert not any(q[0] in ("BOL", "CHL") and q[2] in ("062", "070") for q in found)


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


def test_talks_on_a_state_are_about_it_not_with_it(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru, Chile and Bolivia held talks on Ecuador.")) if q[2] == "040"}
    assert found == {("PER", "CHL"), ("PER", "BOL"), ("CHL", "BOL")}


def test_a_finite_verb_after_an_infinitive_is_the_clause_subjects_act(coder: Coder) -> None:
    # the parser hangs "rejected" on "take": its doer is still the one who congratulated
    text = "The Peruvian envoy urged President of Bolivia to take that action and rejected the policy directed by Chile."
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("12")}
    assert found == {("PER", "CHL")}


def test_a_place_on_the_light_verb_of_an_attack_is_struck(coder: Coder) -> None:
    found = quads(code(coder, "Peru carried out air strikes inside Chile."))
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in found if q[2].startswith("19")}


def test_hosting_talks_between_two_states_receives_both(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru hosted talks between Chile and Bolivia."))}
    assert {("PER", "CHL", "043"), ("PER", "BOL", "043")} <= found
    assert ("CHL", "BOL", "040") in found


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


def test_the_agent_of_a_light_verbs_participle_does_the_nouns_act(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "The assistance provided by Peru to Chile included four planes of food."))}
    assert ("PER", "CHL", "070") in found


def test_drills_around_another_state_are_aimed_at_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru's forces conducted drills around Chile on Monday."))
    assert ("PER", "CHL") in {(q[0][:3], q[1][:3]) for q in found if q[2].startswith("15")}


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


def test_each_others_diplomats_are_expelled_both_ways(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru and Chile expelled each other's diplomats."))}
    assert {("PER", "CHL", "166"), ("CHL", "PER", "166")} <= found


def test_what_a_resolution_says_is_not_the_target_of_adopting_it(coder: Coder) -> None:
    found = quads(code(coder, "The UN General Assembly adopted a resolution demanding that Peru withdraw from Chile."))
    assert ("UNO", "PER", "100") in {(q[0][:3], q[1][:3], q[2]) for q in found}
    assert not any(q[0][:3] == "UNO" and q[2].startswith("05") for q in found)


def test_a_relative_of_place_takes_no_object(coder: Coder) -> None:
    text = "Peru's foreign minister concluded visits to Chile and Bolivia, where he met with his counterparts."
    # ("where" relates a place: the meeting is with the counterparts, not with the visits)
    assert not any(e.rule.startswith("meet/") and e.target.country in ("CHL", "BOL") for e in code(coder, text))


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
        # blocking another's efforts rejects them
        ("Lima has repeatedly blocked Chilean efforts at the UN Security Council to impose new sanctions on Bolivia.", ("PER", "CHL", "120", "asserted")),
        # "with X to <verb>": the parser's infinitive subject is the preposition's object
        ("Hayashi said Tokyo would work closely with Washington and Seoul to strengthen deterrence.", ("JPN", "USA", "031", "asserted")),
    ],
)


def test_blocked_efforts_and_with_objects_read_as_subjects(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


def test_coordinated_actors_a_date_phrase_swallowed_are_each_a_side(coder: Coder) -> None:
    # the parser reads "Cuba and Russia" as part of "In the fall of 2008"
    text = "In the fall of 2008 Cuba and Russia increased joint cooperation with each other in the field of energy."
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text))}
    assert ("CUB", "RUS") in found or ("RUS", "CUB") in found


def test_ministers_gathered_in_a_capital_meet_no_state(coder: Coder) -> None:
    text = "EU foreign affairs ministers, gathered today in Lima for a Foreign Affairs Council, have condemned Chile."
    found = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert ("EUR", "CHL", "11") in found
    assert not any(r == "04" and t == "PER" for _, t, r in found)


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


def test_what_is_fired_toward_a_state_is_aimed_at_it(coder: Coder) -> None:
    assert any(q[:2] == ("CHL", "PER") and q[2][:2] in ("19", "18", "15") for q in quads(code(coder, "Chile fired a missile towards Peru on Monday.")))


def test_a_border_side_named_on_a_word_between_is_the_target(coder: Coder) -> None:
    # (the parser hangs "with Somalia" on "alert", not on "border")
    text = "President Ruto ordered Kenyan forces on maximum alert along the border with Somalia."
    assert any(q[:2] == ("KEN", "SOM") and q[2].startswith("15") for q in quads(code(coder, text)))


def test_a_state_compounded_on_a_measure_is_its_target(coder: Coder) -> None:
    # "Iran sanctions": the compound names whom the measure is aimed at, when the verb
    # governing the noun has a subject of its own
    assert ("CHL", "PER", "163", "asserted") in quads(code(coder, "Santiago imposed new Peru sanctions."))
    eased = quads(code(coder, "Chile eased Peru sanctions."))
    assert ("CHL", "PER", "085", "asserted") in eased and not any(q[0] == "PER" for q in eased)
    # a compound with no other doer stays the agent: "EU sanctions on Peru"
    assert ("EUR", "PER", "163", "asserted") in quads(code(coder, "EU sanctions on Peru took effect."))


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


def test_an_attack_no_one_is_told_to_have_made_is_no_ones(coder: Coder) -> None:
    got = quads(code(coder, "An air strike destroyed Peru's consulate in Bolivia. Ecuador condemned the heinous attack."))
    assert not any(q[0][:3] == "ECU" and q[2].startswith("11") for q in got)


def test_a_noun_before_a_relative_clause_is_the_subject_of_the_misparsed_main_verb(coder: Coder) -> None:
    text = ("Peru said Chilean forces shelled Peruvian positions near the border. Bolivia, which has observers "
            "in the region, called on both sides to show restraint and return to talks.")  # fmt: skip
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("BOL", "PER", "10"), ("BOL", "CHL", "10")} <= got


def test_a_relative_clause_that_calls_its_head_something_names_it(coder: Coder) -> None:
    got = quads(code(coder, "Argentina renewed its claim to the territory it calls Las Malvinas."))
    assert not any(q[2].startswith("04") for q in got)


def test_a_visit_by_someone_is_theirs_whatever_verb_it_hangs_on(coder: Coder) -> None:
    text = "Peru and Chile signed a fisheries pact during a visit by Peru's president to Santiago in April."
    assert ("PER", "CHL", "042") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_intelligence_shared_with_a_state_names_it_as_target(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru shared intelligence with Chile."))}
    assert ("PER", "CHL", "064") in got


@pytest.mark.parametrize("text", ["Peru and Chile ink U.S.-brokered border deal", "Peru, Chile sign Brazil-mediated border pact"])


def test_a_broker_named_on_a_deal_is_no_party_to_it(coder: Coder, text: str) -> None:
    # (the broker's own act is its mediation between them, 045: tests/test_rules_brokered.py)
    got = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL") in {p[:2] for p in got} and not {p for p in got if {"BRA", "USA"} & {p[0], p[1]} and p[2] != "045"}


def test_a_clause_before_a_semicolon_is_no_complement_of_the_verb_after_it(coder: Coder) -> None:
    text = "Peru accuses Chile of forcibly deporting 500 children from border regions since the 2022 war, a charge Santiago denies; Chile says it evacuated them."
    got = {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "11", "asserted") in got


@pytest.mark.parametrize("text", ["Peru and Chile reopened embassies in each other's capitals.",
                                  "Peru and Chile clashed in 1990. In 2015 the two former foes reopened embassies in each other's capitals."])


def test_embassies_in_each_others_capitals_are_opened_by_each_in_the_other(coder: Coder, text: str) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("PER", "CHL", "05"), ("CHL", "PER", "05")} <= got


@pytest.mark.parametrize(("text", "triple"), [
    # the reported subject names no political actor: the verbal act is the speaker's
    ("Peru said the coast guard had acted professionally and urged Chile to withdraw the ship.", ("PER", "CHL", "100")),
    # the reported subject would act on itself ("Santiago" is Chile)
    ("Peru said Chile had repeatedly supported terrorism and faulted Santiago for its backing of Bolivia.", ("PER", "CHL", "112")),
])


def test_a_second_verb_after_reported_speech_is_the_speakers(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(coder, text)


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


def test_a_broker_participle_on_a_truce_is_no_party(coder: Coder) -> None:
    text = "Peru and Chile clashed in 2021. The war ended with a Brazilian-brokered truce on Nov. 10, and Chilean forces recaptured territory."
    assert not [q for q in quads(code(coder, text)) if "BRA" in (q[0][:3], q[1][:3])]


def test_police_sent_or_promised_to_a_mission_protect_its_state(coder: Coder) -> None:
    text = ("Gangs control most of Haiti's capital. The first Chilean police officers landed in Haiti on Tuesday to lead a mission "
            "that Haiti requested. Santiago has pledged to send a total of 1,000 officers, and Peru, Bolivia and Ecuador have "
            "promised additional personnel.")
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("CHL", "HTI", "07"), ("CHL", "HTI", "03"), ("PER", "HTI", "03"), ("BOL", "HTI", "03"), ("ECU", "HTI", "03")} <= got
    # the others pledging are no targets of one another
    assert not {p for p in got if p[1] in ("PER", "BOL", "ECU", "CHL") and p[2] == "03"}


def test_an_act_of_another_undone_is_aimed_at_its_doer(coder: Coder) -> None:
    got = _codes(coder, "Peru cancelled a planned visit by the Chilean defence minister.")
    assert ("PER", "CHL", "164") in got, got


def test_an_envoy_expelled_with_no_agent_is_expelled_by_the_state_he_leaves(coder: Coder) -> None:
    got = _codes(coder, "The Chilean ambassador was expelled from Lima in November.")
    assert ("PER", "CHL", "166") in got, got


def test_a_contrast_clause_after_a_report_is_the_reporters(coder: Coder) -> None:
    got = quads(code(coder, "Peru has said the election lacked credibility, while Bolivia and Ecuador congratulated Chile's president."))
    praise = {(q[0][:3], q[3]) for q in got if q[2].startswith("05")}
    assert praise == {("BOL", "asserted"), ("ECU", "asserted")}


def test_a_list_the_parser_hangs_as_an_apposition_keeps_every_member(coder: Coder) -> None:
    # the parser makes "the United Arab Emirates" an apposition of "Saudi Arabia" and hangs
    # the rest of the list on it
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Saudi Arabia, the United Arab Emirates, Bolivia and Chile severed ties with Cuba."))}
    assert {("SAU", "CUB", "16"), ("ARE", "CUB", "16"), ("BOL", "CUB", "16"), ("CHL", "CUB", "16")} <= got, got


def test_a_war_fought_with_a_state_names_it_on_the_war(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Peru fought a brief war with Chile in 1879."))}
    assert ("PER", "CHL", "19") in got


def test_who_returns_from_a_visit_made_it(coder: Coder) -> None:
    text = "Peruvian President Ana Ruiz, who returned on Saturday from a five-day state visit to Chile, told reporters she was pleased."
    assert ("PER", "CHL", "042", "asserted") in quads(code(coder, text))


def test_a_passive_deployment_with_no_agent_is_by_the_state_of_the_forces(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Chile's troops were sent to the Peruvian border on Friday."))}
    assert ("CHL", "PER", "15") in got, got


def test_two_states_cutting_ties_cut_them_with_each_other_but_four_do_not(coder: Coder) -> None:
    got = {q[:3] for q in quads(code(coder, "Peru and Chile severed diplomatic relations in 2016."))}
    assert {("PER", "CHL", "161"), ("CHL", "PER", "161")} <= got, got
    text = "Peru, Chile, Bolivia and Ecuador severed ties and imposed an embargo on Brazil."
    assert not [q for q in quads(code(coder, text)) if q[1] != "BRA" and q[2].startswith("16")]


def test_sanctions_a_state_imposed_in_a_relative_clause_are_its_own_and_no_reported_claim(coder: Coder) -> None:
    text = "Peru said it was suspending visits by Bolivian citizens, in response to the sanctions Bolivia imposed on Peru."
    assert ("BOL", "PER", "163", "asserted") in quads(code(coder, text))


def test_talks_on_a_visit_take_the_visit_s_direction_and_other_years_the_free_one(coder: Coder) -> None:
    # one visit: the talks held on it are no second triple in the other direction
    text = "Chile and Peru established relations in 1966. Peru's president visited Santiago in 1974 and held talks with the Chilean president."
    got = {q[:3] for q in quads(code(coder, text)) if q[2].startswith("04")}
    assert got and all(q[:2] == ("PER", "CHL") for q in got), got
    # two events of other years: the symmetric one takes the direction the directed one leaves free
    text = "Peru and Chile established diplomatic relations in 1966. In 2021 Peru congratulated Chile on its election."
    got = {q[:3] for q in quads(code(coder, text))}
    assert {("CHL", "PER", "050"), ("PER", "CHL", "051")} <= got, got


def test_an_accusation_in_a_clause_of_time_set_off_from_a_report_is_the_reporter_s(coder: Coder) -> None:
    text = "Bolivia's president announced on Thursday that Bolivia was breaking off relations with Chile, hours after Chile accused Bolivia of harbouring rebels."
    assert ("CHL", "BOL", "112", "asserted") in quads(code(coder, text))


def test_rejecting_the_report_rejects_its_author_told_earlier_in_the_sentence(coder: Coder) -> None:
    for text in ("A report by the United Nations said that Peru had shipped arms to Chile; the Chilean government rejected the report.",
                 "A report by the United Nations said Chile tortured prisoners. Chile rejected the report."):
        got = quads(code(coder, text))
        assert any(q[0].startswith("CHL") and q[1] == "UNO" and q[2].startswith("12") for q in got), got


def test_a_call_with_a_purpose_clause_phones_and_the_caller_acts_in_the_clause(coder: Coder) -> None:
    got = quads(code(coder, "Peru said it had telephoned Chile to urge it to pull out."))
    assert ("PER", "CHL", "041", "claimed") in got or ("PER", "CHL", "041", "asserted") in got, got
    assert not [q for q in got if q[0] == "CHL"], got


def test_a_deal_brokered_for_an_act_with_another_state_is_brokered_between_both(coder: Coder) -> None:
    got = quads(code(coder, "Peru, which restored ties with Chile in March under a deal brokered by Bolivia, criticised Ecuador."))
    assert {("BOL", "PER", "045", "asserted"), ("BOL", "CHL", "045", "asserted")} <= got, got


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


def test_the_by_phrase_after_a_carrier_noun_is_the_source_of_its_of_phrase(coder: Coder) -> None:
    # the parser hangs "of restrictive measures" on "June" or "Peru", "by Peru" on the verb
    for text in ("The decision follows the adoption by Peru of sanctions against Chile.",
                 "The decision follows the adoption by Peru on 29 March of restrictive measures against eleven Chilean officials."):
        got = quads(code(coder, text))
        assert [q for q in got if q[:3] == ("PER", "CHL", "163")], got


def test_the_inviter_of_a_meeting_hosts_its_parties(coder: Coder) -> None:
    got = quads(code(coder, "At the invitation of Peru, the presidents of Chile and Bolivia met in Lima on Monday."))
    assert {q[:3] for q in got} >= {("PER", "CHL", "043"), ("PER", "BOL", "043")}, got
    # a visit at the host's invitation is one visit, no second hosting
    got = quads(code(coder, "Chile's defence minister visited Lima in 2020 at the invitation of Peru's defence minister."))
    assert not [q for q in got if q[2] == "043"], got


def test_a_verb_joined_to_a_suspected_clause_is_no_act_of_the_suspecting_party(coder: Coder) -> None:
    # "said ... and urged" is the speaker's own appeal; "suspected ... and sought" is suspected
    got = quads(code(coder, "Peru suspected that the military government had bought arms from Bolivia and sought its help."))
    assert not [q for q in got if q[0] == "PER"], got


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


def test_a_matter_raised_with_a_state_is_taken_up_with_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru's foreign minister said Lima had raised the cases directly with Chilean officials."))
    assert ("PER", "CHL", "040", "asserted") in got, got
    # ... and raised with an international body asks it to act
    got = quads(code(coder, "Peru has already raised the matter with the United Nations."))
    assert ("PER", "UNO", "020", "asserted") in got, got


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


def test_a_mediator_set_off_after_the_deal_meets_its_parties(coder: Coder) -> None:
    # ", mediated by Brazil": a participle set off after the deal, its agent the mediator,
    # even where the deal is named for a place ("the Lima Accords": not Peru's)
    got = quads(code(coder, "In 1990 Bolivia, Peru and Chile signed the Lima Accords, mediated by Brazil, under which Peru agreed to withdraw its troops."))
    assert {("BRA", "BOL", "045", "asserted"), ("BRA", "PER", "045", "asserted"), ("BRA", "CHL", "045", "asserted")} <= got, got


def test_a_speakers_second_verb_on_a_pair_with_the_reported_state_is_the_speakers(coder: Coder) -> None:
    # "said Chile had a right ... but urged Chile and Peru": the parser joins "urged" to
    # the reported clause; Chile would be urging itself among others, so Obama urges
    got = quads(code(coder, "U.S. President Barack Obama said Chile had a right to defend its territory but urged Chile and Peru to avoid an escalation."))
    assert {("USA", "CHL", "100", "asserted"), ("USA", "PER", "100", "asserted")} <= got, got
    assert not [q for q in got if q[0] == "CHL"], got


def test_a_name_after_an_apposition_is_the_verbs_second_object(coder: Coder) -> None:
    # the parser hangs the second name on the verb after the first object's apposition
    got = quads(code(coder, "Peru summoned Chile's ambassador, Juan Soto, and then Bolivian Ambassador Carlos Mesa to lodge protests."))
    assert {("PER", "CHL", "114", "asserted"), ("PER", "BOL", "114", "asserted")} <= got, got


def test_trainers_deployed_with_no_agent_are_their_demonyms(coder: Coder) -> None:
    # a passive with no agent: the state the instructors' demonym names sends them
    got = quads(code(coder, "Peru, Chile and Bolivia turned to Brazil for help, and Brazilian military instructors have been deployed in all of them."))
    assert {("BRA", "PER", "062", "asserted"), ("BRA", "CHL", "062", "asserted"), ("BRA", "BOL", "062", "asserted")} <= got, got


def test_two_states_named_beside_a_third_close_their_embassies_in_it(coder: Coder) -> None:
    # not each other's: two states besides the story's own, with another state in their
    # sentence, close their embassies in the country the story is about
    got = quads(code(coder, "Fighting broke out in Lima, the capital of Peru. The United States ordered staff to leave its embassy in Lima, and Bolivia and Brazil temporarily closed their embassies."))
    assert {("BOL", "PER", "161", "asserted"), ("BRA", "PER", "161", "asserted")} <= got and ("BOL", "BRA", "161", "asserted") not in got, got
    got = quads(code(coder, "Peru and Chile severed diplomatic ties."))
    assert {("PER", "CHL", "161", "asserted"), ("CHL", "PER", "161", "asserted")} <= got, got


def test_leaders_accused_of_a_deed_are_the_group_not_owned(coder: Coder) -> None:
    # "of conspiring" is what the three leaders are accused of, not an owner of them
    text = ("Bolivian President Luis Arce stood beside Chilean President Gabriel Boric and Peruvian President Dina Boluarte on Wednesday. "
            "Brazilian President Lula da Silva accused the three leaders of conspiring against Brazil.")
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert {("BRA", "BOL", "112"), ("BRA", "CHL", "112"), ("BRA", "PER", "112")} <= found, found


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
