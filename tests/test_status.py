"""annotate.status: the status the words governing a trigger give it (GUIDELINES §4)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.annotate.status import headline_future, load_cues, read_status
from dyadwatch.coder import Coder
from dyadwatch.records import Article, Status
from rule_support import read, token

A, C, F, H, N, S = Status.ASSERTED, Status.CLAIMED, Status.FUTURE, Status.HYPOTHETICAL, Status.NEGATED, Status.SPECULATED

# (sentence, trigger word, status, the cue that decided it)
CASES = [
    ("Peru expelled Chilean diplomats.", "expelled", A, None),
    ("Peru could expel Chilean diplomats.", "expel", H, "could"),
    ("Peru would expel Chilean diplomats if talks failed.", "expel", H, "if"),
    ("Peru is likely to expel Chilean diplomats.", "expel", H, "likely"),
    ("Bolivia urged Peru to expel Chilean diplomats.", "expel", H, "urge"),
    ("Peru will expel Chilean diplomats.", "expel", F, "will"),
    # the consequence of a condition is hypothetical (GUIDELINES §4: "if", conditions)
    ("If talks fail, Peru will expel Chilean diplomats.", "expel", H, "if"),
    ("Peru plans to expel Chilean diplomats.", "expel", F, "plan"),
    ("Peru announced the planned sanctions on Chile.", "sanctions", F, "planned"),
    # reported speech: "would" is the future of the past after a verb of saying ...
    ("Peru said it would expel Chilean diplomats.", "expel", F, "would"),
    # ... and stays hypothetical after one that only describes
    ("Peru described how it would expel Chilean diplomats.", "expel", H, "would"),
    ("Peru reportedly expelled Chilean diplomats.", "expelled", S, "reportedly"),
    ("It was widely speculated that Peru expelled Chilean diplomats.", "expelled", S, "speculate"),
    ("Peru did not expel Chilean diplomats.", "expel", N, "not"),
    ("Peru never recognised Kosovo.", "recognised", N, "never"),
    ("Peru denied that it expelled Chilean diplomats.", "expelled", N, "deny"),
    ("Peru refused to recognise Kosovo.", "recognise", N, "refuse"),
    # a definite event noun presupposes the event, whatever the clause around it says
    ("Peru may lift the sanctions on Chile.", "sanctions", A, None),
    # a relative clause's modal describes its head noun, not the main clause
    ("Peru expelled Chilean diplomats, and Chile, which might retaliate, recalled its envoy.", "recalled", A, None),
    # a "that" clause on a noun of report is its content, which a denial of the report negates
    ("Peru denied a report that Chile had attacked Bolivia.", "attacked", N, "deny"),
    ("Peru denied a report that Chile had agreed to pay Bolivia several million dollars.", "agreed", N, "deny"),
    # a head's cue is for its complement, not for a participle clause beside it
    ("Chile threatened Peru, demanding the release of its soldiers.", "demanding", A, None),
    ("Chile set off a bomb in Lima, killing three Peruvian soldiers.", "killing", A, None),
    # and so does a past participle describing its noun (a relative clause cut short)
    ("Peru warned Chile of grave consequences if it did not release a tanker seized by Bolivia.", "seized", A, None),
    # a verb joined to another with a tense of its own shares neither its negation nor its
    # modal: its own auxiliary, or a simple past beside "would not" or a passive ...
    ("Peru did not recognise Kosovo but had expelled Chilean diplomats.", "expelled", A, None),
    ("Peru said it would not apologise and accused Chile of spying.", "accused", A, None),
    ("Peru said the exercise is not directed at Chile and urged Bolivia to join it.", "urged", A, None),
    # ... while a participle under "have" shares it
    ("Peru has not visited or met Chile.", "met", N, "not"),
    # a word of failing negates what it governs, not the event that is its subject
    ("A meeting of Peruvian and Chilean officials on Monday failed to reach agreement.", "meeting", A, None),
    ("A meeting of Peruvian and Chilean officials on Monday failed to reach agreement.", "agreement", N, "fail"),
    # what a state is told or ordered to do is not done (a to-infinitive only) ...
    ("Peru told Chile to withdraw its ambassador.", "withdraw", H, "tell"),
    ("Peru told reporters that Chile had withdrawn its ambassador.", "withdrawn", A, None),
    # ... nor a participle or a finite verb the parse hangs on that infinitive
    ("Peru ordered the Chilean diplomats to leave, accusing Chile of spying.", "accusing", A, None),
    ("Peru ordered the Chilean diplomats to leave and announced it was recalling its envoy.", "recalling", A, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "status", "cue"), CASES, ids=[c[0] for c in CASES])
def test_read_status(text: str, word: str, status: Status, cue: str | None) -> None:
    _, ctx = read(text)
    reading = read_status(token(ctx, word))
    assert (reading.status, reading.cue) == (status, cue)
    assert reading.negated is (status is N)


@pytest.mark.xfail(strict=True, reason="known gap: a that-clause after 'demanded' is read as asserted, not as the demand's content")
def test_a_demanded_act_is_not_asserted() -> None:
    _, ctx = read("Bolivia demanded that Peru expel Chilean diplomats.")
    assert read_status(token(ctx, "expel")).status is H


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Foreign Secretary to press UN Security Council.", "press", True),
        ("Peru expels Chilean diplomats.", "expels", False),
    ],
)
def test_headline_future(text: str, word: str, expected: bool) -> None:
    _, ctx = read(text)
    assert headline_future(token(ctx, word)) is expected


def test_claimed_is_not_read_from_the_clause() -> None:
    # who says it is annotate.attribution's question: the clause alone never makes a claim
    _, ctx = read("Bolivia said Peru expelled Chilean diplomats.")
    assert read_status(token(ctx, "expelled")).status is A
    assert C not in {r.status for r in (read_status(t) for t in ctx.sent)}


def test_the_cue_lists_are_loaded_from_data() -> None:
    cues = load_cues()
    assert {"could", "might"} <= cues.hypothetical_modals
    assert "will" in cues.future_modals and "deny" in cues.negation_heads


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder().load()


def _statuses(coder: Coder, text: str, triple: tuple[str, str, str]) -> list[str]:
    """The statuses of the events of ``text`` with that (source, target, root)."""
    events = coder.code(Article(id="f", text=text, date=date(2023, 5, 3)))
    return [e.status.value for e in events if (e.source.country, e.target.country, e.cameo[:2]) == triple]


def test_a_past_clause_of_time_under_a_demand_tells_a_fact(coder: Coder) -> None:
    text = "Peru on Friday demanded that Chile scrap its ban on Peruvian fish, a day after Santiago halted all imports of seafood from Peru."
    halts = _statuses(coder, text, ("CHL", "PER", "16"))
    assert halts and all(s == "asserted" for s in halts)


def test_a_seizure_told_in_a_participle_inside_a_condition_is_asserted(coder: Coder) -> None:
    text = "Peru on Saturday warned Bolivia of serious consequences if it did not release a Peruvian-flagged tanker seized by the Bolivian navy."
    seizures = _statuses(coder, text, ("BOL", "PER", "17"))
    assert seizures and all(s == "asserted" for s in seizures)


def test_a_result_participle_after_a_past_act_is_asserted(coder: Coder) -> None:
    text = "On 9 October 1983 Chilean agents set off a bomb in Lima, killing three Bolivian diplomats."
    killings = _statuses(coder, text, ("CHL", "BOL", "18"))
    assert killings and all(s == "asserted" for s in killings)


def test_an_agreement_told_in_a_denied_report_is_no_intent(coder: Coder) -> None:
    for text in ("Peru and Chile on Thursday denied a report in The Wall Street Journal that Lima had agreed to pay Santiago several billion dollars to build a port.",
                 "Peru and Bolivia on Thursday denied a report in a Chilean newspaper that Lima had agreed to pay La Paz several billion dollars to build a port."):
        events = coder.code(Article(id="f", text=text, date=date(2023, 5, 3)))
        intents = [e for e in events if e.source.country == "PER" and e.cameo[:2] == "03"]
        assert intents and all(e.status.value == "negated" for e in intents), text


def test_a_meeting_unnamed_officials_tell_is_reported_as_held(coder: Coder) -> None:
    text = "The foreign ministers of Peru and Chile met in Lima on Wednesday, officials said."
    meetings = _statuses(coder, text, ("PER", "CHL", "04")) + _statuses(coder, text, ("CHL", "PER", "04"))
    assert meetings and all(s == "asserted" for s in meetings)


def test_an_attack_unnamed_officials_tell_is_their_claim(coder: Coder) -> None:
    # what unnamed officials say another state did stays their claim
    text = "Chilean troops shelled a Peruvian border post on Wednesday, officials said."
    attacks = _statuses(coder, text, ("CHL", "PER", "19"))
    assert attacks and all(s == "claimed" for s in attacks)


def test_a_meeting_unnamed_sources_tell_is_their_claim(coder: Coder) -> None:
    text = "The foreign ministers of Peru and Chile met in Lima on Wednesday, sources said."
    meetings = _statuses(coder, text, ("PER", "CHL", "04")) + _statuses(coder, text, ("CHL", "PER", "04"))
    assert meetings and all(s == "claimed" for s in meetings)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Mexico offered solidarity with Colombia on Monday.", ("MEX", "COL", "05")),
        ("Mexico offered condolences to Colombia on Monday.", ("MEX", "COL", "05")),
    ],
)
def test_an_act_of_words_offered_is_done_in_the_offering(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    statuses = _statuses(coder, text, triple)
    assert statuses and all(s == "asserted" for s in statuses)


def test_aid_offered_is_still_to_come(coder: Coder) -> None:
    assert _statuses(coder, "Mexico offered assistance to Colombia on Monday.", ("MEX", "COL", "07")) == ["future"]
