"""Regressions of the lex18 rules: a reaction to an act named by a noun ("the move", "this
step", "the remarks", "the execution") targets the act's actor: the actor a phrase names
with the noun (possessor, "of", "by"), else the actor of the last act of the noun's kind the
article told (an act against the judge, for a hostile reaction), never the judge itself."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def test_a_hostile_reaction_to_the_move_answers_the_act_against_the_judge(coder: Coder) -> None:
    text = ("Chile suspended a fishing agreement with Peru on Monday, after a British frigate docked in Lima for joint drills. "
            "Peru's president dismissed the move.")  # fmt: skip
    found = {q[:3] for q in quads(code(coder, text)) if q[3] == "asserted"}
    assert ("PER", "CHL", "120") in found
    assert not any(q[:2] == ("PER", "GBR") for q in found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a noun of any act points back at the last one named with its actor
        (
            "Ghana welcomed the Nigerian decision to close the border. Togo regretted the step.",
            ("TGO", "NGA", "110"),
        ),
        (
            "Spain's government announced the decision of Portugal to close the border. Morocco rejected this step.",
            ("MAR", "PRT", "120"),
        ),
        # a noun of its own kind, named with its actor
        (
            "Iran's execution of a Swedish-Iranian doctor on Saturday drew protests. Finland condemned the execution.",
            ("FIN", "IRN", "111"),
        ),
        # a noun of speech points back at the last act of speech
        (
            "Hungary's prime minister accused Slovakia of betrayal on Monday. Slovakia condemned the remarks.",
            ("SVK", "HUN", "111"),
        ),
        (
            "Hungary's foreign minister criticised Slovakia over its energy policy on Monday. A week later, Poland imposed tariffs "
            "on Slovak steel. Bratislava condemned the comments.",
            ("SVK", "HUN", "111"),
        ),
    ],
)
def test_a_reaction_to_an_act_noun_targets_its_actor(
    coder: Coder, text: str, triple: tuple[str, str, str]
) -> None:
    assert (*triple, "asserted") in quads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        # the judge's own act
        "Spain recalled its ambassador from Algeria on Monday. The Spanish foreign minister said the decision was regrettable but necessary.",
        "Spain recalled its ambassador from Algeria on Monday. Madrid regretted the decision.",
        # a domestic act, judged by no actor
        "Brazil's congress approved a new budget law on Monday. Opposition leaders criticised the decision.",
    ],
)
def test_a_reaction_to_its_own_or_a_domestic_act_targets_no_one(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2][:2] in ("11", "12") for q in found), found
