"""The exclusion list applied when the CAMEO verb dictionary is compiled.

``data/events/cameo_exclusions.yaml`` names dictionary entries that measurably over-code,
each with the reason and the figure that justified it. Excluding is explicit: what is
excluded is listed in the build report, never dropped silently.

- ``codes``: a code (or code prefix) the dictionary must not produce; a verb or pattern
  with it codes nothing (a pattern keeps blocking the verb's default code);
- ``verbs``: verb lemmas removed from every block; with ``default_only: true`` the verb
  keeps its patterns and loses only its own code ("found" still codes "found guilty");
- ``patterns``: patterns removed, by their line in ``CAMEO.2.0.txt``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..yamlfiles import read_yaml

_KINDS = ("codes", "verbs", "patterns")


def load_exclusions(path: Path) -> dict[str, list[dict[str, Any]]]:
    raw = read_yaml(path.read_text(encoding="utf-8")) or {}
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in _KINDS:
        entries = raw.get(kind) or []
        for entry in entries:
            key = {"codes": "code", "verbs": "verb", "patterns": "line"}[kind]
            if key not in entry or not entry.get("reason"):
                raise ValueError(f"{path}: every {kind} entry needs {key!r} and a 'reason' ({entry!r})")
        out[kind] = entries
    unknown = set(raw) - set(_KINDS)
    if unknown:
        raise ValueError(f"{path}: unknown sections {sorted(unknown)}")
    return out


def apply_exclusions(compiled: dict[str, Any], exclusions: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, Any], list[str]]:
    """The compiled dictionary without the excluded entries, and one line per exclusion made."""
    codes = {str(e["code"]): e["reason"] for e in exclusions.get("codes", [])}
    verbs = {str(e["verb"]).lower(): e["reason"] for e in exclusions.get("verbs", [])}
    defaults = {str(e["verb"]).lower() for e in exclusions.get("verbs", []) if e.get("default_only")}
    lines = {int(e["line"]): e["reason"] for e in exclusions.get("patterns", [])}
    done: list[str] = []

    def excluded_code(code: str | None) -> str | None:
        if code is None:
            return None
        return next((reason for prefix, reason in codes.items() if code.startswith(prefix)), None)

    blocks = []
    for block in compiled["blocks"]:
        kept_verbs = []
        for verb in block["verbs"]:
            name = " ".join(verb["words"])
            if name in defaults and verb["code"] is not None:
                done.append(f"verb `{name}`'s code {verb['code']} ({block['name']}): {verbs[name]}")
                verb = {**verb, "code": None}
            elif name in verbs and name not in defaults:
                done.append(f"verb `{name}` ({block['name']}): {verbs[name]}")
                continue
            if (reason := excluded_code(verb["code"])) is not None:
                done.append(f"code {verb['code']} of verb `{name}` ({block['name']}): {reason}")
                verb = {**verb, "code": None}
            kept_verbs.append(verb)
        kept_patterns = []
        for pattern in block["patterns"]:
            if pattern["line"] in lines:
                done.append(f"pattern line {pattern['line']} ({block['name']}): {lines[pattern['line']]}")
                continue
            if (reason := excluded_code(pattern["code"])) is not None:
                done.append(f"code {pattern['code']} of pattern line {pattern['line']} ({block['name']}): {reason}")
                pattern = {**pattern, "code": None}
            kept_patterns.append(pattern)
        if kept_verbs:
            blocks.append({**block, "verbs": kept_verbs, "patterns": kept_patterns})
    unused = [f"verb {v}" for v in verbs if not any(d.startswith(f"verb `{v}`") for d in done)]
    unused += [f"code {c}" for c in codes if not any(d.startswith(f"code {c}") for d in done)]
    unused += [f"pattern line {n}" for n in lines if not any(d.startswith(f"pattern line {n} ") for d in done)]
    if unused:
        raise ValueError(f"exclusions that match nothing in the dictionary: {', '.join(unused)}")
    return {**compiled, "blocks": blocks}, done
