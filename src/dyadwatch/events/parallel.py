"""Parallel acts: "Sudan also severed ties, while the United Arab Emirates downgraded
relations and recalled its ambassador" is the UAE recalling its ambassador from the state
Sudan broke with (Iran), not from a state the sentence happens to name.

An act that names no target, told in a sentence after acts of the same CAMEO root by other
doers that all name one and the same target, is aimed at that target: a sentence that
lists several states doing the same kind of thing lists them doing it to the same one.
"""

from __future__ import annotations

from ..records import Event, Status


def parallel_target(events: list[tuple[str, Event]], root: str, sentence_start: int, before: int, exclude: set[str]) -> str | None:
    """The one target of the acts of root ``root`` told in the sentence from
    ``sentence_start`` up to ``before`` by doers not in ``exclude``; None when there are
    none, when they differ, or when it is one of ``exclude``."""
    told = [e for _, e in events if sentence_start <= e.trigger_start < before and e.root == root
            and e.status in (Status.ASSERTED, Status.CLAIMED) and e.source.country not in exclude]  # fmt: skip
    targets = {e.target.country for e in told}
    if len(targets) != 1 or targets & exclude or targets & {e.source.country for e in told}:
        return None
    return targets.pop()
