"""Titles and honorifics before a person's name (data/actors/titles.yaml)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from ..errors import DataFileError
from ..yamlfiles import read_yaml


@cache
def load_titles() -> frozenset[str]:
    """The titles in lower case, each with and without a final full stop."""
    path = resources.files("dyadwatch") / "data" / "actors" / "titles.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read titles {path}: {exc}") from exc
    words = raw.get("titles") if isinstance(raw, dict) else None
    if not isinstance(words, list) or not words:
        raise DataFileError(f"{path}: 'titles' must be a non-empty list")
    bare = {str(w).lower().rstrip(".") for w in words}
    return frozenset(bare | {w + "." for w in bare})
