"""What a CAMEO actor code in the Phoenix dictionaries means for dyadwatch (build time only).

A CAMEO actor code is a run of three-letter segments: a country (``TUR``), or ``IGO`` and
a region and an organisation (``IGOWSTNAT``), or a prefix of an actor with no state (NGO,
MNC, IMG, ...), followed by role segments (``GOV``, ``MIL``, ``BUS``, ``ELI``, ...).
:class:`CodeRules` reads one into the country (an ISO 3166-1 alpha-3 code as the project
uses it, or a GUIDELINES §2 organisation code) and the project sector (a code of
``data/actors/sectors.yaml``), by the decisions of ``phoenix_rules.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..yamlfiles import read_yaml

RULES_FILE = Path(__file__).with_name("phoenix_rules.yaml")


@dataclass(frozen=True)
class CodeReading:
    """One code as the project reads it."""

    code: str
    #: state: a country with a role; place: a country, territory or place with no role;
    #: igo: an intergovernmental organisation; stateless: NGO, company, militant group...;
    #: null: the null code ``---``; unknown: a country prefix the project does not know
    kind: str
    country: str | None
    sector: str | None
    #: why ``country`` is None for an IGO or stateless code
    reason: str = ""


def load_rules(path: Path = RULES_FILE) -> dict[str, Any]:
    raw = read_yaml(path.read_text(encoding="utf-8"))
    for key in ("two_digit_year_pivot", "country_codes", "igo_codes", "igo_not_mapped", "igo_recodes", "stateless_prefixes",
                "sector_refinements", "institution_words", "body_names", "institution_agent_sectors", "classify",
                "shared_given_name_min", "function_words", "source_last_year", "agent_stems"):  # fmt: skip
        if key not in raw:
            raise ValueError(f"{path}: missing {key!r}")
    return raw


class CodeRules:
    """Reads CAMEO actor codes (see the module docstring)."""

    def __init__(self, rules: dict[str, Any], *, known_countries: set[str], to_iso: dict[str, str],
                 sectors: set[str], role_segments: set[str]) -> None:  # fmt: skip
        self.known = known_countries
        self.to_iso = {**to_iso, **rules["country_codes"]}
        self.sectors = sectors
        self.roles = role_segments | sectors
        self.igo_codes: dict[str, str] = rules["igo_codes"]
        self.igo_not_mapped: dict[str, str] = rules["igo_not_mapped"]
        self.stateless: dict[str, str] = rules["stateless_prefixes"]
        self.refine: dict[str, str] = rules["sector_refinements"]

    def sector(self, segments: list[str]) -> str | None:
        """The project sector of role segments (``["GOV", "MIL"]`` -> MIL, ``["REB", "MUS"]`` -> REB)."""
        roles = [s for s in segments if s in self.roles]
        for i, seg in enumerate(roles):
            if seg in self.sectors:
                if i + 1 < len(roles) and seg + roles[i + 1] in self.refine:
                    return self.refine[seg + roles[i + 1]]
                return seg
        return None

    def read(self, code: str) -> CodeReading:
        if code == "---":
            return CodeReading(code, "null", None, None, "the null code")
        segs = [code[i : i + 3] for i in range(0, len(code), 3)]
        head, rest = segs[0], segs[1:]
        if head == "IGO":
            return self._igo(code, rest)
        if head in self.stateless:
            return CodeReading(code, "stateless", None, self.sector(rest), self.stateless[head])
        country = self.to_iso.get(head, head)
        if country not in self.known:
            # a role first (MED, ELI) names no country; MUS and MAR are both countries
            # (Mauritius, Morocco) and roles (Muslim, Maronite): first, they are countries
            if head in self.roles:
                return CodeReading(code, "stateless", None, self.sector(segs), "a role with no country")
            return CodeReading(code, "unknown", None, None, f"country code {head} not in the project's countries")
        if rest and rest[0] not in self.roles:
            # the second code names the entity within the first: GBRVGB (British Virgin
            # Islands), SUNRUS (Soviet Russia), SCGMNE (Montenegro in Serbia and Montenegro)
            sub = self.to_iso.get(rest[0], rest[0])
            if sub in self.known:
                country = sub
        sector = self.sector(rest)
        if not any(s in self.roles for s in rest):
            return CodeReading(code, "place", country, None)
        return CodeReading(code, "state", country, sector)

    def _igo(self, code: str, rest: list[str]) -> CodeReading:
        sector = self.sector(rest)
        blocked = [s for s in rest if s in self.igo_not_mapped]
        if blocked:
            return CodeReading(code, "igo", None, sector, self.igo_not_mapped[blocked[0]])
        mapped = [self.igo_codes[s] for s in rest if s in self.igo_codes]
        if not mapped:
            return CodeReading(code, "igo", None, sector, "no GUIDELINES §2 organisation")
        return CodeReading(code, "igo", mapped[-1], sector)
