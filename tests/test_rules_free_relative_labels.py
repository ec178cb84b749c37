"""A label a speaker puts on another's act in a free relative ("what X called Y"), naming
the act's doer with "by", criticises that doer whatever the label's words (labelled.py,
evaluation.yaml labelling_verbs); not a label that praises, nor one the clause above
welcomes."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


def _criticised(found: set[tuple[str, str, str, str]], source: str, target: str) -> bool:
    return any(q[:2] == (source, target) and q[2].startswith("11") and q[3] == "asserted" for q in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China's foreign ministry said it firmly opposes what spokesman Lin Jian called the use of pressure by the United States.", ("CHN", "USA")),
        ("Germany wrote to the Security Council about what it calls significant non-performance by Iran.", ("DEU", "IRN")),
        ("Tokyo lodged a protest over what it described as the unilateral development by China of the gas field.", ("JPN", "CHN")),
    ],
)
def test_a_label_in_a_free_relative_criticises_the_doer_it_names(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = quads(code(coder, text))
    assert _criticised(found, *pair), found


@pytest.mark.parametrize(
    "text",
    [
        "China's foreign ministry welcomed what it called the correct decision by Nauru.",
        "Beijing praised what it called the generous offer by Nauru.",
    ],
)
def test_a_welcomed_or_praising_label_criticises_no_one(coder: Coder, text: str) -> None:
    found = quads(code(coder, text))
    assert not _criticised(found, "CHN", "NRU"), found
