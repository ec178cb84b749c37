"""Once a coder has coded its first article, the tables it loaded (they live as long as the
process) are out of the garbage collector's sight (``Coder._settle``, ``gc.freeze``), so
that a full collection while coding does not walk them again and again."""

from __future__ import annotations

import gc

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.phoenix import load_people
from dyadwatch.coder import Coder
from dyadwatch.records import Article


def _in_sight(obj: object) -> bool:
    """Whether the collector walks ``obj`` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


def test_the_loaded_tables_leave_the_collectors_sight_after_the_first_article(coder: Coder) -> None:
    fresh = Coder(coder.settings)
    gc.unfreeze()  # (as before any coder: every table in sight)
    tables = [load_lexicon(), load_people()]
    assert all(_in_sight(t) for t in tables)
    fresh.code(Article(id="settle", text="Chile recalled its ambassador from Peru on Monday."))
    assert not any(_in_sight(t) for t in tables)


def test_the_first_article_settles_once(coder: Coder) -> None:
    fresh = Coder(coder.settings)
    fresh.code(Article(id="one", text="Chile recalled its ambassador from Peru on Monday."))
    gc.unfreeze()
    fresh.code(Article(id="two", text="Peru expelled Chile's ambassador on Tuesday."))
    assert _in_sight(load_lexicon())  # (the second article froze nothing again)
    gc.freeze()
