"""events.voice: what a political voice does by describing another actor (criticism 112,
demands 100), statements of intent, and which publishers speak as a government."""

from __future__ import annotations

import pytest

from dyadwatch.codebook import load_codebook
from dyadwatch.events.voice import (
    has_intent_marker,
    is_official_publisher,
    load_voice,
    obligation_demands,
    voice_events,
)
from rule_support import read, token

# (sentence, [(code, word, agent, rule)])
CASES = [
    ("Russia undermines the sovereignty of Ukraine.", [("112", "undermines", "RUS", "voice/accuse:undermine")]),
    ("North Korea's provocations threaten the region.",
     [("112", "provocations", "PRK", "voice/accuse:provocation"), ("112", "threaten", "PRK", "voice/accuse:threaten")]),
    ("The threat posed by North Korea is growing.", [("112", "threat", "PRK", "voice/accuse:threat")]),
    # a hedged noun accuses only with a negative adjective
    ("Iran's policy in the region is well known.", []),
    ("Iran's destabilising policy in the region worries Israel.", [("112", "policy", "IRN", "voice/accuse:policy")]),
    ("North Korea's missile test alarmed Japan.", []),
    ("North Korea's reckless missile test alarmed Japan.", [("112", "test", "PRK", "voice/accuse:test")]),
    # obligation: a modal or "needs to" on another actor is a demand; a passive or a
    # negated one is not
    ("North Korea must abandon its nuclear programme.", [("100", "abandon", "PRK", "voice/demand:modal")]),
    ("Iran needs to stop enriching uranium.", [("100", "stop", "IRN", "voice/demand:need")]),
    ("Iran must be stopped.", []),
    ("Iran should not enrich uranium.", []),
    ("Iran has a large economy.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_voice_events(text: str, expected: list[tuple]) -> None:
    _, ctx = read(text)
    found = [(v.code, v.head.text, v.agent.country, v.rule) for v in voice_events(ctx, list(ctx.sent)) + obligation_demands(ctx)]
    assert found == expected


def test_an_obligation_is_a_demand_even_on_a_word_a_trigger_took() -> None:
    # "withdraw" is a trigger (087); the modal on it still makes the demand
    _, ctx = read("Russia should withdraw its forces from Ukraine.")
    assert [(v.code, v.head.text, v.agent.country) for v in obligation_demands(ctx)] == [("100", "withdraw", "RUS")]


def test_tokens_a_trigger_took_are_left_out() -> None:
    _, ctx = read("Russia undermines the sovereignty of Ukraine.")
    rest = [t for t in ctx.sent if t.text != "undermines"]
    assert voice_events(ctx, rest) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Japan will continue to provide assistance.", "provide", True),
        ("Japan is ready to support Peru.", "support", True),
        ("Japan is committed to working with Peru.", "working", True),
        ("Japan will provide assistance.", "provide", False),
    ],
)
def test_has_intent_marker(text: str, word: str, expected: bool) -> None:
    _, ctx = read(text)
    assert has_intent_marker(token(ctx, word)) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("UK Government - Foreign Office", True),
        ("Ministry of Foreign Affairs of Japan", True),
        ("Voice of America News", False),
        ("The Japan Times", False),
        ("Reuters", False),
        (None, False),
        # each word counts only as a whole word: "dyadwatch" holds no "Watch"
        ("written for dyadwatch: a transcript in the style of the Kremlin website", True),
        ("Military Watch (reposted with a reader comment)", False),
        ("Human Rights Watch", False),
        ("a UK FCDO press release", True),
        ("statement by the EU High Representative", True),
        ("Wikinews (English)", False),
    ],
)
def test_is_official_publisher(source: str | None, expected: bool) -> None:
    assert is_official_publisher(source) is expected


def test_the_voice_lexicon() -> None:
    voice = load_voice()
    codebook = load_codebook()
    # strong nouns accuse on their own, hedged ones need an adjective: never both
    assert not voice.strong_nouns & voice.hedged_nouns
    assert voice.negative_nouns == voice.strong_nouns | voice.hedged_nouns
    for root, code in voice.intent_codes.items():
        assert code.startswith("03") and code in codebook and root in codebook
