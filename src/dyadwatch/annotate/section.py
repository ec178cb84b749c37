"""Sections: headline, body, commentary (GUIDELINES §5).

Commentary is text that is not the outlet's reporting: everything after a
"Source: <outlet>" line (a reposter's remarks), reader comments, opinion and letters
sections. The markers are data (data/sections.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..records import Section
from ..yamlfiles import read_yaml


@dataclass(frozen=True, slots=True)
class SectionMap:
    headline_end: int
    commentary_start: int | None

    def section_at(self, offset: int) -> Section:
        if offset < self.headline_end:
            return Section.HEADLINE
        if self.commentary_start is not None and offset >= self.commentary_start:
            return Section.COMMENTARY
        return Section.BODY


@cache
def _markers() -> tuple[re.Pattern[str], ...]:
    raw = read_yaml((resources.files("dyadwatch") / "data" / "sections.yaml").read_text("utf-8"))
    return tuple(re.compile(p, re.IGNORECASE) for p in raw["commentary_line_patterns"])


def section_map(full_text: str, headline_end: int) -> SectionMap:
    """Find where commentary starts: the first line matching a commentary marker."""
    pos = headline_end
    for line in full_text[headline_end:].split("\n"):
        stripped = line.strip()
        if stripped and any(p.fullmatch(stripped) for p in _markers()):
            return SectionMap(headline_end, pos + len(line))
        pos += len(line) + 1
    return SectionMap(headline_end, None)
