"""actors.lexicon: the sector of a head word falls back to the Phoenix agent nouns, after
the project's own sectors.yaml."""

from __future__ import annotations

import pytest

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.phoenix import load_agents


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        # only the agent nouns know these
        ("colonel", "MIL"),
        ("lieutenant colonel", "MIL"),
        ("communities", "CVL"),
        ("nurses", "HLH"),
        # sectors.yaml speaks first (the agent nouns read "spokesman" as media)
        ("spokesman", "GOV"),
        ("general", "MIL"),
        ("soldiers", "MIL"),
        # neither knows these
        ("clergy", None),
        ("xyzzy", None),
    ],
)
def test_sector_of(word: str, sector: str | None) -> None:
    assert load_lexicon().sector_of(word) == sector


def test_the_fallback_is_the_agent_nouns() -> None:
    agents = load_agents()
    assert agents.sector_of("colonel") == "MIL" and agents.sector_of("spokesman") == "MED"
