"""A reference to one state in the possessive owns what it modifies, as the state's name
would: "the junta's leaders", "the country's foreign minister" (descriptions.yaml
anaphors). A counted one ("both countries' parliaments") does not: the pair it stands for
may not be the one the story named last. And "compromise" with an object harms, it yields
nothing (cameo_exclusions.yaml)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myanmar held elections in May. The United States imposed sanctions on the junta's leaders.", ("USA", "MMR", "16")),
        ("Fiji held elections in May. Australia imposed sanctions on the country's leaders.", ("AUS", "FJI", "16")),
        ("Mali held elections in May. France condemned the regime's generals.", ("FRA", "MLI", "11")),
    ],
)
def test_a_possessive_reference_owns_its_noun(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected[:2] and q[2].startswith(expected[2]) and q[3] == "asserted" for q in found), found


def test_a_counted_possessive_reference_owns_nothing(coder: Coder) -> None:
    text = "Armenia and Turkey signed the protocols in Zurich, Switzerland. For it to take effect, both countries' parliaments must ratify it."
    found = quads(code(coder, text))
    assert not any("CHE" in q[:2] for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia signed the loan deal with China in May. Some Mongolian lawmakers criticised the government for bowing to Beijing, saying the country's sovereignty had been compromised.",
        "Vanuatu signed the security pact with Australia. Vanuatu's parliament stalled it after critics said it compromised the country's neutrality.",
    ],
)
def test_compromising_a_state_s_sovereignty_yields_nothing(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not any(q[2].startswith("08") for q in found), found
