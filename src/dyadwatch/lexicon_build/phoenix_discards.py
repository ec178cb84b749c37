"""Compile the Phoenix discard list (``Phoenix.discards.txt``, MIT) (build time only).

Each line is a phrase that PETRARCH never codes: a leading ``+`` discards the whole story,
otherwise the sentence; a trailing ``_`` makes the phrase end at a word boundary, otherwise
its last word is a stem ("WEIGHTLIFT" also matches "weightlifting"). Matching is
case-insensitive and starts at a word boundary. The project reads them as phrases never to
take for actors; the bare years the list also holds (1914 ... 2013, PETRARCH's way to skip
historical chronologies) are kept but marked ``kind: year``, since a year names no actor.
"""

from __future__ import annotations

import re
from typing import Any

from .report import BuildReport

FILE = "Phoenix.discards.txt"


def compile_discards(text: str, report: BuildReport) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, bool]] = set()
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body = raw.split("#", 1)[0].strip()
        if not body:
            report.skip("empty discard line", FILE, number, raw)
            continue
        scope = "sentence"
        if body.startswith("+"):
            scope, body = "story", body[1:].strip()
        whole = body.endswith("_")
        words = body.rstrip("_").replace("_", " ").split()
        if not words or not re.search(r"\w", " ".join(words)):
            report.skip("discard without a word", FILE, number, raw)
            continue
        phrase = " ".join(words).lower()
        key = (phrase, scope, whole)
        if key in seen:
            report.count("discards: repeated lines")
            continue
        seen.add(key)
        kind = "year" if re.fullmatch(r"\d{4}", phrase) else "phrase"
        out.append({"text": phrase, "scope": scope, "whole": whole, "kind": kind, "line": number})
        report.count(f"discards: {kind}s ({scope})")
    return out
