"""Regressions of actors28b: a bare "the junta" is the junta the text named with its state
("Mali's junta", "the Guinean military government"), not the state that acts on it in the
same sentence; a bare "the court" is the international court the text named
("the International Court of Justice"), not no actor."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Guinea's military government skipped the regional summit. Senegal criticised the junta last year "
            "after it jailed an opposition figure; the junta expelled Senegal's ambassador in response.",
            ("GIN", "SEN", "166"),
        ),
        (
            "The junta in Sudan did not attend the meeting. Chad angered the junta in May; "
            "the junta expelled Chad's ambassador in return.",
            ("SDN", "TCD", "166"),
        ),
    ],
)
def test_the_junta_is_the_junta_the_text_named(coder: Coder, text: str, triple: tuple[str, str, str]) -> None:
    found = {q[:3] for q in quads(code(coder, text))}
    assert triple in found


def test_the_court_is_the_international_court_the_text_named(coder: Coder) -> None:
    text = ("Peru took its maritime claim to the International Court of Justice in 2008. "
            "On Monday Peru asked the court to rule on the new boundary.")  # fmt: skip
    found = {q[:3] for q in quads(code(coder, text))}
    assert any(q[:2] == ("PER", "UNO") for q in found)
