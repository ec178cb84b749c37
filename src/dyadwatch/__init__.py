"""dyadwatch: political event data from news text, every event traceable to its words.

Data flows one way, one subpackage per step:

    readers  -> records.Article -> nlp -> actors -> events -> annotate (status, section,
    dates, places) -> coder (the orchestration) -> store -> analysis -> cli / api

Nothing is loaded at import: models and dictionaries load through cached constructors.
"""

from __future__ import annotations

from .errors import DyadwatchError, InputError
from .records import ActorRef, Article, Event, Section, Status
from .settings import Settings

__all__ = [
    "ActorRef",
    "Article",
    "DyadwatchError",
    "Event",
    "InputError",
    "Section",
    "Settings",
    "Status",
    "__version__",
]

__version__ = "0.1.0"
