"""Regressions of the parse28 rule: a verb in -s that the tagger reads as a plural noun
right after a name the actor dictionaries know, in a headline-like sentence with no finite
verb ("Poland summons Belarusian ambassador over ...", parsed as one noun phrase), is the
sentence's verb, the name its subject and the noun phrase after it its object."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from dyadwatch.records import Article


def _headline_quads(coder: Coder, title: str) -> set[tuple[str, str, str]]:
    events = coder.code(Article(id="t", title=title, text="Officials spoke to reporters on Monday.", date=date(2021, 3, 10), source=None))
    return {(e.source.country, e.target.country, e.cameo) for e in events if e.section.value == "headline"}


@pytest.mark.parametrize(
    ("title", "source", "target", "root"),
    [
        ("Sweden summons Iranian envoy over embassy threats", "SWE", "IRN", "11"),
        ("Poland summons Belarusian ambassador over border shooting", "POL", "BLR", "11"),
        ("Moldova severs diplomatic ties with Belarus over border incident", "MDA", "BLR", "16"),
        ("Latvia fires on Russian drone over its territory", "LVA", "RUS", "19"),
    ],
)
def test_a_verb_read_as_a_noun_after_a_name_is_the_verb(coder: Coder, title: str, source: str, target: str, root: str) -> None:
    found = _headline_quads(coder, title)
    assert any(q[:2] == (source, target) and q[2].startswith(root) for q in found)


def test_a_plural_noun_after_a_name_stays_a_noun(coder: Coder) -> None:
    # (no verb the lexicon knows: "Kenya talks" are talks, not an act of Kenya's)
    found = _headline_quads(coder, "Somalia elections draw observers from the African Union")
    assert not any(q[0] == "SOM" for q in found)
