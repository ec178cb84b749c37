"""Regressions of counting back into an after-clause (dates26): the act a count reaches
may be told inside the after-clause ("a day after Algiers recalled its ambassador over
remarks it called an affront") or by a gerund ("a day after severing its ties"); a main
clause with no date of its own counts from the lead's news day (events/timing.py
``_counted_back``)."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder import Coder
from event_support import code

SUNDAY = date(2023, 3, 26)


def _dates(coder: Coder, text: str) -> dict[tuple[str, str, str], str | None]:
    return {(e.source.country, e.target.country, e.root): e.date for e in code(coder, text, day=SUNDAY)}


def test_a_gerund_after_a_count_is_counted_back(coder: Coder) -> None:
    text = "Panama established diplomatic relations with China on Sunday, a day after severing its ties with Taiwan."
    assert _dates(coder, text)[("PAN", "TWN", "16")] == "2023-03-25"


def test_an_act_told_inside_the_after_clause_is_counted_back(coder: Coder) -> None:
    text = (
        "Rabat has closed its airspace to Spanish military planes, the army said on Sunday, a day after Rabat "
        "recalled its ambassador from Madrid over remarks by the Spanish prime minister that it called an "
        "intolerable insult."
    )
    dated = _dates(coder, text)
    assert dated[("MAR", "ESP", "16")] == "2023-03-25"
    assert dated[("MAR", "ESP", "11")] == "2023-03-25"
