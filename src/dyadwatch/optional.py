"""Optional parts: packages that only some inputs or commands need, imported when needed.

    trafilatura = need("trafilatura", "page.html")     # reading an HTML page

Reading HTML (trafilatura, lxml, lxml_html_clean), feeds (feedparser), drawing plots
(matplotlib), serving (fastapi, uvicorn) and coding on a cluster (dask) each import
their packages here, at the moment they are needed. A package that cannot be imported,
because it is not installed or because it is installed broken (an import inside it
fails), is a ``MissingPackageError`` naming what needed it, the package that is
missing and the command that installs it: one line, never a traceback. Reading an
input, that error stands in place of the input's articles, so an ingest records it
as that input's failure and goes on with the others.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

from .errors import MissingPackageError

#: import name -> distribution name, where they differ (for the install command)
DISTRIBUTIONS = {
    "yaml": "PyYAML",
    "PIL": "pillow",
    "dateutil": "python-dateutil",
    "dask": "dask[distributed]",
    "distributed": "dask[distributed]",
    "sklearn": "scikit-learn",
    "bs4": "beautifulsoup4",
}


def install_command(distribution: str) -> str:
    """The command that installs ``distribution`` into the Python running dyadwatch."""
    quoted = f"'{distribution}'" if "[" in distribution else distribution
    return f"{sys.executable} -m pip install {quoted}"


def distribution_of(module: str) -> str:
    top = module.split(".")[0]
    return DISTRIBUTIONS.get(top, top)


def explain(module: str | None, exc: BaseException) -> str:
    """Why ``module`` cannot be imported and how to fix it, in one line."""
    if module is None:
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        return (f"a package cannot be imported ({detail}); fix: reinstall the package it "
                f"names with {install_command('--force-reinstall PACKAGE')}")  # fmt: skip
    wanted = distribution_of(module)
    missing = _missing_module(exc)
    if missing and missing.split(".")[0] != module.split(".")[0]:
        needed = distribution_of(missing)
        return (f"the package {wanted} cannot be imported: it needs {needed}, which is not "
                f"installed; fix: {install_command(needed)}")  # fmt: skip
    if missing:
        return f"the package {wanted} is not installed; fix: {install_command(wanted)}"
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    return (f"the package {wanted} is installed but cannot be imported ({detail}); fix: "
            f"{install_command('--force-reinstall ' + wanted)}")  # fmt: skip


def _missing_module(exc: BaseException) -> str | None:
    """The module a failed import was missing, when one was: the exception's own name or
    one in the chain of exceptions behind it (lxml raises its own ImportError over the
    ModuleNotFoundError for lxml_html_clean)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ModuleNotFoundError) and current.name:
            return current.name
        current = current.__cause__ or current.__context__
    return None


def need(module: str, needed_by: str) -> ModuleType:
    """Import ``module`` for ``needed_by`` (an input, an option, a command).

    Raises MissingPackageError naming ``needed_by``, the package and the fix."""
    try:
        return importlib.import_module(module)
    except Exception as exc:  # ImportError, or whatever a broken install raises on import
        raise MissingPackageError(needed_by, explain(module, exc)) from None
