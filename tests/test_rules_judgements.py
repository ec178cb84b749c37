"""Regressions of the issue 13 rules, named after what broke, in judgements: criticism, accusations
and denials (11), praise, thanks and support (051), and whom a judgement is of."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def _codes(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


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


def test_a_concern_that_a_state_acts_concerns_that_state(coder: Coder) -> None:
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru is concerned that Chile is building up its forces."))


def test_a_concern_about_its_own_fate_concerns_no_one(coder: Coder) -> None:
    assert not quads(code(coder, "Peru is concerned that it may lose access to markets."))


def test_an_attack_in_a_city_condemned_is_no_criticism_of_its_state(coder: Coder) -> None:
    found = {(q[0], q[1]) for q in quads(code(coder, "Peru condemned the attack in Chile.")) if q[2].startswith("11")}
    assert ("PER", "CHL") not in found


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


def test_taking_exception_to_remarks_criticises_their_author(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru took strong exception to the remarks by the Chilean president."))}
    assert found == {("PER", "CHL", "111")}


def test_with_the_exception_of_names_no_criticism(coder: Coder) -> None:
    assert not quads(code(coder, "With the exception of Peru, all the states signed the deal with Chile."))


@pytest.mark.parametrize(
    "text",
    [
        "Peru held Chile responsible for the attack.",
        "Peru holds the Chilean government responsible for the consequences.",
    ],
)


def test_holding_another_responsible_accuses_it(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "112") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_a_threat_posed_by_a_state_is_still_a_criticism_of_it(coder: Coder) -> None:
    text = "Lima said Peru and its partners are united in standing firm against the threat posed by Chile."
    assert ("PER", "CHL", "112") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


def test_traded_accusations_are_accusations_not_trade(coder: Coder) -> None:
    found = {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, "Peru and Chile traded accusations over the shelling."))}
    assert ("PER", "CHL", "112") in found
    assert not any(r.startswith("06") for _, _, r in found)


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


def test_a_denial_in_a_relative_clause_criticises_the_accuser(coder: Coder) -> None:
    text = "Peru has long accused Chile of arming the rebels, a charge Santiago denies."
    assert ("CHL", "PER", "110", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in quads(code(coder, text))}


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


def test_a_territorial_claim_is_no_disapproval(coder: Coder) -> None:
    found = quads(code(coder, "Peru, which claims Chile as its territory, has routinely had aircraft fly over the area."))
    assert not any(q[2].startswith("11") for q in found)


def test_the_object_after_an_as_phrase_is_judged(coder: Coder) -> None:
    got = quads(code(coder, "Chile on Friday denounced as an ugly crime Peru's suppression of the protests."))
    assert ("CHL", "PER", "111", "asserted") in got


def test_opposition_to_a_state_is_disapproval_and_the_opposition_alone_is_no_event(coder: Coder) -> None:
    assert ("CHL", "PER", "110", "asserted") in quads(code(coder, "Chile voiced its opposition to Peru's plan."))
    assert ("CHL", "PER", "110", "asserted") in quads(code(coder, "Chile raised objections to the Peruvian proposal."))
    assert not quads(code(coder, "The opposition in Peru called for protests."))


def test_a_condemned_attack_is_its_authors_and_a_response_names_the_author(coder: Coder) -> None:
    text = ("Peru vowed on Tuesday to retaliate against Chile for an air strike that destroyed its consulate "
            "in Bolivia. Bolivia condemned the heinous attack. Ecuador also condemned the strike.")  # fmt: skip
    got = {(q[0][:3], q[1][:3], q[2][:2]) for q in quads(code(coder, text))}
    assert {("BOL", "CHL", "11"), ("ECU", "CHL", "11")} <= got
    assert not any(q[1] == "PER" and q[2] == "11" for q in got)


def test_a_judged_event_noun_is_its_authors(coder: Coder) -> None:
    text = "Peru expelled a Chilean diplomat on Monday. A Chilean spokeswoman said the expulsion was groundless."
    assert ("CHL", "PER", "111") in {(q[0][:3], q[1][:3], q[2]) for q in quads(code(coder, text))}


@pytest.mark.parametrize("text", ["Peru laid the blame squarely on Chile.", "Peru pinned the blame on Chile.",
                                  "Peru put the responsibility on Chile."])


def test_blame_laid_on_an_actor_accuses_it(coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "112") in _triples(coder, text)


def test_a_speaker_who_says_another_state_violated_its_sovereignty_accuses_it(coder: Coder) -> None:
    assert ("PER", "CHL", "112") in _triples(coder, "Peru said Chilean forces had violated Peruvian sovereignty.")


@pytest.mark.parametrize("text", ["Bolivian troops shelled the border post, in what Lima called a provocation.",
                                  "Bolivian troops shelled the border post, in what Lima described as a provocation."])


def test_in_what_x_called_a_y_judges_the_act_of_the_clause(coder: Coder, text: str) -> None:
    assert ("PER", "BOL", "111") in _triples(coder, text)


def test_insults_traded_are_criticism_not_trade(coder: Coder) -> None:
    got = _codes(coder, "The presidents of Peru and Chile once traded insults.")
    assert any(c.startswith("11") for *_, c in got) and not any(c.startswith("06") for *_, c in got), got


def test_endorsing_a_text_praises_only_its_named_author(coder: Coder) -> None:
    got = _codes(coder, "Peru endorsed a new political map that shows land controlled by Chile.")
    assert not any(c.startswith("05") for *_, c in got), got
    assert ("PER", "CHL", "051") in _codes(coder, "Peru endorsed Chile's discharge plan.")


def test_a_cancellation_judged_is_its_doers_act(coder: Coder) -> None:
    got = _codes(coder, "Chile cancelled the deal with Peru. A day earlier Peru had described the cancellation as \"a stab in the back\".")
    assert ("PER", "CHL", "111") in got, got


def test_saying_another_crossed_a_red_line_criticises_it(coder: Coder) -> None:
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, "Peru said Chile had overstepped the mark."))
    text = "Chilean President Luis Soto compared Peru's policy to apartheid. Peru's prime minister said the comments crossed a red line."
    assert ("PER", "CHL", "111", "asserted") in quads(code(coder, text))
    assert not quads(code(coder, "Peru said Chile had not crossed any red line."))


def test_remarks_a_state_called_an_affront_in_a_relative_clause_are_criticised(coder: Coder) -> None:
    text = "Chile recalled its ambassador over remarks by Peru's president that it called an intolerable affront to its martyrs."
    assert ("CHL", "PER", "111", "asserted") in quads(code(coder, text))
    assert ("CHL", "PER", "111", "asserted") in quads(code(coder, "Chile called Peru's decision intolerable."))


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


def test_welcoming_support_extended_by_states_praises_those_states(coder: Coder) -> None:
    got = quads(code(coder, "Peru welcomes the offer by Spain to grant citizenship to those affected, and the support extended to them by Chile and Bolivia."))
    assert {("PER", "ESP", "051", "asserted"), ("PER", "CHL", "051", "asserted"), ("PER", "BOL", "051", "asserted")} <= set(got), got
    assert not [q for q in got if q[1] == "PER"], got


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


@pytest.mark.parametrize(
    "text",
    ['Peru\'s parliament voted to declare Chile "an enemy".', "Peru declared Chile a terrorist state."],
)


def test_declaring_a_state_an_enemy_denounces_it(coder: Coder, text: str) -> None:
    got = quads(code(coder, text))
    assert ("PER", "CHL", "111", "asserted") in got, got


def test_finding_that_a_state_committed_a_crime_accuses_it(coder: Coder) -> None:
    # "committed" also fires as a pledge with no target: the finding is still read
    text = "Peru, which determined in March that Chile's army had committed genocide, urged the generals to halt the violence."
    got = quads(code(coder, text))
    assert ("PER", "CHL", "112", "asserted") in got, got


def test_a_crime_told_by_the_narrator_is_no_accusation(coder: Coder) -> None:
    got = quads(code(coder, "Chile's army committed war crimes in 1990, historians say."))
    assert not [q for q in got if q[2] == "112"], got


def test_interventionist_conduct_and_piracy_criticise_their_agent(coder: Coder) -> None:
    got = quads(code(coder, "Peru said the decision responds to the interventionist conduct of the Chilean Government."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("11")], got
    got = quads(code(coder, "Peru called the seizure of its tanker by Chile 'piracy'."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("11")], got


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


@pytest.mark.parametrize("label", ['that seizure "piracy"', 'the seizure "aggression"', 'the seizure "a violation"'])


def test_a_quoted_noun_glued_to_the_object_judges_it(coder: Coder, label: str) -> None:
    # the parser reads [that seizure "piracy"] as one phrase, or the quoted noun as an apposition
    got = quads(code(coder, f"Chile seized a Peruvian tanker on July 4. Peru called {label} on Monday."))
    assert [q for q in got if q[:2] == ("PER", "CHL") and q[2].startswith("11")], got


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


def test_what_a_state_calls_a_violation_by_another_judges_that_other(coder: Coder) -> None:
    # "what it called ...": the free relative names nothing; the label's by-phrase, which
    # the parser hangs on "called", says whose act it is
    got = quads(code(coder, "Chile condemned what it called violations by Peru."))
    assert ("CHL", "PER", "111", "asserted") in got, got


def test_an_act_told_in_violation_of_the_charter_accuses_its_doer(coder: Coder) -> None:
    # in the ministry's own voice: "in flagrant violation of" judges who attacked
    got = quads(code(coder, "Chile attacked our facilities in flagrant violation of the UN Charter.", source="Ministry of Foreign Affairs of Peru"))
    assert ("PER", "CHL", "111", "asserted") in got, got
    # and a speaker's: "Peru said Chile seized the ship in violation of international law"
    got = quads(code(coder, "Peru said Chile seized the ship in violation of international law."))
    assert ("PER", "CHL", "111", "asserted") in got, got


def test_grateful_for_a_states_support_thanks_that_state(coder: Coder) -> None:
    # grateful for what another gave: its owner is thanked, as "grateful to Chile"
    got = quads(code(coder, "Peru is grateful for Chile's help in rebuilding its ports."))
    assert ("PER", "CHL", "051", "asserted") in got, got
    got = quads(code(coder, "Peru is grateful for its own efforts."))
    assert not {q for q in got if q[2] == "051"}, got


def test_what_it_called_an_act_is_the_object_judged(coder: Coder) -> None:
    # a free relative object names what the clause calls it: the act and its doer
    got = quads(code(coder, "Peru condemned what it called an attempt by Chile to seize the asylum seekers by force."))
    assert ("PER", "CHL", "111", "asserted") in got, got
    got = quads(code(coder, "Peru's foreign ministry welcomed what it called Chile's \"correct decision\" and said Lima stood ready."))
    assert ("PER", "CHL", "051", "asserted") in {(q[0][:3], q[1][:3], q[2], q[3]) for q in got}, got
