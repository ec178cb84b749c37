"""The voice of official statements and of meeting transcripts (review set6, causes 1 and 5):
whose "we" a joint statement speaks with, what an office with no country in a
government's text is, the condemnation with its object after "in the strongest terms",
and the speaker turns of a transcript ("President of Cuba ... (retranslated): Dear
Vladimir Vladimirovich, thank you ..."). Made-up texts through the real coder."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.annotate.quotes import find_quotes
from dyadwatch.coder import Coder
from dyadwatch.events.state import joint_voices
from dyadwatch.nlp.segment import paragraphs
from dyadwatch.records import Article
from event_support import code, quads

KREMLIN = "President of Russia (Kremlin), official website"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder().load()


def triples(events: list) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, st in quads(events) if st == "asserted"}


# -- the joint statement's "we" -------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "voices"),
    [
        ("Statement\nWe, the Foreign Ministers of Peru, Chile and the Republic of Korea, condemn Ecuador.", ("PER", "CHL", "KOR")),
        ("Joint Statement by the Leaders of Peru and Chile on Ecuador\nThe talks were held in Lima.", ("PER", "CHL")),
        ("Statement\nWe, the Heads of State and Government of the European Union and Japan, met in Tokyo.", ("EUR", "JPN")),
        # the list stops where the appositive does: the rest of the sentence is no voice
        ("Statement\nWe, the leaders of Peru and Chile, condemn the transfer of arms by Ecuador to Bolivia.", ("PER", "CHL")),
        # no list, no joint voice
        ("Statement\nWe, the undersigned, condemn Ecuador and Bolivia.", ()),
        ("Statement\nWe, the people of Peru, welcome Chile and Bolivia.", ()),
    ],
)
def test_a_joint_statement_lists_its_voices(lead: str, voices: tuple[str, ...]) -> None:
    assert joint_voices(lead, load_lexicon().find_mentions(lead)) == voices


def test_the_joint_we_speaks_for_each_listed_state_all_through_the_statement(coder: Coder) -> None:
    text = (
        "We, the Foreign Ministers of Peru, Chile and Brazil, condemn in the strongest possible terms "
        "the transfer by Ecuador of ballistic missiles to Bolivia.\n\n"
        "We call on Ecuador and Bolivia to immediately cease all arms transfers.\n\n"
        "Our three countries remain committed to dialogue with Ecuador without preconditions."
    )
    found = triples(code(coder, text, source="Government of Peru - Ministry of Foreign Affairs (joint statement)"))
    for voice in ("PER", "CHL", "BRA"):
        # the condemned transfer is condemned on both its sides
        assert {(voice, "ECU", "11"), (voice, "BOL", "11"), (voice, "ECU", "10"), (voice, "BOL", "10")} <= found, voice
        assert (voice, "ECU", "03") in found, voice


def test_a_statements_own_condemnation_is_dated_when_it_is_issued(coder: Coder) -> None:
    text = (
        "We, the Foreign Ministers of Peru and Chile, condemn Ecuador's use of these missiles "
        "against Bolivia on December 30, 2023 and January 2, 2024."
    )
    events = code(coder, text, source="Government of Peru - Ministry of Foreign Affairs", day=date(2024, 1, 9))
    condemned = [e for e in events if e.cameo.startswith("11") and e.target.country == "ECU"]
    assert {e.source.country for e in condemned} == {"PER", "CHL"}
    assert {e.date for e in condemned} == {"2024-01-09"}


# -- condemnations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the object after the adverbial, which the parser hangs on "terms"
        ("Canada condemns in the strongest terms North Korea's continued ballistic missile launches.", {("CAN", "PRK", "11")}, set()),
        ("Canada condemns in no uncertain terms the attack by Russia on Ukraine.", {("CAN", "RUS", "11")}, {("CAN", "UKR", "11")}),
        # a condemned arms transfer: its receiver too (the parser hangs "to Russia" on the verb)
        ("Japan condemned the transfer by North Korea of missiles to Russia.", {("JPN", "PRK", "11"), ("JPN", "RUS", "11")}, set()),
        ("Japan condemned North Korea's transfer of missiles to Russia.", {("JPN", "PRK", "11"), ("JPN", "RUS", "11")}, set()),
        # not a transfer of anything else, nor the victim of an attack
        ("Japan condemned the transfer by North Korea of funds to Russia.", {("JPN", "PRK", "11")}, {("JPN", "RUS", "11")}),
    ],
)
def test_condemned_objects(coder: Coder, text: str, expected: set, absent: set) -> None:
    found = triples(code(coder, text))
    assert expected <= found
    assert not absent & found


# -- offices without a country ------------------------------------------------------


def test_japans_chief_cabinet_secretary_speaks_for_japan(coder: Coder) -> None:
    title = "Japan protests Russian military drills on disputed islands"
    lead = (
        "Japan has lodged a protest with Russia over military exercises on islands claimed by both countries, "
        "the latest in a series of disputes between the neighbors since Russia invaded Ukraine.\n\n"
        "Russia's Eastern Military District said Saturday that more than 3,000 troops were taking part in drills "
        "on the southern Kuril Islands, which Japan calls the Northern Territories.\n\n"
    )
    said = '"{}," Chief Cabinet Secretary Hirokazu Matsuno told reporters Monday, adding that the protest had been delivered through diplomatic channels.'
    for words in ("The strengthening of military activity there is unacceptable", "The Russian drills are unacceptable"):
        found = triples(code(coder, lead + said.format(words), title=title))
        # the speaker, and the one who delivered the protest, is Japan's, not the story's other state
        assert not any(s == "RUS" and t == "JPN" for s, t, _ in found), words
    assert ("JPN", "RUS", "11") in triples(code(coder, lead + said.format("The Russian drills are unacceptable"), title=title))


def test_a_government_releases_titles_and_we_are_its_own(coder: Coder) -> None:
    text = (
        "Those sanctioned include the director of the Nicaraguan National Police and two Nicaraguan judges.\n\n"
        "Minister for the Americas David Rutley summoned the Nicaraguan chargé d'affaires on Thursday.\n\n"
        "We call on the Government of Nicaragua to reverse these decisions.\n\n"
        "The Foreign Secretary will travel to Tashkent tomorrow to meet President Shavkat Mirziyoyev."
    )
    found = triples(code(coder, text, source="FCDO press release"))
    assert {("GBR", "NIC", "11"), ("GBR", "NIC", "10"), ("GBR", "UZB", "03")} <= found
    assert not any(s == "NIC" and t == "NIC" or s == "KAZ" for s, t, _ in found)


# -- transcripts ------------------------------------------------------------------------

TRANSCRIPT = (
    "Vladimir Putin held talks in the Kremlin with President of Iran Masoud Pezeshkian. Following the talks, the two "
    "presidents signed the Treaty on Comprehensive Strategic Partnership between the Russian Federation and Iran.\n\n"
    "Beginning of Russian-Iranian talks\n\n"
    "President of Russia Vladimir Putin: Mr President, friends,\n\n"
    "We held talks with you in Kazan in October, and I am very glad to see you in Moscow.\n\n"
    "President of Iran Masoud Pezeshkian (retranslated): Mr President, thank you for the invitation and for the hospitality.\n\n"
    "Western countries have imposed unjust sanctions on both our peoples.\n\n"
    "Following the talks, Vladimir Putin said the two sides had agreed on the terms of the treaty."
)


def test_a_turn_label_with_a_note_on_the_translation_opens_a_turn() -> None:
    article = Article(id="t", title="Russian-Iranian talks", text=TRANSCRIPT, date=date(2025, 1, 17))
    text = article.full_text
    turns = [q for q in find_quotes(text, [(p.start, p.end) for p in paragraphs(text)], article.headline_end) if q.label]
    labels = [text[q.label[0] : q.label[1]] for q in turns]
    assert "President of Iran Masoud Pezeshkian" in labels
    # the narrative after the talks, which names a speaker, is no one's turn
    assert not any("Following the talks" in text[q.start : q.end] for q in turns)


def test_a_turn_is_its_speakers_and_speaks_to_the_other_speaker(coder: Coder) -> None:
    events = coder.code(Article(id="t", title="Russian-Iranian talks", text=TRANSCRIPT, date=date(2025, 1, 17), source=KREMLIN))
    found = {(e.source.country, e.target.country, e.cameo[:2], e.status.value) for e in events}
    # "thank you": the speaker thanks the one the other turn is spoken by; the treaty the
    # two signed that day is another event of the root, which keeps its own direction
    assert {("IRN", "RUS", "05", "asserted"), ("RUS", "IRN", "05", "asserted")} <= found
    # "our peoples": the speaker's, not the publisher's
    assert ("IRN", "WST", "11", "asserted") in found
    assert not any(s == "RUS" and t == "WST" for s, t, _, _ in found)
    # a meeting the speaker recalls in his turn is his account of it
    recalled = [e for e in events if e.cameo.startswith("04") and "Kazan" in e.sentence]
    assert recalled and all(e.status.value == "claimed" for e in recalled)


def test_talks_between_three_listed_leaders_are_talks_of_each_pair(coder: Coder) -> None:
    text = (
        "Trilateral talks between President of Russia Vladimir Putin, President of Azerbaijan Ilham Aliyev "
        "and Prime Minister of Armenia Nikol Pashinyan took place in the Kremlin."
    )
    pairs = {frozenset((s, t)) for s, t, r in triples(code(coder, text, day=date(2023, 5, 25))) if r == "04"}
    assert pairs >= {frozenset(p) for p in (("RUS", "AZE"), ("RUS", "ARM"), ("AZE", "ARM"))}


def test_what_a_statement_calls_on_a_state_to_do_is_not_done(coder: Coder) -> None:
    # the parser hangs "to expel" on "call" as an adverbial clause, not its complement
    for act in ("expel the Russian ambassador", "restore relations with Costa Rica", "release the Costa Rican citizens"):
        events = code(coder, f"We call on the Government of Nicaragua to {act}.", source="Government of Peru - Ministry of Foreign Affairs")
        assert ("PER", "NIC", "10") in triples(events), act
        assert not any(e.source.country == "NIC" and e.status.value == "asserted" for e in events), act
