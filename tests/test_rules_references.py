"""Regressions of the issue 13 rules, named after what broke, in references across the discourse:
pronouns (he, they, its, their), descriptions (the government, the agency, the ministry, the
move, the deal), groups and pairs (the two sides, both countries, the three) and the targets a
story implies when a sentence names none."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.events.arguments import Resolver
from event_support import code, quads
from rule_support import read, token


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


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


@pytest.mark.parametrize("later", ["Their talks hit an impasse.", "He says their first round of talks hit an impasse."])


def test_their_talks_are_between_the_two_states_last_told_acting_together(coder: Coder, later: str) -> None:
    found = quads(code(coder, f"China and the Philippines clashed near the shoal. {later}"))
    assert {(q[0], q[1], q[2]) for q in found} & {("CHN", "PHL", "040"), ("PHL", "CHN", "040")}


def test_he_in_a_new_sentence_is_the_last_sentences_subject(coder: Coder) -> None:
    """'Ruiz met Soto, ... . She also met Mora': 'she' is Ruiz, the subject, not Soto, the
    person named last (the pronoun of a new sentence keeps to its predecessor's subject)."""
    text = ("Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Luis Soto in Lima. "
            "She also met Bolivian President Juan Mora.")  # fmt: skip
    pairs = {(q[0], q[1]) for q in quads(code(coder, text))}
    assert ("PER", "BOL") in pairs and ("CHL", "BOL") not in pairs


def test_its_in_a_decision_to_act_is_the_deciders(coder: Coder) -> None:
    """'The UN decree follows an Israeli government decision to expand its offensive in
    Lebanon': 'its' is Israel's (the deciding noun's actor), not the sentence subject's."""
    text = "The UN decree follows a Peruvian government decision to expand its offensive in Bolivia."
    found = quads(code(coder, text))
    assert ("PER", "BOL", "190", "asserted") in found
    assert not any(q[0] == "UNO" and q[2].startswith("19") for q in found)


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


def test_the_government_is_first_the_state_just_named_in_its_sentence(coder: Coder) -> None:
    text = (
        "Chile praised Bolivia on Monday. "
        "Due to the small budget of Peru, the government was forced to close its embassy in Bolivia."
    )
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "BOL", "161") in found and ("CHL", "BOL", "161") not in found


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


def test_their_talks_after_a_summons_are_the_two_states_of_it(coder: Coder) -> None:
    text = "Peruvian Foreign Minister Ana Ruiz summoned Chile's ambassador. She says their first round of talks hit an impasse."
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "040") in found or ("CHL", "PER", "040") in found


def test_a_resolution_welcomed_is_its_council_s(coder: Coder) -> None:
    text = (
        "The UN Security Council resolution calls for an end to the fighting. "
        "Peruvian leaders have cautiously welcomed the resolution. "
        "The Peruvian cabinet meets Saturday to discuss the resolution."
    )
    found = {(q[0], q[1], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "UNO", "051") in found
    assert not any(t[:2] == ("PER", "UNO") and t[2].startswith("04") for t in found)  # talks about it are not with the UN


def test_their_dialogue_is_between_the_two_subjects(coder: Coder) -> None:
    found = quads(code(coder, "Peru and Chile resumed their security dialogue."))
    assert {frozenset((q[0][:3], q[1][:3])) for q in found if q[2].startswith("04")} == {frozenset(("PER", "CHL"))}


def test_they_after_two_coordinated_states_is_both(coder: Coder) -> None:
    # (troops sent to the border: a show of force, 15; sent to Chile itself they would be
    # military cooperation with it, 06: test_rules_military_cooperation.py)
    text = "Peru and Bolivia said they would send troops to the border with Chile."
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("15")}
    assert found == {("PER", "CHL"), ("BOL", "CHL")}


def test_their_after_two_coordinated_subjects_is_both(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Peru and Bolivia reaffirmed their support for Chile's sovereignty.")) if q[2].startswith("05")}
    assert found == {("PER", "CHL"), ("BOL", "CHL")}


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


def test_you_in_a_transcript_turn_is_whom_its_opening_greets(coder: Coder) -> None:
    text = (
        "Talks between Vladimir Putin, Ilham Aliyev and Nikol Pashinyan took place in the Kremlin.\n\n"
        "President of Russia Vladimir Putin: Mr Aliyev, Mr Pashinyan, colleagues, friends,\n\n"
        "I appreciate your prompt response to my proposal to hold another meeting."
    )
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert {("RUS", "AZE", "051"), ("RUS", "ARM", "051")} <= found


def test_an_object_pronoun_is_not_its_clauses_subject_and_a_predicated_noun_judges(coder: Coder) -> None:
    text = (
        "A force of Chilean vessels, including destroyers, patrol the coast on what Chilean officials call a drug mission. "
        "Peruvian officials paint them as a threat."
    )
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "111") in found


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


def test_the_two_countries_are_not_a_third_state_and_one_party(coder: Coder) -> None:
    text = ("Peru summoned Chile's envoy on Monday. Chile dismissed the allegations as false. "
            "Chilean troops crossed into Peru last week, Peru said. Bolivia, Peru's close ally, declined to comment. "
            "Brazil urged the two countries to avoid escalation.")
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("10")}
    assert got == {("BRA", "PER"), ("BRA", "CHL")}


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


@pytest.mark.parametrize(("text", "root"), [
    ("Peru and Chile clashed on the border. Brazil urged the two allies to show restraint.", "10"),
    ("Peru and Chile clashed on the border. Brazil urged the neighbours to show restraint.", "10"),
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


def test_a_group_reference_names_its_states_for_the_next_sentence(coder: Coder) -> None:
    # "both capitals" tells the discourse Peru and Chile: "the two leaders" after it are
    # not Brazil and one of them
    text = ("Chile shelled Peru's border posts. Brazil's foreign minister phoned his counterparts in both capitals. "
            "Argentina offered to host talks between the two leaders.")
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[0][:3] == "ARG"}
    assert ("ARG", "PER") in got and ("ARG", "BRA") not in got


def test_an_act_of_force_points_back_at_any_act_of_force_told(coder: Coder) -> None:
    text = "Bolivian police stormed the Peruvian embassy in La Paz. Chile condemned the incursion."
    assert ("CHL", "BOL", "111") in _triples(coder, text)


def test_a_truce_that_names_no_one_is_between_the_conflicts_parties(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peruvian and Chilean troops clashed on Tuesday. A ceasefire took hold late in the evening."))}
    assert ("PER", "CHL", "0871") in got
    # a truce only referred to is no new one
    assert not [q for q in quads(code(coder, "Peru and Chile clashed. Bolivia urged both to comply with the ceasefire.")) if q[2] == "0871"]


def test_a_party_named_on_another_event_is_no_implicit_target(coder: Coder) -> None:
    text = "Peru signed a submarine deal with Chile in 2016. Santiago scrapped the deal in favour of a new partnership with Bolivia and Ecuador."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text)) if q[2].startswith("16")}
    assert got == {("CHL", "PER", "16")}


def test_a_measure_naming_no_one_answers_the_last_act_against_its_actor(coder: Coder) -> None:
    text = ("Bolivia ordered the Peruvian ambassador to leave on Monday. Chile condemned the expulsion. Chile's foreign minister "
            "said Chile stood by Peru, and Chile's president urged calm. Peru said it took note of the decision and recalled its ambassador.")
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[2].startswith("16") and q[0].startswith("PER")}
    assert got == {("PER", "BOL")}


def test_a_number_standing_alone_before_a_gerund_is_a_group_and_them_points_back_at_it(coder: Coder) -> None:
    text = "Peru, Chile and Bolivia signed a pact on Monday. China accused the three of stoking an arms race and urged them to shed their mentality."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("CHN", c, r) for c in ("PER", "CHL", "BOL") for r in ("11", "10")} <= got, got


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


def test_an_appeal_for_calm_after_a_diplomatic_row_is_to_its_parties(coder: Coder) -> None:
    text = "Peru expelled Chile's ambassador on Sunday. The European Union, which both countries hope to join, urged restraint."
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, text)) if q[0].startswith("EUR")}
    assert got == {("EUR", "PER"), ("EUR", "CHL")}


def test_they_after_a_listed_apposition_is_every_member(coder: Coder) -> None:
    # "Mali, Burkina Faso and Chad": "Burkina Faso" parsed as an apposition of "Mali"
    got = {q[0] for q in quads(code(coder, "Mali, Burkina Faso and Chad said they were withdrawing their envoys from La Paz.")) if q[1:3] == ("BOL", "161")}
    assert got == {"MLI", "BFA", "TCD"}, got


def test_a_donation_with_no_recipient_named_goes_to_the_state_of_the_story(coder: Coder) -> None:
    text = "Chile asked Peru to withdraw its troops. Peruvian soldiers fly a Dornier aircraft that Lima donated for medical evacuations."
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert ("PER", "CHL", "07") in got, got


def test_the_ministry_means_the_state_whose_ministry_was_named(coder: Coder) -> None:
    text = "The Peruvian foreign ministry announced the move on Tuesday. The ministry condemned Chile."
    assert any(q[:3] == ("PER", "CHL", "111") for q in quads(code(coder, text)))


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


def test_a_truce_taken_as_given_after_an_attack_in_the_same_sentence_is_between_its_parties(coder: Coder) -> None:
    text = ("Peruvian troops crossed into Chile on August 8, and some remain there despite a ceasefire agreement "
            "mediated by French President Nicolas Sarkozy.")
    got = quads(code(coder, text))
    assert {("PER", "CHL", "0871", "asserted"), ("FRA", "PER", "045", "asserted"), ("FRA", "CHL", "045", "asserted")} <= got, got


def test_a_title_with_the_and_no_name_is_the_subject_a_later_he_means(coder: Coder) -> None:
    # "The Foreign Secretary and Mr Soto signed ...": "he" is the Foreign Secretary named as
    # the subject again, not the counterpart named beside him
    text = ("Peruvian Foreign Minister Ana Ruiz today held talks in Santiago with Chilean Foreign Minister Jorge Soto.\n\n"
            "The Foreign Minister and Mr Soto signed a memorandum of understanding on fisheries, and the Foreign Minister "
            "announced a package. He also met Bolivia's ambassador in Santiago.")
    got = quads(code(coder, text, source="official press release in the style of a Peruvian foreign ministry release"))
    assert ("PER", "BOL", "040", "asserted") in got or ("BOL", "PER", "040", "asserted") in got, got
    assert not [q for q in got if "CHL" in q[:2] and "BOL" in q[:2]], got


def test_hailing_the_rapprochement_praises_both_parties_of_the_last_joint_act(coder: Coder) -> None:
    got = quads(code(coder, "Peru and Chile restored relations on Monday. Brazil hailed the rapprochement."))
    assert {("BRA", "PER", "051", "asserted"), ("BRA", "CHL", "051", "asserted")} <= got, got


def test_a_un_specialised_agency_is_the_un(coder: Coder) -> None:
    assert ("UNO", "BOL", "111", "asserted") in quads(code(coder, "The ICAO condemned Bolivia."))
    got = quads(code(coder, "Peru called on the International Civil Aviation Organization to investigate Bolivia."))
    assert ("PER", "UNO", "100", "asserted") in got, got


def test_a_judged_diversion_points_back_at_its_doer(coder: Coder) -> None:
    got = quads(code(coder, "Chile diverted a Peruvian flight on Sunday. Bolivia's president called the diversion 'outrageous'."))
    assert [q for q in got if q[:2] == ("BOL", "CHL") and q[2].startswith("11")], got


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


def test_rejecting_the_ruling_rejects_the_state_whose_court_ruled(coder: Coder) -> None:
    # the act told by the verb "ruled", named later by the noun "the ruling"
    got = quads(code(coder, "Peru's top court ruled that Chile had planned the attack. Chile rejected the ruling."))
    assert ("CHL", "PER", "120", "asserted") in got, got


def test_he_after_a_lone_surname_is_that_person_not_one_quoted_between(coder: Coder) -> None:
    # "Noboa, who faces ..., said ... He accused ...": the surname names the person again
    got = quads(code(coder, "Peru said it would impose a tariff on Chile, a day after Chilean President Pablo Rivas "
                            "announced a levy on Peruvian goods.\n\n\"Peru will not accept blackmail,\" Trade Minister "
                            "Ana Ruiz told reporters in Lima.\n\nRivas, who faces an election next month, said the levy "
                            "would take effect on February 1. He accused the government of President Dina Boluarte of "
                            "letting armed groups operate."))
    assert ("CHL", "PER", "112", "asserted") in got, got


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


def test_both_countries_after_a_reported_state_are_it_and_its_adversary(coder: Coder) -> None:
    # the story's lead pair is Peru and Bolivia (the deployment), but "both countries"
    # after "said Chile had a right" are Chile and the state it faces
    got = quads(code(coder, "Peru deployed missiles in Bolivia on Monday. It also cut military contacts with Chile, "
                            "a day after Chilean jets shot down a Peruvian bomber. NATO ambassadors met on Tuesday. "
                            "U.S. President Barack Obama said Chile had a right to defend its airspace but urged both countries to avoid an escalation."))
    assert {("USA", "CHL", "100", "asserted"), ("USA", "PER", "100", "asserted")} <= got, got
    assert not [q for q in got if q[:2] == ("USA", "BOL")], got


def test_a_fellow_doer_named_in_two_words_is_no_implicit_target(coder: Coder) -> None:
    # "The United States has pledged ..., and Bolivia has promised ...": the US does the
    # like, it is not the one Bolivia's peacekeepers go to (each word of its name counts)
    got = quads(code(coder, "Haiti asked for help. The United States has pledged to send police officers, and Bolivia has promised to send peacekeepers."))
    assert not {q for q in got if q[0] == "BOL" and q[1] == "USA"} and ("BOL", "HTI", "033", "asserted") in got, got


def test_the_move_a_state_welcomes_is_not_its_own(coder: Coder) -> None:
    # "the move" passes over the judge's own act told last to the act of another
    got = quads(code(coder, "Chile lifted sanctions on Peru on Monday. Peru's president visited Bolivia on Tuesday. Peru's foreign ministry welcomed the move."))
    assert ("PER", "CHL", "051", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got
