"""Evaluative statements: a political voice that judges another actor or its conduct
negatively criticises it (CAMEO 111, GUIDELINES §3 "criticise").

"Obama called the test 'highly provocative'", "described the move as deeply
destabilising", "the illegitimate regime of Nicolas Maduro", "said the test represents a
significant threat": a negative judgement (a word of negative valence) tied by the parse
to what it judges, and that to an actor: the phrase names the actor, or its possessor,
modifier, "by" phrase or agentive "of" phrase does, or it is an act told before ("the
move", "the test") whose author the article has named.

Who judges: the subject of the nearest verb of saying or judging above the word, else the
sentence's voice (a quote's speaker, the publisher of an official statement).

Valence comes from the VADER lexicon (vaderSentiment, MIT), with the voice rules' own
political words added (data/events/evaluation.yaml says how).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..actors.discourse import Referent
from ..errors import DataFileError
from ..yamlfiles import read_yaml
from .arguments import Resolver, unique_actors
from .cameo import load_cameo
from .context import SentenceContext
from .labelled import labelled_doers
from .lexicon import load_triggers
from .speech import load_speech
from .tree import (
    FREE_RELATIVES,
    POINTING_DETERMINERS,
    RELATIVIZERS,
    agents,
    framed_clause,
    misjoined_summary,
    of_objects,
    participle_agents,
    relativised_object,
    subject_of,
    sums_up,
)
from .vindication import first_strikers, vindication_words, vindicator
from .voice import VoiceEvent, load_voice

if TYPE_CHECKING:
    from spacy.tokens import Token

#: finds the author(s) of an act a definite phrase points back at, given who judges it
Antecedent = Callable[["Token", Referent], "list[Referent]"]
#: finds who last accused a speaker, given the speaker
Accuser = Callable[[Referent], "Referent | None"]

@dataclass(frozen=True, slots=True)
class EvaluationLexicon:
    threshold: float
    positive_threshold: float
    praised_acts: frozenset[str]
    valence: Mapping[str, float]
    judging_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    copulas: frozenset[str]
    predicating_verbs: frozenset[str]
    judged_acts: frozenset[str]
    told_acts: frozenset[str]
    verbal_acts: frozenset[str]
    remembered_acts: frozenset[str]
    told_act_verbs: Mapping[str, str]
    nominal_suffixes: Mapping[str, tuple[str, ...]]
    outcome_nouns: frozenset[str]
    polling_nouns: frozenset[str]
    in_state_nouns: frozenset[str]
    of_agent_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    denied_acts: frozenset[str]
    blame_adjectives: frozenset[str]
    blame_prepositions: frozenset[str]
    crime_verbs: frozenset[str]
    crime_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    believing_verbs: frozenset[str]
    said_blame_adjectives: frozenset[str]
    named_group_nouns: frozenset[str]
    plotting_verbs: frozenset[str]
    plotting_places: frozenset[str]
    grateful_adjectives: frozenset[str]
    experiencer_verbs: frozenset[str]
    negative_nouns: frozenset[str]
    transgression_verbs: Mapping[str, frozenset[str]]
    consequence_verbs: Mapping[str, frozenset[str]]
    vindicated_verbs: frozenset[str]
    vindicating_adverbs: frozenset[str]
    vindicating_in_nouns: frozenset[str]
    wrong_verbs: frozenset[str]
    broken_rules: frozenset[str]
    violated_norms: frozenset[str]
    defending_verbs: frozenset[str]
    first_strike_verbs: frozenset[str]
    first_adverbs: frozenset[str]
    friend_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    commerce_modifiers: frozenset[str]
    labelling_verbs: frozenset[str]
    coercion_verbs: frozenset[str]
    question_nouns: frozenset[str]
    closing_verbs: frozenset[str]
    discussion_nouns: frozenset[str]
    tolerance_verbs: frozenset[str]
    warning_tolerance: frozenset[str]

    def value(self, tok: Token) -> float:
        # VADER rates inflected forms on their own ("disputed" -1.4, "dispute" -1.7): the
        # word as written counts where VADER knows it, its lemma only where it does not
        form = self.valence.get(tok.lower_)
        return form if form is not None else self.valence.get(tok.lemma_.lower(), 0.0)

    def value_max(self, tok: Token) -> float:
        return max(self.valence.get(tok.lower_, 0.0), self.valence.get(tok.lemma_.lower(), 0.0))


def _vader() -> dict[str, float]:
    """VADER's single-word entries: word -> mean valence."""
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


@cache
def _pejoratives() -> tuple[frozenset[str], frozenset[str]]:
    """The political invective of data/events/pejoratives.yaml: (adjectives, nouns)."""
    path = resources.files("dyadwatch") / "data" / "events" / "pejoratives.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
        return frozenset(str(w) for w in raw["adjectives"]), frozenset(str(w) for w in raw["nouns"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise DataFileError(f"cannot read the political invective {path}: {exc}") from exc


@cache
def load_evaluation() -> EvaluationLexicon:
    path = resources.files("dyadwatch") / "data" / "events" / "evaluation.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
        threshold, own = float(raw["threshold"]), float(raw["own_valence"])
        positive = float(raw["positive_threshold"])
        praised = frozenset(str(w) for w in raw["praised_acts"])
        told_verbs = {str(k): str(v) for k, v in raw["told_act_verbs"].items()}
        suffixes = {str(k): tuple(str(e) for e in v) for k, v in raw["nominal_suffixes"].items()}
        transgression, consequence = ({str(k): frozenset(str(w) for w in v) for k, v in raw[key].items()}
                                      for key in ("transgression_verbs", "consequence_verbs"))
        words = {k: frozenset(str(w) for w in raw[k]) for k in ("judging_verbs", "copulas", "predicating_verbs", "judged_acts", "told_acts", "verbal_acts", "remembered_acts", "in_state_nouns", "of_agent_nouns", "denial_verbs", "accusation_nouns", "denied_acts", "blame_adjectives", "blame_prepositions", "crime_verbs", "crime_nouns", "believing_verbs", "said_blame_adjectives", "named_group_nouns", "plotting_verbs", "plotting_places", "grateful_adjectives", "experiencer_verbs",
                                                      "vindicated_verbs", "vindicating_adverbs", "vindicating_in_nouns", "wrong_verbs", "broken_rules", "violated_norms", "defending_verbs",
                                                      "first_strike_verbs", "first_adverbs", "friend_nouns", "naming_verbs", "commerce_modifiers", "labelling_verbs",
                                                      "coercion_verbs", "question_nouns", "closing_verbs", "discussion_nouns", "tolerance_verbs", "warning_tolerance",
                                                      "outcome_nouns", "polling_nouns")}
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"cannot read the evaluation rules {path}: {exc}") from exc
    if not -4.0 <= own <= threshold < 0:
        raise DataFileError(f"{path}: own_valence must lie between -4 and the (negative) threshold")
    if positive <= 0:
        # (a word the valence list lacks counts 0.0: it must reach neither threshold)
        raise DataFileError(f"{path}: positive_threshold must be positive")
    try:
        valence = _vader()
    except (OSError, ModuleNotFoundError) as exc:
        raise DataFileError(f"cannot read the VADER lexicon of the vaderSentiment package: {exc}") from exc
    voice = load_voice()
    pejoratives = _pejoratives()
    for word in (*voice.negative_adjectives, *voice.strong_nouns, *pejoratives[0], *pejoratives[1]):
        valence[word] = min(valence.get(word, 0.0), own)
    return EvaluationLexicon(
        threshold=threshold,
        positive_threshold=positive,
        praised_acts=praised,
        told_act_verbs=told_verbs,
        nominal_suffixes=suffixes,
        valence=valence,
        speaking_verbs=frozenset(load_speech().speaker_verbs),
        finding_verbs=load_speech().finding_verbs,
        negative_nouns=voice.strong_nouns | pejoratives[1],
        transgression_verbs=transgression,
        consequence_verbs=consequence,
        # ("described the cancellation as a stab in the back": an act undone is an act too)
        **{**words, "judged_acts": words["judged_acts"] | load_triggers().event_nouns | load_triggers().reversal_nouns},
    )


def _negated(tok: Token) -> bool:
    t = tok
    for _ in range(3):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ not in ("acomp", "oprd", "xcomp", "amod", "advmod", "attr"):
            break
        t = t.head
    return False


def _judged_by_adjective(adj: Token, lex: EvaluationLexicon) -> list[Token]:
    """The noun phrase(s) an adjective judges."""
    head = adj.head
    if adj.dep_ == "conj" and head.pos_ == adj.pos_:
        return _judged_by_adjective(head, lex)  # "as unsafe and unprofessional"
    if adj.dep_ == "amod" and _small_clause(head, lex):
        # "considers these statements an unacceptable interference": the parser may make the
        # judging verb's object and complement a verbless clause, the object its subject
        return [c for c in head.children if c.dep_ == "nsubj"]
    if adj.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        # "described them as occupying forces", "called the exercises a demonstration of
        # aggressive intent": inside the complement of a judging verb (also in its of-phrase)
        # the adjective judges what the verb judges, beside its own noun
        noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" else head
        complement = noun.dep_ in ("oprd", "attr") or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
        judged = [t for t in _judged_by_adjective(noun, lex) if t.i not in (noun.i, head.i)] if complement else []
        return [*judged, head]  # "the illegitimate regime"
    if adj.dep_ in ("acomp", "attr") and head.lemma_.lower() in lex.copulas:
        return subject_of(head)  # "the test is provocative"
    if adj.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dep") and head.lemma_.lower() in lex.judging_verbs:
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]  # "called the test provocative"
        # "called the junta illegitimate", "called Mali illegitimate": the parser may hang
        # the object on the adjective as a compound before it
        objects = objects or [c for c in adj.children if c.dep_ in ("compound", "nmod", "npadvmod") and c.pos_ in ("NOUN", "PROPN") and c.i < adj.i]
        # "a move Washington called provocative": the noun the relative clause is about
        return objects or [o for o in [relativised_object(head)] if o is not None]
    # "described the move as destabilising"
    prep = head if adj.dep_ in ("pobj", "amod") and head.lower_ == "as" else None
    if prep is None and head.dep_ == "pobj" and head.head.lower_ == "as":
        prep = head.head
    if prep is not None and prep.head.lemma_.lower() in lex.judging_verbs:
        return [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    # the parser may hang the "as" phrase on the object: "described [the move as ...]"
    if prep is not None and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.head.lemma_.lower() in lex.judging_verbs:
        return [prep.head]
    return []


def _misread_complement(tok: Token, lex: EvaluationLexicon) -> Token | None:
    """"called allegations of interference in Bolivia baseless": the parser reads the
    closing adjective as a noun inside the object; a negative adjective that ends a judging
    verb's object, with no determiner of its own, is its complement."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in load_voice().negative_adjectives or any(c.dep_ == "det" for c in tok.children):
        return None
    for anc in tok.ancestors:
        if anc.dep_ == "dobj" and anc.head.lemma_.lower() in lex.judging_verbs:
            return anc if anc.right_edge.i == tok.i else None
    return None


def _quoted_complement(tok: Token, lex: EvaluationLexicon) -> Token | None:
    """"called that seizure 'piracy'", "called the seizure 'a violation'": the parser glues
    a judging verb's object to the quoted noun that judges it (the object as the quoted
    noun's modifier, or the quoted noun as the object's apposition); the object."""
    if tok.pos_ != "NOUN" or lex.value(tok) > lex.threshold or _negated(tok):
        return None
    doc = tok.doc
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.judging_verbs:
        glued = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and doc[c.i + 1].is_quote]
        return glued[0] if glued else None
    obj = tok.head
    if tok.dep_ == "appos" and obj.dep_ == "dobj" and obj.head.lemma_.lower() in lex.judging_verbs and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].is_quote:
        return obj
    return None


def _event_noun(ctx: SentenceContext, np: Token) -> bool:
    """An event noun of the lexicon ("the expulsion"); one that counts only with certain
    objects, with one of them ("the violation of its airspace", not "the violation of Chile")."""
    held = {w for o in of_objects(np) for w in (o.lemma_.lower(), o.lower_)}
    return any(not t.objects or any(p[-1] in held for p in t.objects) for t in ctx.triggers.candidates("noun", np.lemma_.lower()))


@cache
def verbal_noun(lemma: str) -> bool:
    """A noun made from (or the same as) a verb of the CAMEO dictionary that codes an event:
    "shooting" (shoot), "designation" (designate), "transfer" (evaluation.yaml's
    nominal_suffixes)."""
    return bool(noun_verbs(lemma))


@cache
def verbal_roots(lemma: str) -> frozenset[str]:
    """The CAMEO roots of the verbs a noun is made from, by their own codes ("shooting":
    19, "campaign": 10; none for a verb that codes only through its patterns)."""
    cameo = load_cameo()
    return frozenset(v.code[:2] for verb in noun_verbs(lemma) for v in cameo.senses(verb) if v.code)


@cache
def noun_verbs(lemma: str) -> frozenset[str]:
    """The CAMEO dictionary's verbs a noun is made from ("cancellation": cancel), by
    evaluation.yaml's nominal_suffixes; the noun itself where it is such a verb too."""
    coding = load_cameo().coding_lemmas()
    found = {lemma} & coding
    for suffix, endings in load_evaluation().nominal_suffixes.items():
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            # (a doubled consonant: "shipping", "committal")
            stems = {stem, stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else {stem}
            found |= {s + e for s in stems for e in endings} & coding
    return frozenset(found)


def outcome_poll(noun: Token) -> Token | None:
    """The poll an outcome noun is the outcome of: its "of" phrase's ("the results of
    October's election"), or the noun itself where it has none ("refused to recognise the
    result": some poll); None for no outcome of a poll ("the outcome of talks")."""
    lex = load_evaluation()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.outcome_nouns:
        return None
    objects = of_objects(noun)
    if not objects:
        return noun
    return next((o for o in objects if o.lemma_.lower() in lex.polling_nouns), None)


def poll_states(res: Resolver, poll: Token) -> list[Referent]:
    """The states a poll's phrase names as holding it ("Venezuela's election", "the vote in
    Georgia")."""
    return _agents(res, poll, load_evaluation())


def _judged_verbal_noun(tok: Token, np: Token, lex: EvaluationLexicon) -> bool:
    """A noun made from a CAMEO verb, judged as an act: the object a judging verb names so
    ("branded the designation cynical", "described the shooting as hostile"), or the
    subject a copula judges where its verb codes an event by itself ("the shooting was
    hostile"); not an adjective set on it ("the brutal conflict", "how difficult the
    situation is": a state of things)."""
    lemma = np.lemma_.lower()
    if np.dep_ == "dobj" and np.head.lemma_.lower() in lex.judging_verbs and tok.head.i != np.i:
        return verbal_noun(lemma)
    return np.dep_ in ("nsubj", "nsubjpass") and np.head.lemma_.lower() in lex.copulas and bool(verbal_roots(lemma))


def _pointing(np: Token) -> bool:
    """"that seizure": a pointing determiner, also the one the parser gave the quoted noun
    glued to the phrase ("called [that seizure 'piracy']")."""
    dets = [*np.children, *(np.head.children if np.dep_ in ("nmod", "compound") else ())]
    return any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS and c.i < np.i for c in dets)


def _idiom(tok: Token, idioms: Mapping[str, frozenset[str]]) -> bool:
    """The verb with one of the objects that make an idiom of it ("crossed a red line")."""
    objects = idioms.get(tok.lemma_.lower()) if tok.pos_ in ("VERB", "AUX") else None
    if not objects:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.children) and not _negated(tok)


def _owned_act(np: Token, lex: EvaluationLexicon) -> bool:
    """A noun of an act whose phrase names its owner ("Orban's stance", "the decision of
    the regime", "the Chinese sale") or points back at it ("this decision")."""
    if np.pos_ != "NOUN" or not (np.lemma_.lower() in lex.judged_acts or np.lemma_.lower() in act_nouns()):
        return False
    return _pointing(np) or any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < np.i and c.pos_ in ("PROPN", "PRON", "NOUN", "ADJ")
                                or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of")) for c in np.children)  # fmt: skip


def _small_clause(noun: Token, lex: EvaluationLexicon) -> bool:
    """"considers [these statements an interference]": a noun the parser made a verbless
    complement clause of a judging verb, with the verb's object for its subject."""
    return (noun.dep_ == "ccomp" and noun.pos_ == "NOUN" and noun.head.lemma_.lower() in lex.judging_verbs
            and any(c.dep_ == "nsubj" for c in noun.children))  # fmt: skip


def _judging_head(tok: Token, lex: EvaluationLexicon) -> Token:
    """The word a judgement is told by: the judging verb of a verbless complement clause
    (whose own words read as a mere consideration), else the word itself."""
    noun = tok.head if tok.dep_ == "amod" else tok
    return noun.head if _small_clause(noun, lex) else tok


def _judged(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    misread = _misread_complement(tok, lex)
    if misread is not None:
        return [misread]
    quoted = _quoted_complement(tok, lex)
    if quoted is not None:
        return [quoted]
    # ("occupying forces": a participle of the voice rules' negative words judges as an adjective)
    if tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ in ("amod", "acomp", "oprd")) or (
            tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.lower_ in load_voice().negative_adjectives):
        if lex.value(tok) > lex.threshold or _negated(tok):
            return []
        return _judged_by_adjective(tok, lex)
    # "said the comments crossed a red line": who crosses a line is judged; "said Chile's
    # actions will have consequences": whose acts will have them is threatened
    if _idiom(tok, lex.transgression_verbs) or _idiom(tok, lex.consequence_verbs):
        return subject_of(tok)
    # "the test represents a significant threat", "Belarus poses a threat"
    predicate = tok.pos_ == "NOUN" and tok.dep_ in ("attr", "dobj") and tok.head.lemma_.lower() in lex.predicating_verbs
    if predicate and lex.value(tok) <= lex.threshold and not _negated(tok.head):
        if tok.lemma_.lower() in lex.negative_nouns:
            return subject_of(tok.head)
        # "said the government's decision was a betrayal": any noun of negative valence
        # judges an act its owner is named for, or one a pointing phrase names
        return [s for s in subject_of(tok.head) if _owned_act(s, lex)]
    # "a move Chile called a provocation", "remarks ... that it called an intolerable affront":
    # in a relative clause the parser takes the predicate noun for the verb's object; the
    # noun the clause hangs on is what it judges
    verb = tok.head if tok.dep_ == "dobj" else tok
    # (also when the parser joins the relative clause to the clause the noun sums up:
    # "visited the islands in February, a move Chile called a provocation")
    about = verb.head if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" else misjoined_summary(verb)
    if (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and about is not None and verb.lemma_.lower() in lex.judging_verbs
            and lex.value(tok) <= lex.threshold and not _negated(verb)
            and not any(c.dep_ in ("dobj", "dative", "oprd") and c.i != tok.i and c.lower_ not in RELATIVIZERS for c in verb.children)):  # fmt: skip
        return [about]
    # "attacked our peaceful nuclear facilities in flagrant violation of the UN Charter": an
    # act told as a wrong (an "in"-phrase on its verb) judges its doers
    framed = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if tok.pos_ == "NOUN" and framed is not None and framed.pos_ == "VERB" and lex.value(tok) <= lex.threshold and not _negated(framed):
        return subject_of(framed)
    # "considers these statements interference": a verbless clause for object and complement
    if tok.pos_ == "NOUN" and _small_clause(tok, lex) and lex.value(tok) <= lex.threshold and not _negated(tok):
        return [c for c in tok.children if c.dep_ == "nsubj"]
    # "described al-Bashir as an enemy of Chad", "paint them as a threat", "called him a
    # criminal": a negative noun judges the object of a verb of judging, as an adjective does
    as_phrase = tok.dep_ == "pobj" and tok.head.lower_ == "as"
    if tok.pos_ == "NOUN" and (as_phrase or tok.dep_ == "oprd") and lex.value(tok) <= lex.threshold and not _negated(tok):
        judged = [t for t in _judged_by_adjective(tok, lex) if t.i != tok.i]
        if tok.dep_ == "oprd" and any(t.lower_ in FREE_RELATIVES for t in judged):
            # "condemned what it called an attack by Chile": "what" names nothing; the
            # label's own phrase says whose act it judges (its "by" phrase, which the
            # parser may hang on the verb of judging)
            judged.append(tok)
            judged.extend(p for c in tok.head.children if c.lower_ == "by" for p in c.children if p.dep_ == "pobj")
        return judged
    return []


def _local_speaker(tok: Token, res: Resolver, lex: EvaluationLexicon, believing: bool = False) -> Referent | None:
    """The first of ``_local_speakers``, or None."""
    found = _local_speakers(tok, res, lex, believing)
    return found[0] if found else None


def _local_speakers(tok: Token, res: Resolver, lex: EvaluationLexicon, believing: bool = False) -> list[Referent]:
    """The actors of the nearest verb of saying or judging above the word ("..., condemning
    the destabilising policy of the United States": the subject of "condemning"), each of a
    coordinated subject ("Egypt and Qatar said the incursion was a flagrant violation":
    both); with ``believing``, of an active verb of belief too ("the United States believed
    Russia was responsible")."""
    return unique_actors(_speaker_walk(tok, res, lex, believing))


def _feelers(verb: Token, tok: Token, res: Resolver, lex: EvaluationLexicon, voice: Referent | None) -> list[Referent]:
    """Who holds the attitude ``verb`` tells ("we will not tolerate", "the Lebanese are not
    comfortable"): its subjects that name an actor or are pronouns (not "the economy"), else
    the speakers of the word ``tok``, else the text's own voice."""
    named = unique_actors(a for sb in subject_of(verb) if sb.i in res.ctx.mentions or sb.pos_ == "PRON" for a in res.actors(sb))
    return named or _local_speakers(tok, res, lex) or ([voice] if voice else [])


def _speaker_walk(tok: Token, res: Resolver, lex: EvaluationLexicon, believing: bool) -> list[Referent]:
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return []
        t = t.head
        lemma = t.lemma_.lower()
        believed = believing and lemma in lex.believing_verbs and not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        if t.pos_ == "VERB" and (lemma in lex.judging_verbs or lemma in lex.speaking_verbs or lemma in lex.finding_verbs or believed):
            subjects = subject_of(t)
            found = [a for s in subjects for a in res.actors(s)]
            if found:
                return found
            if believing and lemma in lex.finding_verbs and t.dep_ == "advcl" and subjects and all(_actorless(s, res) for s in subjects):
                # "Albania severed relations after an investigation concluded that Tehran was
                # behind the cyberattack": a finding of no one's is the acting clause's
                return [a for s in subject_of(t.head) for a in res.actors(s)][:1]
            return []
    return []


def _actorless(noun: Token, res: Resolver) -> bool:
    """A common noun that names no actor, nor has one among its words ("an investigation",
    not "a UN investigation")."""
    return noun.pos_ == "NOUN" and not any(res.actors(w) for w in noun.subtree)


def _agents(res: Resolver, np: Token, lex: EvaluationLexicon, maker: bool = False) -> list[Referent]:
    """The actor a judged phrase names: itself, its possessor or modifiers, a "by" phrase,
    an "of" phrase only where that names the doer ("the actions of the regime"), an "in"
    phrase only for a state's own processes ("the elections in Guyana"); with ``maker``,
    else the subject of the verb that made it ("had created unacceptable conditions")."""
    if np.i in res.ctx.mentions or np.pos_ == "PRON":
        return res.actors(np)
    out: list[Referent] = []
    for c in np.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < np.i:
            out.extend(res.actors(c))
        elif c.dep_ in ("prep", "agent") and (c.lower_ == "by" or (c.lower_ == "of" and np.lemma_.lower() in lex.of_agent_nouns)
                                               or (c.lower_ == "in" and np.lemma_.lower() in lex.in_state_nouns)):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(res.actors(p))
        else:
            # "the accusations made by Washington"
            out.extend(a for p in participle_agents(c) for a in res.actors(p))
    verb = np.head.lemma_.lower()
    if maker and not out and np.dep_ == "dobj" and np.head.pos_ == "VERB" and verb not in lex.judging_verbs and verb not in lex.experiencer_verbs:
        # "the United States had created unacceptable conditions": who made it (not "Sudan
        # is facing the worst crisis": who suffers it)
        out = [a for s in subject_of(np.head) for a in res.actors(s)]
    return out


def denies_accusation(tok: Token) -> bool:
    """"rejected the accusations", "denied the charge": a verb of denial with an accusation
    for object; the denial rules code it (110), not the verb's rejection (12)."""
    lex = load_evaluation()
    return tok.lemma_.lower() in lex.denial_verbs and bool(_charges(tok, lex) or _denied_deeds(tok, lex))


def _charges(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """The accusations a verb of denial has for object: "denied the charge", also the noun
    a relative clause is about ("a charge Tehran denies")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"] or [o for o in [relativised_object(tok)] if o is not None]
    found = [c for c in objects if c.lemma_.lower() in lex.accusation_nouns]
    if not found and (appended := _appended_charge(tok, lex)) is not None:
        found = [appended[0]]
    return found


def _denied_deeds(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """A part in a deed or the deed a verb of denial has for object, whose accuser is the
    discourse's: "Serbia denies any involvement", "denied firing into Bangladesh"."""
    return [c for c in tok.children if (c.dep_ == "dobj" and c.lemma_.lower() in lex.denied_acts)
            or (c.dep_ == "xcomp" and c.tag_ == "VBG")]  # fmt: skip


def _appended_charge(tok: Token, lex: EvaluationLexicon) -> tuple[Token, list[Token]] | None:
    """", a charge Rwanda rejects", ", charges Doha always rejected": an accusation set off
    by a comma after the clause that tells it, then its denier and the verb of denial
    ending the clause, however parsed (the tagger makes "rejects" the last noun of a
    compound, or "charges" the verb): the accusation and the denier's words."""
    doc, sent = tok.doc, tok.sent
    if tok.lemma_.lower() not in lex.denial_verbs or tok.i + 1 >= sent.end:
        return None
    if not (doc[tok.i + 1].is_punct or doc[tok.i + 1].lower_ == "as"):
        return None  # (the clause ends with the verb, or "dismissed as baseless")
    i = tok.i - 1
    while i > sent.start and doc[i].pos_ in ("ADV", "AUX"):
        i -= 1  # "firmly", "has always"
    last = i
    while i > sent.start and doc[i].lemma_.lower() not in lex.accusation_nouns and (doc[i].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[i].tag_ == "POS"):
        i -= 1  # ("Benin's government")
    noun = doc[i]
    if i == last or noun.lemma_.lower() not in lex.accusation_nouns or noun.pos_ not in ("NOUN", "VERB"):
        return None
    before = doc[i - 1] if i > sent.start else None
    if before is not None and before.pos_ == "DET":
        before = doc[i - 2] if i - 1 > sent.start else None
    if before is None or before.text != ",":
        return None
    return noun, list(doc[i + 1 : last + 1])


def _hung_on(tok: Token, res: Resolver) -> list[Referent]:
    """", which the Malian government denied": a denial in a relative clause denies what
    the clause it hangs on says, so its accuser is that clause's subject ("France condemned
    the deployment of mercenaries in Mali, which ...")."""
    head = hung_clause(tok)
    return [] if head is None else [a for s in subject_of(head) for a in res.actors(s)]


def hung_clause(tok: Token) -> Token | None:
    """The verb of the clause a relative-clause denial hangs on (", which Peru's government
    rejected as interference" after "Bolivia joined Mexico in voicing concern over ..."),
    through the nouns and prepositions between; None when ``tok`` is no such denial."""
    if tok.lemma_.lower() not in load_evaluation().denial_verbs or tok.dep_ != "relcl":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVIZERS for c in tok.children):
        return None
    head = tok.head
    while head.pos_ != "VERB" and head.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    # (up through the clauses without a subject of their own to the one that has one: "accused
    # France of seeking to intervene to free Bazoum, which Paris denied" is the accusing)
    while (head.pos_ != "VERB" or not subject_of(head)) and head.dep_ in ("xcomp", "advcl", "pcomp", "prep") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ == "VERB" and subject_of(head) else None


def _denier(res: Resolver, words: list[Token]) -> list[Referent]:
    """The actor the words before a misparsed denial name; a capital the parser made a
    modifier of the verb read as a noun ("a charge Pyongyang rejects") still governs."""
    for t in reversed(words):
        # (", a charge Benin's government has denied": the parser may set "government" beside
        # a name before the comma, which does not name the denier)
        beside = t.dep_ == "appos" and t.head.i < words[0].i
        if found := res.actors(t, depth=1 if beside else 0):
            return found[:1]
        m = res.ctx.mentions.get(t.i)
        if m is not None and m.kind == "capital" and m.country:
            start = res.ctx.char(t)
            return [Referent(m.country, None, t.text, start, start + len(t.text), "capital", 0.6)]
    return []


def _charging_clause_actors(res: Resolver, charges: list[Token], deniers: set[str]) -> list[Referent]:
    """The actor of the clause an appended charge sums up (", a charge Doha denies" after
    "Saudi Arabia ... cut ties with Qatar over its alleged support for militant groups"; after
    "Jordanian officials say the trade is run by units of the Syrian army"): the subject of
    the nearest finite verb before the comma that names an actor none of the deniers is (not
    a participle's: "accuses the North of supplying shells, a charge both Moscow and Pyongyang
    deny" is Washington's). Coordinated accusers make one charge, told as the first-named's
    (as ``shared`` does for coordinated deniers)."""
    for c in charges:
        doc, start = c.doc, c.sent.start
        k = c.i - 1 if c.i - 1 > start and doc[c.i - 1].pos_ == "DET" else c.i
        if k - 1 <= start or doc[k - 1].text != ",":
            continue
        for t in reversed(doc[start : k - 1]):
            if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            found = [a for s in subject_of(t) for a in res.actors(s) if a.country not in deniers]
            if found:
                return found[:1]
    return []


def _denials(tok: Token, res: Resolver, lex: EvaluationLexicon, accuser: Accuser) -> list[VoiceEvent]:
    """"U.S. officials have denied the charge", "Pakistan has denied that ...": the one who
    denies an accusation criticises its accuser (110)."""
    charges = _charges(tok, lex)
    hung = _hung_on(tok, res) if not charges else []
    if not (charges or hung or _denied_deeds(tok, lex) or any(c.dep_ == "ccomp" for c in tok.children)) or _negated(tok):
        return []
    out: list[VoiceEvent] = []
    subjects = subject_of(tok)
    # (", a charge Benin's government has denied": the parser may make the charge its subject)
    misparsed = not subjects or tok.pos_ != "VERB" or all(s.lemma_.lower() in lex.accusation_nouns for s in subjects)
    appended = _appended_charge(tok, lex) if misparsed else None
    if appended is not None:
        # (the denier of a misparsed ", a charge Rwanda rejects")
        deniers = [_denier(res, appended[1])]
    else:
        # ("both Moscow and Pyongyang deny": each coordinated subject denies)
        deniers = [res.actors(x)[:1] for s in subjects for x in (s, *(c for c in s.conjuncts if c not in subjects))]
    # (one charge that coordinated deniers deny has one accuser: "Washington accuses the
    # North of supplying shells, a charge both Moscow and Pyongyang deny")
    shared = [a for a in (accuser(sp) for speakers in deniers for sp in speakers) if a is not None][:1] if len(deniers) > 1 else []
    for speakers in deniers:
        for speaker in speakers:
            # the accuser the accusation names ("Kyiv's claims", "the accusations made by
            # Washington"), else the last one who accused the speaker
            named = [a for c in charges for a in _agents(res, c, lex) if a.country != speaker.country]
            named = named or [a for a in hung if a.country != speaker.country]
            named = named or _charging_clause_actors(res, [*charges, *([appended[0]] if appended else [])], {sp.country for d in deniers for sp in d})
            own = [a for a in [accuser(speaker)] if a is not None] or [a for a in shared if a.country != speaker.country]
            for agent in named or own:
                out.append(VoiceEvent("110", tok, agent, f"voice/deny:{tok.lemma_.lower()}", speaker))
    return out


def _displeased(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """"The Lebanese are not comfortable with the Israeli distinctions": a word of high
    valence denied of the copula's subject, with what displeases it in a "with", "about" or
    "by" phrase; those phrases' objects."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.head.lemma_.lower() not in lex.copulas or lex.value_max(tok) < lex.positive_threshold:
        return []
    if not any(c.dep_ == "neg" for c in tok.head.children) or any(c.tag_ == "MD" for c in tok.head.children):
        return []  # (not "would not be happy": a displeasure supposed)
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "about", "by") for p in c.children if p.dep_ == "pobj"]


def _praised(tok: Token, lex: EvaluationLexicon) -> Token | None:
    """"an historic and courageous move by President Afwerki": a word of high valence
    that modifies an act whose agent the phrase names."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("amod", "conj") or lex.value_max(tok) < lex.positive_threshold or _negated(tok):
        return None
    head = tok.head
    while head.pos_ == "ADJ" and tok.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "historic and courageous move": through the first adjective
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lex.praised_acts:
        return None
    return head


def _befriended(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """"called Kazakhstan a close ally", "regards Russia as an important partner", "called
    Iran a brother country": the object a verb of naming names a friend (a noun of
    ``friend_nouns``, or one as that noun's compound); "China remains a good friend": the
    subject of a copula with that noun for predicate."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in lex.friend_nouns:
        return []
    noun = tok.head if tok.dep_ == "compound" else tok
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in lex.copulas:
        # "China remains a good friend": the copula's subject, in the speaker's voice
        if _negated(noun.head) or any(c.lemma_.lower() in lex.commerce_modifiers for c in noun.children if c.dep_ in ("compound", "amod")):
            return []
        return subject_of(noun.head)
    if noun.dep_ == "oprd":
        verb, objects = noun.head, [c for c in noun.head.children if c.dep_ == "dobj"]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
        # the parser may hang the "as" phrase on the object: "regards [Russia as a partner]"
        holder = noun.head.head
        verb, objects = (holder.head, [holder]) if holder.dep_ == "dobj" else (holder, [c for c in holder.children if c.dep_ == "dobj"])
    else:
        return []
    if verb.lemma_.lower() not in lex.naming_verbs or _negated(verb) or _negated(noun):
        return []
    return objects


def _blamed(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """"Iran was responsible for shipping the weapons", "Russia was behind the attack":
    the subject a blaming predicate is said of."""
    lemma = tok.lemma_.lower()
    adjective = tok.pos_ == "ADJ" and lemma in lex.blame_adjectives and tok.dep_ in ("acomp", "attr", "oprd")
    # "held Britain responsible for the attack": the parser may hang the adjective on the object
    # or read "the United States responsible" as a small clause with its own subject
    after_object = tok.pos_ == "ADJ" and lemma in lex.blame_adjectives and tok.dep_ == "amod" and tok.i > tok.head.i and tok.head.dep_ == "dobj"
    small_clause = [c for c in tok.children if c.dep_ == "nsubj"] if tok.pos_ == "ADJ" and lemma in lex.blame_adjectives and tok.dep_ == "ccomp" else []
    if (adjective or after_object or small_clause) and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and not _negated(tok):
        if after_object:
            return [tok.head]
        if small_clause:
            return small_clause
        return subject_of(tok.head) if tok.dep_ != "oprd" else [c for c in tok.head.children if c.dep_ == "dobj"]
    if tok.dep_ == "prep" and tok.lower_ in lex.blame_prepositions and tok.head.lemma_.lower() == "be" and not _negated(tok.head):
        return subject_of(tok.head)
    if adjective and lemma in lex.said_blame_adjectives and _said_of(tok.head, lex) and not _negated(tok):
        # "Britain also said Iran was almost certainly responsible": no "for" phrase needed
        return subject_of(tok.head)
    return []


def _said_of(copula: Token, lex: EvaluationLexicon) -> bool:
    """The copula is a plain clause ("Iran was", no modal: not "would be responsible")
    that a verb of saying, judging, finding or belief governs."""
    if copula.lemma_.lower() != "be" or copula.dep_ != "ccomp" or any(c.tag_ == "MD" for c in copula.children):
        return False
    verb = copula.head
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in lex.speaking_verbs or lemma in lex.judging_verbs or lemma in lex.finding_verbs
                                    or lemma in lex.believing_verbs)  # fmt: skip


def _backed_group(tok: Token, ctx: SentenceContext, lex: EvaluationLexicon) -> Token | None:
    """"the M23, which Kinshasa says is backed by Rwanda", "Paris said the rebels were armed
    by Rwanda": the armed group a passive of backing is said of (its subject, or the noun
    its relative clause hangs on), where the group is a non-state armed group (an
    armed-group name, or a noun of the sector REB)."""
    if tok.lower_ not in ctx.lexicon.backer_participles or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        # the relative clause's noun: up through "say" and coordination to the relcl edge
        t = tok
        for _ in range(4):
            if t.dep_ == "relcl":
                subj = t.head
                break
            if t.dep_ not in ("ccomp", "conj") or t.head.i == t.i:
                return None
            t = t.head
    if subj is None:
        return None
    mention = ctx.mentions.get(subj.i)
    if mention is not None:
        return subj if mention.kind == "armed-group" else None
    # (or a group noun set beside a name that is no actor: "the M23, the Tutsi-led group that ...")
    before = subj.doc[subj.left_edge.i - 2] if subj.left_edge.i - 2 >= subj.sent.start else None
    beside = (before is not None and subj.lemma_.lower() in lex.named_group_nouns and subj.doc[before.i + 1].text == ","
              and before.pos_ == "PROPN" and ctx.mentions.get(before.i) is None)  # fmt: skip
    return subj if ctx.lexicon.sector_of(subj.lemma_.lower()) == "REB" or beside else None


def _backers(tok: Token, res: Resolver) -> list[Referent]:
    """The states a passive of backing names with "by"."""
    return [a for p in agents(tok) for a in res.actors(p)]


def _said_by(tok: Token, res: Resolver, lex: EvaluationLexicon) -> list[Referent]:
    """Every actor of the verb of saying, finding or belief whose clause ``tok`` is:
    "that Kinshasa, the United Nations and Western governments say is backed by Rwanda"."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ != "ccomp" or verb.pos_ != "VERB" or not (lemma in lex.speaking_verbs or lemma in lex.finding_verbs or lemma in lex.believing_verbs):
        return []
    subjects = subject_of(verb)
    subjects += [c for s in subjects for c in s.conjuncts if c not in subjects]
    return [a for s in subjects for a in res.actors(s)]


def _hostile_act(noun: Token) -> bool:
    """A noun trigger of an attack (roots 18-20): "the attack", "the bombing"."""
    return any(t.code[:2] in ("18", "19", "20") for t in load_triggers().by_head.get(("noun", noun.lemma_.lower()), ()))


def _plotting_states(tok: Token, res: Resolver, lex: EvaluationLexicon) -> list[Referent]:
    """"the attack was planned in Afghanistan": the states a hostile act was plotted in or from."""
    if tok.lemma_.lower() not in lex.plotting_verbs or not any(c.dep_ == "auxpass" for c in tok.children) or _negated(tok):
        return []
    if not any(c.dep_ == "nsubjpass" and _hostile_act(c) for c in tok.children):
        return []
    return [a for c in tok.children if c.dep_ == "prep" and c.lower_ in lex.plotting_places for p in c.children if p.dep_ == "pobj"
            for a in res.actors(p)]  # fmt: skip


def _closes_question(tok: Token, lex: EvaluationLexicon) -> Token | None:
    """"the question was closed", "the issue had been settled" (a noun of a question as the
    passive subject, told as a said clause), "... was not up for discussion" (any subject):
    the verb of the clause that closes it, else None."""
    if tok.lemma_.lower() in lex.closing_verbs:
        if tok.tag_ != "VBN" or tok.dep_ not in ("ccomp", "conj") or _negated(tok):
            return None
        return tok if any(c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in lex.question_nouns for c in tok.children) else None
    # "not up for discussion": the noun, in "for" on "up" on a denied copula
    prep = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    up = prep.head if prep is not None and prep.head.lower_ == "up" else None
    verb = up.head if up is not None else None
    if verb is not None and verb.lemma_.lower() in lex.copulas and verb.dep_ in ("ccomp", "conj") and any(c.dep_ == "neg" for c in verb.children):
        return verb
    return None


def _refused_wrongs(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """"will not tolerate any violation", "will not accept blackmail": the objects of a
    denied verb of bearing that name a wrong (a noun of negative valence, or of coercion,
    or one a negative adjective qualifies: "this reckless behaviour")."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and (
        lex.value(c) <= lex.threshold or c.lemma_.lower() in lex.coercion_verbs or c.lemma_.lower() in lex.accusation_nouns
        or any(a.dep_ == "amod" and lex.value(a) <= lex.threshold for a in c.children))]  # fmt: skip


def _wrongdoers(res: Resolver, verb: Token, np: Token, lex: EvaluationLexicon) -> list[Referent]:
    """Who does a wrong refused, where its phrase names it: the "from" phrase of the wrong
    or of its verb, or the wrong's owner ("Washington's interference")."""
    froms = [p for h in (np, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    return [a for p in froms for a in res.actors(p)] + _agents(res, np, lex)


def _violators(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """"the sale violates the one-China principle", "Israel had breached its obligations":
    the subject of a rule broken, told as a clause (under a verb of saying)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "conj") or _negated(tok) or any(c.dep_ == "auxpass" for c in tok.children):
        return []
    rules = lex.broken_rules | lex.violated_norms
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in rules for c in tok.children):
        return []
    return subject_of(tok)


def _violator_actors(res: Resolver, np: Token, lex: EvaluationLexicon, speaker: Referent, antecedent: Antecedent) -> list[Referent]:
    """The actor a violating subject names, or the owner of the act it names ("the U.S.
    sale", "this decision")."""
    if np.i in res.ctx.mentions or np.pos_ in ("PRON", "PROPN"):
        return res.actors(np)
    if not _owned_act(np, lex):
        return []
    return _agents(res, np, lex) or (antecedent(np, speaker) if _pointing(np) else [])


def _criminals(tok: Token, lex: EvaluationLexicon) -> list[Token]:
    """"the Myanmar army had committed genocide": the subject of a crime committed."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.crime_verbs or _negated(tok):
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.crime_nouns for c in tok.children):
        return []
    return subject_of(tok)


@cache
def _cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas and the forms the rules of ``evaluation_events`` read besides words of
    strong valence: a denial, thanks, blame, a transgression or its consequences, a
    negative noun or adjective."""
    lex = load_evaluation()
    lemmas = (lex.denial_verbs | lex.grateful_adjectives | lex.blame_adjectives | lex.negative_nouns | lex.friend_nouns
              | frozenset(lex.transgression_verbs) | frozenset(lex.consequence_verbs) | vindication_words(lex))  # fmt: skip
    return lemmas, load_voice().negative_adjectives | lex.blame_prepositions


def _thanked(grateful: Token) -> list[Token]:
    """Whom ``grateful`` thanks: the one it is grateful to, else the owner of what it is
    grateful for ("grateful for Chile's support")."""
    objs = {c.lower_: [p for p in c.children if p.dep_ == "pobj"] for c in grateful.children if c.dep_ == "prep" and c.lower_ in ("to", "for")}
    return objs.get("to") or [o for p in objs.get("for", []) for o in p.children if o.dep_ == "poss"]


@cache
def _evaluated_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas and the forms a word must have for a rule of ``evaluation_events`` to read
    it (a cheap test every rule implies): a word of strong valence either way (``value``,
    ``value_max``: by its lemma or its form), or one of their cue words. (A word the
    valence list lacks counts 0.0, which neither threshold reaches.)"""
    lex = load_evaluation()
    strong = frozenset(w for w, v in lex.valence.items() if v <= lex.threshold or v >= lex.positive_threshold)
    lemmas, forms = _cue_words()
    return lemmas | strong, forms | strong


def evaluation_events(ctx: SentenceContext, tokens: list[Token], voice: Referent | None, antecedent: Antecedent,
                      accuser: Accuser) -> list[VoiceEvent]:  # fmt: skip
    """Negative judgements of another actor in this sentence, as criticisms (111);
    praise of an act its agent is named for (051);
    denials of an accusation, and vindications of one's own side's conduct, as criticisms of
    the accuser (110); holding an actor
    responsible for an act, as an accusation (112)."""
    lex = load_evaluation()
    res = Resolver(ctx)
    out: list[VoiceEvent] = []
    # (the words any rule of the last loop below may read, found once through the index)
    evaluated = {t.i for t in ctx.with_word(*_evaluated_words())}
    # (every word of the sentence: "committed" may have fired as a pledge with no target)
    for tok in ctx.with_lemma(lex.crime_verbs):
        if criminals := _criminals(tok, lex):
            speaker = _local_speaker(tok, res, lex) or voice
            if speaker is not None:
                out.extend(VoiceEvent("112", tok, a, f"voice/crime:{tok.lemma_.lower()}", speaker) for np in criminals for a in res.actors(np))
    # (every word: "violated" may have fired as defiance)
    for tok in ctx.with_lemma(lex.wrong_verbs):
        if violators := _violators(tok, lex):
            for speaker in _local_speakers(tok, res, lex):
                out.extend(VoiceEvent("112", tok, a, f"voice/violate:{tok.lemma_.lower()}", speaker) for np in violators
                           for a in _violator_actors(res, np, lex, speaker, antecedent) if a.country != speaker.country)  # fmt: skip
    # (every word: "closed" may have fired as a closure with no target)
    for tok in ctx.with_lemma(lex.closing_verbs | lex.discussion_nouns):
        if (closing := _closes_question(tok, lex)) is not None:
            for speaker in _local_speakers(tok, res, lex):
                found = accuser(speaker)
                if found is not None and found.country != speaker.country:
                    out.append(VoiceEvent("125", closing, found, f"voice/closed:{tok.lemma_.lower()}", speaker))
    # (every word: "accept" may have fired as a reception of aid, "tolerate" as an allowance)
    for tok in ctx.with_lemma(lex.tolerance_verbs):
        if wrongs := _refused_wrongs(tok, lex):
            refusing = _feelers(tok, tok, res, lex, voice)
            for sp in refusing:
                doers = unique_actors(a for np in wrongs for a in _wrongdoers(res, tok, np, lex)) or [a for a in [accuser(sp)] if a is not None]
                # ("could not accept the claim that ...": a denial of the accusation, 110)
                code = ("110" if all(np.lemma_.lower() in lex.accusation_nouns for np in wrongs)
                        else "130" if tok.lemma_.lower() in lex.warning_tolerance else "111")  # fmt: skip
                out.extend(VoiceEvent(code, tok, a, f"voice/refuse:{tok.lemma_.lower()}", sp) for a in doers if a.country != sp.country)
    # (every word: "fired" may have fired as an attack with no target)
    for tok in ctx.with_lemma(lex.first_strike_verbs):
        if strikers := first_strikers(tok, lex):
            speaker = _local_speaker(tok, res, lex)
            if speaker is not None:
                out.extend(VoiceEvent("112", tok, a, f"voice/first:{tok.lemma_.lower()}", speaker) for np in strikers for a in res.actors(np)
                           if a.country != speaker.country)  # fmt: skip
    # (every word: "called" may have fired as a naming with no target)
    for tok in ctx.with_lemma(lex.labelling_verbs):
        if doers := labelled_doers(tok, lex.labelling_verbs, lambda w: lex.value_max(w) > 0):
            # (a spokesman the parse leaves nameless speaks in the sentence's voice; an "it" the
            # references leave open is the one who acts on the label: "Tokyo lodged a protest
            # over what it described as ...")
            outer = tok.head.head if tok.dep_ == "pcomp" else tok.head if tok.dep_ == "ccomp" else tok
            # (nor is a title the references guess to be the topic's official: "what spokesman
            # Lin Jian called", said by China's ministry)
            speakers = (unique_actors(a for s in subject_of(tok) for a in res.actors(s) if not a.kind.startswith("topic"))
                        or ([voice] if voice else [])
                        or unique_actors(a for s in subject_of(outer) for a in res.actors(s) if outer.i != tok.i))  # fmt: skip
            out.extend(VoiceEvent("111", tok, a, f"voice/label:{tok.lemma_.lower()}", s) for s in speakers for np in doers
                       for a in res.actors(np) if a.country != s.country)  # fmt: skip
    # (every word again: "backed" may have fired as support with no source; only a word of
    # backing or plotting can be either)
    for tok in ctx.with_word(lex.plotting_verbs, ctx.lexicon.backer_participles):
        if tok.pos_ == "VERB" and _backed_group(tok, ctx, lex) is not None and not _negated(tok):
            # a speaker saying a state backs an armed group accuses it
            backers = _backers(tok, res)
            out.extend(VoiceEvent("112", tok, b, f"voice/backed:{tok.lemma_.lower()}", s) for s in _said_by(tok, res, lex)
                       for b in backers if b.country != s.country)  # fmt: skip
        elif tok.pos_ == "VERB" and (plotters := _plotting_states(tok, res, lex)):
            # a speaker saying an attack was planned in a state accuses it
            out.extend(VoiceEvent("112", tok, b, f"voice/plotted:{tok.lemma_.lower()}", s) for s in _said_by(tok, res, lex)
                       for b in plotters if b.country != s.country)  # fmt: skip
    for tok in tokens:
        if tok.i not in evaluated:
            continue
        if tok.lemma_.lower() in lex.denial_verbs and (tok.pos_ == "VERB" or _appended_charge(tok, lex)):
            out.extend(_denials(tok, res, lex, accuser))
            continue
        if tok.lemma_.lower() in vindication_words(lex):
            # "said its coast guard had acted lawfully": a denial of the accuser's charge
            vindicating = vindicator(tok, res, lex, _local_speaker(tok, res, lex) or voice)
            found = accuser(vindicating) if vindicating is not None else None
            if vindicating is not None and found is not None:
                # (a wrong denied is told negated: the saying of it is what was done)
                head = tok.head if tok.lemma_.lower() in lex.wrong_verbs else tok
                out.append(VoiceEvent("110", head, found, f"voice/vindicate:{tok.lemma_.lower()}", vindicating))
            continue
        if tok.lemma_.lower() in lex.grateful_adjectives and tok.dep_ in ("acomp", "amod"):
            # "We are grateful to you for your support": thanking whom it is grateful to
            speakers = [a for s in subject_of(tok.head if tok.dep_ == "acomp" else tok) for a in res.actors(s)][:1] or ([voice] if voice else [])
            thanked = [a for p in _thanked(tok) for a in res.actors(p)]
            out.extend(VoiceEvent("051", tok, a, f"voice/thank:{tok.lemma_.lower()}", s) for s in speakers for a in thanked)
            continue
        if displeasing := _displeased(tok, lex):
            # ... denied, criticises what displeases it (its owner, or the actor it is)
            # (the subject names the displeased: "the Lebanese", "we"; not "the economy")
            displeased = _feelers(tok.head, tok, res, lex, voice)
            out.extend(VoiceEvent("111", tok.head, a, f"voice/displeased:{tok.lemma_.lower()}", sp) for sp in displeased for np in displeasing
                       for a in (res.actors(np) if np.i in res.ctx.mentions else _agents(res, np, lex)) if a.country != sp.country)  # fmt: skip
            continue
        praised = _praised(tok, lex)
        if praised is not None:
            for speaker in _local_speakers(tok, res, lex) or ([voice] if voice else []):
                out.extend(VoiceEvent("051", tok, a, f"voice/praise:{tok.lemma_.lower()}", speaker) for a in _agents(res, praised, lex)
                           if praised.i not in res.ctx.mentions)  # fmt: skip
            continue
        if befriended := _befriended(tok, lex):
            # naming another a friend praises it (051)
            for speaker in _local_speakers(tok, res, lex) or ([voice] if voice else []):
                out.extend(VoiceEvent("051", tok, a, f"voice/friend:{tok.lemma_.lower()}", speaker) for np in befriended for a in res.actors(np))
            continue
        blamed = _blamed(tok, lex)
        if blamed:
            for speaker in _local_speakers(tok, res, lex, believing=True) or ([voice] if voice else []):
                out.extend(VoiceEvent("112", tok, a, f"voice/blame:{tok.lemma_.lower()}", speaker) for np in blamed for a in res.actors(np))
            continue
        judged = _judged(tok, lex)
        if not judged:
            continue
        for speaker in _local_speakers(tok, res, lex) or ([voice] if voice else []):
            out.extend(_judgements(ctx, res, lex, tok, judged, speaker, antecedent, accuser))
    return out


def _judgements(ctx: SentenceContext, res: Resolver, lex: EvaluationLexicon, tok: Token, judged: list[Token],
                speaker: Referent, antecedent: Antecedent, accuser: Accuser) -> list[VoiceEvent]:  # fmt: skip
    """What ``speaker`` judging the phrases ``judged`` by the word ``tok`` criticises."""
    out: list[VoiceEvent] = []
    for np in judged:
        agents = _agents(res, np, lex, maker=True)
        if not agents and np.dep_ == "dobj" and np.head.lemma_.lower() in lex.judging_verbs and not any(c.dep_ == "auxpass" for c in np.head.children):
            # "calling a tweet by Canada's foreign ministry an interference": the parser may
            # hang the object's "by" phrase on the verb of judging
            agents = [a for c in np.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > np.i
                      for p in c.children if p.dep_ == "pobj" for a in res.actors(p)]  # fmt: skip
        if not agents and np.lemma_.lower() in lex.accusation_nouns:
            # "called allegations of interference baseless": the accuser's
            found = accuser(speaker)
            agents = [found] if found is not None else []
        if not agents and (clause := framed_clause(np)) is not None:
            # "pounded Odesa, in what Kyiv called a deliberate assault": the clause's act
            agents = [a for s in subject_of(clause) for a in res.actors(s) if a.country != speaker.country]
        # ("the expulsion was groundless": an event noun of the lexicon is an act too)
        act_word = (np.lemma_.lower() in lex.judged_acts or np.lemma_.lower() in act_nouns() or _event_noun(ctx, np)
                    or _judged_verbal_noun(tok, np, lex))
        if not agents and act_word and (clause := sums_up(np)) is not None:
            # ", a move Washington called provocative", ", a trip Chile called a
            # provocation": the act of the clause it sums up
            agents = [a for s in subject_of(clause) for a in res.actors(s) if a.country != speaker.country]
        if not agents and act_word and _pointing(np):
            agents = antecedent(np, speaker)
        code = "130" if _idiom(tok, lex.consequence_verbs) else "111"
        out.extend(VoiceEvent(code, _judging_head(tok, lex), a, f"voice/evaluate:{tok.lemma_.lower()}", speaker) for a in agents)
    return out


def told_acts(ctx: SentenceContext) -> list[tuple[str, Referent]]:
    """The acts a later definite phrase may point back at, with their doers, whether or
    not they were coded as events: "North Korea launched a missile" ("the launch"),
    "North Korea's nuclear test" ("the test")."""
    lex = load_evaluation()
    res = Resolver(ctx)
    out: list[tuple[str, Referent]] = []
    nouns = act_nouns()
    for tok in ctx.with_lemma(lex.told_acts | frozenset(lex.told_act_verbs) | nouns):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma not in nouns and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            doers = [a for s in subject_of(tok) for a in res.actors(s)]
            lemma = lex.told_act_verbs.get(lemma, lemma)  # "ruled": "the ruling"
        elif tok.pos_ == "NOUN" and (lemma in lex.told_acts or lemma in nouns):
            # ("Tehran's execution of X", "the decision of the E3", "the U.S. decision")
            doers = _agents(res, tok, lex) if tok.i not in ctx.mentions else []
        else:
            continue
        # (every doer of an act several did: "the decision of France, Germany and Britain")
        out.extend((lemma, a) for a in unique_actors(doers))
    return out


@cache
def act_nouns() -> frozenset[str]:
    """The nouns of acts remembered with their actor besides ``told_acts``: the acts of any
    kind ("the decision"), of speech ("the remarks") and the others the rules name."""
    lex = load_evaluation()
    return load_triggers().event_nouns | lex.verbal_acts | lex.remembered_acts


def act_kind(lemma: str) -> str | None:
    """"any" for a noun of an act of any kind ("the move"), "spoken" for a noun of an act
    of speech ("the remarks"), else None (the noun's own kind of act)."""
    if lemma in load_triggers().event_nouns:
        return "any"
    return "spoken" if lemma in load_evaluation().verbal_acts else None


def same_act_kind(a: str, b: str) -> bool:
    """Two nouns that may name the same act: the same word, or two of one kind ("the
    decision" ... "this step", "the remarks" ... "the comments")."""
    return a == b or (act_kind(a) is not None and act_kind(a) == act_kind(b))
