"""Reading the packaged YAML data files fast.

Parsing YAML is slow even with libyaml's C parser (about 0.27 s for the files every start
reads, people.yaml and countries.yaml the largest), so what a text parses to is compiled
into the user's cache (``compiled.py``), keyed by a digest of the text itself and by
PyYAML's version and loader: a process that has read the same text before loads the
parsed data in a millisecond or two. Any edit of a file makes a new key, so a stale
parse is never read. The reading is ``yaml.safe_load``'s (plain data only), through
libyaml's C safe loader where PyYAML has it."""

from __future__ import annotations

import hashlib
from typing import Any

import yaml

from .compiled import load_compiled

#: the C safe loader when PyYAML was built with libyaml, else the pure-Python one
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """The YAML document ``text`` (safe: plain data only); a YAMLError if it is not YAML."""
    return load_compiled("yaml", cache_key(text), lambda: parse_yaml(text))


def cache_key(text: str) -> str:
    """The key of ``text``'s parse in the cache: the text's digest and the reader."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"yaml/{yaml.__version__}/{LOADER.__name__}/{digest}"


def parse_yaml(text: str) -> Any:
    """``text`` parsed now, without the cache."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader
