"""Regressions of the issue 13 rules, named after what broke, in preparing the text for the parser:
the pre-pass that picks the sentences worth parsing, wire datelines and title-case headlines."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from dyadwatch.events.prepass import worth_parsing
from dyadwatch.records import Article
from event_support import code, quads
from rule_support import read


def test_the_pre_pass_lets_a_denial_find_its_accuser(coder: Coder) -> None:
    # the second sentence names one party: the pre-pass must still parse it
    text = "Peru accused Chile of espionage. Chile denied the charge."
    assert ("CHL", "PER", "110", "asserted") in quads(code(coder, text))
    _, ctx = read("Chile denied the charge.")
    assert worth_parsing("Chile denied the charge.", list(ctx.mentions.values()))


def test_the_pre_pass_lets_a_reaction_to_the_move_find_its_act(coder: Coder) -> None:
    text = "The United States imposed new sanctions on Peru on Monday. Lima condemned the move as illegal."
    assert ("PER", "USA", "111", "asserted") in quads(code(coder, text))
    _, ctx = read("Lima condemned the move as illegal.")
    assert worth_parsing("Lima condemned the move as illegal.", list(ctx.mentions.values()))


def test_the_pre_pass_lets_a_vowed_retaliation_find_whom_it_answers(coder: Coder) -> None:
    text = "Peru said on Tuesday it would expel a Chilean diplomat. Santiago vowed to retaliate."
    assert ("CHL", "PER", "130", "asserted") in quads(code(coder, text))


def test_a_title_case_headline_is_lowered_after_an_acronym_that_opens_it() -> None:
    from dyadwatch.nlp.segment import sentence_case

    # the opening word keeps its case, and only it: "Extends" after "EU" is lowered
    assert sentence_case("EU Extends Sanctions On Peru", []) == "EU extends sanctions on peru"
    assert sentence_case("Chile Recalls Ambassador", []) == "Chile recalls ambassador"


def test_a_title_case_headline_after_an_acronym_codes(coder: Coder) -> None:
    events = coder.code(Article(id="h", title="EU Extends Sanctions On Peru", text="No details were given.", date=date(2023, 5, 1)))
    assert ("EUR", "PER", "163") in {(e.source.country, e.target.country, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("LIMA (Reuters) - Chile and Bolivia signed a pact.", "LIMA (Reuters) - "),
        ("LA PAZ, March 3 (AFP) — Chile summoned the envoy.", "LA PAZ, March 3 (AFP) — "),
        ("SANTIAGO — Peru expelled two diplomats.", "SANTIAGO — "),
        # a story filed from two places
        ("LIMA/SANTIAGO, Oct 30 (Reuters) - Peru expelled two diplomats.", "LIMA/SANTIAGO, Oct 30 (Reuters) - "),
        ("LA PAZ/THE HAGUE, May 2 (AP) - Peru expelled two diplomats.", "LA PAZ/THE HAGUE, May 2 (AP) - "),
        ("OAS - the body met.", ""),  # no sentence after the dash: no dateline
    ],
)


def test_a_wire_dateline_is_blanked_for_the_parser(text: str, blanked: str) -> None:
    from dyadwatch.nlp.segment import without_dateline

    out = without_dateline(text)
    assert len(out) == len(text) and out == " " * len(blanked) + text[len(blanked) :]


def test_a_dateline_city_is_no_coordinated_subject(coder: Coder) -> None:
    text = ("BRUSSELS (Reuters) - Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic "
            "failed to agree on steps to ease tensions.")  # fmt: skip
    got = quads(code(coder, text))
    assert got and not any("BEL" in (q[0][:3], q[1][:3]) for q in got)


def test_a_dateline_with_its_country_is_blanked() -> None:
    from dyadwatch.nlp.segment import without_dateline

    assert without_dateline("LIMA, Peru (AP) — Peru said").lstrip() == "Peru said"
    assert without_dateline("WASHINGTON, D.C. (AP) — The").lstrip() == "The"
