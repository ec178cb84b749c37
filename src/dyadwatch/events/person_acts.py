"""Acts on persons: a state that arrests, detains, sentences, executes or releases a
person acts against the person's own state (GUIDELINES §1-§3; the review sets' NOTES: the
detention of a state's nationals is an act against that state, private citizens too).

Three things: the nationality the text gives a person ("Evan Gershkovich, an American
journalist", "German-Iranian dual national Jamshid Sharmahd", "a citizen of France"),
remembered in the discourse for later mentions ("Gershkovich", "him"); that nationality
as the target of an act whose object is the person, when the words name no state of
their own; and the doer of an act only a state does told in an agentless passive ("was
detained in Beijing", "was arrested at Tehran airport"): the state of the place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..actors.discourse import Referent
from ..errors import DataFileError
from ..yamlfiles import read_yaml
from .arguments import unique_actors
from .cameo import load_cameo
from .tree import RELATIVIZERS, conjuncts, is_passive, of_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import Resolver
    from .context import SentenceContext
    from .extract import Candidate

_PERSON_OBJECTS = {"him", "her", "his"}
#: possessives that make the persons the demander's own ("its citizens' release")
_STATE_OWN = frozenset({"its", "our"})
#: the kinds of mention that name a state by its name or its people's adjective
_STATE_WORDS = frozenset({"demonym", "name", "alias"})


@dataclass(frozen=True, slots=True)
class PersonActWords:
    act_roots: frozenset[str]
    act_codes: frozenset[str]
    state_only_verbs: frozenset[str]
    place_preps: frozenset[str]
    nationality_nouns: frozenset[str]
    exchange_nouns: frozenset[str]
    demand_roots: frozenset[str]
    release_nouns: frozenset[str]

    def acts_on_person(self, code: str) -> bool:
        return code[:2] in self.act_roots or code in self.act_codes


@cache
def load_person_acts() -> PersonActWords:
    """The packaged person-act words (cached: loaded once per process)."""
    path = resources.files("dyadwatch") / "data" / "events" / "person_acts.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read person-act words {path}: {exc}") from exc

    def words(key: str) -> frozenset[str]:
        value = raw.get(key)
        if not isinstance(value, list):
            raise DataFileError(f"{path}: {key} must be a list")
        return frozenset(str(w).lower() for w in value)

    return PersonActWords(
        words("act_roots"),
        words("act_codes"),
        words("state_only_verbs"),
        words("place_preps"),
        words("nationality_nouns"),
        words("exchange_nouns"),
        words("demand_roots"),
        words("release_nouns"),
    )


# -- nationality ------------------------------------------------------------------
def _states_in(toks: list[Token], ctx: SentenceContext) -> list[str]:
    """The states the demonyms and names among ``toks`` name ("German-Iranian", "U.S."),
    not one hyphened to a participle ("Colombian-born", "Iran-backed")."""
    out: list[str] = []
    for t in toks:
        m = ctx.mentions.get(t.i)
        if (
            m is None
            or m.kind not in _STATE_WORDS
            or not m.country
            or not ctx.disc.is_state(m.country)
        ):
            continue
        end = ctx.mention_head(t)
        nxt = end.nbor(1) if end.i + 2 < len(t.doc) else None
        if nxt is not None and nxt.text == "-" and nxt.nbor(1).i not in ctx.mentions:
            continue
        if m.country not in out:
            out.append(m.country)
    return out


def _described(noun: Token, ctx: SentenceContext) -> list[str]:
    """The states a description of a person gives: "an American journalist", "a former
    Iranian prison official", "a citizen of France"."""
    toks = [t for t in noun.subtree if t.i <= noun.i]
    if noun.lemma_.lower() in load_person_acts().nationality_nouns:
        toks += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    return _states_in(toks, ctx)


def register_nationals(ctx: SentenceContext) -> None:
    """The nationality of each person named with one: in an apposition ("X, an Australian
    journalist, ..."), or in the words before the name ("German-Iranian dual national X")."""
    sent = ctx.sent
    for start, end in sorted(set(ctx.persons.values())):
        head = sent.doc[end - 1]
        countries: list[str] = []
        descriptions = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            descriptions.append(head.head)  # "an American journalist, Evan Gershkovich"
        for d in descriptions:
            countries += _described(d, ctx)
        left: list[Token] = []
        i = start - 1
        while i >= sent.start and len(left) < 6:
            t = sent.doc[i]
            if (
                t.pos_ in ("VERB", "AUX", "ADP", "PUNCT")
                and t.text != "-"
                or t.lower_ in ("and", "of")
            ):
                break
            left.append(t)
            i -= 1
        countries += _states_in(left[::-1], ctx)
        name, offset = sent.doc[start:end].text, ctx.char(sent.doc[start])
        if countries or not ctx.disc.nationality(name):
            # (a person of no stated nationality is remembered as a person all the same:
            # "Hamid Nouri, convicted in 2022 ... arrested Nouri")
            ctx.disc.add_national(name, tuple(dict.fromkeys(countries)), offset)
        else:
            ctx.disc.national_mentions.append((offset, name))


# -- the act's two sides ------------------------------------------------------------
def _nationality(
    tok: Token, ctx: SentenceContext, depth: int = 0
) -> tuple[Token, tuple[str, ...] | None]:
    """The nationality of the person the object ``tok`` names: () for a named person of
    no stated nationality, None for no person."""
    if tok.lower_ in RELATIVIZERS and depth < 2:
        clause = tok.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            clause = clause.head
        return (
            _nationality(clause.head, ctx, depth + 1)
            if clause.dep_ in ("relcl", "acl")
            else (tok, None)
        )
    if tok.lower_ in _PERSON_OBJECTS:
        return tok, ctx.disc.national_before(ctx.char(tok)) or None
    span = ctx.persons.get(tok.i)
    if span is not None:
        return tok, ctx.disc.nationality(tok.doc[span[0] : span[1]].text)
    if tok.pos_ == "PROPN" and tok.text in ctx.disc.nationals:
        return tok, ctx.disc.nationals[tok.text]
    return tok, None


def _objects(verb: Token) -> list[Token]:
    """Whom the act is on: the verb's object, or the act noun's of-phrase ("Tehran's
    execution of X")."""
    if verb.pos_ == "NOUN":
        return [x for o in of_objects(verb) for x in (o, *conjuncts(o))]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and verb.dep_ in ("acl", "relcl") and is_passive(verb):
        objs = [verb.head]  # "Cheng Lei, detained in Beijing in 2020"
    return [x for o in objs for x in (o, *conjuncts(o))]


def person_targets(verb: Token, ctx: SentenceContext, exclude: set[str]) -> list[Referent]:
    """The states of the persons the act's object names, other than ``exclude`` (a dual
    national's other state is the one acted against)."""
    out: list[Referent] = []
    for o in _objects(verb):
        named, countries = _nationality(o, ctx)
        if countries is None:
            continue
        if not countries:
            # a person of no stated nationality, in a story of acts on persons: the other
            # side of the last such act of the doer's ("Iran freed a Swedish diplomat ...
            # Floderus, who was arrested at Tehran airport")
            countries = tuple(c for s in exclude if (c := ctx.disc.other_side(s)) is not None)
        country = next((c for c in countries if c not in exclude), None)
        if country is not None:
            out.append(
                Referent(
                    country,
                    None,
                    named.text,
                    ctx.char(named),
                    ctx.char(named) + len(named.text),
                    "national",
                    0.7,
                )
            )
    return unique_actors(out)


def place_doer(
    verb: Token, ctx: SentenceContext, res: Resolver, exclude: set[str]
) -> Referent | None:
    """The state where an act only a state does happened, told in a passive that names
    no doer: "was detained in Beijing", "was arrested at Tehran airport"."""
    words = load_person_acts()
    if (
        verb.lemma_.lower() not in words.state_only_verbs
        or not is_passive(verb)
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.place_preps):
        for p in (x for x in prep.children if x.dep_ == "pobj"):
            # "in Beijing", "in China", "at Tehran airport" (the city a compound of the place)
            for t in (p, *(c for c in p.children if c.dep_ == "compound")):
                m = ctx.mentions.get(t.i)
                if (
                    m is not None
                    and m.kind in ("name", "alias", "capital")
                    and m.country not in exclude
                    and ctx.disc.is_state(m.country)
                ):
                    start = ctx.char(t)
                    return Referent(
                        m.country, "GOV", m.text, start, start + len(t.text), "place", 0.65
                    )
                if m is None and (city := res.city(t, "GOV", exclude)) is not None:
                    return city
    return None


def person_act_roles(verb: Token, code: str, ctx: SentenceContext, res: Resolver,
                     sources: list[Referent], targets: list[Referent]) -> tuple[list[Referent], list[Referent], str | None, str | None]:  # fmt: skip
    """The sources and targets of an act on a person, with what was added to each: the
    state of the place for a passive that names no doer, the person's state for an object
    that names no state."""
    if verb.pos_ == "VERB" and code[:2] in load_person_acts().demand_roots:
        # "demanded the release of two French citizens": on their holder, not on France
        holders, held = release_holders(verb, ctx, {s.country for s in sources})
        if holders and sources and all(t.country in held for t in targets):
            return sources, holders, None, "holder"
        return sources, targets, None, None
    if verb.pos_ not in ("VERB", "NOUN") or not load_person_acts().acts_on_person(code):
        return sources, targets, None, None
    how_src = how_tgt = None
    if (
        not sources
        and (doer := place_doer(verb, ctx, res, {t.country for t in targets})) is not None
    ):
        sources, how_src = [doer], "place"
    if sources and not targets:
        targets = person_targets(verb, ctx, {s.country for s in sources})
        how_tgt = "national" if targets else None
    return sources, targets, how_src, how_tgt


def release_holders(
    verb: Token, ctx: SentenceContext, demanders: set[str]
) -> tuple[list[Referent], set[str]]:
    """The state a demand for the release of persons is on: the one that holds them, the
    doer of the last act the text told on persons of their state ("Niger said it had
    arrested three Beninese nationals ... Benin demanded their release"); persons of no
    stated nationality are the demander's own. With the states of the persons held."""
    words = load_person_acts()
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    out: list[Referent] = []
    held_states: set[str] = set()
    for n in (n for n in nouns if n.lemma_.lower() in words.release_nouns):
        held = [
            p
            for p in (*of_objects(n), *(c for c in n.children if c.dep_ == "poss"))
            if p.lower_ not in _STATE_OWN
        ]
        states = {
            c for p in held for c in (_nationality(p, ctx)[1] or ()) + tuple(_described(p, ctx))
        } or demanders
        held_states |= states
        doer = next(
            (
                a
                for a, b in reversed(ctx.disc.person_act_pairs)
                if b in states and a not in demanders
            ),
            None,
        )
        if doer is not None:
            out.append(
                Referent(doer, "GOV", n.text, ctx.char(n), ctx.char(n) + len(n.text), "holder", 0.6)
            )
    return unique_actors(out), held_states


def _person_like(tok: Token, ctx: SentenceContext) -> bool:
    """Whether the object ``tok`` names people: a name, "Americans", "citizens", "a diplomat"."""
    m = ctx.mentions.get(tok.i)
    if tok.i in ctx.persons or (
        m is not None
        and m.kind == "demonym"
        and tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ not in ("amod", "compound")
    ):
        return True
    low = tok.lemma_.lower()
    people = {w for p in load_cameo().synset("PEOPLE") for w in p}
    return (
        low in load_person_acts().nationality_nouns
        or tok.lower_ in people
        or bool(ctx.lexicon.sector_of(low))
    )


def note_person_acts(cand: Candidate, ctx: SentenceContext) -> None:
    """Remember the two states of an act on persons ("Iran freed a Swedish diplomat")."""
    if cand.head.pos_ not in ("VERB", "NOUN") or not load_person_acts().acts_on_person(cand.code):
        return
    if not any(_person_like(o, ctx) for o in _objects(cand.head)):
        return
    for s in cand.sources:
        for t in cand.targets:
            if (
                s.country != t.country
                and ctx.disc.is_state(s.country)
                and ctx.disc.is_state(t.country)
            ):
                ctx.disc.person_act_pairs.append((s.country, t.country))


def exchanged(cand: Candidate, ctx: SentenceContext) -> Candidate | None:
    """The other release of a swap: "Iran freed a Swedish diplomat in exchange for a former
    Iranian prison official" is also Sweden's release of the Iranian (084 from the state
    the first release was to, at the exchanged person's state)."""
    words = load_person_acts()
    if (
        cand.head.pos_ != "VERB"
        or cand.code not in words.act_codes
        or not cand.sources
        or not cand.targets
    ):
        return None
    # (on the verb or on its object: "freed a Swede in exchange for ...")
    holders = [cand.head, *_objects(cand.head)]
    for prep in (
        c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
    ):
        nouns = [p for p in prep.children if p.dep_ == "pobj"]
        if prep.lower_ == "in":
            nouns = [x for n in nouns if n.lemma_.lower() in words.exchange_nouns
                     for f in n.children if f.dep_ == "prep" and f.lower_ == "for" for x in f.children if x.dep_ == "pobj"]  # fmt: skip
        freers = {t.country for t in cand.targets}
        found = [Referent(c, None, n.text, ctx.char(n), ctx.char(n) + len(n.text), "national", 0.65)
                 for n in nouns if _person_like(n, ctx) for c in _described(n, ctx)[:1] if c not in freers]  # fmt: skip
        if found:
            rule = f"{cand.trigger.id}/exchange"
            # (the state that frees, whatever words named its people: "two Polish citizens")
            freeing = [
                Referent(t.country, "GOV", t.text, t.start, t.end, "national", 0.65)
                for t in cand.targets
            ]
            return replace(
                cand,
                sources=unique_actors(freeing),
                targets=unique_actors(found),
                rule=rule,
                symmetric=False,
                confidence=0.65,
            )
    return None
