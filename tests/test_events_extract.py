"""events.extract with the CAMEO verb dictionary under the hand-written lexicon (issue 13):
which words fire and which actors fill their roles. tests/test_extract.py covers the
lexicon's own patterns; these are the rules the dictionary brought with it."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from dyadwatch.events.cameo import load_cameo
from dyadwatch.events.extract import (
    CAMEO_TARGET_ROLES,
    cameo_trigger,
    fill,
    group_size,
    match_triggers,
)
from dyadwatch.events.lexicon import load_triggers
from dyadwatch.settings import Settings
from event_support import code, quads
from rule_support import read, token


def triggers(text: str) -> list[tuple]:
    _, ctx = read(text)
    found = []
    for trig, tok in match_triggers(ctx.sent, load_triggers(), load_cameo()):
        cand = fill(trig, tok, ctx)
        assert cand is not None
        found.append((tok.text, trig.id, trig.code, trig.origin, [s.country for s in cand.sources],
                      [t.country for t in cand.targets], cand.rule))  # fmt: skip
    return found


# (sentence, [(trigger word, entry id, code, origin, sources, targets, rule)])
CASES = [
    # the dictionary codes a verb the hand lexicon does not know, its target among the
    # verb's prepositions of direction
    ("Peru lashed out at Chile.",
     [("lashed", "cameo:deplore:verb", "111", "cameo-verb", ["PER"], ["CHL"], "cameo:deplore:verb/subj>prep:at")]),
    # the hand lexicon first, though the dictionary codes "recall * ambassador" too
    ("Kenya recalled its ambassador to Uganda.",
     [("recalled", "recall-ambassador", "161", "hand", ["KEN"], ["UGA"], "recall-ambassador/subj>objprep:to")]),
    # a light verb codes through the dictionary only with a pattern ("TAKE * CONTROL")
    ("Turkey took control of the Syrian border town.",
     [("took", "cameo:apprehend:L8222", "192", "cameo", ["TUR"], ["SYR"], "cameo:apprehend:L8222/subj>obj")]),
    ("Turkey took Syria by surprise.", []),
    # a dictionary verb leaves the event to an event noun that fires as its object
    ("Chile will seek talks with Peru.",
     [("talks", "n-talks", "040", "hand", ["CHL"], ["PER"], "n-talks/governor>prep:with")]),
    # "call" with a predicative complement names, it does not phone; nor does the
    # dictionary read it
    ("Peru called the Chilean decision unacceptable.", []),
    ("Peru called Chile.", [("called", "phone", "041", "hand", ["PER"], ["CHL"], "phone/subj>obj")]),
    # a noun of the governing verb's root adds nothing, even with its own agent
    ("Canada delivered its aid to Haiti.",
     [("delivered", "provide-aid", "070", "hand", ["CAN"], ["HTI"], "provide-aid/subj>prep:to")]),
    # a hostile act with no target suffers it in the state where it happens ...
    ("Israeli strikes against targets in Iran killed ten people.",
     [("strikes", "n-attack", "190", "hand", ["ISR"], ["IRN"], "n-attack/mod>place"),
      ("killed", "kill", "180", "hand", ["ISR"], [], "kill/subj>-")]),
    ("Russian jets struck targets in Syria.", [("struck", "attack", "190", "hand", ["RUS"], ["SYR"], "attack/subj>place")]),
    # ... and an attack, in a capital or a city of another state, strikes that state
    ("Russian jets struck targets in Damascus.", [("struck", "attack", "190", "hand", ["RUS"], ["SYR"], "attack/subj>place")]),
    ("Russian jets struck targets in Aleppo.", [("struck", "attack", "190", "hand", ["RUS"], ["SYR"], "attack/subj>place")]),
    # a deployment in a city is aimed at no one
    ("Russia deployed troops in Aleppo.", [("deployed", "deploy", "150", "hand", ["RUS"], [], "deploy/subj>-")]),
    # "military action" is an attack; "in" names where (the entry's own role); the
    # criticism it drew is of the subject of "drew" (its critic unnamed)
    ("Turkey's military action in Syria drew criticism.",
     [("action", "n-attack", "190", "hand", ["TUR"], ["SYR"], "n-attack/mod>prep:in"),
      ("criticism", "n-condemnation", "111", "hand", [], ["TUR"], "n-condemnation/->govsubj")]),
    # "a call with X" is a telephone call; "in a call with", "in talks with" take the
    # subject of the verb they hang on
    ("Peru held a call with Chile.", [("call", "n-call-with", "041", "hand", ["PER"], ["CHL"], "n-call-with/governor>prep:with")]),
    ("Peru made the remarks in a call with Chile.",
     [("call", "n-call-with", "041", "hand", ["PER"], ["CHL"], "n-call-with/governor>prep:with")]),
    ("Peru made the point in talks with Chile.",
     [("talks", "n-talks", "040", "hand", ["PER"], ["CHL"], "n-talks/governor>prep:with")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_triggers_with_the_dictionary(text: str, expected: list[tuple]) -> None:
    assert triggers(text) == expected


def test_a_noun_of_another_kind_with_its_own_agent_fires_beside_its_verb() -> None:
    # "discussed Russia's war": the talks, and the war (190) of its own agent
    found = triggers("Egypt and France discussed Russia's war in Ukraine.")
    assert [(word, trig) for word, trig, *_ in found] == [("discussed", "talk"), ("war", "n-attack")]
    assert found[1][4:6] == (["RUS"], ["UKR"])
    # (whom the talks are with is not asserted here: the possessor of their object is
    # read as their partner, EGY-RUS and FRA-RUS, a known gap)


def test_without_the_dictionary_only_the_hand_lexicon_fires() -> None:
    _, ctx = read("Peru lashed out at Chile.")
    assert match_triggers(ctx.sent, load_triggers()) == []


# (sentence, verb, symmetric, source roles, target roles)
CAMEO_TRIGGERS = [
    # paired codes of one root: an act both sides perform alike
    ("Peru telephoned Chile.", "telephoned", True, ("subj",), CAMEO_TARGET_ROLES),
    ("Peru hosted the summit.", "hosted", True, ("subj",), CAMEO_TARGET_ROLES),  # [043:042]
    ("The Chilean president visited Peru.", "visited", True, ("subj",), CAMEO_TARGET_ROLES),  # [042:043]
    # paired codes of two roots (175 repress : 145 protest violently), or none
    ("The police clashed with demonstrators.", "clashed", False, ("subj",), CAMEO_TARGET_ROLES),
    ("Kenya recalled its ambassador.", "recalled", False, ("subj",), CAMEO_TARGET_ROLES),
    # a pattern that marks the target gives it
    ("Chile will not budge towards Peru.", "budge", False, ("subj",), ("prep:towards",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "verb", "symmetric", "source", "target"), CAMEO_TRIGGERS, ids=[c[0] for c in CAMEO_TRIGGERS])
def test_cameo_trigger(text: str, verb: str, symmetric: bool, source: tuple, target: tuple) -> None:
    _, ctx = read(text)
    tok = token(ctx, verb)
    match = load_cameo().match(tok)
    assert match is not None
    trig = cameo_trigger(match, tok.lemma_.lower())
    # a pattern that matched makes a "cameo" trigger; the verb's own code a "cameo-verb" one
    origin = "cameo" if match.pattern is not None else "cameo-verb"
    assert (trig.symmetric, trig.source, trig.target, trig.origin, trig.code, trig.id) == (
        symmetric, source, target, origin, match.code, match.rule)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "word", "size"),
    [
        ("The three leaders met.", "leaders", 3),
        ("Both sides agreed.", "sides", 2),
        ("The leaders met.", "leaders", 2),
        ("The 4 ministers met.", "ministers", 4),
        ("The 12 ministers met.", "ministers", 6),  # at most six
        ("The two delegations met.", "delegations", 2),
    ],
)
def test_group_size(text: str, word: str, size: int) -> None:
    _, ctx = read(text)
    assert group_size(token(ctx, word)) == size


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def test_a_group_pairs_as_many_states_as_it_counts(coder: Coder) -> None:
    three = quads(code(coder, "Peru, Chile and Bolivia are neighbours. The three leaders met in Lima on Monday."))
    assert {(s, t) for s, t, c, _ in three if c == "040"} == {("PER", "CHL"), ("PER", "BOL"), ("CHL", "BOL")}
    two = quads(code(coder, "Peru, Chile and Bolivia are neighbours. The leaders met in Lima on Monday."))
    assert {(s, t) for s, t, c, _ in two if c == "040"} == {("PER", "CHL")}


def test_a_call_with_is_coded_as_a_telephone_call(coder: Coder) -> None:
    found = quads(code(coder, "Peru made the remarks in a call with Chile."))
    assert found == {("PER", "CHL", "041", "asserted")}
