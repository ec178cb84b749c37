"""People, institutions and organisations the Phoenix dictionaries name, as actor mentions.

The project's own lexicon (``lexicon.py``) finds states, capitals, demonyms, IGOs and the
office-holders of ``people.yaml``; this step adds the names of the field's dictionaries
(``phoenix.py``: about 20,000 people and institutions with the offices they held and when,
and the organisations of GUIDELINES §2) where the lexicon found nothing:

- a person or institution is the state whose office it held on the article's date
  (``Role.basis`` "date" or "default"; without a date, the office still open when the
  dictionaries were written). A role the dictionaries date elsewhere ("nearest": the
  person known, not in that office then) names no actor; nor does a non-state role
  (rebels, opposition, business, ...: GUIDELINES §1 codes states and their organs);
- an institution a state named beside it owns is that state's body, whatever state the
  dictionaries give its name (``with_owners``): "Ivory Coast's National Security Council",
  "the National Security Council of Peru" (the dictionaries list the name as the US one);
- an organisation with a GUIDELINES §2 code is that code.

Names inside a phrase of the discard list (sports teams and competitions, titles of
works) are never actors.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .lexicon import load_lexicon
from .matcher import Mention
from .phoenix import load_discards, load_finder, load_igos, load_institutions, load_people

#: sectors of a state's own organs (data/actors/sectors.yaml codes); None: the office
#: itself (a head of state coded with the bare country)
STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "HLH", "EDU", "LAB", "MED"})
_USABLE_BASIS = frozenset({"date", "default", "latest"})


def named_mentions(text: str, on: date | None, existing: list[Mention]) -> list[Mention]:
    """The dictionary names in ``text`` that no mention in ``existing`` covers, as mentions."""
    taken = sorted((m.start, m.end) for m in existing)
    discarded = [(d.start, d.end) for d in load_discards().matches(text)]
    out: list[Mention] = []
    # "the Bush administration": a name the dictionaries list with a state noun after it
    for hit in load_finder(lower_tail=load_lexicon().state_nouns).find(text):
        if _overlaps(taken, hit.start, hit.end) or any(s <= hit.start and hit.end <= e for s, e in discarded):
            continue
        mention = _mention(hit.start, hit.end, hit.text, hit.key, hit.kinds, on)
        if mention is not None:
            out.append(mention)
    return out


#: mentions of a state that can own a body: "Peru's Congress", "the Peruvian Congress"
_OWNER_KINDS = frozenset({"name", "alias", "demonym"})
_POSSESSIVE = frozenset({"'s ", "\u2019s "})
_GAP = len(" of ")
_NEAR = 3  # mentions either side of a body that can be its owner (overlapping ones between)


def with_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each institution (the lexicon's or the dictionaries') as the body of the state a
    mention beside it names, if one does: "Peru's Congress" is Peru's, not the US one.
    ``mentions`` are in text order; only the mentions next to a body are read."""
    return [_owned(text, m, mentions[max(0, i - _NEAR) : i + _NEAR + 1]) if m.kind == "institution" else m for i, m in enumerate(mentions)]


def _owned(text: str, mention: Mention, mentions: list[Mention]) -> Mention:
    for m in mentions:
        if m.kind not in _OWNER_KINDS or not m.country or m.country == mention.country:
            continue
        # (the gap is measured before it is read: the widest join is " of ")
        before = text[m.end : mention.start] if 0 <= mention.start - m.end <= _GAP else None
        after = text[mention.end : m.start] if 0 <= m.start - mention.end <= _GAP else None
        if before in _POSSESSIVE or (before == " " and m.kind == "demonym") or after == " of ":
            return replace(mention, country=m.country, candidates=(m.country,), entry=f"{mention.entry}@{m.country}")
    return mention


def _mention(start: int, end: int, text: str, key: str, kinds: tuple[str, ...], on: date | None) -> Mention | None:
    if "igo" in kinds:
        code = load_igos().code_of(key)
        if code is not None:
            return Mention(start, end, text, code, (code,), None, "igo", f"phoenix:igo:{key}", False)
    for kind, table in (("person", load_people), ("institution", load_institutions)):
        if kind not in kinds:
            continue
        role = table().role(key, on=on)
        if role is None or role.country is None or role.basis not in _USABLE_BASIS or role.sector not in STATE_SECTORS:
            continue
        return Mention(start, end, text, role.country, (role.country,), role.sector, kind, role.entry, False)
    return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
