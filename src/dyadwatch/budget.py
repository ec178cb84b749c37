"""One document's time budget (``DYADWATCH_DOCUMENT_TIME_BUDGET``).

Each document gets its own ``Budget``: the time spent on it before its clock runs
(preparation, its share of a parse shared with other documents) is charged first; once
``start()`` is called, ``check()`` raises TimeBudgetError when what is left is used up.
One-time loads that are no document's fault (the gazetteer) run ``excused()``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import TimeBudgetError


@dataclass(slots=True)
class Budget:
    name: str  # the document, as errors name it
    seconds: float | None  # None or 0: no limit
    spent: float = 0.0  # seconds charged before the clock started
    deadline: float | None = None  # time.monotonic() at which the budget runs out

    def charge(self, seconds: float) -> None:
        self.spent += seconds

    def start(self) -> None:
        """From now on the checks count: what is left of the budget."""
        self.deadline = time.monotonic() + self.seconds - self.spent if self.seconds else None

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetError(
                self.name,
                f"coding took longer than the {self.seconds:g} s budget (DYADWATCH_DOCUMENT_TIME_BUDGET)",
            )

    @contextmanager
    def excused(self) -> Iterator[None]:
        """The time spent inside is not charged to the document."""
        started = time.monotonic()
        try:
            yield
        finally:
            if self.deadline is not None:
                self.deadline += time.monotonic() - started
