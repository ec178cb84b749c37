"""The words the trigger and argument rules read off the parse (data/events/parse_words.yaml):
nouns of quantity and carrier nouns between a verb and its act, nouns of counted groups,
verbs that only declare or only say that something took place, prepositions of occasion,
nouns of sponsoring a joint act."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..errors import DataFileError
from ..yamlfiles import read_yaml


@dataclass(frozen=True, slots=True)
class ParseWords:
    quantity_nouns: frozenset[str]
    carrier_nouns: frozenset[str]
    group_nouns: frozenset[str]
    declaring_verbs: frozenset[str]
    occurring_verbs: frozenset[str]
    occasion_prepositions: frozenset[str]
    #: nouns of sponsoring a joint act ("under the auspices of X")
    sponsor_nouns: frozenset[str]
    #: verb -> the objects or adverbs that make it repeat the act told before it
    #: ("followed suit", "did the same", "did likewise")
    follow_suit: Mapping[str, frozenset[str]]
    #: adverbs that tell an act as one more of its kind ("Sudan also severed ties")
    also_words: frozenset[str]
    #: acts done by speaking, the speaker's when coordinated after a reported clause
    speaker_act_verbs: frozenset[str]
    #: verbs of saying that govern a reported clause
    reporting_verbs: frozenset[str]
    #: verbs whose object does what their to-infinitive says ("prompting Islamabad to expel")
    object_control_verbs: frozenset[str]
    #: verbs of joining another in an act ("joined Britain in expelling"): the one joined acts too
    joining_verbs: frozenset[str]
    #: prepositions of company whose object acts with the subject ("along with", "like")
    companion_prepositions: frozenset[str]
    #: plural nouns of states addressed as a class ("urged its partners", "urged Pacific
    #: governments"): a verb with such an object names others, no state of its neighbour's act
    addressed_group_nouns: frozenset[str]

    @property
    def carrying_nouns(self) -> frozenset[str]:
        """Nouns of quantity or carriers: either stands between a verb and its act."""
        return self.quantity_nouns | self.carrier_nouns


_FIELDS = ("quantity_nouns", "carrier_nouns", "group_nouns", "declaring_verbs", "occurring_verbs", "occasion_prepositions", "sponsor_nouns", "also_words",
           "speaker_act_verbs", "reporting_verbs", "object_control_verbs",
           "joining_verbs", "companion_prepositions", "addressed_group_nouns")


@cache
def load_parse_words() -> ParseWords:
    path = resources.files("dyadwatch") / "data" / "events" / "parse_words.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read parse words {path}: {exc}") from exc
    missing = [k for k in _FIELDS if not isinstance(raw.get(k), list) or not raw[k]]
    if missing:
        raise DataFileError(f"{path}: missing or empty word lists: {', '.join(missing)}")
    echo = raw.get("follow_suit")
    if not isinstance(echo, dict) or not echo:
        raise DataFileError(f"{path}: missing or empty follow_suit")
    follow = {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in echo.items()}
    return ParseWords(**{k: frozenset(str(w).lower() for w in raw[k]) for k in _FIELDS}, follow_suit=follow)
