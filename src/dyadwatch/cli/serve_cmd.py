"""``dyadwatch serve``: the dashboard and JSON API over a store, on uvicorn.

With ``--watch SOURCE`` (repeatable) the same process also keeps the store current
(``dyadwatch.watch.serving``), with the options of ``dyadwatch watch``.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import click

from .watch_cmd import WATCH_PARAMS, watch_options

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
    help="DuckDB store to serve (opened read-only; with --watch, written too).",
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
@click.option("--watch", "watched", multiple=True, metavar="SOURCE",
              help="Also keep the store current from SOURCE (a feed or page URL, a folder; "
                   "repeatable), as `dyadwatch watch` does, in this one process.")  # fmt: skip
@watch_options
def serve(db: Path, host: str, port: int, log_level: str, watched: tuple[str, ...],
          **watching: Any) -> None:  # fmt: skip
    """Serve the dashboard and the JSON API for the store at --db (read-only).

    Binds to 127.0.0.1 by default: the dashboard has no login, so give another
    address only on a network you trust. With --watch, the store is also kept
    current from the sources given, and the dashboard's "Latest" view shows new
    events as they come (docs/watch.md).
    """
    from ..optional import need
    from .options import load_settings

    settings = load_settings()
    uvicorn = need("uvicorn", "dyadwatch serve")
    need("fastapi", "dyadwatch serve")
    from ..api import create_app

    given = [name for name in WATCH_PARAMS if _given(name)]
    if given and not watched:
        flags = ", ".join("--" + name.replace("_", "-") for name in given)
        raise click.UsageError(f"{flags}: watch options apply with --watch SOURCE")
    if watched:
        _serve_watching(db, host, port, log_level, watched, watching, settings)
        return
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


def _given(name: str) -> bool:
    ctx = click.get_current_context()
    source = ctx.get_parameter_source(name)
    return source is not None and source is not click.core.ParameterSource.DEFAULT


def _serve_watching(db: Path, host: str, port: int, log_level: str, watched: tuple[str, ...],
                    watching: dict[str, Any], settings: Any) -> None:  # fmt: skip
    import threading

    from ..watch.serving import serve_and_watch
    from .watch_cmd import build_options, check_sources, stopping_on_signals

    sources = check_sources(watched, "--watch")
    options = build_options(**watching)
    if not _is_loopback(host):
        click.echo(f"warning: binding {host}: the dashboard has no authentication; "
                   "anyone who can reach this address can read the store", err=True)  # fmt: skip
    stop = threading.Event()

    def log(line: str) -> None:
        click.echo(line, err=True)

    def alert(line: str) -> None:
        click.echo(line)

    click.echo(f"dyadwatch: serving {db} at http://{host}:{port}/ and watching "
               f"{len(sources)} source(s) (Ctrl-C to stop)", err=True)  # fmt: skip
    with stopping_on_signals(stop):
        serve_and_watch(sources, db, settings, options, host=host, port=port,
                        log_level=log_level, limit_concurrency=MAX_CONNECTIONS, log=log,
                        alert_out=alert, stop=stop)  # fmt: skip
