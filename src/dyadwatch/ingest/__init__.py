"""Ingestion: INPUTs -> Articles (``dyadwatch.readers``) -> coder -> store.

from dyadwatch.ingest import ingest
summary = ingest(["corpus/", "https://example.org/feed.xml"], store, Coder(settings))
"""

from __future__ import annotations

from ..readers import Sources
from .pipeline import FAILURE_KINDS, IngestSummary, failure_kind, ingest

__all__ = ["FAILURE_KINDS", "IngestSummary", "Sources", "failure_kind", "ingest"]
