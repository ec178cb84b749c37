"""Ingestion: INPUTs (files, folders, .gz, feeds, URLs) -> Articles -> coder -> store.

from dyadwatch.ingest import ingest
summary = ingest(["corpus/", "https://example.org/feed.xml"], store, Coder(settings))
"""

from __future__ import annotations

from .pipeline import IngestSummary, failure_kind, ingest
from .sources import Sources

__all__ = ["IngestSummary", "Sources", "failure_kind", "ingest"]
