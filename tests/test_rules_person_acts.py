"""Regressions of the person-act rules: a state's arrest, detention or release of a person
is an act against the person's state (the nationality the text gives him, in an
apposition or before the name, remembered for later mentions); an act only a state does,
told in a passive that names no doer, is by the state of the place it happened in."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        (
            "Maria Lopez, a Peruvian engineer, was arrested in Caracas on Monday.",
            ("VEN", "PER", "173", "asserted"),
        ),
        (
            "Chilean citizen Jorge Soto was detained at Havana airport in May.",
            ("CUB", "CHL", "173", "asserted"),
        ),
        (
            "Anna Berg, a Norwegian aid worker, was jailed in Tehran last year.",
            ("IRN", "NOR", "173", "asserted"),
        ),
    ],
)
def test_an_agentless_passive_is_by_the_state_of_the_place(
    coder: Coder, text: str, quad: tuple[str, str, str, str]
) -> None:
    assert quad in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, a Peruvian engineer, was killed in Caracas on Monday.",
        "Maria Lopez, a Peruvian engineer, was kidnapped in Caracas on Monday.",
    ],
)
def test_acts_armed_groups_also_do_name_no_doer_by_their_place(coder: Coder, text: str) -> None:
    assert not any(e.source.country == "VEN" for e in code(coder, text))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        (
            "Tomas Novak, a Czech tourist, flew to Minsk in May. Belarusian police arrested Novak a day later.",
            ("BLR", "CZE", "173", "asserted"),
        ),
        (
            "Lena Fischer, a citizen of Austria, was held for a year. Egypt released her on Tuesday.",
            ("EGY", "AUT", "084", "asserted"),
        ),
        (
            "Ahmed Karimi, a Dutch national, had lived in Mombasa. Kenyan police detained Karimi in March.",
            ("KEN", "NLD", "173", "asserted"),
        ),
    ],
)
def test_a_person_named_again_carries_his_nationality(
    coder: Coder, text: str, quad: tuple[str, str, str, str]
) -> None:
    assert quad in quads(code(coder, text))


def test_a_dual_national_is_acted_on_through_his_other_state(coder: Coder) -> None:
    found = quads(
        code(
            coder,
            "Oleg Ivanov, a Russian-Canadian dual national, was here in 2019. Russia detained Ivanov in 2020.",
        )
    )
    assert ("RUS", "CAN", "173", "asserted") in found


def test_an_act_that_is_not_on_a_person_takes_no_nationality(coder: Coder) -> None:
    found = quads(
        code(
            coder,
            "Tomas Novak, a Czech tourist, flew to Minsk in May. Belarus criticised Novak a day later.",
        )
    )
    assert not any(q[1] == "CZE" for q in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        (
            "Cuba freed a Spanish journalist in exchange for a Cuban diplomat held in Spain.",
            ("ESP", "CUB", "084", "asserted"),
        ),
        (
            "Belarus released two Polish citizens in return for a Belarusian national.",
            ("POL", "BLR", "084", "asserted"),
        ),
    ],
)
def test_the_other_release_of_a_swap(
    coder: Coder, text: str, quad: tuple[str, str, str, str]
) -> None:
    assert quad in quads(code(coder, text))


def test_a_person_of_no_stated_nationality_in_a_detention_story(coder: Coder) -> None:
    text = (
        "Venezuela on Friday freed a Colombian engineer. Pablo Rios, who was arrested at Caracas airport in May, "
        "flew home. Colombian police arrested Hugo Mendez in June."
    )
    found = quads(code(coder, text))
    assert ("VEN", "COL", "173", "asserted") in found
    assert ("COL", "VEN", "173", "asserted") in found


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        (
            "Saudi Arabia executed two Jordanian citizens on Tuesday.",
            ("SAU", "JOR", "180", "asserted"),
        ),
        (
            "Li Wei, a Taiwanese businessman, was tried. China executed Li in June.",
            ("CHN", "TWN", "180", "asserted"),
        ),
    ],
)
def test_an_execution_is_against_the_persons_state(
    coder: Coder, text: str, quad: tuple[str, str, str, str]
) -> None:
    assert quad in quads(code(coder, text))


def test_an_execution_takes_no_state_named_deeper_in_the_object(coder: Coder) -> None:
    found = quads(code(coder, "Iran executed a man accused of spying for Israel."))
    assert not any(q[1] == "ISR" for q in found)


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        (
            "Moscow's arrest of Paul Walsh, a British teacher, angered London.",
            ("RUS", "GBR", "173", "asserted"),
        ),
        (
            "Karl Weber, an Austrian climber, was held. Austria protested the arrest of Weber by Pakistan.",
            ("PAK", "AUT", "173", "asserted"),
        ),
    ],
)
def test_an_act_noun_is_on_the_person_of_its_of_phrase(
    coder: Coder, text: str, quad: tuple[str, str, str, str]
) -> None:
    assert quad in quads(code(coder, text))


@pytest.mark.parametrize(
    ("text", "quad"),
    [
        (
            "Iran detained two French citizens in May. France called for the release of its citizens.",
            ("FRA", "IRN", "100", "asserted"),
        ),
        (
            "Iran detained two French citizens in May. The EU demanded the release of the two French citizens.",
            ("EUR", "IRN", "100", "asserted"),
        ),
        (
            "Russian police arrested Tom Hale, an American teacher, in March. Washington demanded his release.",
            ("USA", "RUS", "100", "asserted"),
        ),
    ],
)
def test_a_demand_for_a_release_is_on_the_holder(
    coder: Coder, text: str, quad: tuple[str, str, str, str]
) -> None:
    found = quads(code(coder, text))
    assert quad in found
    assert not any(q[2] == "100" and q[1] in ("FRA", "USA") for q in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The journalist was freed in a prisoner swap between Minsk and Warsaw in 2019.",
            {"BLR", "POL"},
        ),
        ("Armenia and Azerbaijan carried out a prisoner exchange on Friday.", {"ARM", "AZE"}),
        ("The hostage exchange between Israel and Lebanon ended in 2008.", {"ISR", "LBN"}),
    ],
)
def test_a_prisoner_swap_is_a_release_both_ways(coder: Coder, text: str, pair: set[str]) -> None:
    assert any(
        {e.source.country, e.target.country} == pair and e.cameo == "084" and e.symmetric
        for e in code(coder, text)
    )


def test_a_currency_swap_is_no_release(coder: Coder) -> None:
    assert not any(
        e.cameo == "084"
        for e in code(
            coder, "China and Argentina renewed a currency swap between their central banks."
        )
    )
