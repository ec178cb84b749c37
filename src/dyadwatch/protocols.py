"""What the steps ask of each other, as structural types.

``CoderLike`` is what ingest (``dyadwatch.ingest``, its workers) and evaluation
(``dyadwatch.evaluate``) need from a coder: its settings, ``code`` for one article and
``code_many`` for a stream of them. ``dyadwatch.coder.Coder`` is one; anything with the
same methods can stand in for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .errors import DyadwatchError
    from .records import Article, Event
    from .settings import Settings


class CoderLike(Protocol):
    """A coder: articles in, events out."""

    @property
    def settings(self) -> Settings:
        """The options it codes with (model, limits, pre-pass, ...)."""
        ...

    def code(self, article: Article) -> list[Event]:
        """The events of one article; raises a DyadwatchError for a bad one."""
        ...

    def code_many(
        self, articles: Iterable[Article]
    ) -> Iterable[tuple[Article, list[Event] | DyadwatchError]]:
        """Every article with its events or its error, in order."""
        ...
