"""An object-control verb's object does what its to-infinitive says, also where the parser
hangs the infinitive as an adverbial of purpose (parse_words.yaml object_control_verbs,
events/tree.py subject_of): "prompting Islamabad to expel India's envoy" is Pakistan's
expulsion, not India's. A verb of sending keeps its own subject as the doer of its
purpose ("sent troops to help Haiti")."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ties plunged in 2019 when New Delhi revoked the special status of Kashmir, prompting Islamabad to expel India's high commissioner and suspend bilateral trade.", ("PAK", "IND", "16")),
        ("Relations soured in 2018 when Ottawa criticised the arrests, prompting Riyadh to expel Canada's ambassador and freeze new trade.", ("SAU", "CAN", "16")),
    ],
)
def test_the_object_of_a_control_verb_acts(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    found = quads(code(coder, text))
    assert any(q[:2] == expected[:2] and q[2].startswith(expected[2]) and q[3] == "asserted" for q in found), found
    assert not any(q[:2] == expected[1::-1] and q[2].startswith("16") for q in found), found


def test_a_sender_does_its_own_purpose(coder: Coder) -> None:
    found = quads(code(coder, "Kenya sent hundreds of police officers to Haiti to help fight the gangs."))
    assert not any(q[0] == "HTI" for q in found), found
