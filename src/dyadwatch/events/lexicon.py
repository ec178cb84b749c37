"""The trigger lexicon (data/events/triggers.yaml), loaded once and validated.

A trigger entry maps verb or noun lemmas to a CAMEO code with the grammatical roles
that carry source and target. Lookups are by lemma; multi-word lemmas are checked
against the tokens around the head by the extractor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

import yaml

from ..codebook import Codebook, load_codebook
from ..errors import DataFileError
from ..yamlfiles import read_yaml
from .cameo import load_cameo
from .tree import sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Token

#: CAMEO 045, mediate
MEDIATE = "045"

_ROLE_PREFIXES = ("prep:", "objprep:")
_ROLES = {"subj", "subjpass", "obj", "dative", "mod", "between", "governor", "govsubj", "govfrom", "thatsubj", "thatagent", "thatnamed", "aclobj", "declarer", "declared", "inv", "clausesubj", "condsubj", "objmod", "passfrom", "passmod", "govobj", "atsubj", "described", "govrejecter"}


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    pos: str  # "verb" | "noun"
    words: tuple[str, ...]  # lemma sequence; the head is the first (verbs) or last (nouns)
    code: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    objects: tuple[tuple[str, ...], ...] = ()
    #: the verb's subject must be one of these ("troops arrived": a deployment, not a visit)
    subjects: tuple[tuple[str, ...], ...] = ()
    #: the trigger counts only with a child preposition of one of these lemmas (a noun's
    #: may hang on its light verb: "staged military drills around Taiwan")
    prep: tuple[str, ...] = ()
    symmetric: bool = False
    negated_code: str | None = None
    #: the code when the verb governs a to-infinitive ("agreed to take emergency
    #: measures": agreeing to act is an intent, 030)
    infinitive_code: str | None = None
    #: the code when the verb tells a that-clause whose subject is not its own actor
    #: ("warned that the resolution will not end the conflict": a gloomy comment, 012;
    #: "warned that the US will not stand idly by" stays a threat)
    clause_code: str | None = None
    #: the code when the noun names what a sum is of ("$18 million in UK support": aid, 070)
    amount_code: str | None = None
    #: the code when the verb tells the purpose of sending or giving ("sent fighter pilots
    #: to support the North Vietnamese air force": support given in people or goods, 070)
    purpose_code: str | None = None
    #: the code of a second event on the side a from-phrase names, when the act moves from
    #: it to another ("switched recognition from Taiwan to Beijing": 054 to Beijing, and
    #: Taiwan's ties cut, 161)
    from_code: str | None = None
    intent: bool = False
    inverse: bool = False
    implicit_target: bool = False
    #: with no target named, the meeting it hosts or joins is the one told before ("hosted
    #: the meeting", "joined by phone"): the two states of the last meeting are its targets
    meeting_parties: bool = False
    #: with no target and two or more states as subject, each acts on the other ("both
    #: countries recalled their ambassadors", "Iran and Saudi Arabia expelled diplomats")
    reciprocal: bool = False
    #: where the entry comes from: "hand" (triggers.yaml), or the compiled CAMEO verb
    #: dictionary, the base that triggers.yaml overrides: "cameo" (a pattern matched) or
    #: "cameo-verb" (the verb's own code, no pattern)
    origin: str = "hand"
    #: dependency labels of a child that rule this reading out ("called the move selfish":
    #: a "call" with a predicative complement names, it does not phone)
    excludes: tuple[str, ...] = ()
    #: the verb counts only when it governs a clause of one of these verbs ("ordered the
    #: ambassador to leave": an expulsion)
    complements: tuple[str, ...] = ()
    #: the verb does not count when a clause it governs has one of these verbs, or a verb
    #: whose object is one of these nouns ("sent troops to Syria to fight the militias",
    #: "sent troops to Ukraine, launching an invasion": no cooperation with the host)
    except_complements: tuple[str, ...] = ()
    #: the verb counts only when its "with"-phrase holds one of these ("hit Russia with
    #: sanctions": the instrument makes the act)
    instruments: tuple[str, ...] = ()
    #: the verb counts only with one of these adverbs of manner ("backs militarily": the
    #: support is given in arms, 062)
    adverbs: tuple[str, ...] = ()
    #: the trigger counts only when the phrase of one of its ``prep`` holds one of these
    #: nouns (or its of-phrase does): "put Cuba on its list of state sponsors of terrorism",
    #: "turned to Moscow for help" ("for" then needs no direct object: _objects_of)
    prep_objects: tuple[tuple[str, ...], ...] = ()
    #: the verb does not count with one of these direct objects ("delivered a speech to
    #: parliament" is no delivery of goods)
    except_objects: tuple[tuple[str, ...], ...] = ()
    #: the verb counts only when it governs a to-infinitive ("ordered Venezuela to
    #: refrain": an order to another is a demand; "ordered an inquiry" is not)
    infinitive: bool = False
    #: the verb keeps a state in force: its plain future ("would keep sanctions on Maduro's
    #: government in place") tells the state as it stands now, asserted, no announced threat
    standing: bool = False
    #: the verb counts only with a first object naming who receives the second, a double
    #: object ("sent Cuba tens of thousands of tons of wheat"), not a to-phrase
    double_object: bool = False
    #: the act is done by giving notice of it: its plain future told by its own actor
    #: ("announced that they would quit the regional bloc") is the act, asserted
    by_notice: bool = False

    @property
    def head(self) -> str:
        return self.words[0] if self.pos == "verb" else self.words[-1]

    @property
    def at_only(self) -> bool:
        """A noun whose only target is the subject of the verb its at-phrase hangs on ("At
        Ankara's request, NATO held ...", "at the invitation of King Salman"): it counts
        only in such a phrase."""
        return self.pos == "noun" and self.target == ("atsubj",)


def constrained_first(trig: Trigger) -> tuple[int, int]:
    """The order a word's entries are tried in: constrained entries first ("call on"/"call
    for" before the bare phone "call"), then the longer phrase."""
    constraints = bool(trig.objects) + bool(trig.prep) + bool(trig.prep_objects) + bool(trig.subjects)
    return -(constraints + bool(trig.complements) + bool(trig.instruments) + bool(trig.adverbs) + trig.infinitive + trig.double_object + trig.at_only), -len(trig.words)


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    version: str
    light_verbs: frozenset[str]
    #: verb forms that with this particle make a preposition, never an event ("according to")
    prepositional_forms: Mapping[str, str]
    event_nouns: frozenset[str]  # "the move", "the decision": point back at an event told
    spoken_codes: frozenset[str]  # code prefixes of acts done only by speaking (an answer "the move" skips)
    chain_reactions: frozenset[str]  # trigger ids of reactions naming nothing ("expressed deep concern")
    chain_reaction_roots: frozenset[str]  # ... which take the target of the paragraph's reactions of these roots
    pressed_refusal_roots: frozenset[str]  # roots of refusals naming no one that answer whoever pressed the refuser
    pair_joint_roots: frozenset[str]  # roots of acts of a pair reference naming no other side: one event between its members
    pair_mutual_roots: frozenset[str]  # ... each member's on the other
    passive_measure_roots: frozenset[str]  # roots of measures told in the passive with no agent: by the last such measure's doer
    rival_postures: frozenset[str]  # trigger ids of shows of force at a place naming no state: at the doer's rival
    grievance_reactions: frozenset[str]  # trigger ids of feelings naming no cause ("Ottawa was deeply concerned"): at the last act against the feeler
    reversal_nouns: frozenset[str]
    decision_nouns: frozenset[str]
    return_verbs: frozenset[str]  # "returned from a visit to China": the returner made the visit  # "withdrew its decision to expel": the act decided, undone
    #: verbs that undo the event noun they take as object ("postponed the visit")
    reversal_verbs: frozenset[str]
    reversal_codes: Mapping[str, str]
    by_head: Mapping[tuple[str, str], tuple[Trigger, ...]]  # (pos, head lemma) -> entries
    place_target_roots: frozenset[str]  # hostile roots whose target is where they happen
    own_act_roots: frozenset[str]  # roots that undo their own actor's acts ("reverse these decisions")
    #: the CAMEO dictionary's verb blocks of sending or giving, whose purpose clause takes
    #: an entry's ``purpose_code`` ("sent pilots to support")
    material_purpose_blocks: frozenset[str]
    undone_roots: frozenset[str]  # roots of the own acts they undo when the object points at none ("removed tariffs")
    undoing_demand_roots: frozenset[str]  # roots of asking for an undoing ("demanded the lifting of sanctions"): of the measure's doer
    place_target_preps: frozenset[str]
    place_target_city_roots: frozenset[str]  # ... and where a city of another state counts
    border_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    calm_nouns: frozenset[str]  # "urged restraint": an appeal to the parties of the conflict
    conflict_party_codes: frozenset[str]  # acts naming no parties are the conflict's parties' (045, 0871)
    presupposing_preps: frozenset[str]  # "despite a ceasefire": a truce told as what happened
    prompting_verbs: frozenset[str]  # "..., prompting Japan to protest": the reaction's target acted
    measured_nouns: frozenset[str]  # "Trade between the two countries was worth $7 billion": a flow described, no act
    prompted_roots: frozenset[str]  # ... for reactions of these roots
    conjunct_hostile_roots: frozenset[str]  # "thanked Brasilia and condemned what it called ...": not at whom the other thanks
    conjunct_friendly_roots: frozenset[str]
    refusal_codes: Mapping[str, str]  # root of a refused act -> 12x
    refusal_modals: frozenset[str]
    echo_verbs: frozenset[str]  # "..., as did Chile": a pro-verb echoing the act
    echo_marks: frozenset[str]
    range_preps: Mapping[str, str]  # "from Brazil to Colombia"
    #: every entry's head lemma, of either part of speech: a word that is none has no entry
    heads: frozenset[str] = field(init=False)
    #: ``by_head`` with the constrained entries first (``constrained_first``), sorted once
    ordered: Mapping[tuple[str, str], tuple[Trigger, ...]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "heads", frozenset(head for _, head in self.by_head))
        ordered = {key: tuple(sorted(entries, key=constrained_first)) for key, entries in self.by_head.items()}
        object.__setattr__(self, "ordered", MappingProxyType(ordered))

    def candidates(self, pos: str, lemma: str) -> tuple[Trigger, ...]:
        return self.by_head.get((pos, lemma), ())

    def is_noun_trigger(self, tok: Token) -> bool:
        """Whether ``tok`` heads a nominal trigger, all its words there ("restrictions"
        alone is not "export restrictions", "took control" is no "export control")."""
        return any(phrase_fits(tok, t.words, "noun") for t in self.candidates("noun", tok.lemma_.lower()))


def _objects(value: list[object], where: str, earlier: Mapping[str, tuple[tuple[str, ...], ...]]) -> tuple[tuple[str, ...], ...]:
    """Object phrases as word tuples; "&NAME" expands to the CAMEO synonym set NAME, and
    "=ID" to the objects (or prep_objects) of the entry ID written before (a verb's objects
    for its noun)."""
    out: list[tuple[str, ...]] = []
    for o in value:
        text = str(o)
        if text.startswith("&"):
            members = load_cameo().synset(text[1:])
            if not members:
                raise DataFileError(f"{where}: unknown CAMEO synonym set {text}")
            out.extend(members)
        elif text.startswith("="):
            if not earlier.get(text[1:]):
                raise DataFileError(f"{where}: objects {text} name no entry with objects written before")
            out.extend(earlier[text[1:]])
        else:
            out.append(tuple(text.lower().split()))
    return tuple(out)


def _roles(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise DataFileError(f"{where}: roles must be a list")
    for role in value:
        if role not in _ROLES and not str(role).startswith(_ROLE_PREFIXES):
            raise DataFileError(f"{where}: unknown role {role!r}")
    return tuple(str(r) for r in value)


def _alt_code(entry: dict, name: str, here: str, codebook: Codebook) -> str | None:
    """A code a reading changes the entry's code to ("negated_code", "clause_code", ...)."""
    value = entry.get(name)
    if value is not None and str(value) not in codebook:
        raise DataFileError(f"{here}: {name} {value} is not in the codebook")
    return str(value) if value is not None else None


def _build(raw: dict, where: str) -> TriggerLexicon:
    codebook = load_codebook()
    defaults = raw.get("defaults", {})
    by_head: dict[tuple[str, str], list[Trigger]] = {}
    seen: set[str] = set()
    objects_of: dict[str, tuple[tuple[str, ...], ...]] = {}
    for pos, key in (("verb", "verbs"), ("noun", "nouns")):
        for entry in raw.get(key, []):
            eid = str(entry.get("id"))
            here = f"{where}: {key} entry {eid}"
            if eid in seen:
                raise DataFileError(f"{here}: duplicate id")
            seen.add(eid)
            code = str(entry.get("code"))
            if code not in codebook:
                raise DataFileError(f"{here}: CAMEO code {code} is not in the codebook")
            raw_prep = entry.get("prep")
            prep = (raw_prep,) if isinstance(raw_prep, str) else tuple(raw_prep) if isinstance(raw_prep, list) else ()
            if (raw_prep is not None and not prep) or not all(isinstance(p, str) for p in prep):
                # YAML 1.1 reads a bare `on` as true: the preposition must be quoted
                raise DataFileError(f"{here}: prep must be a quoted word or a list of them, got {raw_prep!r}")
            inverse = entry.get("frame") == "inv"
            source = _roles(entry.get("source", defaults.get(pos, {}).get("source", [])), here)
            target = _roles(entry.get("target", defaults.get(pos, {}).get("target", [])), here) + _roles(entry.get("also_target", []), here)
            objects = _objects(entry.get("objects", []), here, objects_of)
            subjects = _objects(entry.get("subjects", []), here, objects_of)
            except_objects = _objects(entry.get("except_objects", []), here, objects_of)
            prep_objects = _objects(entry.get("prep_objects", []), here, objects_of)
            if prep_objects and not prep:
                raise DataFileError(f"{here}: prep_objects needs the prep whose phrase holds them")
            # "=ID" names the nouns entry ID asks for: its objects, or its prep_objects
            objects_of[eid] = objects or prep_objects
            for lemma in entry.get("lemmas", []):
                words = tuple(str(lemma).lower().split())
                trig = Trigger(
                    id=eid, pos=pos, words=words, code=code, source=source, target=target,
                    objects=objects, subjects=subjects, prep=prep, symmetric=bool(entry.get("symmetric", False)),
                    negated_code=_alt_code(entry, "negated_code", here, codebook),
                    infinitive_code=_alt_code(entry, "infinitive_code", here, codebook),
                    clause_code=_alt_code(entry, "clause_code", here, codebook),
                    amount_code=_alt_code(entry, "amount_code", here, codebook),
                    purpose_code=_alt_code(entry, "purpose_code", here, codebook),
                    from_code=_alt_code(entry, "from_code", here, codebook),
                    intent=bool(entry.get("intent", False)), inverse=inverse,
                    implicit_target=bool(entry.get("implicit_target", False)),
                    reciprocal=bool(entry.get("reciprocal", False)),
                    meeting_parties=bool(entry.get("meeting_parties", False)),
                    excludes=tuple(str(x) for x in entry.get("excludes", [])),
                    complements=tuple(str(x) for x in entry.get("complements", [])),
                    except_complements=tuple(str(x) for x in entry.get("except_complements", [])),
                    instruments=tuple(str(x) for x in entry.get("instruments", [])),
                    adverbs=tuple(str(x).lower() for x in entry.get("adverbs", [])),
                    except_objects=except_objects, prep_objects=prep_objects,
                    infinitive=bool(entry.get("infinitive", False)),
                    standing=bool(entry.get("standing", False)),
                    double_object=bool(entry.get("double_object", False)),
                    by_notice=bool(entry.get("by_notice", False)),
                )  # fmt: skip
                by_head.setdefault((pos, trig.head), []).append(trig)
    for root, code in (raw.get("refusal_codes") or {}).items():
        if str(code) not in codebook or not str(code).startswith("12"):
            raise DataFileError(f"{where}: refusal code {code} for root {root} is not a 12x code of the codebook")
    for root, code in raw.get("reversal_codes", {}).items():
        if str(code) not in codebook:
            raise DataFileError(f"{where}: reversal code {code} for root {root} is not in the codebook")
    # longer phrases first, so that "restrictive measure" wins over a bare "measure"
    frozen = {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in by_head.items()}
    return TriggerLexicon(
        version=str(raw.get("version", "?")),
        light_verbs=frozenset(raw.get("light_verbs", [])),
        prepositional_forms=MappingProxyType({str(k): str(v) for k, v in (raw.get("prepositional_forms") or {}).items()}),
        event_nouns=frozenset(raw.get("event_nouns", [])),
        spoken_codes=frozenset(str(c) for c in raw.get("spoken_codes", [])),
        chain_reactions=frozenset(str(c) for c in raw.get("chain_reactions", [])),
        chain_reaction_roots=frozenset(str(c) for c in raw.get("chain_reaction_roots", [])),
        grievance_reactions=frozenset(str(c) for c in raw.get("grievance_reactions", [])),
        rival_postures=frozenset(str(c) for c in raw.get("rival_postures", [])),
        passive_measure_roots=frozenset(str(c) for c in raw.get("passive_measure_roots", [])),
        pair_joint_roots=frozenset(str(c) for c in raw.get("pair_joint_roots", [])),
        pair_mutual_roots=frozenset(str(c) for c in raw.get("pair_mutual_roots", [])),
        pressed_refusal_roots=frozenset(str(c) for c in raw.get("pressed_refusal_roots", [])),
        reversal_nouns=frozenset(raw.get("reversal_nouns", [])),
        decision_nouns=frozenset(raw.get("decision_nouns", [])),
        return_verbs=frozenset(raw.get("return_verbs", [])),
        reversal_verbs=frozenset(raw.get("reversal_verbs", [])),
        reversal_codes=MappingProxyType({str(k): str(v) for k, v in raw.get("reversal_codes", {}).items()}),
        by_head=MappingProxyType(frozen),
        place_target_roots=frozenset(str(r) for r in raw.get("place_target_roots", [])),
        own_act_roots=frozenset(str(r) for r in raw.get("own_act_roots", [])),
        material_purpose_blocks=frozenset(str(r).upper() for r in raw.get("material_purpose_blocks", [])),
        undone_roots=frozenset(str(r) for r in raw.get("undone_roots", [])),
        undoing_demand_roots=frozenset(str(r) for r in raw.get("undoing_demand_roots", [])),
        refusal_codes=MappingProxyType({str(k): str(v) for k, v in (raw.get("refusal_codes") or {}).items()}),
        refusal_modals=frozenset(str(m) for m in raw.get("refusal_modals", [])),
        place_target_preps=frozenset(str(p) for p in raw.get("place_target_preps", [])),
        place_target_city_roots=frozenset(str(r) for r in raw.get("place_target_city_roots", [])),
        border_nouns=frozenset(str(p) for p in raw.get("border_nouns", [])),
        conflict_nouns=frozenset(str(p) for p in raw.get("conflict_nouns", [])),
        calm_nouns=frozenset(str(p) for p in raw.get("calm_nouns", [])),
        conflict_party_codes=frozenset(str(p) for p in raw.get("conflict_party_codes", [])),
        presupposing_preps=frozenset(str(p) for p in raw.get("presupposing_preps", [])),
        prompting_verbs=frozenset(str(p) for p in raw.get("prompting_verbs", [])),
        measured_nouns=frozenset(str(p) for p in raw.get("measured_nouns", [])),
        prompted_roots=frozenset(str(p) for p in raw.get("prompted_roots", [])),
        conjunct_hostile_roots=frozenset(str(p) for p in raw.get("conjunct_hostile_roots", [])),
        conjunct_friendly_roots=frozenset(str(p) for p in raw.get("conjunct_friendly_roots", [])),
        echo_verbs=frozenset(str(p) for p in raw.get("echo_verbs", [])),
        echo_marks=frozenset(str(p) for p in raw.get("echo_marks", [])),
        range_preps=MappingProxyType({str(k): str(v) for k, v in (raw.get("range_preps") or {}).items()}),
    )


@cache
def load_triggers() -> TriggerLexicon:
    path = resources.files("dyadwatch") / "data" / "events" / "triggers.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read trigger lexicon {path}: {exc}") from exc
    return _build(raw, str(path))


def phrase_fits(tok: Token, words: tuple[str, ...], pos: str) -> bool:
    """Multi-word lemmas: the words before the head (nouns) or after it (verbs)."""
    if len(words) == 1:
        return True
    doc = tok.doc
    if pos == "noun":
        start = tok.i - len(words) + 1
        if start < 0 or sentence_starts(doc, start + 1, tok.i):  # (before the sentence)
            return False
        return all(_is_word(doc[start + k], w) for k, w in enumerate(words))
    end = tok.i + len(words)
    if end > len(doc) or sentence_starts(doc, tok.i + 1, end - 1):  # (past the sentence)
        return False
    return all(_is_word(doc[tok.i + k], w) for k, w in enumerate(words))


def _is_word(tok: Token, word: str) -> bool:
    """Whether ``tok``'s lower-case lemma or form is ``word`` (one Token object read twice)."""
    return tok.lemma_.lower() == word or tok.lower_ == word
