"""'Lead to' is what a policy or a decision brings about, no journey: CAMEO's pattern
'* (TO)' of the OVERSEE_MANAGE block (line 6408, coded 042:043, a visit) is excluded
(cameo_exclusions.yaml). A spokesperson speaks for the body a 'for' phrase names
(descriptions.yaml spokesperson_nouns), whatever state the story is most about."""

from __future__ import annotations

import pytest

from dyadwatch.coder import Coder
from event_support import code, quads


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of Peru condemned the destabilising policy of Canada and Norway, which had led to a serious degradation of the situation in South America.",
        "The foreign minister of Chile criticised the policy of Japan and Australia, which has led to tensions across the Pacific.",
    ],
)
def test_lead_to_is_no_visit(coder: Coder, sentence: str) -> None:
    events = code(coder, sentence)
    assert not [e for e in events if e.cameo.startswith("04")], quads(events)


def test_spokesperson_for_a_ministry_speaks_for_its_state(coder: Coder) -> None:
    text = (
        "Ghana expelled three Peruvian diplomats on Monday, Ghana's foreign ministry said. "
        "Ghana accused them of spying and gave them two days to leave. "
        "A spokeswoman for the Peruvian foreign ministry said Peru would discuss the matter with the Ghanaian authorities."
    )
    events = code(coder, text)
    assert ("PER", "GHA", "036", "asserted") in quads(events), quads(events)
