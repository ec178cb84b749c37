"""events.commitment: an actor committing itself to a cooperative act states an intent
(03); to a hostile act or a response, under a word of threat, it threatens (13)."""

from __future__ import annotations

import pytest

from dyadwatch.actors.discourse import Referent
from dyadwatch.coder import Coder
from dyadwatch.events.cameo import load_cameo
from dyadwatch.events.commitment import commitment_events
from dyadwatch.events.extract import fill, match_triggers
from dyadwatch.events.lexicon import load_triggers
from dyadwatch.settings import Settings
from event_support import code, quads
from rule_support import read


def topic(tok, exclude: set[str]) -> Referent:
    """Stand-in for the state the article is about (the assembler gives the discourse's)."""
    return Referent("TOP", None, "", 0, 0, "topic", 0.4)


def commitments(text: str) -> list[tuple]:
    _, ctx = read(text)
    acts = {}
    for trig, tok in match_triggers(ctx.sent, load_triggers(), load_cameo()):
        cand = fill(trig, tok, ctx)
        if cand is not None:
            acts[tok.i] = cand
    return [(c.code, c.head.text, c.source.country, c.target.country, c.rule) for c in commitment_events(ctx, acts, topic)]


# (sentence, [(code, word of commitment, source, target, rule)])
CASES = [
    # intent: a verb, an adjective or a noun of commitment with a cooperative act
    ("Peru committed to deepen cooperation with Chile.", [("032", "committed", "PER", "CHL", "commit/commit>strengthen-ties")]),
    ("Peru is ready to support Chile.", [("032", "ready", "PER", "CHL", "commit/ready>support")]),
    ("Peru is determined to help Chile.", [("033", "determined", "PER", "CHL", "commit/determined>cameo:aid:verb")]),
    ("Peru reaffirmed its readiness for dialogue with Chile.", [("036", "readiness", "PER", "CHL", "commit/readiness>n-talks")]),
    # the target: the act's; else the state the article is about, for the lexicon's own
    # acts only (the dictionary's codes are broader)
    ("Peru pledged to provide aid.", [("033", "pledged", "PER", "TOP", "commit/pledge>provide-aid")]),
    ("Peru vowed to protect nuclear material.", []),
    # a passive "intended to" commits no one (the troops are not who intends)
    ("Peruvian troops are intended to protect Chile.", []),
    # threats: a hostile act under a word of threat, coded by the act's code
    ("Peru vowed to impose sanctions on Chile.", [("1312", "vowed", "PER", "CHL", "commit/vow>n-sanctions")]),
    ("Peru threatened to break off diplomatic relations with Chile.", [("1313", "threatened", "PER", "CHL", "commit/threaten>cut-ties")]),
    ("Peru threatened to cut aid to Chile.", [("1311", "threatened", "PER", "CHL", "commit/threaten>cut-aid")]),
    ("Peru threatened to attack Chile.", [("138", "threatened", "PER", "CHL", "commit/threaten>attack")]),
    # threatening an act the coder does not know threatens whom the complement names
    ("Peru threatened to cut off electricity to Chile.", [("130", "threatened", "PER", "CHL", "commit/threaten>named")]),
    # responses threaten whoever is answered
    ("Peru vowed to deliver a painful response to Chile.", [("130", "vowed", "PER", "CHL", "commit/vow>response:response")]),
    ("Peru will respond firmly to Chile's measures.", [("130", "respond", "PER", "CHL", "commit/respond>response:respond")]),
    # (once: the bare "counter" carries no promise of its own, the adjective does)
    ("Peru is prepared to counter Chile's forces.",
     [("130", "prepared", "PER", "CHL", "commit/prepared>response:counter")]),
    # a response told as done is no commitment
    ("Peru responded firmly to Chile's measures.", []),
    # a plan is no threat (a plan to meet is still an intent)
    ("Peru plans to remove Chile from its list.", []),
    ("Peru plans to impose sanctions on Chile.", []),
    ("Peru plans to meet Chile.", [("036", "plans", "PER", "CHL", "commit/plan>meet")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:55] for c in CASES])
def test_commitment_events(text: str, expected: list[tuple]) -> None:
    assert commitments(text) == expected


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


# (text, events that must be among the article's, roots that must not appear)
ARTICLES = [
    # the intent asserted, the act itself future
    ("Peru committed to deepen cooperation with Chile.", {("PER", "CHL", "032", "asserted"), ("PER", "CHL", "050", "future")}, set()),
    ("Peru vowed to impose sanctions on Chile.", {("PER", "CHL", "1312", "asserted"), ("PER", "CHL", "163", "future")}, set()),
    ("Peru vowed to deliver a painful response to Chile.", {("PER", "CHL", "130", "asserted")}, set()),
    ("Peru plans to impose sanctions on Chile.", {("PER", "CHL", "163", "future")}, {"13"}),
    ("Peru is a close partner. Chile agreed to accept aid.", {("CHL", "PER", "033", "asserted")}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "absent"), ARTICLES, ids=[a[0][:55] for a in ARTICLES])
def test_commitments_in_articles(coder: Coder, text: str, expected: set, absent: set) -> None:
    found = quads(code(coder, text))
    assert expected <= found, found
    assert not {c[:2] for _, _, c, _ in found} & absent, found


def test_two_responses_in_one_sentence_make_one_threat(coder: Coder) -> None:
    # "prepared to counter": the commitment and the response word, one 130 between the sides
    events = code(coder, "Peru is prepared to counter Chile's forces.")
    assert [(e.source.country, e.target.country, e.status.value) for e in events if e.cameo == "130"] == [("PER", "CHL", "asserted")]


def test_a_threat_the_lexicon_codes_is_not_doubled(coder: Coder) -> None:
    events = code(coder, "Peru threatened to attack Chile.")
    assert [(e.source.country, e.target.country, e.cameo) for e in events if e.root == "13"] == [("PER", "CHL", "138")]
