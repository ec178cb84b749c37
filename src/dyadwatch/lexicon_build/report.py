"""What a dictionary build translated and what it did not, by reason.

Every line of a source dictionary that the build does not turn into data ends up here
with its reason, its file and line: nothing is dropped silently. Bulk categories that a
rule excludes as a whole (companies, NGOs) are counted per rule instead of line by line,
so the report stays readable; the rule names exactly which lines it covers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class BuildReport:
    """Counts of what was compiled, and the lines that were not (reason, file, line, text)."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[str, str, int, str]] = field(default_factory=list)
    #: lines compiled with a documented assumption (reason, file, line, text)
    notes: list[tuple[str, str, int, str]] = field(default_factory=list)
    #: whole categories left out by rule: reason -> count of records
    excluded: Counter[str] = field(default_factory=Counter)

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def skip(self, reason: str, file: str, line: int, text: str) -> None:
        self.skipped.append((reason, file, line, text.strip()))

    def note(self, reason: str, file: str, line: int, text: str) -> None:
        self.notes.append((reason, file, line, text.strip()))

    def exclude(self, reason: str, n: int = 1) -> None:
        self.excluded[reason] += n

    def by_reason(self) -> Counter[str]:
        return Counter(reason for reason, _, _, _ in self.skipped)
