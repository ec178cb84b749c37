"""annotate.attribution: who says it, and what that does to an event's status."""

from __future__ import annotations

import pytest

from dyadwatch.annotate.attribution import attribute, sentence_voice
from dyadwatch.events.arguments import Resolver
from dyadwatch.records import Status
from rule_support import read, token

A, C = Status.ASSERTED, Status.CLAIMED

# (sentence, trigger word, the word naming its source, code, status, attributed to, quote speaker)
CASES = [
    ("Peru expelled Chilean diplomats.", "expelled", "Peru", "166", A, None, None),
    ("Bolivia said Peru expelled Chilean diplomats.", "expelled", "Peru", "166", C, "BOL", None),
    ("Peru expelled Chilean diplomats, according to Bolivian state media.", "expelled", "Peru", "166", C, "BOL", None),
    # an unnamed source makes a claim and names no one
    ("Peru expelled Chilean diplomats, according to officials.", "expelled", "Peru", "166", C, None, None),
    # saying one did something claims it; announcing one's own act, or a verbal act, does it
    ("Canada said that it sent troops to Haiti.", "sent", "it", "150", C, "CAN", None),
    # ... but a donor's own word on its aid, like a party's on its meetings, is how it is
    # reported (speech.yaml self_reported_roots)
    ("Canada said that it provided aid to Haiti.", "provided", "it", "070", A, None, None),
    ("Canada announced that it is providing aid to Haiti.", "providing", "it", "070", A, None, None),
    ("Canada said that it supports Haiti.", "supports", "it", "051", A, None, None),
    # in a quote: what the speaker says others did is claimed; the speaker's own verbal act is not
    ('Cuban Foreign Minister Luis Ortega said: "Cuba is the target of attacks by the United States."',
     "attacks", "States", "190", C, "CUB", "CUB"),
    ('Cuban Foreign Minister Luis Ortega said: "We condemn the United States."', "condemn", "We", "111", A, "CUB", "CUB"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "source", "code", "status", "attributed", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_attribute(text: str, word: str, source: str, code: str, status: Status, attributed: str | None, speaker: str | None) -> None:
    _, ctx = read(text)
    (src, *_) = Resolver(ctx).actors(token(ctx, source))
    said = attribute(ctx, token(ctx, word), src, code, A)
    assert said.status is status
    assert (said.attributed and said.attributed.country) == attributed
    assert (said.speaker and said.speaker.country) == speaker


def test_a_status_the_clause_gave_is_kept() -> None:
    _, ctx = read("Bolivia said Peru might expel Chilean diplomats.")
    (src,) = Resolver(ctx).actors(token(ctx, "Peru"))
    said = attribute(ctx, token(ctx, "expel"), src, "166", Status.HYPOTHETICAL)
    assert said.status is Status.HYPOTHETICAL and said.attributed is not None


@pytest.mark.parametrize(
    ("text", "source", "voice"),
    [
        ("“The DPRK must abandon its programme,” affirmed Mogherini.", None, ("EUR", "person")),
        ("Japanese Foreign Minister Koichiro Gemba stated: “North Korea must stop.”", None, ("JPN", "person")),
        ("Peru condemned Chile.", None, None),
        ("Peru condemned Chile.", "UK Government - Foreign Office", ("GBR", "publisher")),
    ],
)
def test_sentence_voice(text: str, source: str | None, voice: tuple[str, str] | None) -> None:
    _, ctx = read(text, source=source)
    found = sentence_voice(ctx)
    assert (found and (found.country, found.kind)) == voice
