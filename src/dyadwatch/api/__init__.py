"""The web app: a read-only JSON API and a dashboard over an event store.

    from dyadwatch.api import create_app
    app = create_app("dyadwatch.duckdb")   # FastAPI; run it with uvicorn

``dyadwatch serve --db PATH`` runs it on 127.0.0.1:8000.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
