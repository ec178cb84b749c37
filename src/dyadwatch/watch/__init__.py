"""Live monitoring: keep a store current from feeds, pages and folders, and say what is new.

from dyadwatch.watch import Watcher, WatchOptions, parse_rules
Watcher(["https://example.org/feed.xml", "inbox/"], "live.duckdb", settings,
        WatchOptions(every=900, rules=parse_rules(["root=16"]))).run()

Data flows as in ``ingest``: ``polling`` finds what is new at a source (conditional
HTTP through ``polite``, new files in a folder), ``loop`` ingests it through
``dyadwatch.ingest`` into the store and records each poll (``store/watchlog.py``),
then sends the new reportable events on: to a JSON-lines file and through the alert
``rules`` (``alerts``) to a webhook (``outputs``). ``serving`` runs the same loop
beside the web app, over one store.
"""

from __future__ import annotations

from .durations import format_duration, parse_duration
from .loop import RoundReport, StopRequested, Watcher, WatchOptions
from .polite import HttpPolicy, PoliteFetcher
from .rules import AlertRule, parse_rule, parse_rules

__all__ = [
    "AlertRule",
    "HttpPolicy",
    "PoliteFetcher",
    "RoundReport",
    "StopRequested",
    "WatchOptions",
    "Watcher",
    "format_duration",
    "parse_duration",
    "parse_rule",
    "parse_rules",
]
