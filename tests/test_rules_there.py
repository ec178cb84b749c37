"""A trigger whose place is the adverb "there" takes the state of the place the sentence
named before it, passing over the doer's own name (extract._there_antecedent): "would
reopen its embassy there", "would travel there for talks"."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the doer's own capital named last is passed over for the place before it
        ("A Japanese trade mission arrives in Nairobi on Friday; Tokyo said it would open an embassy there next year.",
         ("JPN", "KEN", "032", "asserted")),
        ("Peru's ambassador in Santiago said he would travel there next week.",
         ("PER", "CHL", "036", "asserted")),
    ],
)
def test_there_takes_the_place_named_before(coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(coder, sentence))


def test_there_after_the_doers_own_capital_only_names_no_target(coder: Coder) -> None:
    # (the only place is the doer's own: no state to go to)
    events = code(coder, "Putin told reporters in Moscow that he would travel there in May.")
    assert not [e for e in events if e.rule.endswith(">there")]
