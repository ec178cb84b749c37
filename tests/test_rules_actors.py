"""Regressions of the issue 13 rules, named after what broke, in who an actor is: names, people and
offices, bodies and organisations, places that stand for their state, groups that act for no
state, and whose voice a release, a transcript or a quote speaks in."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.named import named_mentions
from dyadwatch.actors.people import person_spans
from dyadwatch.coder import Coder
from dyadwatch.records import Article
from event_support import code, quads
from rule_support import read


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


def test_a_dictionary_name_may_end_in_a_lower_case_state_noun() -> None:
    """'the Bush administration' is a Phoenix name of George W. Bush's government (2008)."""
    found = named_mentions("The Bush administration has had talks with Moscow.", date(2008, 6, 1), [])
    assert [(m.country, m.sector) for m in found] == [("USA", "GOV")]
    assert "administration" in found[0].text


def test_the_i_of_an_unattributed_quote_in_a_government_release_is_its_minister(coder: Coder) -> None:
    text = '"Against this backdrop, I have met my counterparts from Chile and Bolivia this month.'
    found = quads(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs"))
    assert {("PER", "CHL"), ("PER", "BOL")} <= {(q[0], q[1]) for q in found}


def test_a_stance_prefix_names_no_actor(coder: Coder) -> None:
    found = quads(code(coder, "Pro-Chilean separatists attacked Peruvian troops."))
    assert not any(q[0] == "CHL" for q in found)


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


def test_a_relative_clause_that_names_an_office_names_its_state(coder: Coder) -> None:
    text = "Luis Ramirez who is Peru's minister of culture also demands a clear statement that Chile must withdraw."
    assert ("PER", "CHL", "100", "asserted") in quads(code(coder, text))


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
        # a text an actor issues speaks in its issuer's voice
        ("Peru's foreign ministry issued a statement condemning the Chilean move.", ("PER", "CHL", "111")),
        ("The Security Council passed a resolution calling on Peru to halt its offensive.", ("UNO", "PER", "100")),
        ("The EU adopted a declaration condemning Peru's annexation of the islands.", ("EUR", "PER", "111")),
        ("A statement by the Peruvian foreign ministry condemning the Chilean raid was read on television.", ("PER", "CHL", "111")),
    ],
)


def test_a_text_speaks_in_its_issuers_voice(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_what_a_sanctioned_party_is_involved_in_names_its_state(coder: Coder) -> None:
    # (a place a participle takes is no party: "companies based in Chile" stays unnamed;
    # reading it as one cost three false triples on train)
    text = "Peru announced new sanctions against 12 individuals involved in the Chilean regime's crackdown on protesters."
    assert ("PER", "CHL", "16") in {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}


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


def test_a_transcript_turn_speaks_in_its_speakers_voice(coder: Coder) -> None:
    text = (
        "Peruvian President Ana Ruiz held talks in Lima with President of Chile Juan Soto.\n\n"
        "President of Chile Juan Soto: Thank you, Madam President, for the invitation. "
        "We will continue to strengthen cooperation with you in all areas."
    )
    found = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    # "we" is the speaker's state, "you" the partner the article last told him with
    assert ("CHL", "PER", "03") in found


def test_what_a_text_holds_is_its_issuers(coder: Coder) -> None:
    text = "Peruvian officials complained that similar measures in a separate Chilean bill undermine the country's sovereignty."
    assert ("PER", "CHL", "11") in {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}


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


def test_the_shelling_of_a_city_strikes_its_state(coder: Coder) -> None:
    for text in ("The Chilean shelling of Tacna killed three civilians.", "Three civilians died in the Chilean bombardment of Tacna."):
        assert any(q[:3] == ("CHL", "PER", "190") for q in quads(code(coder, text))), text


def test_an_attack_on_a_region_strikes_its_state(coder: Coder) -> None:
    assert ("ISR", "PSE", "190", "asserted") in quads(code(coder, "Israeli air strikes on the Gaza Strip killed 12 people."))


def test_a_region_adjective_on_an_organisation_noun_names_no_state(coder: Coder) -> None:
    text = ("Mali ordered the French ambassador to leave on Monday. The West African regional bloc ECOWAS "
            "imposed tough economic sanctions on Mali this month.")  # fmt: skip
    assert ("ECW", "MLI", "163") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_an_organisations_title_wins_over_the_persons_own_state(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "NATO Secretary-General Jens Stoltenberg urged Peru to settle."))}
    assert got == {("NAT", "PER", "10")}  # (urging demands, 100)
    got = {(q[0][:3], q[1][:3]) for q in quads(code(coder, "Former Norwegian Prime Minister Jens Stoltenberg visited Peru."))}
    assert got == {("NOR", "PER")}


def test_a_border_does_nothing(coder: Coder) -> None:
    assert not quads(code(coder, "The clash erupted in the area where the borders of Peru and Chile meet Bolivia."))


def test_a_plural_noun_including_states_names_them(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Seven Latin American nations, including Peru, Argentina and Chile, expelled Bolivian diplomats."))}
    assert {("PER", "BOL", "16"), ("ARG", "BOL", "16"), ("CHL", "BOL", "16")} <= got, got


def test_diplomats_ordered_out_from_states_are_theirs(coder: Coder) -> None:
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, "Bolivia ordered diplomats from seven nations, including Peru and Chile, to leave the country."))}
    assert {("BOL", "PER", "16"), ("BOL", "CHL", "16")} <= got, got


def test_officials_from_states_are_theirs(coder: Coder) -> None:
    assert ("PER", "CHL", "040", "asserted") in quads(code(coder, "Officials from Peru and Chile met in Lima on Monday."))


def test_heads_of_state_the_review_sets_lacked_act_for_their_states(coder: Coder) -> None:
    got = quads(code(coder, "Nausėda criticised Chile. Touadéra criticised Peru."))
    assert any(q[0].startswith("LTU") and q[1] == "CHL" for q in got), got
    assert any(q[0].startswith("CAF") and q[1] == "PER" for q in got), got


def test_a_title_in_the_owners_office_names_no_other_official(coder: Coder) -> None:
    # "its secretary general": the organisation's officer, not an official of the story's state
    text = ("Peru closed its border with Chile on Friday. Peru said the closure would last. "
            "The Organization of American States has offered to mediate, and its secretary general urged both governments to resume dialogue.")
    got = quads(code(coder, text))
    assert {("OAS", "PER", "100", "asserted"), ("OAS", "CHL", "100", "asserted")} <= got, got
    assert not [q for q in got if q[2] == "100" and q[0] != "OAS"], got


def test_a_parliament_calls_on_its_own_government(coder: Coder) -> None:
    text = ("Chile's army took control of the disputed oil field on April 10. "
            "On Wednesday, Peru's National Assembly called on the government to mobilise all resources to retake the field.")
    got = quads(code(coder, text))
    assert not [q for q in got if q[2].startswith("10")], got


def test_the_baltic_states_and_the_nordic_countries_are_each_member_state(coder: Coder) -> None:
    got = quads(code(coder, "Peru, Chile and the Baltic states expressed solidarity with Bolivia."))
    assert {(c, "BOL", "051", "asserted") for c in ("PER", "CHL", "EST", "LVA", "LTU")} <= got, got
    got = quads(code(coder, "The Nordic countries condemned Bolivia."))
    assert {(c, "BOL", "111", "asserted") for c in ("DNK", "FIN", "ISL", "NOR", "SWE")} <= got, got


def test_a_demonym_that_is_a_persons_surname_names_no_state(coder: Coder) -> None:
    # "Volker Türk": a first name compounded to the demonym; alone later, the same man
    text = "U.N. High Commissioner Volker Türk urged Bolivia to stop the deportations. Türk also criticised Chile."
    got = quads(code(coder, text))
    assert not [q for q in got if "TUR" in q[:2]], got
    assert ("UNO", "BOL", "100", "asserted") in got, got
    got = quads(code(coder, "Mr Turk urged Bolivia to stop the deportations."))
    assert not [q for q in got if "TUR" in q[:2]], got


def test_deporting_people_to_their_state_hands_them_over_to_it(coder: Coder) -> None:
    # set7 decision 2: cooperation with the state they are sent to (084), no coercion of it
    got = quads(code(coder, "Chile on Thursday deported 40 Peruvian men to Peru."))
    assert ("CHL", "PER", "084", "asserted") in got, got


def test_a_body_a_state_owns_is_that_states_whatever_the_dictionary_says(coder: Coder) -> None:
    # the dictionaries list "National Security Council" and "Congress" as the US ones
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru's National Security Council condemned Chile."))
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "The National Security Council of Peru condemned Chile."))
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "The Peruvian Congress condemned Chile."))
    text = 'Peru\'s National Security Council said the troops were deployed legally. "We call on the Chilean authorities to release them," it said.'
    got = quads(code(coder, text))
    assert ("PER", "CHL", "100", "asserted") in got and not [q for q in got if "USA" in q[:2]], got


def test_soldiers_from_a_state_are_that_states_forces(coder: Coder) -> None:
    # "49 soldiers from Ivory Coast": a people noun's from-phrase names their state
    got = quads(code(coder, "Soldiers from Chile attacked a Peruvian border post."))
    assert ("CHL", "PER", "190", "asserted") in got, got


def test_forces_withdrawn_from_a_state_are_not_that_states(coder: Coder) -> None:
    # the from-phrase of a withdrawal is the place left (here the parser hangs it on
    # "forces"); only a subject's "soldiers from Chile" are Chile's
    text = "Brazil speeded up the withdrawal of some invasion forces from Panama on Wednesday."
    assert ("BRA", "PAN", "087", "asserted") in quads(code(coder, text)), quads(code(coder, text))


def test_the_zionist_regime_is_israels_government(coder: Coder) -> None:
    # the name Iranian official statements give Israel's government
    got = quads(code(coder, "The Zionist regime attacked Iran's nuclear facilities in June."))
    assert ("ISR", "IRN", "190", "asserted") in got, got


def test_a_statement_from_a_state_speaks_for_it(coder: Coder) -> None:
    # a text's from-phrase is its author, as its by-phrase is
    got = quads(code(coder, "A statement from the Peruvian presidency accused Chile of violating the treaty."))
    assert ("PER", "CHL", "112", "asserted") in got, got


def test_an_organisations_name_owned_by_another_is_the_owners_body(coder: Coder) -> None:
    # "Peru's Security Council": Peru's own council, not the UN's; the AU's council is the AU's
    got = quads(code(coder, "Peru's Security Council condemned Chile."))
    assert ("PER", "CHL", "111", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got} and not {q for q in got if q[0].startswith("UNO")}, got
    got = quads(code(coder, "The African Union's Peace and Security Council urged Chile to respect the peace agreement."))
    assert {q[0][:3] for q in got} == {"AFU"}, got


def test_a_monarch_named_by_title_alone_is_the_publishers(coder: Coder) -> None:
    # "His Highness the Amir" in the ministry's own statement is its head of state; a king
    # met ("held talks with the king") is not thereby the publisher's
    text = "Peru strongly condemns the attack. His Highness the Amir has received calls of solidarity from the President of Bolivia and the King of Jordan."
    found = quads(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs"))
    assert {("BOL", "PER", "041", "asserted"), ("JOR", "PER", "041", "asserted")} <= found, found
    found = quads(code(coder, "Bolivia's president visited Lima and held talks with the king.", source="Government of Chile - Ministry of Foreign Affairs"))
    assert not {q for q in found if "CHL" in q[0] + q[1]}, found


def test_a_patron_hyphened_to_backed_or_aligned_is_not_the_group(coder: Coder) -> None:
    # "the Chile-aligned rebels", "Chilean-backed militias": the group, not its patron
    got = quads(code(coder, "Peru accused the Chile-aligned rebels of attacking its border post."))
    assert not any("CHL" in (q[0][:3], q[1][:3]) for q in got), got
    got = quads(code(coder, "Peru and its allies have been fighting the Chilean-backed militias since 2015."))
    assert not any("CHL" in (q[0][:3], q[1][:3]) for q in got), got
    # a state that leads is still the actor
    got = quads(code(coder, "Peru condemned the Chile-led coalition."))
    assert ("PER", "CHL", "111", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got
