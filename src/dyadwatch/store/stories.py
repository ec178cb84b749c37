"""Near-duplicate articles -> stories, with MinHash LSH over word shingles.

Syndicated wire copy and lightly edited reposts share most of their 5-word shingles;
different articles on the same topic share few. An article joins the story of the most
similar earlier article whose estimated Jaccard similarity reaches the threshold;
otherwise it starts a story of its own. The threshold was measured on pairs built from
the dev texts (see docs/dedup.md). Story ids are derived from the first article, so
they never change. Signatures are kept in the store, so the index survives restarts.

The store owns the index (it assigns a story to each article it writes); ingest workers
use ``signature`` and ``to_bytes`` to compute signatures before the store sees them.
The threshold and the index size are settings (``Settings.cluster_threshold``,
``Settings.cluster_index_size``), given by the store.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
#: datasketch >= 2 asks for the hashing scheme explicitly; stored signatures depend on it
_SCHEME = "affine32"
_SEED = 1

#: articles of one story kept in the LSH index: later copies are near-duplicates of these,
#: and a bound keeps query time and memory flat when one wire story has thousands of copies
MAX_REPRESENTATIVES = 8

_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _permutations() -> np.ndarray:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word shingles of a text, lower-cased; short texts give their words."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {w.encode("utf-8") for w in words}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=_permutations(), scheme=_SCHEME)
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
    return MinHash(
        num_perm=NUM_PERM,
        seed=_SEED,
        hashvalues=values,
        permutations=_permutations(),
        scheme=_SCHEME,
    )


def story_id_for(article_id: str) -> str:
    """A story's id: derived from its first article."""
    return "s" + hashlib.sha1(f"story|{article_id}".encode()).hexdigest()[:15]


class StoryClusterer:
    """Assigns each new article to a story. Not thread-safe; one per store.

    ``threshold``: the Jaccard estimate from which an article joins a story;
    ``max_articles``: articles kept in the index (the most recent; None: no bound).
    """

    def __init__(self, threshold: float, max_articles: int | None) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"cluster threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        #: the index keeps the most recent articles only, so memory stays bounded on long
        #: ingests (about 8.5 kB an article); copies further apart than this form two stories
        self.max_articles = max_articles
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._story: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._indexed: dict[str, int] = {}  # story -> articles of it in the index
        self._next = 0

    def __len__(self) -> int:
        """Articles in the index."""
        return len(self._sigs)

    def __contains__(self, article_id: object) -> bool:
        """Whether an article is in the index."""
        return article_id in self._sigs

    def load(self, rows: Iterable[tuple[str, str, bytes | None]]) -> None:
        """Add articles already stored, oldest first: (article_id, story_id, signature bytes).

        The store passes only its newest ``max_articles`` articles (older ones would be
        evicted again at once)."""
        for article_id, story_id, blob in rows:
            if article_id in self._story or blob is None:
                continue
            if self._indexed.get(story_id, 0) < MAX_REPRESENTATIVES:
                self._add(article_id, story_id, from_bytes(blob))

    def _add(self, article_id: str, story_id: str, mh: MinHash) -> None:
        if self._indexed.get(story_id, 0) >= MAX_REPRESENTATIVES:
            return
        self._indexed[story_id] = self._indexed.get(story_id, 0) + 1
        self._lsh.insert(article_id, mh)
        self._sigs[article_id] = mh
        self._story[article_id] = story_id
        self._order[article_id] = self._next
        self._next += 1
        if self.max_articles is not None and len(self._sigs) > self.max_articles:
            self._evict_oldest()

    def _evict_oldest(self) -> None:
        oldest = next(iter(self._order))  # dicts keep insertion order: the oldest first
        story = self._story.pop(oldest)
        self._order.pop(oldest)
        self._sigs.pop(oldest)
        self._lsh.remove(oldest)
        left = self._indexed.get(story, 1) - 1
        if left > 0:
            self._indexed[story] = left
        else:
            self._indexed.pop(story, None)

    def assign(self, article_id: str, mh: MinHash) -> tuple[str, bool]:
        """Story id for a new article, and whether the story is new.

        The caller passes each article once (the store skips articles it holds).
        """
        if article_id in self._story:
            return self._story[article_id], False
        best: tuple[float, int] | None = None
        story: str | None = None
        for other in self._lsh.query(mh):
            sim = mh.jaccard(self._sigs[other])
            if sim < self.threshold:
                continue  # LSH gives candidates; the estimate decides
            rank = (-sim, self._order[other])
            if best is None or rank < best:
                best, story = rank, self._story[other]
        is_new = story is None
        if story is None:
            story = story_id_for(article_id)
        self._add(article_id, story, mh)
        return story, is_new
