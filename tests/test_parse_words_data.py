"""The word lists the rules read off the parse and the titles before names are data files
(data/events/parse_words.yaml, data/actors/titles.yaml), read once and checked when loaded."""

from __future__ import annotations

from importlib import resources

import yaml

from dyadwatch.actors.titles import load_titles
from dyadwatch.events.parse_words import load_parse_words


def _raw(*parts: str) -> dict:
    return yaml.safe_load((resources.files("dyadwatch").joinpath("data", *parts)).read_text(encoding="utf-8"))


def test_every_parse_word_list_is_loaded_as_written() -> None:
    raw = _raw("events", "parse_words.yaml")
    words = load_parse_words()
    for name in ("quantity_nouns", "carrier_nouns", "group_nouns", "declaring_verbs", "occurring_verbs", "occasion_prepositions"):
        written = [str(w) for w in raw[name]]
        assert len(written) == len(set(written)), f"{name} repeats a word"
        assert getattr(words, name) == frozenset(w.lower() for w in written)
    assert words.carrying_nouns == words.quantity_nouns | words.carrier_nouns


def test_titles_match_with_and_without_a_full_stop() -> None:
    raw = _raw("actors", "titles.yaml")["titles"]
    titles = load_titles()
    for word in raw:
        assert word in titles and word + "." in titles
    assert len(titles) == 2 * len(set(raw))
