"""Naming another actor a friend praises it (051): a noun of alliance or kinship
(evaluation.yaml friend_nouns) as the complement of a verb of naming (naming_verbs), the
verb's object the one named."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Tokayev called Uzbekistan a reliable ally on Tuesday.", ("KAZ", "UZB")),
        ("Egypt regards Greece as a key partner in the eastern Mediterranean.", ("EGY", "GRC")),
        ("Nicaragua called Cuba a brother nation.", ("NIC", "CUB")),
        ("Prime Minister Sharif described China as Pakistan's most trusted friend.", ("PAK", "CHN")),
    ],
)
def test_naming_another_a_friend_praises_it(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "051", "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov said Moscow did not consider Kyiv a partner.",
        "Ankara called Athens a rival, not an ally.",
        "Greece and Cyprus signed the accord as partners.",
    ],
)
def test_no_friend_where_the_naming_is_denied_or_absent(coder: Coder, sentence: str) -> None:
    assert not any(q[2] == "051" for q in quads(code(coder, sentence)))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Fiji said Australia remains a true friend.", ("FJI", "AUS")),
        ("Putin said Syria was a reliable partner.", ("RUS", "SYR")),
    ],
)
def test_a_friend_as_a_copulas_predicate_praises_its_subject_in_the_speakers_voice(
    coder: Coder, sentence: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "051", "asserted") in quads(code(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Vietnam said China is its largest trading partner.", "Lavrov said Ukraine is not a partner."],
)
def test_no_praise_in_a_partner_of_commerce_or_a_negated_copula(coder: Coder, sentence: str) -> None:
    assert not any(q[2] == "051" for q in quads(code(coder, sentence)))
