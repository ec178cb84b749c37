"""The dashboard: one HTML page and its static assets, from the package folder only.

Pages are routed in the browser by the URL hash (``#/events``, ``#/event/ID``,
``#/dyad/VEN/PRK``, ``#/network``), so the server only ever serves ``/`` and the files in
``static/``. Static files are resolved by Starlette's ``StaticFiles`` inside that folder:
no route opens a file by a path the user gives.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    """The packaged dashboard assets."""
    return Path(str(files("dyadwatch.api").joinpath("static")))


@router.get("/")
def index() -> FileResponse:
    return FileResponse(static_dir() / "index.html", media_type="text/html; charset=utf-8")


def mount_static(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=static_dir(), follow_symlink=False), name="static")
