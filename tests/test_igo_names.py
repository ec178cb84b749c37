"""Organisation names are matched whole before sector words, in every syntactic position
(issue 14 item 9): "the European Union demand" is the EU, not a labour union (EURLAB).

A table over the international organisations of GUIDELINES §2, each in five positions of
a sentence the coder codes: a modifier of the event noun, an of-phrase, the subject, a
possessive and the object. The organisation's side of the event must carry its code,
with no sector read off the words of its name ("Union", "League", "Council").
"""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder import Coder
from dyadwatch.records import Article
from dyadwatch.settings import Settings

# (the organisation as written, its GUIDELINES §2 code)
ORGANISATIONS = [
    ("the United Nations", "UNO"),
    ("the European Union", "EUR"),
    ("NATO", "NAT"),
    ("the African Union", "AFU"),
    ("ASEAN", "ASN"),
    ("the Arab League", "ARL"),
    ("ECOWAS", "ECW"),
    ("the Gulf Cooperation Council", "GCC"),
    ("the Organization of American States", "OAS"),
    ("the International Atomic Energy Agency", "IAE"),
    ("OPEC", "OPC"),
]

# (sentence template, which side of the event the organisation is)
POSITIONS = [
    ("Venezuela rejected {org} demand.", "target"),
    ("Venezuela rejected the demand of {org}.", "target"),
    ("{Org} criticised Venezuela.", "source"),
    ("Venezuela rejected {org}'s demand.", "target"),
    ("Venezuela criticised {org}.", "target"),
]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings()).load()


@pytest.mark.parametrize(("org", "code"), ORGANISATIONS, ids=[o[1] for o in ORGANISATIONS])
@pytest.mark.parametrize(("template", "side"), POSITIONS, ids=["modifier", "of-phrase", "subject", "possessive", "object"])
def test_an_organisation_is_its_code_with_no_sector_from_its_name(coder: Coder, org: str, code: str, template: str, side: str) -> None:
    sentence = template.format(org=org, Org=org[:1].upper() + org[1:])
    events = coder.code(Article(id="igo", title="", text=sentence, date=date(2024, 5, 6)))
    found = {getattr(e, side).code for e in events if getattr(e, side).country == code}
    others = {getattr(e, side).code for e in events}
    assert found == {code}, (sentence, others)
