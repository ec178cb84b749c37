"""Verbs of saying and announcing (data/events/speech.yaml), loaded once and validated.

Every rule that asks "is this a speech verb?" asks it here, by the name of its list:
``speaker_verbs`` (who speaks a quote, whose claim a clause is), ``cue_verbs`` (the
pre-pass), ``reports_future_verbs`` (status: "said it would"), ``performative_verbs``
(announcing one's own act does it), ``confirming_verbs`` (a party confirming an act
settles it); and on raw text, before any parse, ``voiced`` (a
sentence that may have a political voice) and ``said_colon`` ("X said:" introducing
speech paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..codebook import load_codebook
from ..errors import DataFileError
from ..yamlfiles import read_yaml


@dataclass(frozen=True, slots=True)
class SpeechWords:
    version: str
    speaker_verbs: frozenset[str]
    finding_verbs: frozenset[str]  # "a UN panel reported that ...": a clause the body's claim
    thanking_verbs: frozenset[str]  # "thanked China for the help it provided": China's act
    #: thanking_verbs and accusing_verbs: who is thanked or blamed for an act did it
    crediting_verbs: frozenset[str]
    cue_verbs: frozenset[str]
    reports_future_verbs: frozenset[str]
    performative_verbs: frozenset[str]
    confirming_verbs: frozenset[str]
    accusing_verbs: frozenset[str]
    unnamed_speakers: frozenset[str]  # with unnamed_officials: a speaker named only by kind
    unnamed_officials: frozenset[str]
    collective_subjects: frozenset[str]
    voiced: re.Pattern[str]  # a form of saying, or a quotation mark, anywhere in raw text
    said_colon: re.Pattern[str]  # a paragraph that ends by introducing speech
    verbal_roots: frozenset[str]
    self_reported_roots: frozenset[str]
    self_reported_codes: frozenset[str]
    official_reported_roots: frozenset[str]
    participant_reported_roots: frozenset[str]
    joint_voice_phrases: tuple[str, ...]
    joint_voice_lists: tuple[str, ...]
    first_person_formulas: frozenset[str]
    hostile_roots: frozenset[str]
    hostile_codes: frozenset[str]
    document_nouns: frozenset[str]
    voted_texts: frozenset[str]  # "a U.N. General Assembly vote condemning ...": the body's voice
    voiced_nouns: frozenset[str]  # "criticism from Washington": the from-phrase is the author
    state_media_nouns: frozenset[str]  # "according to state television": a state's own voice
    documentary_sources: frozenset[str]  # "according to shipping data": records, no party's word


def _words(raw: dict, key: str, where: str) -> list[str]:
    words = raw.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise DataFileError(f"{where}: {key} must be a non-empty list of words")
    return [w.lower() for w in words]


def _root_set(raw: dict, key: str, where: str) -> frozenset[str]:
    codebook = load_codebook()
    roots = [str(r) for r in raw.get(key) or []]
    if not roots or any(len(r) != 2 or r not in codebook for r in roots):
        raise DataFileError(f"{where}: {key} must list CAMEO roots of the codebook")
    return frozenset(roots)


def _code_set(raw: dict, key: str, where: str) -> frozenset[str]:
    codebook = load_codebook()
    codes = [str(r) for r in raw.get(key) or []]
    if not codes or any(r not in codebook for r in codes):
        raise DataFileError(f"{where}: {key} must list CAMEO codes of the codebook")
    return frozenset(codes)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def build_speech(raw: object, where: str) -> SpeechWords:
    """Validate the parsed speech.yaml (DataFileError on any problem)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str):
        raise DataFileError(f"{where}: expected a mapping with a string 'version'")
    voiced = _alternation(_words(raw, "voiced_forms", where)) + '|“|”|"'
    # "told reporters:": the verb's object stands between the verb and the colon
    said = "|".join([
        _alternation(_words(raw, "said_colon_forms", where)),
        *(re.escape(f) + " [A-Za-z ]+" for f in _words(raw, "said_colon_object_forms", where)),
    ])  # fmt: skip
    thanking, accusing = frozenset(_words(raw, "thanking_verbs", where)), frozenset(_words(raw, "accusing_verbs", where))
    return SpeechWords(
        version=raw["version"],
        speaker_verbs=frozenset(_words(raw, "speaker_verbs", where)),
        finding_verbs=frozenset(_words(raw, "finding_verbs", where)),
        thanking_verbs=thanking,
        crediting_verbs=thanking | accusing,
        cue_verbs=frozenset(_words(raw, "cue_verbs", where)),
        reports_future_verbs=frozenset(_words(raw, "reports_future_verbs", where)),
        performative_verbs=frozenset(_words(raw, "performative_verbs", where)),
        confirming_verbs=frozenset(_words(raw, "confirming_verbs", where)),
        accusing_verbs=accusing,
        unnamed_speakers=frozenset(_words(raw, "unnamed_speakers", where)),
        unnamed_officials=frozenset(_words(raw, "unnamed_officials", where)),
        collective_subjects=frozenset(_words(raw, "collective_subjects", where)),
        voiced=re.compile(rf"\b({voiced})", re.IGNORECASE),
        said_colon=re.compile(rf"\b({said})\s*:\s*$", re.IGNORECASE),
        verbal_roots=_root_set(raw, "verbal_roots", where),
        self_reported_roots=_root_set(raw, "self_reported_roots", where),
        self_reported_codes=_code_set(raw, "self_reported_codes", where),
        official_reported_roots=_root_set(raw, "official_reported_roots", where),
        participant_reported_roots=_root_set(raw, "participant_reported_roots", where),
        joint_voice_phrases=tuple(w.lower() for w in _words(raw, "joint_voice_phrases", where)),
        joint_voice_lists=tuple(_words(raw, "joint_voice_lists", where)),
        first_person_formulas=frozenset(_words(raw, "first_person_formulas", where)),
        hostile_roots=_root_set(raw, "hostile_roots", where),
        hostile_codes=_code_set(raw, "hostile_codes", where),
        document_nouns=frozenset(_words(raw, "document_nouns", where)),
        voted_texts=frozenset(_words(raw, "voted_texts", where)),
        voiced_nouns=frozenset(_words(raw, "voiced_nouns", where)),
        state_media_nouns=frozenset(_words(raw, "state_media_nouns", where)),
        documentary_sources=frozenset(_words(raw, "documentary_sources", where)),
    )


@cache
def load_speech() -> SpeechWords:
    """The packaged speech words (cached: loaded once per process)."""
    path = resources.files("dyadwatch") / "data" / "events" / "speech.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read speech words {path}: {exc}") from exc
    return build_speech(raw, str(path))


def self_reported(code: str) -> bool:
    """An act its own actor's word reports as done (speech.yaml self_reported_roots and
    self_reported_codes)."""
    speech = load_speech()
    return code[:2] in speech.self_reported_roots or code in speech.self_reported_codes
