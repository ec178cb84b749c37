"""events.evaluation: a political voice judging another actor or its conduct negatively
criticises it (111); denying an accusation criticises the accuser (110).

The rule's own tests call ``evaluation_events`` with stand-ins for the article-level
look-ups it is given (who did an act told before, who last accused the speaker), so that
each table row shows what the sentence alone decides; the coder tests at the end run the
look-ups the assembler really passes."""

from __future__ import annotations

import pytest

from dyadwatch.actors.discourse import Referent
from dyadwatch.annotate.attribution import sentence_voice
from dyadwatch.coder import Coder
from dyadwatch.events.evaluation import evaluation_events, load_evaluation
from dyadwatch.events.voice import load_voice
from dyadwatch.settings import Settings
from event_support import code, quads
from rule_support import read

OFFICIAL = "UK Government - Foreign Office"


def author(noun, speaker: Referent) -> list[Referent]:
    """Stand-in: the author of the act "the move" points back at."""
    return [Referent("AUT", None, noun.text, 0, 0, "antecedent", 0.5)]


def accuser(speaker: Referent) -> Referent:
    """Stand-in: who last accused the speaker."""
    return Referent("ACC", None, "", 0, 0, "accuser", 0.5)


def judged(text: str, source: str | None = None) -> list[tuple]:
    _, ctx = read(text, source=source)
    found = evaluation_events(ctx, list(ctx.sent), sentence_voice(ctx), author, accuser)
    return [(e.code, e.head.text, e.agent.country, e.speaker.country if e.speaker else None, e.rule) for e in found]


# (sentence, publisher, [(code, word, judged actor, who judges, rule)])
CASES = [
    # the adjective judges: "call X ADJ", copula, "describe X as ADJ", attribute
    ("Peru called the Chilean decision unacceptable.", None,
     [("111", "unacceptable", "CHL", "PER", "voice/evaluate:unacceptable")]),
    ("Peru said the Chilean decision was shameful.", None, [("111", "shameful", "CHL", "PER", "voice/evaluate:shameful")]),
    ("Peru described the Chilean decision as deeply destabilising.", None,
     [("111", "destabilising", "CHL", "PER", "voice/evaluate:destabilising")]),
    ("Peru condemned the illegitimate regime of Chile.", None,
     [("111", "illegitimate", "CHL", "PER", "voice/evaluate:illegitimate")]),
    # valence: VADER's "questionable" (-1.2) is above the threshold, "wonderful" positive;
    # "aggressive" is mild in VADER (-0.6) but a word of the voice rules
    ("Peru said the Chilean decision was questionable.", None, []),
    ("Peru said the Chilean decision was wonderful.", None, []),
    ("Peru said the Chilean decision was aggressive.", None, [("111", "aggressive", "CHL", "PER", "voice/evaluate:aggressive")]),
    # a negative noun as the predicate: "X poses a threat"
    ("Peru said Chile poses a threat to the region.", None, [("111", "threat", "CHL", "PER", "voice/evaluate:threat")]),
    # negation blocks the judgement
    ("Peru said the Chilean decision was not unacceptable.", None, []),
    ("Peru said Chile's decision was not reckless.", None, []),
    # an "of" phrase names the doer of an agentive noun, not of a deverbal one
    ("Peru said the actions of Chile were reckless.", None, [("111", "reckless", "CHL", "PER", "voice/evaluate:reckless")]),
    ("Peru said the violation of Chile was reckless.", None, []),
    # a definite act noun points back at its author; an indefinite one at nobody
    ("Peru called the move irresponsible.", None, [("111", "irresponsible", "AUT", "PER", "voice/evaluate:irresponsible")]),
    ("Peru said the launch was reckless.", None, [("111", "reckless", "AUT", "PER", "voice/evaluate:reckless")]),
    ("Peru said a launch was reckless.", None, []),
    # accusations judged baseless are their accuser's, unless the phrase names him
    ("Chile called the allegations baseless.", None, [("111", "baseless", "ACC", "CHL", "voice/evaluate:baseless")]),
    ("Chile called the Peruvian allegations baseless.", None, [("111", "baseless", "PER", "CHL", "voice/evaluate:baseless")]),
    # denials criticise the last accuser; a denial denied is none
    ("Chile denied the charge.", None, [("110", "denied", "ACC", "CHL", "voice/deny:deny")]),
    ("Chile denied that its agents were in Peru.", None, [("110", "denied", "ACC", "CHL", "voice/deny:deny")]),
    ("Chile did not deny the charge.", None, []),
    ("Chile denied the rumour.", None, []),
    # who judges: the nearest verb of saying; else the sentence's voice (an official
    # publisher); with neither, nobody
    ("The Chilean decision is unacceptable.", OFFICIAL, [("111", "unacceptable", "CHL", "GBR", "voice/evaluate:unacceptable")]),
    ("Peru said the Chilean decision was unacceptable.", OFFICIAL,
     [("111", "unacceptable", "CHL", "PER", "voice/evaluate:unacceptable")]),
    ("The Chilean decision is unacceptable.", None, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "expected"), CASES, ids=[f"{c[0][:50]} ({c[1] or 'no publisher'})" for c in CASES])
def test_evaluation_events(text: str, source: str | None, expected: list[tuple]) -> None:
    assert judged(text, source) == expected


def test_the_valences_come_from_vader_and_the_voice_rules() -> None:
    lex = load_evaluation()
    voice = load_voice()
    # the table above leans on these: "shameful" is VADER's alone, "aggressive" the voice rules'
    assert "shameful" not in voice.negative_adjectives and lex.valence["shameful"] <= lex.threshold
    assert "questionable" not in voice.negative_adjectives and lex.threshold < lex.valence["questionable"] < 0
    assert "aggressive" in voice.negative_adjectives and lex.valence["aggressive"] <= lex.threshold
    assert "baseless" in voice.negative_adjectives and lex.valence["baseless"] <= lex.threshold
    assert lex.valence["wonderful"] > 0


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


# (text, the events expected among the article's)
ARTICLES = [
    # "the attack" is the author of the last event told with that word, though the
    # article has moved on to other states ...
    ("Chile attacked Peru on Monday. Ecuador and Bolivia held talks on Tuesday, and Ecuador praised Bolivia. "
     "Peru said the attack was barbaric.", {("PER", "CHL", "111", "asserted")}),
    # ... and with no such event, no one: the state the article is about is as often the
    # attack's victim as its author; "the move" is the last act told, a joint one both sides'
    ("Ecuador and Bolivia held talks on Tuesday, and Ecuador praised Bolivia. Peru said the attack was barbaric.",
     set()),
    ("Ecuador and Bolivia held talks on Tuesday, and Ecuador praised Bolivia. Peru said the move was irresponsible.",
     {("PER", "ECU", "111", "asserted"), ("PER", "BOL", "111", "asserted")}),
    ("Chile expelled Peruvian diplomats on Monday. Peru called the move irresponsible.", {("PER", "CHL", "111", "asserted")}),
    # the accuser of "the allegations": the source of the last accusation against the speaker
    ("Peru accused Chile of espionage. Chile called the allegations baseless.", {("CHL", "PER", "111", "asserted")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARTICLES, ids=[a[0][:45] for a in ARTICLES])
def test_evaluations_in_articles(coder: Coder, text: str, expected: set) -> None:
    found = quads(code(coder, text))
    assert expected <= found, found
    assert len([q for q in found if q[2] in ("110", "111")]) == len(expected), found


def test_a_denial_criticises_the_accuser_in_an_article() -> None:
    # run with every sentence parsed: the pre-pass (on by default) skips "Chile denied
    # the charge." (one named party, and "deny" is no word it lets find the other side),
    # so that the default coder gives no 110 here
    coder = Coder(Settings(prepass=False))
    found = quads(code(coder, "Peru accused Chile of espionage. Chile denied the charge."))
    assert found == {("PER", "CHL", "112", "asserted"), ("CHL", "PER", "110", "asserted")}
    assert not any(c == "110" for _, _, c, _ in quads(code(coder, "Peru accused Chile of espionage. Chile did not deny the charge.")))
