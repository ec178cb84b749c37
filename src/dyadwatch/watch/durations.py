"""Durations as people write them on a command line: ``15m``, ``1s``, ``1h30m``, ``90``.

A number alone is seconds. Units: ``ms``, ``s``, ``m``, ``h``, ``d``; parts add up.
"""

from __future__ import annotations

import re

_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)?")
_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


def parse_duration(text: str) -> float:
    """Seconds in ``text``; ValueError (saying the accepted forms) when it is not one."""
    value = text.strip().lower().replace(" ", "")
    total = 0.0
    pos = 0
    while pos < len(value):
        m = _PART.match(value, pos)
        if m is None or (m.group(2) is None and (pos > 0 or m.end() != len(value))):
            break  # a number without a unit only stands alone
        total += float(m.group(1)) * _SECONDS[m.group(2)]
        pos = m.end()
    if not value or pos != len(value) or total <= 0:
        raise ValueError(
            f"{text!r} is not a duration: write a positive number with a unit, "
            "e.g. 15m, 1s, 1h30m, 500ms (a number alone is seconds)"
        )
    return total


def format_duration(seconds: float) -> str:
    """A short human form: ``1.5 s``, ``15 min``, ``2 h``."""
    if seconds < 60:
        return f"{seconds:g} s"
    if seconds < 3600:
        return f"{seconds / 60:g} min"
    return f"{seconds / 3600:g} h"
