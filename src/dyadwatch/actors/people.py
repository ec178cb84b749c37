"""Finding people's names without the statistical NER (which costs half of the English
pipeline's time): a run of proper nouns that a title introduces ("Foreign Minister Ana
Ruiz", "Mr. Lee"), a person the dictionaries know, or a run of two or more proper nouns
in a subject or object position. The coder only needs people to carry a country from
their title to later mentions ("Ruiz said ..."), so a name without a title that names
no actor costs nothing when it is missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..annotate.dates import load_temporal_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "hon", "hon.", "general", "gen.", "admiral", "sheikh", "king", "queen", "prince", "emir", "pope"}


def _name_token(tok: Token, mentions: dict[int, Any], lexicon: Any) -> bool:
    m = mentions.get(tok.i)
    if m is not None and getattr(m, "kind", "") != "person":
        return False
    if tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper():
        return False
    low = tok.lower_
    return low not in load_temporal_lexicon().calendar_names and low not in _HONORIFICS and not lexicon.sector_of(low)


def person_spans(sent: Span, mentions: dict[int, Any], lexicon: Any) -> list[tuple[int, int]]:
    """(start, end) token indices of people's names in ``sent``."""
    out: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        tok = sent.doc[i]
        if not _name_token(tok, mentions, lexicon):
            i += 1
            continue
        j = i
        while j + 1 < sent.end and (_name_token(sent.doc[j + 1], mentions, lexicon) or sent.doc[j + 1].text in ("-", "al-")) and j - i < 4:
            j += 1
        prev = sent.doc[i - 1] if i > sent.start else None
        titled = prev is not None and (prev.lower_ in _HONORIFICS or bool(lexicon.sector_of(prev.lower_)) or prev.lower_ == "counterpart")
        known = any(getattr(mentions.get(k), "kind", "") == "person" for k in range(i, j + 1))
        two = j > i and sent.doc[j].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
        if titled or known or two:
            out.append((i, j + 1))
        i = j + 1
    return out
