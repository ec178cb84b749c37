"""Vindications: a speaker that says its own side acted rightly denies the accusation
made against it, and so criticises its accuser (GUIDELINES §3: denying an accusation
against the other is 11), as the denial rules of ``evaluation`` code "denied the charge".

"China's foreign ministry said its coast guard had acted lawfully", "said the country had
acted in full compliance with international rules" (conduct vindicated); "said no laws
had been broken", "said it had not violated any agreement" (a wrong denied); "Ecuador's
government defended the operation" (its own act defended). The words are
data/events/evaluation.yaml's (vindicated_verbs ... defending_verbs).

Its mirror: saying the other side struck first accuses it (112): "Dushanbe said Kyrgyz
troops had fired first" (first_strike_verbs, first_adverbs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from .tree import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors.discourse import Referent
    from .arguments import Resolver


class FirstStrikeWords(Protocol):
    first_strike_verbs: frozenset[str]
    first_adverbs: frozenset[str]


def first_strikers(tok: Token, lex: FirstStrikeWords) -> list[Token]:
    """The subjects said to have struck first at ``tok``: "had fired first", "opened fire
    first"; told as a that-clause (not "China first attacked Vietnam in 1979")."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "conj") or _negated(tok):
        return []
    if tok.lemma_.lower() == "open" and not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
        return []
    if not any(c.dep_ == "advmod" and c.lower_ in lex.first_adverbs and c.i > tok.i for c in tok.children):
        return []
    return subject_of(tok)


class VindicationWords(Protocol):
    vindicated_verbs: frozenset[str]
    vindicating_adverbs: frozenset[str]
    vindicating_in_nouns: frozenset[str]
    wrong_verbs: frozenset[str]
    broken_rules: frozenset[str]
    defending_verbs: frozenset[str]


_OWN_PRONOUNS = frozenset({"it", "we", "i", "its", "our", "my"})


def vindication_words(lex: VindicationWords) -> frozenset[str]:
    """The lemmas a vindication turns on."""
    return lex.vindicated_verbs | lex.wrong_verbs | lex.defending_verbs


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def _rightly_done(tok: Token, lex: VindicationWords) -> bool:
    """"acted lawfully", "acted in full compliance with international rules"."""
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in lex.vindicating_adverbs:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in lex.vindicating_in_nouns for p in c.children):
            return True
    return False


def _wrong_denied(tok: Token, lex: VindicationWords) -> bool:
    """"no laws had been broken", "had not violated any agreement"."""
    rules = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in lex.broken_rules]
    if not rules:
        return False
    return any(_negated(r) for r in rules) or any(c.dep_ == "neg" for c in tok.children)


def _own_side(subjects: list[Token], res: Resolver, speaker: Referent) -> bool:
    """The subjects name the speaker's own side: its actors, or a pronoun ("it", "its
    coast guard")."""
    if not subjects:
        return False
    for s in subjects:
        # (a pronoun in the speaker's own clause is the speaker: "Chile said it had acted")
        found = [] if s.lower_ in _OWN_PRONOUNS else res.actors(s)
        if found:
            if any(a.country != speaker.country for a in found):
                return False
            continue
        if s.lower_ in _OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in s.children):
            continue
        return False
    return True


def defends_own(tok: Token, res: Resolver, lex: VindicationWords) -> bool:
    """"defended the operation", "defended its decision": a verb of defending whose object
    names no actor (not "defended Iran's nuclear programme", support of another; nor
    "defended Taiwan")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.defending_verbs or _negated(tok):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and not any(res.actors(w) for o in objects for w in o.subtree if w.lower_ not in _OWN_PRONOUNS)


def leaves_to_vindication(tok: Token, res: Resolver, lex: VindicationWords) -> bool:
    """A verb a trigger matched that these rules read instead when it found no target: a
    defence of one's own act, or a wrong denied ("had not violated any agreement")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.defending_verbs:
        return defends_own(tok, res, lex)
    return lemma in lex.wrong_verbs and tok.pos_ == "VERB" and _wrong_denied(tok, lex)


def vindicator(tok: Token, res: Resolver, lex: VindicationWords, speaker: Referent | None) -> Referent | None:
    """Who vindicates its own side at ``tok`` (a verb): ``speaker`` (the one who says so) for
    conduct vindicated or a wrong denied, the subject of a verb of defending; None when
    ``tok`` vindicates nothing."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if lemma in lex.defending_verbs:
        if not defends_own(tok, res, lex):
            return None
        defenders = [a for s in subject_of(tok) for a in res.actors(s)]
        return defenders[0] if defenders else None
    if speaker is None or tok.dep_ not in ("ccomp", "conj"):
        return None  # (said of its side by the speaker: not "if Chile acted lawfully")
    if lemma in lex.vindicated_verbs and not _negated(tok) and _rightly_done(tok, lex):
        return speaker if _own_side(subject_of(tok), res, speaker) else None
    if lemma in lex.wrong_verbs and _wrong_denied(tok, lex):
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
        return speaker if passive or _own_side(subject_of(tok), res, speaker) else None
    return None
