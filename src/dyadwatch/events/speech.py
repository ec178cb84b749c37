"""Verbs of saying and announcing (data/events/speech.yaml), loaded once and validated.

Every rule that asks "is this a speech verb?" asks it here, under the name of its role:
``speaker_verbs`` (who speaks a quote, whose claim a clause is), ``cue_verbs`` (the
pre-pass), ``reports_future_verbs`` (status: "said it would"), ``performative_verbs``
(announcing one's own act does it); and on raw text, before any parse, ``voiced`` (a
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

_LEMMA_ROLES = frozenset({"speaker", "cue", "reports_future", "performs"})
_FORM_ROLES = frozenset({"voiced", "colon", "colon_object"})


@dataclass(frozen=True, slots=True)
class SpeechWords:
    version: str
    speaker_verbs: frozenset[str]
    cue_verbs: frozenset[str]
    reports_future_verbs: frozenset[str]
    performative_verbs: frozenset[str]
    voiced: re.Pattern[str]  # a form of saying, or a quotation mark, anywhere in raw text
    said_colon: re.Pattern[str]  # a paragraph that ends by introducing speech
    verbal_roots: frozenset[str]
    hostile_roots: frozenset[str]


def _roles(table: object, allowed: frozenset[str], where: str) -> dict[str, list[str]]:
    """Role -> words, in the file's order."""
    if not isinstance(table, dict) or not table:
        raise DataFileError(f"{where}: expected a non-empty mapping of words to roles")
    out: dict[str, list[str]] = {role: [] for role in sorted(allowed)}
    for word, roles in table.items():
        if not isinstance(roles, list) or not roles or any(r not in allowed for r in roles):
            raise DataFileError(f"{where}: {word!r} needs a list of roles from {sorted(allowed)}")
        for role in roles:
            out[role].append(str(word).lower())
    return out


def _root_set(raw: dict, key: str, where: str) -> frozenset[str]:
    codebook = load_codebook()
    roots = [str(r) for r in raw.get(key) or []]
    if not roots or any(len(r) != 2 or r not in codebook for r in roots):
        raise DataFileError(f"{where}: {key} must list CAMEO roots of the codebook")
    return frozenset(roots)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def build_speech(raw: object, where: str) -> SpeechWords:
    """Validate the parsed speech.yaml (DataFileError on any problem)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str):
        raise DataFileError(f"{where}: expected a mapping with a string 'version'")
    lemmas = _roles(raw.get("lemmas"), _LEMMA_ROLES, f"{where}: lemmas")
    forms = _roles(raw.get("forms"), _FORM_ROLES, f"{where}: forms")
    voiced = _alternation(forms["voiced"]) + '|“|”|"'
    # "told reporters:": the verb's object stands between the verb and the colon
    said = "|".join([_alternation(forms["colon"]), *(re.escape(f) + " [A-Za-z ]+" for f in forms["colon_object"])])
    return SpeechWords(
        version=raw["version"],
        speaker_verbs=frozenset(lemmas["speaker"]),
        cue_verbs=frozenset(lemmas["cue"]),
        reports_future_verbs=frozenset(lemmas["reports_future"]),
        performative_verbs=frozenset(lemmas["performs"]),
        voiced=re.compile(rf"\b({voiced})", re.IGNORECASE),
        said_colon=re.compile(rf"\b({said})\s*:\s*$", re.IGNORECASE),
        verbal_roots=_root_set(raw, "verbal_roots", where),
        hostile_roots=_root_set(raw, "hostile_roots", where),
    )


@cache
def load_speech() -> SpeechWords:
    """The packaged speech words (cached: loaded once per process)."""
    path = resources.files("dyadwatch") / "data" / "events" / "speech.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read speech words {path}: {exc}") from exc
    return build_speech(raw, str(path))
