"""annotate.attribution: a party to an act that confirms or admits it settles it (asserted);
anyone else who confirms it, or a party that only says it, makes a claim."""

from __future__ import annotations

import pytest

from dyadwatch.annotate.attribution import attribute
from dyadwatch.coder import Coder
from dyadwatch.events.arguments import Resolver
from dyadwatch.records import Status
from dyadwatch.settings import Settings
from event_support import code, quads
from rule_support import read, token

A, C = Status.ASSERTED, Status.CLAIMED

# (sentence, trigger, word naming the source, word naming the target, status, attributed to)
CASES = [
    # the target confirms: settled
    ("Chile confirmed that Peru expelled Chilean diplomats.", "expelled", "Peru", "Chilean", A, None),
    # the source admits: settled
    ("Peru admitted that it expelled Chilean diplomats.", "expelled", "it", "Chilean", A, None),
    # a third party's confirmation is its claim
    ("Bolivia confirmed that Peru expelled Chilean diplomats.", "expelled", "Peru", "Chilean", C, "BOL"),
    # a party that says it only claims it
    ("Chile said that Peru expelled Chilean diplomats.", "expelled", "Peru", "Chilean", C, "CHL"),
    # a state's own diplomatic measure, told by itself, is done by its word (speech.yaml
    # self_reported_roots)
    ("Peru said that it expelled Chilean diplomats.", "expelled", "it", "Chilean", A, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "source", "target", "status", "attributed"), CASES, ids=[c[0][:50] for c in CASES])
def test_attribute_with_the_target(text: str, word: str, source: str, target: str, status: Status, attributed: str | None) -> None:
    _, ctx = read(text)
    res = Resolver(ctx)
    (src,) = res.actors(token(ctx, source))
    (tgt,) = res.actors(token(ctx, target))
    said = attribute(ctx, token(ctx, word), src, "166", A, tgt)
    assert (said.status, said.attributed.country if said.attributed else None) == (status, attributed)


def test_a_partys_own_act_of_force_told_by_itself_is_its_claim() -> None:
    _, ctx = read("Peru said that it shelled Chilean positions.")
    res = Resolver(ctx)
    (src,) = res.actors(token(ctx, "it"))
    (tgt,) = res.actors(token(ctx, "Chilean"))
    said = attribute(ctx, token(ctx, "shelled"), src, "190", A, tgt)
    assert (said.status, said.attributed.country if said.attributed else None) == (C, "PER")


def test_without_the_target_a_confirming_victim_is_not_known_as_a_party() -> None:
    _, ctx = read("Chile confirmed that Peru expelled Chilean diplomats.")
    (src,) = Resolver(ctx).actors(token(ctx, "Peru"))
    said = attribute(ctx, token(ctx, "expelled"), src, "166", A)
    assert said.status is C and said.attributed is not None and said.attributed.country == "CHL"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile confirmed that Peruvian jets struck its base.", ("PER", "CHL", "190", "asserted")),
        ("Peru admitted that its jets struck a Chilean base.", ("PER", "CHL", "190", "asserted")),
        ("Chile said that Peruvian jets struck its base.", ("PER", "CHL", "190", "claimed")),
        ("Bolivia confirmed that Peruvian jets struck a Chilean base.", ("PER", "CHL", "190", "claimed")),
    ],
)
def test_confirmations_in_articles(coder: Coder, text: str, expected: tuple) -> None:
    assert expected in quads(code(coder, text))
