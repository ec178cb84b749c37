"""Alerts: new reportable events checked against the ``--alert`` rules.

Each (rule, event) pair raises at most one alert: its id is derived from the two, and
the store keeps every alert raised (``watch_alerts``), so a restart that looks at the
same events again raises nothing twice. An alert carries the evidence sentence, the
article's URL and, for ``new-tie`` and ``shift``, the reason in words.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import timedelta
from typing import Any, Protocol

from ..records import QuadClass
from .rules import AlertRule


class AlertFacts(Protocol):
    """What the store answers for the rules that look beyond the event itself."""

    def cooperated_before(self, a: str, b: str, seq: int, event_id: str) -> bool: ...

    def dyad_balance(self, a: str, b: str, first: Any, last: Any, seq: int) -> float: ...


def alert_id(rule: AlertRule, event_id: str) -> str:
    return hashlib.sha1(f"{rule.text}\x00{event_id}".encode()).hexdigest()[:16]


class AlertMaker:
    """The rules, and the set of state codes ``new-tie`` is about."""

    def __init__(self, rules: Iterable[AlertRule], states: frozenset[str]) -> None:
        self.rules = tuple(rules)
        self.states = states

    def alerts(self, events: list[dict[str, Any]], facts: AlertFacts) -> list[dict[str, Any]]:
        """The alerts these new reportable events raise (rows of
        ``Store.newly_reportable``, oldest first), in event order, then rule order."""
        out: list[dict[str, Any]] = []
        for event in events:
            for rule in self.rules:
                if not rule.matches(event):
                    continue
                reason = self._reason(rule, event, facts)
                if reason is None:
                    continue
                out.append({"alert_id": alert_id(rule, event["event_id"]), "rule": rule.text,
                            "event_id": event["event_id"],
                            "payload": payload(rule, event, reason)})  # fmt: skip
        return out

    def _reason(self, rule: AlertRule, event: dict[str, Any], facts: AlertFacts) -> str | None:
        """Why the rule fires ("" for the simple rules), or None when it does not."""
        if rule.kind == "new-tie":
            a, b = event.get("source_country"), event.get("target_country")
            if not a or not b or a == b or a not in self.states or b not in self.states:
                return None
            if facts.cooperated_before(a, b, event["seq"], event["event_id"]):
                return None
            return f"first cooperation between {a} and {b} in the store"
        if rule.kind == "shift":
            day = event.get("day")
            if day is None or event.get("goldstein") is None:
                return None
            first = day - timedelta(days=rule.days - 1)
            before = facts.dyad_balance(rule.a, rule.b, first, day, event["seq"])
            after = before + float(event["goldstein"])
            t = rule.threshold
            if before < t <= after:
                past = f"+{t:g}"
            elif before > -t >= after:
                past = f"-{t:g}"
            else:
                return None
            return (f"{rule.a}-{rule.b} balance over the {rule.days} days to {day}: "
                    f"{before:+g} -> {after:+g}, past {past}")  # fmt: skip
        return ""


def _quad_name(value: Any) -> str | None:
    try:
        return list(QuadClass)[int(value) - 1].value
    except (TypeError, ValueError, IndexError):
        return None


def payload(rule: AlertRule, event: dict[str, Any], reason: str) -> dict[str, Any]:
    """What an alert says: printed, stored, and POSTed to the webhook as JSON."""
    from ..codebook import load_codebook

    book = load_codebook()
    cameo = str(event.get("cameo") or "")
    day = event.get("date")
    return {
        "alert_id": alert_id(rule, event["event_id"]),
        "rule": rule.text,
        "reason": reason or None,
        "event_id": event["event_id"],
        "date": day,
        "source": event.get("source_code"),
        "target": event.get("target_code"),
        "source_country": event.get("source_country"),
        "target_country": event.get("target_country"),
        "cameo": cameo,
        "description": book.codes[cameo].name if cameo in book.codes else None,
        "root": event.get("root"),
        "quad_class": _quad_name(event.get("quad_class")),
        "goldstein": event.get("goldstein"),
        "sentence": event.get("sentence"),
        "url": event.get("url"),
        "title": event.get("title"),
        "outlet": event.get("outlet"),
        "article_id": event.get("article_id"),
        "record": event.get("record"),
    }


def alert_line(p: dict[str, Any]) -> str:
    """One line for a terminal or a log."""
    why = f" ({p['reason']})" if p.get("reason") else ""
    return (f"alert [{p['rule']}] {p.get('date') or 'undated'} {p.get('source')} -> {p.get('target')} "
            f"{p.get('cameo')} {p.get('description') or ''}{why}: \"{p.get('sentence') or ''}\" "
            f"{p.get('url') or '(no URL)'}")  # fmt: skip
