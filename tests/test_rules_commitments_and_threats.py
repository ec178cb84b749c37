"""Regressions of the issue 13 rules, named after what broke, in commitments and threats: statements
of intent (03), demands and appeals (10) and threats (13)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_a_participle_of_commitment_after_a_copula_commits(coder: Coder) -> None:
    assert any(c[:3] == ("PER", "CHL", "032") for c in quads(code(coder, "Peru is committed to supporting Chile.")))


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


def test_two_states_pledging_together_state_an_intent_to_each_other(coder: Coder) -> None:
    text = "Peruvian President Ana Ruiz and her Chilean counterpart Luis Soto have pledged to reach a settlement within six months."
    found = [q for q in quads(code(coder, text)) if q[2] == "030"]
    assert len(found) == 1 and set(found[0][:2]) == {"PER", "CHL"}


def test_a_group_pledging_states_no_intent_among_its_members(coder: Coder) -> None:
    assert not [q for q in quads(code(coder, "The E3 have pledged to reach a settlement within six months.")) if q[2] == "030"]


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


def test_a_present_after_a_past_demand_is_what_is_demanded(coder: Coder) -> None:
    found = quads(code(coder, "Peru demanded that the Chilean authorities release the sailors."))
    assert ("PER", "CHL", "100") in {(q[0][:3], q[1][:3], q[2]) for q in found}


def test_a_present_after_a_present_insisting_is_a_claim_not_a_demand(coder: Coder) -> None:
    found = quads(code(coder, "Peru insists that Chilean troops resort to force."))
    assert ("PER", "CHL", "100") not in {(q[0][:3], q[1][:3], q[2]) for q in found}


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
        # using force against a state is force (190); said of oneself on a condition with a
        # modal of possibility, it is a threat made
        ("Peru said it could use force against Chile if the ousted president was not reinstated.", ("PER", "CHL", "138", "asserted")),
        ("Peru said it could use force against Chile if the ousted president was not reinstated.", ("PER", "CHL", "190", "hypothetical")),
        ("Peru used force against Chilean fishing boats.", ("PER", "CHL", "190", "asserted")),
    ],
)


def test_use_of_force_and_conditional_threats(coder: Coder, text: str, quad: tuple[str, str, str, str]) -> None:
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


def test_an_announced_hostile_act_threatens_only_a_named_side(coder: Coder) -> None:
    # the recalled ambassadors' host is left implicit: no threat is read off the guess
    text = "Chile expelled Peru's diplomats on Monday. Peru's foreign minister said: “We will recall for consultations our two ambassadors.”"
    assert not any(q[2].startswith("13") for q in quads(code(coder, text)))
    named = quads(code(coder, "Peru's foreign minister said Lima would expel Chile's ambassador."))
    assert any(q[0][:3] == "PER" and q[1][:3] == "CHL" and q[2].startswith("13") for q in named)


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


def test_a_clause_of_time_is_no_part_of_what_is_vowed(coder: Coder) -> None:
    text = "Chile vowed on Wednesday to take resolute measures after Peru approved the sale of drones to Bolivia."
    assert not any(q[0] == "CHL" and q[2].startswith("03") for q in quads(code(coder, text)))


def test_looking_forward_to_an_act_states_an_intent_to_it(coder: Coder) -> None:
    got = quads(code(coder, "Peru said it looked forward to deepening cooperation with Chile."))
    intents = [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("03")]
    acts = [q for q in got if q[:2] == ("PER", "CHL") and not q[2].startswith("03")]
    assert intents and intents[0][3] == "asserted" and all(q[3] == "future" for q in acts)


def test_a_demand_rejected_after_it_is_still_made_and_rejected(coder: Coder) -> None:
    # the small model hangs the urging on "rejected" as its clause (this wording gives that
    # parse): the urging is still asserted, and the rejection is of the urger
    text = ("Netanyahu has urged U.N. Secretary-General Antonio Guterres to withdraw the peacekeepers \"from harm's way\", "
            "a demand Lebanon's caretaker prime minister Najib Mikati rejected.")
    got = quads(code(coder, text))
    assert ("ISR", "UNO", "100", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}
    assert ("LBN", "ISR", "12") in {(q[0][:3], q[1][:3], q[2][:2]) for q in got}


def test_resolving_to_act_commits_to_it_and_resolving_a_dispute_does_not(coder: Coder) -> None:
    got = quads(code(coder, "Peru resolved to expand trade with Chile."))
    assert ("PER", "CHL", "03", "asserted") in {(q[0][:3], q[1][:3], q[2][:2], q[3]) for q in got}
    assert all(q[3] == "future" for q in got if not q[2].startswith("03"))
    assert not [q for q in quads(code(coder, "Peru and Chile resolved the border dispute through talks.")) if q[2].startswith("03")]


def test_reserving_the_right_to_act_threatens(coder: Coder) -> None:
    found = _triples(coder, "Bolivia completed the dam. Peru warned that Lima reserved the right to defend its water security by all means.")
    assert ("PER", "BOL", "130") in found and not any(c.startswith("03") for _, _, c in found), found


def test_saying_anothers_acts_will_have_consequences_threatens_it(coder: Coder) -> None:
    assert ("PER", "CHL", "130", "asserted") in quads(code(coder, "Peru's foreign minister said Chile's actions will have serious consequences."))
    text = "Chile expelled Peru's ambassador. Peru's foreign minister said the move would have repercussions."
    assert ("PER", "CHL", "130", "asserted") in quads(code(coder, text))
    assert not [q for q in quads(code(coder, "Peru said the drought will have consequences for Chile.")) if q[2] == "130"]


def test_a_warning_that_a_state_will_bear_the_consequences_threatens_it(coder: Coder) -> None:
    found = quads(code(coder, "Peru warned that Chile would bear all the consequences."))
    assert ("PER", "CHL", "130", "asserted") in found


def test_a_warning_of_what_could_come_forecasts_and_states_no_intent(coder: Coder) -> None:
    # a forecast is no threat; a warning never promises cooperation
    assert not [q for q in quads(code(coder, "Peru warned that Chile could face economic consequences.")) if q[:2] == ("PER", "CHL")]
    assert not [q for q in quads(code(coder, "Peru warned that Chile has the right to defend its territory.")) if q[2].startswith("03")]


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


def test_a_threat_to_unnamed_countries_is_no_threat_to_the_story_state(coder: Coder) -> None:
    text = ("Peru's foreign minister visited Bolivia on Monday. Chile's invasion of Ecuador has sent shockwaves far beyond the region, "
            "disrupting trade and threatening the sovereignty of countries across the region.")
    got = quads(code(coder, text))
    assert not [q for q in got if q[2] == "130"], got


def test_either_sides_word_tells_a_joint_pledge(coder: Coder) -> None:
    got = quads(code(coder, "Peru's president spoke by telephone with Chile's president on Wednesday and both pledged to de-escalate, her office said."))
    assert [q for q in got if q[2][:2] == "03" and q[3] == "asserted"], got


def test_both_countries_among_more_states_are_the_pair_named_before_it(coder: Coder) -> None:
    # "both countries" after "Peru and Chile" in its own sentence, not Bolivia the asker
    text = "Bolivia asked Peru and Chile to arrest Ana Ruiz when Ecuador's minister travelled to both countries."
    got = {q[:3] for q in quads(code(coder, text))}
    assert {("ECU", "PER", "042"), ("ECU", "CHL", "042")} <= got, got


def test_must_understand_warns_and_demands_nothing(coder: Coder) -> None:
    got = quads(code(coder, "'Chile must understand that Peru is not a country that can be bullied,' Peru's foreign minister said."))
    assert not [q for q in got if q[2] == "100"], got


def test_an_answer_in_kind_repeats_the_act_against_its_doer(coder: Coder) -> None:
    for answer in ("Chile responded in kind.", "Chile retaliated in kind on Tuesday.", "Chile reciprocated on Tuesday."):
        got = quads(code(coder, "Peru expelled two Chilean diplomats on Monday. " + answer))
        assert ("CHL", "PER", "166", "asserted") in got, (answer, got)
    # a promised answer threatens; an answer not given and a bare retaliation repeat nothing
    for answer in ("Chile said it would respond in kind.", "Chile did not respond in kind.", "Chile retaliated on Tuesday."):
        got = quads(code(coder, "Peru expelled two Chilean diplomats on Monday. " + answer))
        assert not [q for q in got if q[:3] == ("CHL", "PER", "166")], (answer, got)


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


def test_call_on_with_the_object_left_to_the_verb(coder: Coder) -> None:
    # the parser may leave "on" bare and make "the members" the verb's object
    text = ("Peru therefore rejects this step as legally null and void and without any effect on its rights. "
            "We call on the members of the Security Council not to allow a handful of countries to abuse the Council for their political ends.")
    got = quads(code(coder, text, source="Ministry of Foreign Affairs of Peru"))
    assert ("PER", "UNO", "100", "asserted") in got, got


def test_not_hesitating_to_act_is_a_resolve_not_a_refusal(coder: Coder) -> None:
    # "will not hesitate to use force": the negation affirms (a threat, 13), no refusal
    got = quads(code(coder, "Peru said it would not hesitate to take military action inside Chile if the raids did not stop."))
    assert ("PER", "CHL", "138", "asserted") in got and not {q for q in got if q[3] == "negated"}, got
    got = quads(code(coder, "Peru will not hesitate to respond to any attack by Chile."))
    assert ("PER", "CHL", "130", "asserted") in got, got
    # and what one does not hesitate to do is done
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru did not hesitate to criticise Chile.")), got


def test_a_demanded_apology_is_made_of_the_other_side(coder: Coder) -> None:
    # an act demanded with no doer named ("demanded an apology") is a demand of the
    # state the sentence is about, as a demand naming no object
    got = quads(code(coder, "Peru's prime minister said he would calm tensions with Chile but demanded an apology."))
    assert ("PER", "CHL", "100", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got


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
