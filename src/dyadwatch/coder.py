"""The coder: one Article in, its Events out. Orchestrates the pipeline steps.

    article -> sections & sentences (nlp) -> actor mentions (actors) -> event candidates
    (events) -> status, section, date, place (annotate) -> Event records

Public API (stable, used by the CLI, the store, the evaluation and Dask workers):

    coder = Coder(settings)          # cheap; the model loads on first use
    events = coder.code(article)     # list[Event]
    for article, result in coder.code_many(articles): ...  # result: list[Event] | DyadwatchError
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import DyadwatchError
from .records import Article, Event
from .settings import Settings, from_env


class Coder:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or from_env()

    def code(self, article: Article) -> list[Event]:
        """Code one article. Raises InputError subclasses for unusable documents."""
        raise NotImplementedError("the coder is being built")

    def code_many(
        self, articles: Iterable[Article]
    ) -> Iterator[tuple[Article, list[Event] | DyadwatchError]]:
        """Code many articles; a bad one yields its error and the batch goes on."""
        for article in articles:
            try:
                yield article, self.code(article)
            except DyadwatchError as exc:
                yield article, exc
