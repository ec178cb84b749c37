"""``dyadwatch serve``: the dashboard and JSON API over a store, on uvicorn."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

#: concurrent connections served before uvicorn answers 503
MAX_CONNECTIONS = 100


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("dyadwatch.duckdb"),
    show_default=True,
    help="DuckDB store to serve (opened read-only).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port."
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
def serve(db: Path, host: str, port: int, log_level: str) -> None:
    """Serve the dashboard and the JSON API for the store at --db (read-only).

    Binds to 127.0.0.1 by default: the dashboard has no login, so give another
    address only on a network you trust.
    """
    from ..optional import need
    from .options import load_settings

    settings = load_settings()
    uvicorn = need("uvicorn", "dyadwatch serve")
    need("fastapi", "dyadwatch serve")
    from ..api import create_app

    app = create_app(db, settings)  # a missing or unreadable store stops here (dyadwatch.cli)
    if not _is_loopback(host):
        click.echo(
            f"warning: binding {host}: the dashboard has no authentication; "
            "anyone who can reach this address can read the store",
            err=True,
        )
    click.echo(f"dyadwatch: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    # a bounded number of connections: past it uvicorn answers 503 rather than queueing
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=log_level,
        server_header=False,
        limit_concurrency=MAX_CONNECTIONS,
    )
