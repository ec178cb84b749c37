"""The CAMEO event codebook, loaded once from ``data/cameo.yaml`` and validated.

The codebook is read-only data: code -> name, root, Goldstein value, quad class and
PLOVER type. An inconsistent file refuses to load (DataFileError).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

import yaml

from .errors import DataFileError
from .records import QuadClass
from .yamlfiles import read_yaml

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    level: int
    name: str
    goldstein: float
    quad_class: QuadClass
    plover: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class Codebook:
    version: str
    goldstein_table: str
    codes: Mapping[str, CameoCode]

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def plover_for(self, code: str) -> str | None:
        """PLOVER type of a code, falling back to its parent codes when it has none."""
        c = code
        while c:
            entry = self.codes.get(c)
            if entry is not None and entry.plover:
                return entry.plover
            c = c[:-1] if len(c) > 2 else ""
        return None


def _validate(raw: object, where: str) -> Codebook:
    if not isinstance(raw, dict) or "codes" not in raw or "version" not in raw:
        raise DataFileError(f"{where}: expected a mapping with 'version' and 'codes'")
    codes: dict[str, CameoCode] = {}
    for i, row in enumerate(raw["codes"]):
        try:
            code = str(row["code"])
            entry = CameoCode(
                code=code,
                root=str(row["root"]),
                level=int(row["level"]),
                name=str(row["name"]),
                goldstein=float(row["goldstein"]),
                quad_class=QuadClass(row["quad_class"]),
                plover=row.get("plover"),
                plover_mode=row.get("plover_mode"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"{where}: entry {i} is invalid: {exc}") from exc
        if not code.startswith(entry.root) or len(entry.root) != 2:
            raise DataFileError(f"{where}: code {code} does not start with its root {entry.root}")
        if entry.plover is not None and entry.plover not in PLOVER_TYPES:
            raise DataFileError(f"{where}: code {code} has unknown PLOVER type {entry.plover}")
        if code in codes:
            raise DataFileError(f"{where}: code {code} is listed twice")
        codes[code] = entry
    for code, entry in codes.items():
        if entry.root not in codes:
            raise DataFileError(f"{where}: code {code} has no root entry {entry.root}")
    return Codebook(str(raw["version"]), str(raw.get("goldstein_table", "icews")), MappingProxyType(codes))


@cache
def load_codebook() -> Codebook:
    """The packaged codebook (cached: loaded once per process)."""
    path = resources.files("dyadwatch") / "data" / "cameo.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read codebook {path}: {exc}") from exc
    return _validate(raw, str(path))
