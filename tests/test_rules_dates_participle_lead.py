"""Regressions of dates28: an act told in a participle or a means gerund shares the time of
the verb it hangs on. Beside a present perfect of an act ("has expelled ..., accusing"), or
a conjunct of one ("has recalled ... and ordered ... to return home, accusing"), it is the
article's news; a gerund after "by" ("responded by ordering tariffs") takes its verb's
past. A gerund after another preposition tells the act's object ("accused Minsk of
steering migrants ... in retaliation for sanctions imposed after last year's election"),
whose time is its own."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from event_support import code

DAY = date(2022, 4, 12)


def _dates(coder: Coder, text: str, cameo: str) -> set[str | None]:
    events = code(coder, text, day=DAY)
    found = {e.date for e in events if e.cameo == cameo}
    assert found, [(e.source.country, e.target.country, e.cameo, e.date) for e in events]
    return found


def test_a_participle_beside_a_present_perfect_act_is_the_news(coder: Coder) -> None:
    text = (
        "DODOMA (Reuters) - Tanzania has expelled two Burundian diplomats, accusing them of spying "
        "on refugees in the west of the country."
    )
    assert _dates(coder, text, "112") == {"2022-04-12"}


def test_a_participle_hung_on_an_infinitive_of_a_perfect_s_conjunct(coder: Coder) -> None:
    text = (
        "LUSAKA (Reuters) - Zambia has recalled its envoy to Malawi and told Lilongwe's ambassador to "
        "go home for talks, accusing its neighbour of arming rebels."
    )
    assert _dates(coder, text, "112") == {"2022-04-12"}


def test_a_means_gerund_takes_its_verb_s_past(coder: Coder) -> None:
    text = "Canada responded by imposing sanctions on Belarusian officials, the government said."
    assert _dates(coder, text, "163") == {"2022-04-12"}


def test_an_accused_act_keeps_its_own_time(coder: Coder) -> None:
    text = (
        "The European Union has accused Minsk of deliberately steering migrants toward Poland in "
        "retaliation for EU sanctions imposed after last year's disputed election."
    )
    assert _dates(coder, text, "163") == {"2021"}


def test_a_participle_beside_a_past_perfect_s_conjunct_is_past(coder: Coder) -> None:
    text = (
        "LUSAKA (Reuters) - Zambia had recalled its envoy to Malawi and told Lilongwe's ambassador to "
        "go home for talks, accusing its neighbour of arming rebels."
    )
    assert _dates(coder, text, "112") == {"2022-04-12"}
