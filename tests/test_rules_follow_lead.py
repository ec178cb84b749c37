"""Regressions of the pro-verb phrases that repeat the act told before them with a new
subject: besides "followed suit" and "did the same", "took similar steps" and "followed
Moscow's lead" (``parse_words.yaml`` ``follow_suit``)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _roots(events: list, source: str, target: str) -> set[str]:
    return {e.cameo[:2] for e in events if e.source.country == source and e.target.country == target}


@pytest.mark.parametrize(
    ("text", "followers"),
    [
        ("Mexico expelled North Korea's ambassador in September. Peru, Spain and Kuwait took similar steps.",
         ("PER", "ESP", "KWT")),
        ("Mexico expelled North Korea's ambassador in September. Peru took the same step in October.", ("PER",)),
        ("Mexico expelled North Korea's ambassador in September. Peru followed Mexico's lead in October.", ("PER",)),
        ("Mexico expelled North Korea's ambassador in September. Chile followed its example.", ("CHL",)),
    ],
)
def test_a_phrase_of_following_repeats_the_act_told_before(coder: Coder, text: str, followers: tuple[str, ...]) -> None:
    events = code(coder, text)
    assert "16" in _roots(events, "MEX", "PRK")
    for follower in followers:
        assert "16" in _roots(events, follower, "PRK"), follower


def test_steps_that_are_not_similar_repeat_nothing(coder: Coder) -> None:
    events = code(coder, "Mexico expelled North Korea's ambassador in September. Peru took steps to protect its trade.")
    assert not _roots(events, "PER", "PRK")


def test_a_hypothetical_follower_is_not_reported_as_fact(coder: Coder) -> None:
    events = code(coder, "Russia expelled two Estonian diplomats on Monday. Belarus might follow Moscow's lead.")
    assert ("BLR", "EST", "166", "asserted") not in quads(events)


def test_whose_lead_is_followed_picks_the_act_followed(coder: Coder) -> None:
    events = code(coder, "Russia recognised the two regions on Monday, and Cuba praised Russia's decision. "
                         "Nicaragua followed Moscow's lead on Friday.")
    # (Russia's recognition names no target, so there is nothing of Russia's to repeat;
    # Cuba's praise is not the lead followed)
    assert not [e for e in events if e.source.country == "NIC"]


def test_a_noun_of_the_act_points_at_its_first_telling_not_its_repeats(coder: Coder) -> None:
    events = code(coder, "Mexico expelled North Korea's ambassador in September. Peru and Spain took similar steps. "
                         "North Korea described the expulsion as a hostile act.")
    assert "11" in _roots(events, "PRK", "MEX")
    assert not _roots(events, "PRK", "ESP")
