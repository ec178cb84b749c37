"""Evidence that an actor did something, held, found or told by another, accuses that
actor (GUIDELINES §3: accuse = 11; voice.yaml proof_nouns): the accuser is the nearest
actor above the noun, the accused the subject of the clause the evidence states or the
actor it links to an act. Evidence denied or lacking, or a thing taken "as evidence",
accuses no one."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # the clause's subject, the holder through "saying"
        ("Lithuania recalled its envoy from Minsk, saying it held evidence that Belarus had organised the border crossings.",
         ("LTU", "BLR")),
        # an actor the evidence links to an act; the holder the subject of the sentence
        ("Estonia expelled a Russian diplomat on Friday, saying investigators had gathered evidence linking agents of the "
         "Russian government to the sabotage of a power line.", ("EST", "RUS")),
        # the holder named after "after ... said"
        ("Chile closed its consulate after the foreign ministry said there was clear evidence that Peru had "
         "funded the protests.", ("CHL", "PER")),
    ],
)
def test_evidence_accuses_its_doer(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    events = code(coder, sentence)
    assert (*pair, "112", "asserted") in quads(events), quads(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hungary said there was no evidence that Serbia had organised the border crossings.",
        "Hungary accused Serbia of organising the border crossings without providing evidence that it had done so.",
        "Vietnam welcomed the visit as evidence that the United States had become a reliable partner.",
    ],
)
def test_evidence_denied_or_taken_as_accuses_no_one(coder: Coder, sentence: str) -> None:
    events = code(coder, sentence)
    assert not [e for e in events if e.rule.startswith("voice/proof")], quads(events)
