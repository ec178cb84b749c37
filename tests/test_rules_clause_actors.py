"""Regressions of the actors19 rules: the right act found between the wrong actors of its
clause. A second clause whose subject the parser joined to a date before the "and" ("on
Tuesday and Lithuania also expelled"), a gerund of a phrase of time ("a day after severing
ties"), and an act naming no target told after the same kind of act by another state in
its sentence ("Sudan severed ties, while the UAE recalled its ambassador"); "the Jewish
state" is Israel (a description, as "the Gulf state"); ties cut with no one named are cut
with the state the sentence is about ("seven years after Riyadh cut ties"); a capital named
as the seat of a thing of the act's kind ("its embassy in Juba") is the implicit target of
the act on such things ("closed their embassies"), not a venue; "the three leaders" are the
states of the people the text named, not of the last sentence's states."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def pairs(coder: Coder, text: str, prefix: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, c, _ in quads(code(coder, text)) if c.startswith(prefix)}


@pytest.mark.parametrize(
    ("sentence", "pair", "prefix"),
    [
        ("Poland recalled its envoy on Tuesday and Lithuania also expelled two Russian diplomats.", ("LTU", "RUS"), "166"),
        ("Peru cut ties with Mexico in March and Chile later recalled its ambassador from Mexico City.", ("CHL", "MEX"), "161"),
        ("Japan lodged a protest on Monday and South Korea also condemned the North Korean missile launch.", ("KOR", "PRK"), "111"),
    ],
)
def test_a_subject_the_parser_joined_to_a_date_acts_in_its_own_clause(coder: Coder, sentence: str, pair: tuple[str, str], prefix: str) -> None:
    assert pair in pairs(coder, sentence, prefix)


@pytest.mark.parametrize(
    ("sentence", "pair", "wrong", "prefix"),
    [
        ("Honduras established diplomatic relations with China on Sunday, a day after severing its ties with Taiwan.", ("HND", "TWN"), ("CHN", "TWN"), "161"),
        ("Hungary restored relations with Russia on Friday, a day after expelling its ambassador.", ("HUN", "RUS"), ("RUS", "HUN"), "166"),
    ],
)
def test_the_gerund_of_a_phrase_of_time_is_the_main_subjects_act(coder: Coder, sentence: str, pair: tuple[str, str], wrong: tuple[str, str], prefix: str) -> None:
    found = pairs(coder, sentence, prefix)
    assert pair in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        (
            "Saudi Arabia cut ties with Iran on Sunday. Bahrain followed suit on Monday and Sudan also severed ties, "
            "while the United Arab Emirates downgraded relations and recalled its ambassador.",
            ("ARE", "IRN"),
            ("ARE", "BHR"),
        ),
        (
            "Lithuania expelled three Russian diplomats on Friday, while Latvia, which borders Belarus, recalled its ambassador.",
            ("LVA", "RUS"),
            ("LVA", "BLR"),
        ),
    ],
)
def test_an_act_naming_no_target_takes_the_target_of_the_same_kind_of_act_before_it(coder: Coder, text: str, pair: tuple[str, str], wrong: tuple[str, str]) -> None:
    found = pairs(coder, text, "16")
    assert pair in found
    assert wrong not in found


def test_acts_of_another_kind_lend_no_target(coder: Coder) -> None:
    # (talks before a recall say nothing of whom the ambassador is recalled from)
    found = parallel_free(coder)
    assert ("DZA", "ESP") not in found


def parallel_free(coder: Coder) -> set[tuple[str, str]]:
    text = "Spain held talks with Morocco on Monday, while Algeria recalled its ambassador."
    return {(e.source.country, e.target.country) for e in code(coder, text) if "+parallel" in e.rule}


@pytest.mark.parametrize(
    ("text", "pair", "prefix"),
    [
        ("Saudi Arabia has never recognised Israel. Saudi Arabia did not join the accords, under which Bahrain established ties with the Jewish state.", ("BHR", "ISR"), "05"),
        ("Indonesia has no ties with Israel, and Jakarta said on Monday it would not normalise relations with the Jewish state.", ("IDN", "ISR"), "05"),
    ],
)
def test_the_jewish_state_is_israel(coder: Coder, text: str, pair: tuple[str, str], prefix: str) -> None:
    assert pair in pairs(coder, text, prefix)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Saudi Arabia and Iran restored relations in 2023, seven years after Riyadh cut ties.", ("SAU", "IRN")),
        ("Nicaragua severed diplomatic ties on Thursday, Taiwan's foreign ministry said.", ("NIC", "TWN")),
        ("The Maldives cut ties in 2016, the Iranian foreign ministry recalled.", ("MDV", "IRN")),
    ],
)
def test_ties_cut_with_no_one_named_are_cut_with_the_state_the_sentence_is_about(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(coder, text, "161")


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        (
            "Uganda has deployed special forces to Juba. The United States ordered non-emergency staff to leave its embassy in Juba, "
            "and Germany and Norway temporarily closed their embassies.",
            ("DEU", "SSD"),
            ("DEU", "UGA"),
        ),
        (
            "Tensions rose with Russia. Britain said it would keep its embassy in Kyiv open, while Canada and Italy closed their embassies.",
            ("CAN", "UKR"),
            ("CAN", "GBR"),
        ),
    ],
)
def test_an_embassy_closed_is_in_the_capital_where_the_sentence_seats_one(coder: Coder, text: str, pair: tuple[str, str], wrong: tuple[str, str]) -> None:
    found = pairs(coder, text, "161")
    assert pair in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "prefix", "states", "others"),
    [
        (
            "Brazilian President Lula stood beside Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa at the summit. "
            "Argentina sent an observer, and Chile and Peru sent ministers. U.S. President Donald Trump accused the three leaders of plotting against the dollar.",
            "112",
            {"BRA", "IND", "ZAF"},
            {"ARG", "CHL", "PER"},
        ),
        (
            "Chinese President Xi Jinping hosted Russian President Vladimir Putin and Iranian President Masoud Pezeshkian in Tianjin on Monday. "
            "Japan sent an observer, while South Korea and India stayed away. Britain criticised the three leaders on Tuesday.",
            "111",
            {"CHN", "RUS", "IRN"},
            {"JPN", "KOR", "IND"},
        ),
    ],
)
def test_counted_leaders_are_the_states_of_the_people_named(coder: Coder, text: str, prefix: str, states: set[str], others: set[str]) -> None:
    targets = {t for _, t in pairs(coder, text, prefix)}
    assert states <= targets
    assert not targets & others
