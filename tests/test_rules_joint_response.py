"""A response several states say they will make together promises their cooperation with
each other (030 among them), not a threat to one of them nor to a state left implicit:
"Japan, the United States and South Korea will respond in close coordination"
(commitment.yaml joint_manner_adverbs, joint_manner_nouns; events/commitment.py)."""

from __future__ import annotations

from dyadwatch.coder import Coder
from event_support import code, quads


def test_response_in_coordination_is_joint_intent(coder: Coder) -> None:
    text = ("North Korea fired a missile over Japan on Tuesday. The ministers confirmed that Japan, the United States "
            "and South Korea would respond in close coordination.")
    got = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, text))}
    assert ("JPN", "USA", "03") in got and ("JPN", "KOR", "03") in got and ("USA", "KOR", "03") in got
    assert not {q for q in got if q[2] == "13"}


def test_joint_response_still_threatens_whom_it_answers(coder: Coder) -> None:
    text = "Britain expelled two Russian diplomats on Monday. Russia and Belarus said they would respond jointly to the British move."
    got = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, text))}
    assert ("RUS", "BLR", "03") in got and ("RUS", "GBR", "13") in got


def test_single_response_still_threatens(coder: Coder) -> None:
    text = "North Korea fired a missile over Japan on Tuesday. Japan said it would respond firmly."
    got = {(s, t, c[:2]) for s, t, c, _ in quads(code(coder, text))}
    assert ("JPN", "PRK", "13") in got
