"""Alert rules: what ``--alert RULE`` accepts, parsed and checked once, before any poll.

    dyad=VEN,PRK        an event between the two, either way (country, or actor-code prefix)
    actor=PRK           an event with PRK on either side
    root=16             an event of CAMEO root 16 (01 to 20)
    quad=material-conflict   an event of that quad class (verbal-cooperation,
                        material-cooperation, verbal-conflict, material-conflict, or 1-4)
    new-tie             the first cooperation event (quad class 1 or 2) between two states
                        that had none in the store before it
    shift=VEN,USA[:T[:D]]    the dyad's balance, the sum of the Goldstein scores of its
                        events (either way) dated in the D days (30) up to the event's day,
                        crosses +T or -T (T = 10) with this event

Every rule looks at reportable events only (asserted, outside commentary), as the
events-out feed does. A rule that does not parse is an ``InputError`` naming it (the
CLI makes it a usage error). Whether
an event matches the simple rules is decided here; ``new-tie`` and ``shift`` also ask
the store, which ``alerts.py`` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..records import QuadClass

KINDS = ("dyad", "actor", "root", "quad", "new-tie", "shift")
#: shift's defaults: the balance threshold (Goldstein points) and the window (days)
SHIFT_THRESHOLD = 10.0
SHIFT_DAYS = 30

_CODE = re.compile(r"^[A-Z0-9]{2,15}$")
_ROOT = re.compile(r"^(?:0?[1-9]|1[0-9]|20)$")
_QUADS = {q.value.replace(" ", "-"): q.number for q in QuadClass}


def _error(rule: str, reason: str) -> InputError:
    return InputError(f"--alert {rule!r}", reason)


@dataclass(frozen=True, slots=True)
class AlertRule:
    """One parsed ``--alert`` rule; ``text`` is its canonical form (it names the alert)."""

    text: str
    kind: str
    a: str = ""
    b: str = ""
    root: str = ""
    quad: int = 0
    threshold: float = SHIFT_THRESHOLD
    days: int = SHIFT_DAYS

    def matches(self, event: Mapping[str, Any]) -> bool:
        """Whether an event (a row of ``Store.newly_reportable``) is of this rule's kind
        of interest. For ``new-tie`` and ``shift`` this is only the first condition (a
        cooperation event; an event of the dyad): the store decides the rest."""
        if self.kind == "dyad":
            return _between(event, self.a, self.b)
        if self.kind == "shift":
            countries = {event.get("source_country"), event.get("target_country")}
            return countries == {self.a, self.b}
        if self.kind == "actor":
            return _side(event, "source", self.a) or _side(event, "target", self.a)
        if self.kind == "root":
            return str(event.get("root") or "").zfill(2) == self.root
        if self.kind == "quad":
            return _quad(event) == self.quad
        if self.kind == "new-tie":
            return _quad(event) in (1, 2)
        return False


def _quad(event: Mapping[str, Any]) -> int:
    value = event.get("quad_class")
    try:
        return int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0


def _side(event: Mapping[str, Any], side: str, code: str) -> bool:
    country = str(event.get(f"{side}_country") or "")
    full = str(event.get(f"{side}_code") or "")
    return country == code or full.startswith(code)


def _between(event: Mapping[str, Any], a: str, b: str) -> bool:
    return (_side(event, "source", a) and _side(event, "target", b)) or (
        _side(event, "source", b) and _side(event, "target", a)
    )


def _codes(rule: str, value: str, n: int) -> list[str]:
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != n or not all(_CODE.match(p) for p in parts):
        want = "two actor or country codes, e.g. VEN,PRK" if n == 2 else "an actor or country code, e.g. PRK"
        raise _error(rule, f"expected {want}")
    if n == 2 and parts[0] == parts[1]:
        raise _error(rule, "a dyad needs two different actors")
    return parts


def parse_rule(text: str) -> AlertRule:
    """Parse one ``--alert`` value; raises InputError naming it when it is not a rule."""
    raw = text.strip()
    name, sep, value = raw.partition("=")
    name = name.strip().lower()
    value = value.strip()
    if name == "new-tie":
        if sep and value:
            raise _error(text, "new-tie takes no value")
        return AlertRule("new-tie", "new-tie")
    if name not in KINDS:
        raise _error(text, f"unknown rule {name!r}; rules are dyad=A,B, actor=A, root=NN, "
                     "quad=NAME, new-tie and shift=A,B[:THRESHOLD[:DAYS]]")
    if not value:
        raise _error(text, f"{name}= needs a value")
    if name == "dyad":
        a, b = _codes(text, value, 2)
        return AlertRule(f"dyad={a},{b}", "dyad", a=a, b=b)
    if name == "actor":
        (a,) = _codes(text, value, 1)
        return AlertRule(f"actor={a}", "actor", a=a)
    if name == "root":
        if not _ROOT.match(value):
            raise _error(text, "a CAMEO root is 01 to 20")
        root = value.zfill(2)
        return AlertRule(f"root={root}", "root", root=root)
    if name == "quad":
        key = value.lower().replace("_", "-").replace(" ", "-")
        number = int(key) if key in ("1", "2", "3", "4") else _QUADS.get(key, 0)
        if not number:
            raise _error(text, f"quad is one of {', '.join(_QUADS)} (or 1-4)")
        canonical = next(k for k, v in _QUADS.items() if v == number)
        return AlertRule(f"quad={canonical}", "quad", quad=number)
    # shift=A,B[:THRESHOLD[:DAYS]]
    pair, *extra = value.split(":")
    a, b = _codes(text, pair, 2)
    if len(a) != 3 or len(b) != 3:
        raise _error(text, "shift compares two countries: give their codes, e.g. VEN,USA")
    if len(extra) > 2:
        raise _error(text, "expected shift=A,B[:THRESHOLD[:DAYS]]")
    try:
        threshold = float(extra[0]) if extra and extra[0] else SHIFT_THRESHOLD
        days = int(extra[1]) if len(extra) > 1 and extra[1] else SHIFT_DAYS
    except ValueError as exc:
        raise _error(text, "the threshold is a number, the days a whole number") from exc
    if not threshold > 0 or not 1 <= days <= 3660:
        raise _error(text, "the threshold must be above 0 and the days 1 to 3660")
    return AlertRule(f"shift={a},{b}:{threshold:g}:{days}", "shift", a=a, b=b,
                     threshold=threshold, days=days)  # fmt: skip


def parse_rules(texts: list[str] | tuple[str, ...]) -> tuple[AlertRule, ...]:
    """Every rule parsed (the first bad one raises), duplicates dropped, order kept."""
    rules: dict[str, AlertRule] = {}
    for text in texts:
        rule = parse_rule(text)
        rules.setdefault(rule.text, rule)
    return tuple(rules.values())
