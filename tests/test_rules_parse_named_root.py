"""Regressions of the parse28 rule: a name that opens a sentence, read by the tagger as an
adjective or a verb and made the sentence's root ("ECOWAS imposed ... sanctions on Mali":
"imposed" a participle on the object), is the subject of the past verb right after it,
which is the sentence's verb; the noun the verb modified is its object."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("sentence", "source", "target", "root"),
    [
        ("ECOWAS imposed trade restrictions and financial sanctions on Mali after the junta delayed elections in 2022.", "ECW", "MLI", "16"),
    ],
)
def test_a_name_read_as_the_root_is_the_subject(coder: Coder, sentence: str, source: str, target: str, root: str) -> None:
    found = quads(code(coder, sentence))
    assert any(q[:2] == (source, target) and q[2].startswith(root) and q[3] == "asserted" for q in found)
