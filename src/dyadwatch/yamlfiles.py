"""Reading the packaged YAML data files fast: libyaml's C parser where PyYAML has it (the
same safe YAML 1.1 reading as ``yaml.safe_load``, several times faster on the trigger and
codebook files that every start loads)."""

from __future__ import annotations

from typing import Any

import yaml

#: the C safe loader when PyYAML was built with libyaml, else the pure-Python one
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """The YAML document ``text`` (safe: plain data only)."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader
