"""Actor dictionaries and the fast mention matcher.

    lex = load_lexicon()
    for m in lex.find_mentions("Venezuela opened its first embassy in Pyongyang"):
        m.country, m.kind, m.entry      # "VEN", "name", "countries:VEN:name:Venezuela"

Data lives in ``dyadwatch/data/actors/*.yaml``; see lexicon.py for what is validated.
"""

from .lexicon import (
    ActorLexicon,
    CountryInfo,
    PersonTerm,
    load_lexicon,
    load_lexicon_from,
    validate,
)
from .matcher import Entry, Mention, PhraseMatcher, tokenize

__all__ = [
    "ActorLexicon",
    "CountryInfo",
    "Entry",
    "Mention",
    "PersonTerm",
    "PhraseMatcher",
    "load_lexicon",
    "load_lexicon_from",
    "tokenize",
    "validate",
]
