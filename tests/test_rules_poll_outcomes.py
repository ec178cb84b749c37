"""The outcome of a vote is the act of the state that held it: rejecting "the results of"
a poll targets the state the poll's phrase names, else the state the article is about
(evaluation.yaml outcome_nouns, polling_nouns; GUIDELINES §3)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_rejecting_results_of_a_named_poll_targets_its_state(coder: Coder) -> None:
    events = code(coder, "Canada rejected the results of Belarus's presidential election on Monday.")
    assert ("CAN", "BLR", "120", "asserted") in quads(events)


def test_rejecting_results_of_the_articles_poll_targets_the_topic(coder: Coder) -> None:
    text = ("Armenia's ruling party lost seats in a tense vote on Sunday. Armenian officials said turnout was low. "
            "The European Union said on Tuesday that it rejected the results of the parliamentary election.")
    assert ("EUR", "ARM", "120", "asserted") in quads(code(coder, text))


def test_outcome_of_talks_is_no_poll(coder: Coder) -> None:
    events = code(coder, "Armenia held talks with Azerbaijan on Monday. France rejected the outcome of the talks.")
    assert not [e for e in events if e.source.country == "FRA" and e.target.country == "ARM" and e.cameo.startswith("12") and "antecedent" in e.rule and "outcome" in e.target.text]
