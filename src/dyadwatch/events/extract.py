"""Event candidates in one parsed sentence: triggers, then the roles that fill them.

Verbal triggers take their source from the subject (the agent of a passive, the
controller of an infinitive, the noun a relative clause hangs on) and their target
from the object or a preposition the lexicon names. Nominal triggers take theirs from
modifiers ("Western sanctions"), "by"/"of"-phrases, "between A and B", and from the
verb that governs them ("Kim paid a state visit to Caracas"). Coordination multiplies
actors; symmetric triggers with two sides named together become one event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..annotate.dates import load_temporal_lexicon
from ..annotate.status import load_cues
from .arguments import Resolver, unique_actors
from .context import SentenceContext
from .evaluation import load_evaluation, noun_verbs
from .lexicon import MEDIATE, Trigger, TriggerLexicon, phrase_fits
from .parse_words import load_parse_words
from .person_acts import person_act_roles
from .speech import load_speech
from .tree import (
    FREE_RELATIVES,
    GROUP_NUMBERS,
    PASSIVE_SUBJECT,
    RELATIVIZERS,
    SUMMONING_VERBS,
    carried,
    carrier_agents,
    conjuncts,
    example_list,
    excepted_conjunct,
    for_clause,
    governor,
    has_to,
    is_passive,
    light_clauses,
    light_relative,
    misread_verb,
    names_time,
    of_objects,
    participle_agents,
    passive_subjects,
    possessor,
    relative_governor,
    relativised_object,
    sentence_start,
    subject_of,
    thanked_for,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .cameo import CameoDictionary, Match

_OBJ = ("dobj", "attr", "oprd")


@dataclass
class Candidate:
    trigger: Trigger
    code: str
    head: Token
    sources: list[Referent]
    targets: list[Referent]
    rule: str
    symmetric: bool
    confidence: float
    target_named: bool = False  # a target role was filled, by words that name no political actor
    target_tokens: list[Token] = field(default_factory=list)


# -- trigger matching --------------------------------------------------------------


def _pos(tok: Token) -> str | None:
    pos = tok.pos_  # (read once: each read of a spaCy attribute is a lookup)
    if pos not in ("VERB", "ADJ", "NOUN", "PROPN", "ADV"):
        return None
    # "is deeply concerned": a participle the tagger calls an adjective still acts as a verb
    if pos == "VERB" or (pos == "ADJ" and (tok.tag_ == "VBN" or tok.dep_ == "acomp")) or (pos == "NOUN" and (tok.tag_ == "VBG" or misread_verb(tok))):
        return "verb"
    if pos == "ADJ" and tok.dep_ in ("ccomp", "ROOT", "conj") and any(c.dep_ == "nsubjpass" for c in tok.children):
        return "verb"  # (also when quoted: 'said Ottawa was "deeply concerned"' heads its clause, "was" its auxiliary)
    if pos == "PROPN" and tok.dep_ == "appos":
        return None  # a name set beside a noun ("the UK ambassador, Mark Lyall Grant,"), no event
    if pos == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        return None  # a word of a name ("the World Trade Organization"), no event
    if pos in ("NOUN", "PROPN"):
        return "noun"
    if tok.dep_ in ("ccomp", "oprd", "xcomp") and tok.head.lemma_.lower() in load_parse_words().declaring_verbs:
        return "noun"  # "declared the envoy unwelcome": the predicate of a declaring verb is its formula
    return None


def _objects_of(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr") or (c.dep_ == "npadvmod" and _money(c))]
    if (relativised := relativised_object(tok)) is not None:
        # "a $3 billion deposit that Riyadh placed in Pakistan's central bank": the noun the
        # relative clause is on is its object
        objs = [o for o in objs if o.lower_ not in RELATIVIZERS] + [relativised]
    if not objs and tok.pos_ in ("NOUN", "PROPN"):
        # a noun's object is its of-phrase: "the delivery of goods", "shipments of food"
        objs = of_objects(tok)
    if not objs and is_passive(tok):
        objs = passive_subjects(tok)
    if not objs:
        # "provide for its security", "work on measures"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on")):
            objs.extend(c for c in prep.children if c.dep_ == "pobj")
    out: list[Token] = []
    for o in objs:
        out.append(o)
        out.extend(conjuncts(o))
        if o.pos_ == "PROPN":
            # a person named with the title that says what they are: "Ambassador Mutoh"
            out.extend(c for c in o.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < o.i)
        # "quantities of aid", "a notice of expulsion", "millions of barrels of oil"; an
        # amount's "in"-phrase says what it is: "paid $52 billion in war reparations"
        for prep in (c for c in o.children if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "in" and _money(o)))):
            for p in prep.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(conjuncts(p))
                    for prep2 in (c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"):
                        out.extend(c for c in prep2.children if c.dep_ == "pobj")
    return out


def _object_matches(tok: Token, objects: tuple[tuple[str, ...], ...]) -> bool:
    for o in _objects_of(tok):
        lemma = o.lemma_.lower()
        if ("$",) in objects and _money(o):
            return True
        if ("@name",) in objects and o.tag_ == "NNP" and o.dep_ in ("dobj", "nsubjpass", "conj"):
            return True
        if ("@igo",) in objects and o.pos_ == "PROPN":
            return True  # (the target must then be an organisation: igo_targets)
        for phrase in objects:
            # (a phrase only whole: "military relationship" is not every "relationship")
            if phrase[-1] in (lemma, o.lower_) and phrase_fits(o, phrase, "noun"):
                return True
    return False


def _subject_matches(tok: Token, subjects: tuple[tuple[str, ...], ...]) -> bool:
    # "a tour that also took him to Venezuela": a relative pronoun stands for its noun
    subj = [tok.head if s.lower_ in RELATIVIZERS and tok.dep_ == "relcl" else s for s in subject_of(tok)]
    heads = {w for s in subj for w in (s.lemma_.lower(), s.lower_)}
    return any(phrase[-1] in heads for phrase in subjects)


#: prepositions of what an act is about, whose noun the parser may give the act's partner
_TOPIC_PREPS = ("on", "about", "over")
#: particles a verb's preposition may hang on: "hits back at Chile", "pulled out of the deal"
_PARTICLES = ("back", "out", "down", "up")
#: adverbs the parser may make of a verb's particle: "called its ambassador back", "called
#: its diplomats home" (advmod, oprd)
_ADVERB_PARTICLES = ("back", "home")


def _topic_nouns(verb: Token) -> list[Token]:
    """The nouns of what a verb's object is about, in a phrase after the object: "signed
    a treaty on good-neighbourliness (with them)"; none without an object ("spoke about
    relations with China", where the with-phrase is the noun's own)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    return [m for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and c.i > objects[0].i
            for m in c.children if m.dep_ == "pobj" and m.pos_ == "NOUN"]  # fmt: skip


def _with_particle_children(verb: Token) -> list[Token]:
    """The verb's children and those of its particles ("pulled out of the deal": the parser
    hangs "of" on "out", as a particle or as a preposition)."""
    children = list(verb.children)
    particles = [c for c in children if c.dep_ in ("advmod", "prt", "prep") and c.lower_ in _PARTICLES]
    return [*children, *(x for p in particles for x in p.children)] if particles else children


def _prep_object_matches(tok: Token, preps: tuple[str, ...], objects: tuple[tuple[str, ...], ...]) -> bool:
    """A phrase of one of the prepositions holds one of the nouns, or its of-phrase does
    ("on its list of state sponsors of terrorism", "out of the grain deal")."""
    for c in _with_particle_children(tok):
        if c.dep_ not in ("prep", "agent", "dative") or c.lower_ not in preps:
            continue
        for p in (x for x in c.children if x.dep_ in ("pobj", "pcomp")):
            for o in (p, *conjuncts(p), *(x for q in of_objects(p) for x in (q, *of_objects(q)))):
                lemma = o.lemma_.lower()
                if any(phrase[-1] in (lemma, o.lower_) and (len(phrase) == 1 or phrase_fits(o, phrase, "noun")) for phrase in objects):
                    return True
    return False


def _money(tok: Token) -> bool:
    """An amount written with a currency sign: "£4.2m", "$2 billion"."""
    return any(t.tag_ == "$" for t in tok.subtree)


def _has_prep(tok: Token, preps: tuple[str, ...], pos: str, lexicon: TriggerLexicon) -> bool:
    """The verb has one of the prepositions, or a clause it introduces: "called for Russia
    to withdraw" (the parser hangs "for X to ..." as an adverbial clause). A noun's may hang
    on the light verb that governs it: "staged military drills around Taiwan"."""
    gov = governor(tok) if pos == "noun" else None
    heads = [tok] if gov is None or gov.lemma_.lower() not in lexicon.light_verbs else [tok, gov]
    return any(
        (c.dep_ in ("prep", "prt", "agent") and c.lower_ in preps and not _of_time(c))
        or (c.dep_ == "dative" and c.lower_ == "to" and "to" in preps)  # "sent troops to Libya"
        or (c.dep_ in ("advmod", "oprd") and c.lower_ in preps and c.lower_ in _ADVERB_PARTICLES)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children))
        for h in heads for c in _with_particle_children(h)
    )  # fmt: skip


def _of_time(prep: Token) -> bool:
    """A preposition that dates the act rather than names its party: "called Erdogan on
    Tuesday" is no "call on" (a demand), "agreed on 3 March" no agreement on anything."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(names_time(o) for o in objects)


def _predicated(noun: Token) -> bool:
    """A noun a verb of judging predicates of its object ("paint them as a threat",
    "called the launch a provocation") judges; it tells no event of its own."""
    judging = load_evaluation().judging_verbs
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        holder = noun.head.head
        verb = holder.head if holder.pos_ in ("NOUN", "PROPN", "PRON") and holder.dep_ == "dobj" else holder
        return verb.lemma_.lower() in judging and any(c.dep_ == "dobj" for c in verb.children)
    return noun.dep_ == "oprd" and noun.head.lemma_.lower() in judging


def _described_flow(noun: Token) -> bool:
    """A noun that is the subject of a copula or of a passive ("Trade between them was worth
    $7 billion", "has been disrupted"): the clause describes it, it tells no act."""
    head = noun.head
    if noun.dep_ == "nsubjpass":
        return True
    return noun.dep_ == "nsubj" and head.lemma_.lower() in load_evaluation().copulas


def match_triggers(sent: Span, lexicon: TriggerLexicon, dictionary: CameoDictionary | None = None,
                   ctx: SentenceContext | None = None) -> list[tuple[Trigger, Token]]:  # fmt: skip
    """The triggers in a sentence: the hand-written lexicon first; for a verb it does not
    take, the CAMEO verb dictionary (``dictionary``), whose light verbs code only through
    a pattern ("took control" yes, a bare "took" no), and whose verbs leave the event to
    an event noun of the lexicon that fires as their object ("seek trade deals").
    ``ctx``: the sentence's context, whose words are already read (else ``sent``'s are)."""
    hand: dict[int, Trigger] = {}
    unclaimed: list[Token] = []  # verbs the lexicon did not take
    heads = lexicon.heads
    tokens = ctx.tokens if ctx is not None else list(sent)
    lemmas = ctx.lemmas if ctx is not None else [t.lemma_.lower() for t in tokens]
    lowers = ctx.lowers if ctx is not None else [t.lower_ for t in tokens]
    for tok, lemma, low in zip(tokens, lemmas, lowers, strict=True):
        if lemma not in heads and low not in heads and (dictionary is None or not dictionary.knows(lemma, low)):
            if tok.pos_ == "NOUN" and (nominal := _nominal_hit(tok, lemma, lexicon)) is not None:
                hand[tok.i] = nominal  # "Australia's cancellation of a French submarine contract"
            continue  # a word neither dictionary knows (most words): no trigger
        pos = _pos(tok)
        if pos is None or (pos == "noun" and (_predicated(tok) or (lemma in lexicon.measured_nouns and _described_flow(tok)))):
            continue
        if (particle := lexicon.prepositional_forms.get(low)) is not None and any(c.lower_ == particle for c in tok.children):
            continue  # "according to the government": a preposition, no act
        hit = _lexicon_hit(tok, pos, lexicon)
        if pos == "verb" and lemma in lexicon.light_verbs and (hit is None or not (hit.objects or hit.subjects)) and _governs_noun_trigger(tok, lexicon):
            continue  # "held talks", "a meeting to be held": the noun carries the event
        if hit is not None:
            hand[tok.i] = hit
        elif pos == "verb" and tok.pos_ == "VERB" and not _ruled_out(tok, pos, lexicon):
            unclaimed.append(tok)
    cameo: dict[int, Trigger] = {}
    # (a sentence where the lexicon took no noun has no event noun a verb could leave its
    # event to: its verbs' objects are not read)
    hand_nouns = any(trig.pos == "noun" for trig in hand.values())
    for tok in unclaimed if dictionary is not None else ():
        # the verb leaves its event to an event noun it governs ("seek trade deals"), not
        # to one that names a doer of its own: "ridiculed Seoul's complaints" is a ridicule
        # of Seoul, as "condemned Turkey's military action" is ("withdrew its recognition":
        # the subject's own act, the noun's)
        if hand_nouns and any(o.i in hand and hand[o.i].pos == "noun" and not _named_doer(o, lexicon) for o in _event_objects(tok)):
            continue
        match = dictionary.match(tok) if dictionary is not None else None
        if match is not None and (match.pattern is not None or tok.lemma_.lower() not in lexicon.light_verbs):
            cameo[tok.i] = cameo_trigger(match, tok.lemma_.lower())
    found = sorted([*hand.items(), *cameo.items()])
    # a noun whose governing verb already fired adds nothing ("provided aid"), unless it
    # is an event of another kind with an agent of its own ("discussed Russia's war",
    # "condemned Turkey's military action": two events each); and a word inside a longer
    # trigger phrase ("sanctions" in "sanctions regime") is that phrase
    verbs = {i: trig.code[:2] for i, trig in found if trig.pos == "verb"}
    # ("The pact, which Meloni and Rama signed": the relative clause's verb that fired tells
    # the act, as a governing verb does)
    # a noun the verb's entry names as what it acts on is its object, no event ("pulled out
    # of China's cooperation forum": a forum quit, not a meeting)
    # (only the nouns of a preposition the entry names: an object can be an event of its own,
    # "blocked Bolivia's aid package")
    taken = {i: {p[-1] for p in trig.prep_objects} for i, trig in found if trig.pos == "verb"}
    # so is the object a reduction of relations names, when it names no doer of its own:
    # "terminated its military agreement with France" quits the agreement (16), it signs
    # nothing ("saw no reason to ease its sanctions" leaves the sanctions a fact)
    objected = {i: {p[-1] for p in trig.objects} if trig.code[:2] == "16" else set() for i, trig in found if trig.pos == "verb"}
    # a one-sided act on a joint one ("hosted talks between Iran and the US") leaves the
    # joint act, which names its own parties, an event of its own; so does an act on the
    # doers of a joint act ("At the invitation of King Salman, the two presidents met":
    # atsubj; "visited Washington at the invitation of Esper" is one visit, hosted; a
    # request stays the requester's own appeal under any act: "arrested him at the request
    # of the United States")
    one_sided = {i for i, trig in found if trig.pos == "verb" and not trig.symmetric}
    covered = {i - k for i, trig in found if trig.pos == "noun" for k in range(1, len(trig.words))}
    doc = sent.doc
    return [
        (trig, doc[i]) for i, trig in found
        if i not in covered and (trig.pos == "verb" or (gov := governor(doc[i]) or _phrasal_governor(doc[i]) or _fired_relative(doc[i], verbs)) is None or gov.i not in verbs
                                 or (verbs[gov.i] != trig.code[:2] and _own_agent(doc[i], lexicon, aimed_compound=True) and doc[i].lemma_.lower() not in taken[gov.i]
                                     and (doc[i].lemma_.lower() not in objected[gov.i] or _named_doer(doc[i], lexicon)))
                                 or ((gov.i in one_sided or doc[i].dep_ == "pobj") and _names_its_parties(doc[i]))
                                 or ("atsubj" in trig.target and (gov.i not in one_sided or trig.code[:2] == "02"))
                                 or (trig.code[:2] == "04" and _circumstance(doc[i])))
    ]  # fmt: skip


def _circumstance(noun: Token) -> bool:
    """A noun that tells when the verb's act took place, not what it acts on: "agreed the
    terms during a visit to San Salvador" (a visit and an agreement; only a meeting or a
    visit, root 04, is told so: "backed the MPLA during the war against Portugal" names
    no war of the backer's)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in load_cues().circumstance_preps


def pair_referents(pair: tuple[str, str], word: Token, ctx: SentenceContext, confidence: float) -> list[Referent]:
    """The two states of ``pair`` as what ``word`` stands for ("their talks", "a ceasefire
    took hold", "offered to mediate")."""
    here = (ctx.char(word), ctx.char(word) + len(word.text))
    return [Referent(c, None, word.text, *here, "pair", confidence) for c in pair]


def _phrasal_governor(noun: Token) -> Token | None:
    """The verb of a phrasal verb whose object the noun is ("pulled out of the forum",
    "walked away from the deal")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
        return None
    if prep.head.dep_ not in ("prep", "prt", "advmod"):
        return None  # (a plain "of" on a verb is governor()'s to judge: "accused Iran of the attack")
    verb = prep.head.head
    return verb if verb.pos_ == "VERB" else None


def _names_its_parties(noun: Token) -> bool:
    """A noun that names its own parties: "talks between Iran and the United States"."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(p.dep_ == "pobj" for p in c.children) for h in _party_hosts(noun) for c in h.children)


def _party_hosts(noun: Token) -> list[Token]:
    """The words a noun's "between A and B" may hang on: the noun itself, a place named
    on it ("a summit in Pyongyang between Moon and Kim"), and the verb it is the subject of
    when that verb only says it happened ("a meeting took place between ...", "talks were
    held in Lima between ...")."""
    hosts = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    verb, lemma = noun.head, noun.head.lemma_.lower()
    occurs = lemma in load_parse_words().occurring_verbs and (lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and occurs:
        hosts.append(verb)
    # ... and a participle on the noun that says so: "the meeting held in Caracas between ..."
    hosts += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in load_parse_words().occurring_verbs]
    return hosts


def _compound_doers(noun: Token, res: Resolver, named: list[Referent]) -> list[Referent]:
    """The subject of the verb governing ``noun``, when every state the noun's modifiers
    name is a proper-noun compound ("Iran sanctions") and the subject is another state."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or (gov := governor(noun)) is None:
        return []  # (the verb acts on the noun: "imposed Iran sanctions", not "concerned over U.S. support")
    mods = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i and res.actors(c)]
    if not mods or not all(c.dep_ == "compound" and c.pos_ == "PROPN" for c in mods):
        return []
    # ("enforced UN Security Council sanctions on North Korea": the measure names its
    # target in its own on-phrase, so its compound is whose it is, not whom it hits)
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(res.actors(p) for p in c.children if p.dep_ == "pobj") for c in noun.children):
        return []
    doers = [a for s in subject_of(gov) for a in res.actors(s)]
    return doers if doers and not {d.country for d in doers} & {n.country for n in named} else []


def _own_agent(noun: Token, lexicon: TriggerLexicon, aimed_compound: bool = False) -> bool:
    """A noun that names its own doer: "Russia's war", "Israeli strikes", "attacks by X",
    "the sanctions Japan imposed", "the support extended by Chile"."""
    if light_clauses(noun, lexicon.light_verbs):
        return True
    # ("Iran sanctions": a name compound is the measure's target, unless the noun names its
    # target in its own on- or against-phrase: "supported UN Security Council sanctions on
    # North Korea" are the Council's, as _compound_doers reads them; only beside a verb that
    # fired: a dictionary verb still leaves its event to the noun, "enforced UN sanctions")
    aimed = aimed_compound and any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(p.dep_ == "pobj" for p in c.children) for c in noun.children)
    return any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.text[:1].isupper()
                             and not (c.dep_ == "compound" and c.pos_ == "PROPN" and not aimed))
        or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in noun.children
    )  # fmt: skip


def _named_doer(noun: Token, lexicon: TriggerLexicon) -> bool:
    """A noun that names its own doer by a word, not a pronoun: "Seoul's complaints", not
    "its recognition"."""
    return _own_agent(noun, lexicon) and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _ruled_out(tok: Token, pos: str, lexicon: TriggerLexicon) -> bool:
    """The lexicon knows the word and its ``excludes`` or ``except_objects`` rule every
    reading out here ("called the exercises the largest ever", "called the reaction of
    Western countries 'shocking'"): no dictionary reading either. (A double object's
    exceptions only say what is no goods: "sent Venezuela a delegation" is the dictionary's.)"""
    return any(_excluded(tok, t) or (t.except_objects and not t.double_object and _object_matches(tok, t.except_objects))
               for t in lexicon.candidates(pos, tok.lemma_.lower()))  # fmt: skip


def _excluded(tok: Token, trig: Trigger) -> bool:
    """The entry's ``excludes`` rule this reading out: a child of an excluded dependency,
    or two objects where a predicative complement is excluded (naming, not phoning)."""
    return bool(trig.excludes) and (
        any(c.dep_ in trig.excludes and not _misparsed_object(tok, c) for c in tok.children)
        or ("oprd" in trig.excludes and (_names_twice(tok) or _labels(tok)))
    )


def _labels(tok: Token) -> bool:
    """An object that is no noun is a label the parser took for the object: "calling Mali's
    decision 'short-sighted and hasty'" (parsed with "sighted" as the object) names; so does
    an adjective the parser hung after the object ("called Wang's words unacceptable")."""
    return any(c.dep_ == "dobj" and (c.pos_ in ("ADJ", "VERB") or any(a.dep_ == "amod" and a.i > c.i for a in c.children)) for c in tok.children)


def _names_twice(tok: Token) -> bool:
    """Two objects, one of them perhaps relativised: "exercises, which Pyongyang calls a
    rehearsal", "the territory it calls Las Malvinas" name, as a predicative complement does;
    so does an object with an indefinite noun phrase straight after it, which the parser may
    hang on the object as an apposition ("called the ambassador a race-baiting politician")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    predicated = any(
        a.dep_ == "appos" and a.left_edge.lower_ in ("a", "an") and a.left_edge.i > 0 and not a.doc[a.left_edge.i - 1].is_punct
        for o in objects
        for a in o.children
    )
    return len(objects) + (tok.dep_ == "relcl") + predicated >= 2


def _misparsed_object(tok: Token, child: Token) -> bool:
    """A name the parser took for a predicative complement although the verb has no object
    for it to describe: "Modi called Nepalese Prime Minister K.P. Sharma Oli" phones him. A
    complement needs an object (or a passive subject, or a relative clause's antecedent)."""
    return (
        child.dep_ == "oprd"
        and child.pos_ == "PROPN"
        and tok.dep_ != "relcl"
        and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in tok.children)
    )


def _lexicon_hit(tok: Token, pos: str, lexicon: TriggerLexicon) -> Trigger | None:
    lemma = tok.lemma_.lower()
    # constrained entries first: "call on"/"call for" before the bare phone "call"
    for trig in lexicon.ordered.get((pos, lemma)) or lexicon.ordered.get((pos, tok.lower_)) or ():
        if not phrase_fits(tok, trig.words, pos):
            continue
        if trig.objects and not any(_object_matches(h, trig.objects) for h in _phrase_verbs(tok, trig, pos)) \
                and not _participle_object_matches(tok, pos, trig.objects, lexicon):
            continue
        if trig.except_objects and _object_matches(tok, trig.except_objects):
            continue
        if trig.infinitive and not any(c.dep_ in ("xcomp", "ccomp") and has_to(c) for c in tok.children):
            continue
        if trig.subjects and not _subject_matches(tok, trig.subjects):
            continue
        if trig.at_only and not (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon", "on")):
            continue  # ("at the request of", not "Japan's request to Russia")
        if trig.double_object and not any(c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
            continue  # (a first object that receives: "sent Cuba wheat", not "sent wheat to Cuba")
        if trig.prep and not _has_prep(tok, trig.prep, pos, lexicon):
            continue
        if trig.prep_objects and not _prep_object_matches(tok, trig.prep, trig.prep_objects):
            continue
        if _excluded(tok, trig):
            continue
        # (a purpose clause counts: "stationed jets in Poland to help guard")
        if trig.complements and not any((c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and has_to(c))) and c.lemma_.lower() in trig.complements
                                        for c in tok.children):  # fmt: skip
            continue
        if trig.except_complements and _hostile_purpose(tok, trig.except_complements):
            continue
        if trig.adverbs and not any(c.dep_ == "advmod" and c.lower_ in trig.adverbs for c in tok.children):
            continue  # ("backs militarily")
        if trig.instruments and not any(p.lemma_.lower() in trig.instruments for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                                        for p in c.children if p.dep_ == "pobj"):  # fmt: skip
            continue
        return trig
    return None


def _participle_object_matches(tok: Token, pos: str, objects: tuple[tuple[str, ...], ...], lexicon: TriggerLexicon) -> bool:
    """A past participle on a noun (a reduced relative clause) is done to that noun, its
    object: "the unilateral coercive measures imposed by the United States". Only with its
    doer named in a by-phrase (without one, "the oil shipped to Havana", the rules that find
    an unnamed doer read it); not on a noun that tells its own event ("the support extended
    to them by Colombia": the noun's trigger codes it)."""
    if pos != "verb" or tok.dep_ != "acl" or tok.tag_ != "VBN" or not is_passive(tok) or not participle_agents(tok):
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or lexicon.is_noun_trigger(noun):
        return False
    lemma = noun.lemma_.lower()
    return any(phrase[-1] in (lemma, noun.lower_) and phrase_fits(noun, phrase, "noun") for phrase in objects)


#: the entry fields a verb's reading as a noun cannot check: it takes only its objects
_VERB_ONLY = ("subjects", "prep", "infinitive", "complements", "instruments", "adverbs", "prep_objects", "double_object")


def _nominal_hit(noun: Token, lemma: str, lexicon: TriggerLexicon) -> Trigger | None:
    """A noun made from a verb (evaluation.noun_verbs: "cancellation" cancel, "imposition"
    impose) whose of-phrase is one of the objects a verb entry of that verb takes tells
    that entry's act as the verb would: "Australia's cancellation in September of a French
    submarine contract" (cancel-order), "the revocation of Brazil's permission". Its doer
    is the noun's possessor, modifier or by-phrase; its target what the verb's object
    roles name, read on the of-phrase (objmod, objprep), or an of-phrase for the object
    itself. Only entries that name their objects, and need nothing else of a verb; not a
    joint act ("the talks covered the expansion of cooperation between the two countries":
    a topic, which the joint act's own noun tells when it is an event)."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    for verb in sorted(noun_verbs(lemma) - {lemma}):
        for trig in lexicon.ordered.get(("verb", verb)) or ():
            if not trig.objects or trig.symmetric or any(getattr(trig, f) for f in _VERB_ONLY) or not _object_matches(noun, trig.objects):
                continue
            target = tuple("prep:of" if r == "obj" else r for r in trig.target if r in ("obj", "objmod") or r.startswith(("objprep:", "prep:")))
            return replace(trig, id=f"{trig.id}-noun", pos="noun", words=(lemma,), source=("mod", "prep:by"), target=target)
    return None


def _hostile_purpose(tok: Token, words: tuple[str, ...]) -> bool:
    """A clause the verb governs (purpose, participle, complement) has one of ``words`` as
    its verb or as that verb's object: "to fight the militias", "launching an invasion"."""
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.lemma_.lower() in words or any(o.dep_ == "dobj" and o.lemma_.lower() in words for o in c.children):
            return True
    return False


def _phrase_verbs(tok: Token, trig: Trigger, pos: str) -> list[Token]:
    """The verb, and the last word of its multi-word lemma when the parser makes that a verb
    of its own that takes the object ("put on hold the tariffs": "hold" governs "tariffs")."""
    if pos != "verb" or len(trig.words) == 1:
        return [tok]
    last = tok.doc[tok.i + len(trig.words) - 1]
    return [tok, last] if last.pos_ == "VERB" and last.head.i == tok.i else [tok]


def _event_objects(verb: Token) -> list[Token]:
    """The nouns a verb governs as the carrier of its event: objects, passive subjects,
    and the noun of a relative clause it modifies ("a meeting to be held")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    out += [n for o in out for n in carried(o)]  # "sent a message of congratulations"
    if verb.dep_ in ("acl", "relcl"):
        out.append(verb.head)
    return out


#: where a dictionary verb looks for its target when its pattern marks none: the verb's
#: object and the prepositions of direction, then those on its object ("recalled its
#: ambassador from Israel")
CAMEO_TARGET_ROLES = (
    "obj", "dative", "prep:to", "prep:with", "prep:against", "prep:on", "prep:toward", "prep:towards",
    "prep:at", "prep:for", "prep:from", "objprep:to", "objprep:on", "objprep:against", "objprep:with",
    "objprep:for", "objprep:from", "objprep:toward", "objprep:towards", "objprep:at",
)  # fmt: skip


def cameo_trigger(match: Match, lemma: str) -> Trigger:
    """A trigger for a verb the CAMEO dictionary codes. A paired code of the same root
    ("CALL [041:041]", "MEET [040:040]") marks an act both sides perform alike."""
    symmetric = match.pair is not None and match.pair[:2] == match.code[:2]
    return Trigger(
        id=match.rule, pos="verb", words=(lemma,), code=match.code,
        source=match.source or ("subj",), target=match.target or CAMEO_TARGET_ROLES,
        symmetric=symmetric, origin="cameo" if match.pattern is not None else "cameo-verb",
    )  # fmt: skip


def _governs_noun_trigger(verb: Token, lexicon: TriggerLexicon) -> bool:
    for o in [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]:
        if any(lexicon.is_noun_trigger(n) for n in (o, *carried(o))):
            return True
    return verb.dep_ in ("acl", "relcl") and lexicon.is_noun_trigger(verb.head)


# -- roles -------------------------------------------------------------------------
#: modals of a wished act in a that-clause ("demanded that Iran should stop")
_WISH_MODALS = frozenset({"should", "must"})
#: the subordinators of a threat's condition ("if the US goes ahead", "unless Iran stops")
_CONDITION_MARKS = frozenset({"if", "unless"})
#: prepositions of the means of an act ("spoke by telephone", "via video link", "over the phone")
_MEANS_PREPS = frozenset({"by", "via", "over"})


def _shared_objects(prep: Token) -> list[Token]:
    """The object two coordinated prepositions share, which the parser hangs on the second
    only: "flights to and from Panama" (the object of "to" too)."""
    if any(p.dep_ in ("pobj", "pcomp") for p in prep.children):
        return []
    return [p for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for p in c.children if p.dep_ == "pobj"]


def _prep_objects(prep: Token) -> list[Token]:
    """A preposition's objects, with one it shares with a preposition coordinated to it."""
    return [p for p in prep.children if p.dep_ == "pobj"] + _shared_objects(prep)


def _subjunctive(verb: Token) -> bool:
    """A base form ("that the US cancel"), also one the tagger reads as a present whose
    singular subject it does not agree with ("that the regime end", "that India cooperate")."""
    if verb.tag_ == "VB":
        return True
    return verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


def _joint_act(tok: Token, ctx: SentenceContext) -> Token | None:
    """The joint act (a deal, talks) a participle is on: the noun it hangs on ("a deal
    brokered by China"), or the object just before it that the parser left to the verb
    ("signed the New York Accords, mediated by the United States"); a name's last word
    counts as its common noun ("Accords": accord)."""
    if tok.dep_ == "acl":
        noun = tok.head
    elif tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
        noun = next((c for c in tok.head.children if c.dep_ == "dobj" and tok.i - 2 in (c.i, c.right_edge.i)), None)
        if noun is None:
            return None
    else:
        return None
    lemma = noun.lemma_.lower()
    lemmas = (lemma, lemma[:-1]) if noun.pos_ == "PROPN" and lemma.endswith("s") and not lemma.endswith("ss") else (lemma,)
    return noun if any(t.symmetric for w in lemmas for t in ctx.triggers.candidates("noun", w)) else None


def _thing(tok: Token, ctx: SentenceContext) -> bool:
    """A common noun that names no actor: no mention, no person, no sector's body."""
    return tok.pos_ == "NOUN" and tok.i not in ctx.mentions and tok.i not in ctx.persons and ctx.known(tok.i) is None \
        and ctx.lexicon.sector_of(tok.lemma_.lower()) is None


def _named_by_free_relative(verb: Token) -> list[Token]:
    """The object a free relative right after ``verb`` names by what the clause calls it:
    "condemned what it called an attempt by Chile to seize ...", "welcomed what it called
    Nauru's correct decision" (the parser hangs "what" on "called", the clause on the verb)."""
    return [o for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            and any(w.dep_ == "dobj" and w.lower_ in FREE_RELATIVES and w.i == verb.i + 1 for w in c.children)
            for o in c.children if o.dep_ == "oprd"]  # fmt: skip


def role_tokens(role: str, trig: Token, pos: str, lexicon: TriggerLexicon | None = None) -> list[Token]:
    """Tokens that fill ``role`` for the trigger token."""
    if role == "subj":
        if pos != "verb":
            return []
        # a border does nothing ("where the borders of the two countries meet Laos")
        return [t for t in subject_of(trig) if lexicon is None or t.lemma_.lower() not in lexicon.border_nouns]
    if role == "subjpass":
        return [c for c in trig.children if c.dep_ in PASSIVE_SUBJECT]
    if role == "obj":
        if pos != "verb":
            return []
        if is_passive(trig):
            # "It was agreed to ...": an expletive subject names no one
            expletive = any(c.dep_ in ("ccomp", "xcomp") for c in trig.children)
            # (also a subject the parser hangs on the passive auxiliary: "Libya remains suspended")
            subj = [c for c in passive_subjects(trig) if not (expletive and c.lower_ == "it")]
            return subj or ([trig.head] if trig.dep_ == "acl" else [])
        objects = [c for c in trig.children if c.dep_ in _OBJ] or _named_by_free_relative(trig)
        if not objects:
            # "would help Taiwan maintain its defences", "helped Ukraine repel": the object
            # of a verb with a bare infinitive, which the parser makes that clause's subject
            # (a whole phrase right after the verb: "help the two neighbours resolve")
            objects = [s for c in trig.children if c.dep_ == "ccomp" and c.tag_ == "VB" and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                       for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == trig.i + 1]  # fmt: skip
        if not objects:
            # "denounced as an ugly crime Serbia's suppression of the protests": the object
            # after an "as"-phrase, which the parser hangs on it as an apposition
            # and after "in the strongest (possible) terms" ("condemns in the strongest
            # terms North Korea's launches"), hung on "terms" the same way
            objects = [a for c in trig.children if c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ == "in" and any(p.lemma_.lower() == "term" for p in c.children)))
                       for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos" and a.i > p.i]  # fmt: skip
        if objects:
            # "welcomes the offer by Spain ..., and the support extended by Chile": the parser
            # may hang a second object, with no verb of its own, on the verb as a conjunct
            # (also a name after one set off: "summoned Canada's ambassador, John McCallum, and
            # then U.S. Ambassador Terry Branstad")
            objects += [c for c in trig.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > objects[-1].i
                        and not any(s.dep_ in ("nsubj", "nsubjpass", "aux") for s in c.children) and not excepted_conjunct(c)]  # fmt: skip
            # (or on that apposition, as its conjunct)
            objects += [c for o in list(objects) for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN" and not example_list(a)
                        for c in a.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]  # fmt: skip
        relativised = relativised_object(trig)
        return objects + ([relativised] if relativised is not None and relativised not in objects else [])
    if role == "govobj":
        # "had told Trump in a phone call": the one the verb a noun's "in"-phrase hangs on
        # speaks to
        verb = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ in ("in", "during") else None
        return [c for c in verb.children if c.dep_ in ("dobj", "dative")] if verb is not None and verb.pos_ == "VERB" else []
    if role == "atsubj":
        # "At the invitation of King Salman, the two presidents met in Jeddah": the subject of
        # the verb the noun's "at"-phrase hangs on
        verb = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ in ("at", "on", "upon") else None
        return subject_of(verb) if verb is not None and verb.pos_ == "VERB" else []
    if role == "described":
        # "Mexico has become Cuba's largest oil supplier", "China, ... a major arms supplier
        # to its military": the one a noun of a standing role describes, as the subject of
        # its copula or the name it is set beside
        t = trig
        while t.dep_ == "conj":
            t = t.head
        if t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain"):
            return subject_of(t.head)
        return [t.head] if t.dep_ == "appos" else []
    if role == "insubj":
        # the subject of the verb an "in"-phrase hangs on ("New Zealand stands in support of")
        return subject_of(trig.head.head) if trig.dep_ == "pobj" and trig.head.lower_ == "in" else []
    if role == "clausesubj":
        # "demanded that the US cancel the sale": the subject of a that-clause in the
        # subjunctive ("cancel") or with "should"/"must"; not "insists that Indian troops
        # resorted to firing" (a claim)
        if pos != "verb":
            return []
        # after a past demand ("demanded that its partners refuse"), a present is a subjunctive
        wished = [c for c in trig.children if c.dep_ == "ccomp" and (
            (_subjunctive(c) or (c.tag_ == "VBP" and trig.tag_ == "VBD")) and not any(a.dep_ == "aux" and a.lower_ not in _WISH_MODALS for a in c.children)
        ) or (c.dep_ == "advcl" and for_clause(c))]  # fmt: skip
        return [s for c in wished for s in subject_of(c)]
    if role in ("declarer", "declared"):
        # "declared three US diplomats persona non grata": the verb of declaring above the
        # phrase (however the parser splits the formula), its subject and whom it declares
        verb = trig.head
        for _ in range(3):
            if verb.lemma_.lower() in load_parse_words().declaring_verbs and verb.pos_ == "VERB":
                break
            verb = verb.head
        else:
            return []
        if role == "declarer":
            return subject_of(verb)
        declared = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != trig.i]
        declared += [s for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        return declared
    if role == "aclobj":
        # "sanctions banning Pyongyang from nuclear tests", "an embargo targeting Iran": the
        # object of a participle that modifies the noun
        if pos != "noun":
            return []
        return [o for c in trig.children if c.dep_ == "acl" and c.tag_ == "VBG" for o in c.children if o.dep_ == "dobj"]
    if role in ("thatsubj", "thatagent", "thatnamed"):
        # "complained that restrictions in a U.S. bill undermine ...", "concerned that
        # Russia ...": the subject of the clause the complaint is about (thatagent: only
        # one that names an actor by itself, see fill)
        if pos != "verb":
            return []
        clauses = [c for c in trig.children if c.dep_ == "ccomp"]
        if not clauses and trig.dep_ == "acomp":
            # "Washington was \"disgusted\" that the two countries had ...": after a quoted
            # adjective the parser hangs the clause on the copula
            clauses = [c for c in trig.head.children if c.dep_ == "ccomp" and c.i > trig.i]
        return [s for c in clauses for s in subject_of(c) if s.lower_ not in ("it", "this", "that", "there")]
    if role == "condsubj":
        # "threatened to stop the talks if the United States goes ahead": whom the
        # condition names, in an if/unless clause anywhere below the verb
        if pos != "verb":
            return []
        return [s for c in trig.subtree if c.dep_ == "advcl" and c.i != trig.i
                and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children) for s in subject_of(c)]  # fmt: skip
    if role == "dative":
        # a recipient receives something: the verb's direct object ("gave the envoy 48 hours
        # to leave" gives nothing); two direct objects are a double object the parser missed
        # ("handed the Sri Lankan navy a surveillance aircraft": the first receives the second)
        datives = [c for c in trig.children if c.dep_ == "dative"]
        objects = [c for c in trig.children if c.dep_ == "dobj"]
        if pos == "verb" and len(objects) == 2:
            return datives or objects[:1]
        return datives if objects or pos != "verb" else []
    if role == "passfrom":
        # a passive with no agent: "The Turkish ambassador was expelled from Cairo" (the
        # state he was expelled from expelled him)
        if pos != "verb" or not is_passive(trig) or any(c.dep_ == "agent" for c in trig.children):
            return []
        return role_tokens("prep:from", trig, pos, lexicon)
    if role.startswith("prep:"):
        prep = role[5:]
        out: list[Token] = []
        # ("hits back at Chile": the preposition may hang on the particle)
        for c in _with_particle_children(trig):
            # ("travelled to Saudi Arabia last week and to Algeria on Sunday": the parser may
            # hang the repeated preposition on the verb as its conjunct)
            repeated = c.dep_ == "conj" and c.pos_ == "ADP" and not excepted_conjunct(c)
            if (c.dep_ in ("prep", "agent", "dative") or repeated) and c.lower_ == prep:
                out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
                out.extend(_shared_objects(c))
                # "talks with Blinken of the United States and with Park Jin of Korea": the
                # same preposition repeated, which the parser hangs on the first as its conjunct
                out.extend(p for c2 in c.children if c2.dep_ == "conj" and c2.lower_ == prep and not excepted_conjunct(c2) for p in c2.children if p.dep_ == "pobj")
                if not any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                    # "work closely with Washington and Seoul to strengthen deterrence": the
                    # parser makes the object the subject of the infinitive after it
                    out.extend(s for a in trig.children if a.dep_ == "advcl" for s in a.children if s.dep_ == "nsubj" and s.i == c.i + 1)
                    # "We call on the members of the Council": or the verb's object right after it
                    out.extend(o for o in trig.children if o.dep_ == "dobj" and o.left_edge.i == c.i + 1)
        if not out and prep == "in":
            # "Pyongyang, where he had been on a state visit", "Hanoi, where he arrived on
            # Sunday": a relative "where" clause happens in the place it hangs on
            clause = trig if pos == "verb" else governor(trig)
            if clause is not None and clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
                out = [clause.head]
        if not out and pos == "verb" and prep == "with":
            # "signed a treaty on good-neighbourliness with them", "agreed on a truce with
            # Kyiv": the parser may hang the partner on the noun of what the act is about
            out = [p for m in _topic_nouns(trig) for x in m.children if x.dep_ == "prep" and x.lower_ == prep and x.i > m.i
                   for p in x.children if p.dep_ == "pobj"]  # fmt: skip
        if not out and pos == "verb":
            # "spoke by telephone with Foreign Minister Arreaza", "met via video link with":
            # the parser may hang the phrase on the noun of the means
            out = [p for c in trig.children if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS
                   for m in c.children if m.dep_ == "pobj" and m.pos_ == "NOUN"
                   for x in m.children if x.dep_ == "prep" and x.lower_ == prep for p in x.children if p.dep_ == "pobj"]  # fmt: skip
        gov = governor(trig) if pos == "noun" and not out else None
        # "paid a state visit to Abuja", "arrived in Abuja for a state visit"
        undone = gov is not None and lexicon is not None and gov.lemma_.lower() in lexicon.reversal_verbs
        if gov is not None and lexicon is not None and (gov.lemma_.lower() in lexicon.light_verbs or trig.dep_ == "pobj" or undone):
            # "paid a state visit to Abuja": the preposition hangs on the light verb; so it
            # may on a verb that undoes the noun ("dropped a complaint to the WTO against China")
            for c in gov.children:
                if c.dep_ in ("prep", "dative") and c.lower_ == prep and (c.i > trig.i or trig.dep_ == "pobj"):
                    out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
        if not out and pos == "noun" and trig.dep_ == "pobj" and trig.head.lower_ == "in" and trig.head.head.pos_ in ("VERB", "AUX"):
            # "has always been in solidarity with the Cuban people": the parser hangs the
            # noun's phrase on the verb of the idiom
            out = [p for c in trig.head.head.children if c.dep_ == "prep" and c.lower_ == prep and c.i > trig.i
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if not out and pos == "noun" and lexicon is not None:
            # "the sanctions that Japan imposed on Russia", "the sanctions imposed by the
            # United States on Iran": the preposition hangs on the light verb that tells the act
            # (a participle's pronoun is left alone: "the support extended to them by Chile",
            # them = those the sentence's subject helps, seldom a state)
            out = [p for v in light_clauses(trig, lexicon.light_verbs) for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == prep
                   for p in c.children if p.dep_ in ("pobj", "pcomp") and (v.dep_ == "relcl" or p.pos_ != "PRON")]  # fmt: skip
        if not out and pos == "noun" and prep == "by" and lexicon is not None:
            # "the sanctions imposed by Washington", "the assistance provided by Russia": the
            # agent of a light verb's participle on the noun
            out = [p for c in trig.children if c.lemma_.lower() in lexicon.light_verbs for p in participle_agents(c)]
        if not out and pos == "noun" and prep == "by":
            # "calls for regime change by the United States": the by-phrase hangs one level down
            for c in trig.children:
                if c.dep_ == "prep":
                    for p in c.children:
                        for c2 in p.children:
                            if c2.dep_ in ("prep", "agent") and c2.lower_ == "by":
                                out.extend(x for x in c2.children if x.dep_ == "pobj")
        if not out and pos == "noun" and prep == "by":
            out = carrier_agents(trig)  # "the adoption by the Council on 29 June of restrictive measures"
        return out
    if role == "passmod":
        # a passive with no agent: "Chilean troops were deployed to the border" (the state
        # the forces' possessor or demonym names sent them)
        if pos != "verb" or not is_passive(trig) or any(c.dep_ == "agent" for c in trig.children):
            return []
        return [c for o in passive_subjects(trig) for x in (o, *conjuncts(o)) for c in x.children
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < x.i]  # fmt: skip
    if role == "objmod":
        # "attended Biden's inauguration": the possessor or a modifier of the object
        # (a noun's object is its of-phrase: "the violation of Peru's airspace")
        objects = [c for c in trig.children if c.dep_ == "dobj"] if pos == "verb" else of_objects(trig)
        if pos == "verb" and not objects and is_passive(trig):
            # "Sweden's bid was blocked by Turkey", "... remains blocked" (parsed as nsubj)
            objects = passive_subjects(trig)
        return [c for o in objects for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < o.i]
    if role.startswith("objprep:"):
        prep = role[8:]
        out = []
        # a noun's object is its of-phrase: "the withdrawal of forces from Panama"
        # ("became a member of ASEAN": a copula's attribute is its object)
        objects = of_objects(trig) if pos == "noun" else [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        for o in objects:
            for c in o.subtree:
                if c.dep_ == "prep" and c.lower_ == prep and _depth(c, o) <= 4 and not _in_clause(c, o):
                    out.extend(_prep_objects(c))
                    break
        return out
    if role == "mod":
        # every modifier left of the head, also those hanging on another modifier
        # ("the Russian-Turkish-Iranian agreements", "the EU sanctions regime")
        out = []
        for c in trig.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < trig.i:
                out.extend(t for t in c.subtree if t.dep_ in ("poss", "compound", "amod", "nmod", "conj", "npadvmod") or t.i == c.i)
        return out
    if role == "govfrom":
        # "drawing condemnation from Japan": the from-phrase of the verb the noun is object of
        if trig.dep_ != "dobj" or trig.head.pos_ != "VERB":
            return []
        return [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    if role == "govrejecter":
        # "New Delhi has refused Dhaka's repeated requests", "Israel rejected South Africa's
        # accusation": a request or charge rejected was made to the one who rejects it (the
        # verbs of status_cues.yaml rejection_heads, which leave another's act a fact)
        if pos != "noun" or trig.dep_ not in ("dobj", "nsubjpass") or trig.head.pos_ != "VERB" or trig.head.lemma_.lower() not in load_cues().rejection_heads:
            return []
        return subject_of(trig.head)
    if role == "govsubj":
        # "diplomats received a notice of expulsion": climb the of-phrases to the verb
        t = trig
        for _ in range(3):
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
                t = t.head.head
                continue
            break
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB":
            return subject_of(t.head)
        return []
    if role == "governor":
        gov = governor(trig)
        if gov is None and lexicon is not None and trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in lexicon.reversal_nouns:
            # "announced the lifting of sanctions": the light verb that governs the reversal
            # (not "called for the lifting of the embargo": the caller lifts nothing)
            gov = governor(trig.head.head)
            if gov is None or gov.lemma_.lower() not in lexicon.light_verbs:
                return []
        # "paid a visit", "imposed sanctions": a light verb's subject does the noun's event;
        # "the people of Sudan need aid" does not give it
        # a party to talks or deals it seeks is a party even when the verb is not light
        symmetric_noun = lexicon is not None and any(t.symmetric for t in lexicon.candidates("noun", trig.lemma_.lower()))
        if gov is None and symmetric_noun and trig.dep_ == "pobj" and trig.head.lower_ == "in" and trig.head.head.pos_ == "VERB":
            gov = trig.head.head  # "made the remarks in a call with the emir", "in talks with"
        if gov is None and lexicon is not None and trig.dep_ == "pobj" and trig.head.lower_ == "from" and trig.head.head.lemma_.lower() in lexicon.return_verbs:
            gov = trig.head.head  # "returned on Saturday from a state visit to China": the returner made it
        if lexicon is not None and (rel := light_relative(trig, lexicon.light_verbs)) is not None and (gov is None or gov.lemma_.lower() not in lexicon.light_verbs):
            return subject_of(rel)  # "the sanctions Japan imposed over the invasion"
        undoes = lexicon is not None and gov is not None and gov.lemma_.lower() in lexicon.reversal_verbs  # "postponed the visit"
        if gov is None or (lexicon is not None and gov.lemma_.lower() not in lexicon.light_verbs and trig.dep_ != "pobj" and not symmetric_noun and not undoes):
            return []
        if gov.dep_ == "relcl" and trig.dep_ == "nsubjpass":
            return []
        if trig.head.head.i == gov.i and (judged := thanked_for(trig)):
            # "thanked Japan for the aid", "condemned Russia for the attacks": the act is the
            # one thanked's or blamed
            return judged
        return subject_of(gov)
    return []


def _fired_relative(noun: Token, verbs: dict[int, str]) -> Token | None:
    """The verb of a relative clause on the noun that takes it as its object and fired as
    a trigger of its own: "the pact, which Meloni and Rama signed"."""
    rel = relative_governor(noun)
    return rel if rel is not None and rel.i in verbs else None


class _Prepositions:
    """The prepositions a trigger's "prep:" and "objprep:" roles can find, each read once
    (a dictionary verb tries some twenty roles): a role of another finds no word."""

    def __init__(self, tok: Token, pos: str) -> None:
        self.tok, self.pos = tok, pos
        self._own: frozenset[str] | None = None
        self._objects: frozenset[str] | None = None

    def finds_nothing(self, role: str) -> bool:
        if role.startswith("prep:"):
            if self.pos != "verb":
                return False  # (a noun's look further: its governor's, a by-phrase below)
            if self._own is None:
                own = [c for c in _with_particle_children(self.tok) if c.dep_ in ("prep", "agent", "dative")]
                # (and those on the noun of a topic's phrase: "signed a treaty on X with them")
                own += [x for m in _topic_nouns(self.tok) for x in m.children if x.dep_ == "prep"]
                # (and a relative "where" clause's place: "Hanoi, where he arrived")
                where = self.tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in self.tok.children)
                self._own = frozenset([c.lower_ for c in own] + (["in"] if where else []))
            return role[5:] not in self._own
        if role.startswith("objprep:"):
            if self._objects is None:
                tok = self.tok
                objects = of_objects(tok) if self.pos == "noun" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
                self._objects = frozenset(c.lower_ for o in objects for c in o.subtree if c.dep_ == "prep")
            return role[8:] not in self._objects
        return False


def fill(trig: Trigger, tok: Token, ctx: SentenceContext) -> Candidate | None:
    """Resolve the roles of one trigger occurrence into a candidate event."""
    res = Resolver(ctx)
    pos = trig.pos
    sources: list[Referent] = []
    targets: list[Referent] = []
    rule_src = rule_tgt = "-"
    named_target = False
    named_tokens: list[Token] = []
    named_on_noun: list[Referent] = []  # a compound the act is aimed at ("Iran sanctions")
    if trig.inverse:
        # "Syria received Korean assistance": the subject is the target
        for t in subject_of(tok):
            targets.extend(res.actors(t))
        rule_tgt = "subj"
        for o in _objects_of(tok):
            sources.extend(a for o2 in [o] for a in _modifier_actors(res, o2))
        if not sources:
            for t in role_tokens("prep:from", tok, pos):
                sources.extend(res.actors(t))
        rule_src = "objmod|from"
    else:
        behalf = _behalf(tok) if pos == "verb" else []
        if behalf:
            sources = [a for t in behalf for a in res.actors(t)]
            rule_src = "behalf"
        # "stands in support of Ukraine", "in solidarity with Kyiv": the verb's subject
        # acts, and the of-phrase is the other side, not the agent
        in_idiom = pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX")
        # a role the entry names for the target carries no source ("the blockade of Serbia")
        source_roles = [r for r in trig.source if r != "prep:of"] + ["insubj"] if in_idiom else [r for r in trig.source if r not in trig.target]
        target_roles = ["prep:of", *trig.target] if in_idiom else list(trig.target)
        preps = _Prepositions(tok, pos)
        for role in ([] if sources else source_roles):
            if preps.finds_nothing(role):
                continue
            toks = role_tokens(role, tok, pos, ctx.triggers)
            if role == "mod":
                # ("a U.S.-brokered deal": the broker is no party to it)
                found = [a for t in toks for a in res.actors(t) if not _is_part_of_trigger(t, tok, trig)
                         and not (trig.symmetric and brokering(t, ctx))]  # fmt: skip
            else:
                found = [a for t in toks for a in res.actors(t)]
            if trig.at_only and trig.code.startswith("02"):
                # (a request's maker a state or body, not a person whose state is only
                # guessed: "at President X's request"; a host may be: "At the invitation of
                # King Salman")
                found = [a for a in found if a.kind != "person"]
            if found:
                sources, rule_src = found, role
                break
        if rule_src == "mod" and trig.implicit_target and (doers := _compound_doers(tok, res, sources)):
            # "Washington imposed new Iran sanctions", "the EU widened Iran sanctions": a state
            # named as a compound on a measure aimed at a state (the entries with an implicit
            # target) is its target, when the verb that governs the noun has a subject
            named_on_noun, sources, rule_src = sources, doers, "govsubj"
        if not sources and pos == "verb" and (issuer := _issuer(tok, res)):
            sources, rule_src = issuer, "issuer"  # "issued a statement condemning ..."
        elif pos == "verb" and tok.dep_ == "advcl" and _spoken_text(tok) is not None:
            # "abstained in a U.N. vote condemning the invasion": the vote condemns, not the
            # one who abstained in it (and no one where the vote names no body)
            sources, rule_src = _issuer(tok, res), "issuer"
        if pos == "verb" and (not sources or rule_src == "subj") and (speaker := _misjoined_speaker(tok, trig, ctx, res)):
            sources, rule_src = speaker, "speaker"
        if not sources and pos == "verb" and (members := _range_members(tok, ctx, res)):
            sources, rule_src = members, "range"
        if sources and (pos == "verb" or rule_src == "governor") and (echoed := _echoed(tok if pos == "verb" else governor(tok), ctx, res)):
            sources, rule_src = unique_actors([*sources, *echoed]), rule_src + "+echo"
        between = []
        if pos == "noun" or ("objprep:between" in trig.target and trig.symmetric):
            between = _between(tok, res)
        if len(between) >= 2 and sources and not trig.symmetric:
            # "Qatar's mediation between Egypt and Turkey": a one-sided act on both
            return Candidate(trig, trig.code, tok, sources, [b for b in between if b.country not in {s.country for s in sources}],
                             f"{trig.id}/{rule_src}>between", False, 0.85)  # fmt: skip
        if len(between) >= 2:
            # "talks between A, B and C": each pair of them
            return Candidate(trig, trig.code, tok, between[:-1], between[1:], f"{trig.id}/between", True, 0.85)
        exclude = {s.country for s in sources}
        calendar = load_temporal_lexicon().calendar_names
        # (a support or protection of one's own against another is none of that other's)
        own_defence = pos == "verb" and defends_own(trig.code, tok, res)
        for role in target_roles if not named_on_noun else ():
            if preps.finds_nothing(role):
                continue  # (no word: nothing below would change)
            if own_defence and role in ("obj", "prep:against", "prep:from", "objprep:against", "objprep:from"):
                continue
            toks = role_tokens(role, tok, pos, ctx.triggers)
            if role in ("thatagent", "thatnamed"):
                # "a UN report said that North Korea had shipped materials": an actor named by
                # itself, its forces or its government; not what it has ("Chile's economy grew")
                # (so is "the Afghan side", a state's side named by its own demonym)
                toks = [t for t in toks if t.i in ctx.mentions or t.i in ctx.persons or t.pos_ == "PRON" or ctx.lexicon.sector_of(t.lemma_.lower())
                        or (t.lemma_.lower() == "side" and any(c.dep_ in ("amod", "compound") and c.i in ctx.mentions for c in t.children))]
                if role == "thatnamed":
                    # (by itself: no word that points back, "the two sides", "the country")
                    toks = [t for t in toks if (m := ctx.mentions.get(t.i)) is None or m.kind not in ("anaphor", "description")]
            named_earlier = named_target
            # a date names no one: "reopened their embassies in 2023"; nor a purpose ("aid
            # for counter-narcotics": a thing, no mention, no body of anyone's)
            purpose = role == "prep:for" and all(_thing(t, ctx) for t in toks)
            if any(not (t.like_num or t.lower_ in calendar) for t in toks) and not purpose:
                named_target = True
                named_tokens = toks
            # talks about an act are not talks with its author: "Egypt and France discussed
            # Russia's war" (the war is the topic; the partners are Egypt and France)
            if trig.symmetric:
                toks = [t for t in toks if not ctx.noun_trigger(t)]
            # a dictionary verb read by its bare code (no pattern) is weak evidence: its
            # other side must be named right there, not dug out of a phrase
            # nor is a phrase after a named object that names no actor: "thank the DG for
            # his update to the UNSC" (the DG is thanked, not the Security Council)
            deep = trig.origin != "cameo-verb" and not named_earlier
            # nor what a text says ("adopted a resolution demanding that Russia withdraw":
            # the resolution's own voice, see _issuer)
            deep = deep and not any(c.dep_ == "acl" and _issuer(c, res) for t in toks for c in t.children)
            found = [a for t in toks for a in (res.actors(t, exclude) or _state_in(t, ctx, res, exclude) or (res.deep_actors(t, exclude) if deep else []))]
            if found:
                targets, rule_tgt = found, role
                break
    if named_on_noun and not targets:
        targets, rule_tgt = named_on_noun, "compound"
    # (a noun through the light verb that carries it: "to lodge protests", not "to protest
    # Turkish air strikes", whose own doer is named)
    purpose = tok if pos == "verb" else gov if (gov := governor(tok)) is not None and gov.lemma_.lower() in ctx.triggers.light_verbs else None
    if (sources and not targets and purpose is not None and purpose.dep_ in ("xcomp", "advcl") and has_to(purpose)
            and purpose.head.lemma_.lower() in SUMMONING_VERBS):  # fmt: skip
        # "summoned Argentina's ambassador to demand an explanation", "... to lodge strong
        # protests": the purpose of a summons is aimed at the one summoned
        exclude = {s.country for s in sources}
        targets = unique_actors(a for o in purpose.head.children if o.dep_ == "dobj" for x in (o, *conjuncts(o)) for a in res.actors(x, exclude))
        rule_tgt = "summoned" if targets else rule_tgt
    if targets and rule_tgt == "obj" and trig.code[:2] == "11" and (receivers := _receivers(named_tokens, ctx, res, {a.country for a in (*sources, *targets)})):
        # "condemn the transfer by the DPRK of ballistic missiles to Russia": a transfer of
        # arms condemned is condemned on both its sides, its receiver's too
        targets, rule_tgt = unique_actors([*targets, *receivers]), "obj+receiver"
    if (pos == "noun" and sources and not targets and (gov := governor(tok)) is not None and tok.dep_ in ("dobj", "nsubjpass")
            and gov.lemma_.lower() in ctx.triggers.reversal_verbs):  # fmt: skip
        # "Ankara cancelled a planned visit by the Swedish defence minister": the act of
        # another undone by the verb's subject, at the one whose act it was
        undoers = [a for s in (subject_of(gov) if not is_passive(gov) else []) for a in res.actors(s, {x.country for x in sources})]
        if undoers:
            sources, targets, rule_src, rule_tgt = undoers, sources, "undoer", rule_src
    if pos == "noun" and trig.symmetric and not targets and (owner := possessor(tok)) is not None and owner.lower_ == "their":
        # "South Korea and Japan resumed their dialogue": the two subjects of the verb;
        # "their first round of talks": the two states the article last told acting together,
        # else the last two told in any act ("summoned China's ambassador ... their talks")
        gov = governor(tok)
        named = unique_actors(a for s in (subject_of(gov) if gov is not None else []) for t in (s, *conjuncts(s)) for a in res.actors(t))
        pair = (named[0].country, named[1].country) if len(named) >= 2 else ctx.disc.last_event_pair or ctx.disc.last_any_pair
        if pair is not None and (not sources or sources[0].country in pair):
            both = pair_referents(pair, owner, ctx, 0.6)
            sources, targets = both[:1], both[1:]
            rule_src = rule_tgt = "their"
    if pos == "noun" and sources and not targets:
        # "Cuba is the target of attacks by the United States": the copula's subject suffers it
        victim = _victim_of(tok)
        if victim:
            targets = [a for t in victim for a in res.actors(t, {s.country for s in sources})]
            rule_tgt = "victim" if targets else rule_tgt
    # ("the New York Accords, mediated by the United States": not the place the deal is named for)
    on_act = not targets or (rule_tgt == "obj" and is_passive(tok))
    if sources and on_act and pos == "verb" and (noun := _joint_act(tok, ctx)) is not None:
        # "restored ties under a deal brokered by China": an act on a joint act (a deal,
        # talks) is on its parties, the subjects of the verb the noun hangs on
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
        exclude = {s.country for s in sources}
        parties = [a for s in (subject_of(verb) if verb is not None and verb.pos_ == "VERB" else []) for x in (s, *conjuncts(s))
                   for a in res.actors(x, exclude)]  # fmt: skip
        if verb is not None and verb.pos_ == "VERB":
            # "Iran, which restored ties with Saudi Arabia under a deal brokered by China":
            # and the one the verb's act is with
            parties += [a for role in ("prep:with", "objprep:with") for x in role_tokens(role, verb, "verb", ctx.triggers)
                        for a in res.actors(x, exclude)]  # fmt: skip
        if len({p.country for p in parties}) >= 2:
            targets, rule_tgt = unique_actors(parties), "parties"
    told = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ in ctx.triggers.presupposing_preps)
    if (not sources and not targets and trig.symmetric and trig.code in ctx.triggers.conflict_party_codes and told
            and (pair := ctx.disc.last_event_pair)):  # fmt: skip
        # "a ceasefire took hold", "despite a ceasefire agreement": a truce naming no one,
        # told as what happened (the subject of its clause or taken as given, not "complying
        # with the ceasefire"), is between the conflict's parties
        both = pair_referents(pair, tok, ctx, 0.5)
        sources, targets = both[:1], both[1:]
        rule_src, rule_tgt = "conflict", "conflict"
    if sources and not targets and trig.code in ctx.triggers.conflict_party_codes:
        # "China offered to mediate", "after mediation by Qatar", "Erdogan, who brokered the
        # original deal": a mediation that names no parties is between the conflict's parties
        own = {s.country for s in sources}
        pair = ctx.disc.last_event_pair or ctx.disc.lead_pair
        if pair is not None and not own & set(pair):
            targets, rule_tgt = pair_referents(pair, tok, ctx, 0.5), "conflict"
    if sources and not targets and trig.code[:2] in ctx.triggers.prompted_roots and (prompter := _prompter(tok, pos, ctx)) is not None:
        # "..., prompting North Korea to warn of a response": at who prompted it
        targets = [a for s in subject_of(prompter) for t in (s, *conjuncts(s)) for a in res.actors(t, {s.country for s in sources})]
        rule_tgt = "prompter" if targets else rule_tgt
    if sources and not targets and trig.code[:2] in ctx.triggers.place_target_roots:
        cities = trig.code[:2] in ctx.triggers.place_target_city_roots
        place = _place_target(tok, ctx, res, {s.country for s in sources}, borders=trig.origin == "hand", cities=cities)
        if place is not None:
            targets, rule_tgt = [place], "place"
    if sources and not targets and (there := _there(tok)) is not None and any(r in _PLACE_ROLES for r in trig.target):
        # "would reopen its embassy there", "would travel there for talks": the state of
        # the place the sentence named before the adverb (a state, or its capital or seat)
        place = _there_antecedent(there, ctx, res, {s.country for s in sources})
        if place is not None:
            targets, rule_tgt = [place], "there"
    if trig.symmetric and pos == "verb" and sources and not targets and "prep:with" in trig.target and (partners := _conjunct_partners(tok)):
        # "maintains relations of friendship with the United States and will continue to
        # cooperate in the fight against drug trafficking": the partner of the clause the
        # verb's own is joined to
        targets = [a for p in partners for a in res.actors(p, {s.country for s in sources})]
        rule_tgt = "conjunct" if targets else rule_tgt
    if trig.symmetric and pos == "verb" and sources and not targets:
        sib = _sibling_clause(tok)
        if sib is not None:
            other = [a for t in (_behalf(sib) or subject_of(sib)) for a in res.actors(t, {s.country for s in sources})]
            if other:
                targets, rule_tgt = other, "sibling"
    gov = governor(tok) if pos == "noun" else None
    anchor = tok if pos == "verb" else gov
    if (not sources and pos == "verb" and tok.lemma_.lower() in load_speech().first_person_formulas and not subject_of(tok)
            and (turn_speaker := ctx.speaker_for(tok)) is not None):  # fmt: skip
        # "Mr President, thank you for the invitation": the speaker thanks, in a formula
        # that leaves out its "I"
        sources, rule_src = [turn_speaker], "speaker"
    # only when the parse found no subject at all ("In December 2018 ... Kim paid a visit");
    # a subject that names no political actor ("militants attacked") is not replaced
    if not sources and anchor is not None and not trig.inverse and (pos == "verb" or "governor" in trig.source) and not subject_of(anchor) and not is_passive(anchor):
        left = _left_actor(anchor, ctx, res)
        if left:
            sources, rule_src = left, "left"
    if not trig.inverse and (not sources or not targets or trig.code[:2] == "10"):
        # "was detained in Beijing", "arrested Evan Gershkovich, an American journalist":
        # an act on a person is against the person's state, by the place's for a passive
        sources, targets, how_src, how_tgt = person_act_roles(tok, trig.code, ctx, res, sources, targets)
        rule_src, rule_tgt = how_src or rule_src, how_tgt or rule_tgt
    if ("@igo",) in trig.objects:
        # "joined NATO", "became a member of ASEAN": membership of an organisation, not a
        # state named as the object ("joined Mexico in a statement")
        targets = [t for t in targets if t.country in ctx.lexicon.igo_names]
        if not targets:
            return None
    conf = min([0.9] + [a.confidence for a in sources + targets])
    return Candidate(
        trig, trig.code, tok, sources, targets, f"{trig.id}/{rule_src}>{rule_tgt}", trig.symmetric, conf,
        target_named=named_target, target_tokens=named_tokens,
    )  # fmt: skip


#: the words by which a state's own things are its own ("its sovereignty") or itself
_OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})
_REFLEXIVES = frozenset({"itself", "themselves", "ourselves", "himself", "herself", "myself"})


def defends_own(code: str, verb: Token, res: Resolver) -> bool:
    """A support or protection (05, 074) by a state that defends or protects its own (its sovereignty, its borders, itself)
    against or from another state backs no one: "Peru was prepared to defend its
    sovereignty against Chile" is no support of Chile (the other state is the adversary);
    "defended Chile's right" and "protected its ally Israel" still are."""
    if code[:2] != "05" and code != "074":
        return False
    for obj in (c for c in verb.children if c.dep_ in _OBJ):
        reflexive = obj.lower_ in _REFLEXIVES
        owned = any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children)
        # (not another actor it has: "its ally Chile")
        named = obj.i in res.ctx.mentions or obj.i in res.ctx.persons or any(
            c.dep_ in ("appos", "compound") and c.i in res.ctx.mentions for c in obj.children)
        if not (reflexive or (owned and not named)):
            continue
        foes = [p for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "from")
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if any(res.actors(p) or res.deep_actors(p, set()) for p in foes):
            return True
    return False


def _receivers(objects: list[Token], ctx: SentenceContext, res: Resolver, exclude: set[str]) -> list[Referent]:
    """The states a condemned transfer goes to: the to-phrase of an object noun that the
    lexicon reads as a material cooperation (06: "the transfer ... of missiles to Russia",
    "deliveries of drones to Moscow"), or the one the parser hangs on the verb after it."""
    out: list[Referent] = []
    for noun in objects:
        for o in (noun, *conjuncts(noun)):
            if o.pos_ != "NOUN" or not any(t.code[:2] == "06" and phrase_fits(o, t.words, "noun") and (not t.objects or _transferred(o, t.objects))
                                           for t in ctx.triggers.candidates("noun", o.lemma_.lower())):  # fmt: skip
                continue
            preps = [c for c in o.children if c.dep_ == "prep" and c.lower_ == "to"]
            if o.dep_ == "dobj":
                preps += [c for c in o.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > o.i]
            out.extend(a for c in preps for p in c.children if p.dep_ == "pobj" for a in res.actors(p, exclude) if ctx.disc.is_state(a.country))
    return out


def _transferred(noun: Token, objects: tuple[tuple[str, ...], ...]) -> bool:
    """What a transfer noun moves is one of ``objects``: its of-phrase, also one the parser
    hangs further in ("the transfer by North Korea of missiles")."""
    if _object_matches(noun, objects):
        return True
    held = [p for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "of" for p in t.children if p.dep_ == "pobj"]
    return any(phrase[-1] in (p.lemma_.lower(), p.lower_) for p in held for phrase in objects)


def _issuer(tok: Token, res: Resolver) -> list[Referent]:
    """Who speaks in a text the verb's clause is on ("a resolution demanding", "a statement
    condemning"): the text's by-phrase or possessor, else the subject of the verb that
    issues it. A body's vote speaks as its text does, and an organisation named on the
    text or vote is its author ("a U.N. General Assembly vote condemning the invasion")."""
    text = _spoken_text(tok)
    if text is None:
        return []
    own = [p for c in text.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
           for p in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"])]  # fmt: skip
    if own:
        return [a for p in own for a in res.actors(p)]
    # (an organisation only: "a Ukraine resolution" is about Ukraine, not by it)
    named = [a for c in text.children if c.dep_ == "compound" for a in res.actors(c) if a.country in res.ctx.lexicon.igo_names]
    if named:
        return named
    if text.lemma_.lower() not in load_speech().document_nouns:
        return []
    gov = governor(text)
    return [a for s in subject_of(gov) for t in (s, *conjuncts(s)) for a in res.actors(t)] if gov is not None else []


def _spoken_text(tok: Token) -> Token | None:
    """The text or vote a participle's clause is on: its head noun ("a resolution
    demanding"), or, where the parser hangs the participle on the main verb, the text or
    vote just before it in that verb's phrase ("abstained in a U.N. General Assembly vote
    last year condemning the invasion"; not after a comma: "abstained in the vote,
    saying ..." is the subject's)."""
    if tok.tag_ != "VBG":
        return None
    words = load_speech()
    if tok.dep_ == "acl":
        head = tok.head
        spoken = any(w in words.document_nouns or w in words.voted_texts for w in (head.lemma_.lower(), head.lower_))
        return head if spoken else None
    if tok.dep_ != "advcl" or tok.i == 0 or tok.nbor(-1).text == "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    verb = tok.head
    # (only the noun's own words and a time phrase of the verb between them)
    timed = {t.i for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree}
    for p in (x for c in verb.children if c.dep_ == "prep" and c.i < tok.i for x in c.children if x.dep_ == "pobj"):
        if p.lemma_.lower() not in words.voted_texts or p.right_edge.i >= tok.i:
            continue
        if all(k in timed for k in range(p.right_edge.i + 1, tok.i)):
            return p
    return None


def _misjoined_speaker(verb: Token, trig: Trigger, ctx: SentenceContext, res: Resolver) -> list[Referent]:
    """"X said the attack was a violation and called on the UN to ...": the parser joins
    the second verb to the reported clause, whose subject is not the one who acts; the
    verb is the speaker's. So when the reported subject is an act, not an actor; when it
    names no political actor and the verb is a verbal act ("China said the coast guard had
    acted professionally and urged Manila to ...": urging is the speaker's voice); and when
    the reported subject would act on itself ("Pompeo said Cuba had supported terrorism
    and faulted Havana")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if head.head.lemma_.lower() in load_cues().speculation_heads - load_speech().speaker_verbs:
        # "Western governments suspected that the junta had bought arms and sought its
        # help": what a belief holds is all believed, none of it the believer's own act
        return []
    subjects = subject_of(head)
    if not subjects:
        return []
    reported = [a for s in subjects for a in res.actors(s)]
    if not reported:
        if any(s.pos_ not in ("NOUN", "PROPN") for s in subjects):
            return []
        if not all(ctx.noun_trigger(s) for s in subjects) and trig.code[:2] not in load_speech().verbal_roots:
            return []
        return [a for s in subject_of(head.head) for a in res.actors(s)]
    speaker = [a for s in subject_of(head.head) for a in res.actors(s)]
    own = {a.country for a in reported}
    if not speaker or own & {a.country for a in speaker}:
        return []
    objects = {a.country for role in trig.target for t in role_tokens(role, verb, "verb", ctx.triggers) for a in res.actors(t)}
    # ("Obama said Turkey had a right to defend itself but urged both countries to ...":
    # nor on a group it is one of)
    return speaker if objects and (objects <= own or (len(objects) >= 2 and objects & own)) else []


def _range_members(verb: Token, ctx: SentenceContext, res: Resolver) -> list[Referent]:
    """"Governments across Latin America, from Brazil to Colombia, condemned ...": a
    "from X to Y" set off beside a subject that names no actor names who its members are."""
    subjects = subject_of(verb)
    ranges = [c for h in (verb, *subjects) for c in h.children if c.dep_ == "prep" and c.lower_ in ctx.triggers.range_preps and c.i < verb.i
              and c.i > 0 and c.doc[c.i - 1].text == ","]  # fmt: skip
    if not ranges or not subjects or any(res.actors(s) for s in subjects):
        return []
    for p in ranges:
        ends = [p, *(c for c in p.children if c.dep_ == "prep" and c.lower_ == ctx.triggers.range_preps[p.lower_])]
        members = [a for e in ends for o in e.children if o.dep_ == "pobj" for x in (o, *conjuncts(o)) for a in res.actors(x)]
        if len(ends) == 2 and members:
            return unique_actors(members)
    return []


def _echoed(anchor: Token | None, ctx: SentenceContext, res: Resolver) -> list[Referent]:
    """"Peru condemned the raid, as did Chile", "... and so has Bolivia": the subjects of a
    bare pro-verb clause echoing the act did it too."""
    if anchor is None:
        return []
    out: list[Referent] = []
    for c in anchor.children:
        if c.dep_ not in ("advcl", "conj") or c.lemma_.lower() not in ctx.triggers.echo_verbs or c.i < anchor.i:
            continue
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ctx.triggers.echo_marks for m in c.children):
            continue
        if any(m.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "neg") for m in c.children):
            continue  # "as did its allies' sanctions", "so did not": no bare echo
        out.extend(a for s in c.children if s.dep_ == "nsubj" for x in (s, *conjuncts(s)) for a in res.actors(x))
    return out


def _prompter(tok: Token, pos: str, ctx: SentenceContext) -> Token | None:
    """The causative verb a reaction hangs on: "prompting Japan to protest" (verb), "drawing
    a rebuke from Japan" (noun)."""
    head = tok.head if pos == "verb" and tok.dep_ == "xcomp" else governor(tok) if pos == "noun" else None
    if head is not None and pos == "noun" and head.dep_ == "xcomp" and head.lemma_.lower() in ctx.triggers.light_verbs:
        head = head.head  # "prompting Japan to lodge a protest"
    return head if head is not None and head.lemma_.lower() in ctx.triggers.prompting_verbs else None


def _place_target(tok: Token, ctx: SentenceContext, res: Resolver, exclude: set[str], borders: bool = False, cities: bool = False) -> Referent | None:
    """The state a hostile act happens in: "war in Ukraine", "strikes against targets in
    Iran", "struck targets in Syria". With ``cities`` (attacks) also the state of a city the
    gazetteer knows: "air strikes on Gaza", "shelled Kharkiv". With ``borders`` (the
    lexicon's own triggers, whose subject acts: not the dictionary's "died"), also the state
    across a border the act is at."""
    preps = ctx.triggers.place_target_preps
    if cities and tok.pos_ == "VERB":
        # ("shelled Kharkiv", "shelled the city of Kharkiv")
        for o in (x for c in tok.children if c.dep_ == "dobj" for x in (c, *of_objects(c))):
            if (city := res.city(o, None, exclude)) is not None:
                return city
    if cities and tok.pos_ == "NOUN":
        # ("Russian shelling of Kharkiv", "the bombardment of the city of Aleppo")
        for o in (x for c in of_objects(tok) for x in (c, *of_objects(c))):
            if (city := res.city(o, None, exclude)) is not None:
                return city
    if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children) and len(exclude) < 2:
        # "diverted from Grozny, where Ukrainian drones were attacking": the place the
        # where-clause hangs on is where the act happens (not where two doers fought each
        # other: "in Congo, where Ugandan and Rwandan forces fought")
        p = tok.head
        m = ctx.mentions.get(ctx.mention_head(p).i) or ctx.mentions.get(p.i)
        if m is not None and m.kind in ("name", "alias") and m.country not in exclude and ctx.disc.is_state(m.country):
            refs = res.actors(p, exclude)
            if refs:
                return refs[0]
        if cities and m is not None and m.kind == "capital" and (state := _state_named(p, ctx, res, exclude)) is not None:
            return state
        if cities and m is None and (city := res.city(p, None, exclude)) is not None:
            return city
    # a noun's of-phrase holds the place too: "the arrival of Russian personnel in Venezuela"
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), *(of_objects(tok) if tok.pos_ == "NOUN" else [])]
    if tok.pos_ == "NOUN" and (gov := governor(tok)) is not None and tok.dep_ == "dobj":
        holders.append(gov)  # "carried out air strikes inside Afghanistan": on the light verb
    for _ in range(2):
        nxt: list[Token] = []
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in preps:
                    continue
                for p in (x for x in c.children if x.dep_ == "pobj"):
                    m = ctx.mentions.get(ctx.mention_head(p).i) or ctx.mentions.get(p.i)
                    if m is not None and m.kind == "anaphor" and (state := _state_named(p, ctx, res, exclude)) is not None:
                        return state  # "in the country": the state it stands for
                    if m is not None and m.kind in ("name", "alias") and m.country not in exclude and ctx.disc.is_state(m.country):
                        refs = res.actors(p, exclude)
                        if refs:
                            return refs[0]
                    if cities and m is not None and m.kind == "capital" and (state := _state_named(p, ctx, res, exclude)) is not None:
                        return state  # "struck targets in Damascus"
                    if cities and m is None and (city := next((r for x in (p, *of_objects(p)) if (r := res.city(x, None, exclude)) is not None), None)) is not None:
                        return city  # "strikes on Odesa", "on the port of Odesa"
                    nxt.append(p)  # "against targets in Iran": one level further
        holders = nxt
    # "along the border with Azerbaijan", "near the Ukrainian border"
    for t in tok.subtree if borders else ():
        if t.lemma_.lower() not in ctx.triggers.border_nouns or t.pos_ != "NOUN":
            continue
        # (the parser may hang "with Armenia" on the verb: "shelled positions along the
        # border with Armenia"; or on a word between: "on maximum alert along the border
        # with Somalia", where "with" hangs on "alert")
        between: list[Token] = []
        up = t.head
        while up.i != tok.i and up.i != up.head.i and len(between) < 4:
            between.append(up)
            up = up.head
        sides = [p for h in (t, tok, *between) for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        sides += [c for c in t.children if c.dep_ in ("amod", "compound", "poss")]
        for side in sides:
            if (state := _state_named(side, ctx, res, exclude)) is not None:
                return state
    return None


#: the roles of a trigger that take the place an act goes to or happens in
_PLACE_ROLES = frozenset({"prep:to", "prep:in", "prep:into", "prep:at", "objprep:in", "objprep:to"})


def _there(tok: Token) -> Token | None:
    """The adverb "there" on a verb trigger, or on its object ("reopen its embassy there")."""
    for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")):
        for c in h.children:
            if c.lower_ == "there" and c.dep_ == "advmod":
                return c
    return None


def _there_antecedent(there: Token, ctx: SentenceContext, res: Resolver, exclude: set[str]) -> Referent | None:
    """The state of the last place the sentence names before ``there``: a state by its
    name, or a city that is its capital or seat ("is due in Honiara ...; Washington said it
    would reopen its embassy there"), passing over the doers' own (``exclude``)."""
    for i in sorted((i for i in ctx.mentions if i < there.i), reverse=True):
        m = ctx.mentions[i]
        if m.kind not in ("name", "alias", "capital", "seat"):
            continue
        state = _state_named(ctx.sent.doc[i], ctx, res, set())
        if state is not None and state.country not in exclude:
            return state  # (the doer's own name is no place: "Washington said it would ...")
    return None


def _state_named(tok: Token, ctx: SentenceContext, res: Resolver, exclude: set[str]) -> Referent | None:
    """The first state (no organisation) the phrase at ``tok`` names."""
    return next((r for r in res.actors(tok, exclude) if ctx.disc.is_state(r.country)), None)


def _state_in(tok: Token, ctx: SentenceContext, res: Resolver, exclude: set[str]) -> list[Referent]:
    """"condemned the coup in Niger": a state's own process is that state's."""
    if tok.lemma_.lower() not in load_evaluation().in_state_nouns:
        return []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                m = ctx.mentions.get(p.i)
                if p.dep_ == "pobj" and m is not None and m.kind in ("name", "alias") and ctx.disc.is_state(m.country):
                    return res.actors(p, exclude)
    return []


def _victim_of(noun: Token) -> list[Token]:
    t = noun
    if t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.head.head.lemma_.lower() in ("target", "victim", "object"):
        holder = t.head.head
        if holder.dep_ in ("attr", "oprd", "acomp") and holder.head.pos_ in ("AUX", "VERB"):
            return subject_of(holder.head)
    return []


def _behalf(verb: Token) -> list[Token]:
    """"signed on behalf of the Government of the DRC": the represented party acts."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ == "behalf":
                    for c2 in p.children:
                        if c2.dep_ == "prep" and c2.lower_ == "of":
                            return [x for x in c2.children if x.dep_ == "pobj"]
    return []


def _conjunct_partners(verb: Token) -> list[Token]:
    """The "with" partners of the clause a verb's own is joined to (through the verb's
    governing "continue to" / "want to" chain): on that clause's verb or its object
    ("maintains relations with the United States and will continue to cooperate")."""
    t = verb
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "conj":
        return []
    first = t.head
    holders = [first, *(c for c in first.children if c.dep_ == "dobj")]
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]


def _sibling_clause(verb: Token) -> Token | None:
    """"A signed ..., while B signed ...": the other clause with the same verb."""
    for c in list(verb.children) + ([verb.head] if verb.dep_ in ("advcl", "conj") else []):
        if c.i != verb.i and c.lemma_ == verb.lemma_ and c.pos_ == "VERB" and (c.dep_ in ("advcl", "conj") or verb.dep_ in ("advcl", "conj")):
            return c
    return None


def _depth(tok: Token, top: Token) -> int:
    d = 0
    while tok.i != top.i and d < 10:
        tok = tok.head
        d += 1
    return d


def _in_clause(tok: Token, top: Token) -> bool:
    """``tok`` sits in a clause inside the phrase at ``top`` ("a resolution demanding that
    Russia withdraw from Ukraine": "from Ukraine" is the clause's, not the resolution's)."""
    while tok.i != top.i:
        if tok.dep_ in ("acl", "relcl", "ccomp", "advcl"):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def brokering(mod: Token, ctx: SentenceContext) -> bool:
    """A modifier that names a mediator with its participle ("U.S.-brokered" as one word,
    "Brazil - brokered" as three)."""
    participle = mod.head if mod.dep_ == "npadvmod" and mod.head.dep_ == "amod" else mod if mod.dep_ == "amod" and mod.tag_ == "VBN" else None
    if participle is not None:
        return any(t.code == MEDIATE for t in ctx.triggers.candidates("verb", participle.lemma_.lower()))
    if "-" not in mod.text:
        return False
    form = mod.text.rsplit("-", 1)[1].lower()
    # the participle's lemma: "brokered" -> "broker", "mediated" -> "mediate"
    return form.endswith("ed") and any(t.code == MEDIATE for lemma in (form[:-2], form[:-1]) for t in ctx.triggers.candidates("verb", lemma))


def _is_part_of_trigger(mod: Token, head: Token, trig: Trigger) -> bool:
    return len(trig.words) > 1 and mod.i >= head.i - len(trig.words) + 1


def _modifier_actors(res: Resolver, noun: Token) -> list[Referent]:
    out = []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i:
            out.extend(res.actors(c))
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(res.actors(p))
    return out


def _between(tok: Token, res: Resolver) -> list[Referent]:
    """"agreement between the EU and Cuba" / "signed ... between A and B"."""
    out: list[Referent] = []
    heads = _party_hosts(tok) if tok.pos_ in ("NOUN", "PROPN") else [tok] + [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(res.actors(p))
                        # "between President of Russia Vladimir Putin, President of
                        # Azerbaijan Ilham Aliyev and ...": the parser hangs the next of the
                        # list on the first name, as its apposition
                        out.extend(a for t in p.subtree if t.dep_ == "appos" and t.head.i in res.ctx.persons for a in res.actors(t))
                        if len({a.country for a in out}) < 2:
                            # "between President Moon Jae-in and North Korean leader Kim Jong
                            # Un", "a call between Trump and Mexican President Claudia
                            # Sheinbaum": a name the parser hangs on the other as a modifier
                            out.extend(a for t in p.subtree if t.i in res.ctx.persons and _unprepped(t, p) for a in res.actors(t))
    return unique_actors(out)


def _unprepped(tok: Token, top: Token) -> bool:
    """No preposition or clause stands between ``tok`` and ``top`` above it: a name of the
    phrase's own list, not of a phrase on one of its names ("rebels backed by Russia")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("prep", "agent", "relcl", "acl"):
            return False
        tok = tok.head
    return tok.i == top.i


def _left_actor(tok: Token, ctx: SentenceContext, res: Resolver) -> list[Referent]:
    """When the parse gives no subject: the nearest actor named before the verb in its
    clause, with those coordinated with it ("In the fall of 2008 Cuba and Russia increased
    ...", which the parser reads as the date's)."""
    for i in range(tok.i - 1, sentence_start(tok) - 1, -1):
        t = tok.doc[i]
        if t.pos_ in ("VERB",) and t.dep_ not in ("amod", "compound"):
            break
        if t.lower_ in (",", ";", ":") and i < tok.i - 1 and tok.doc[i + 1].dep_ in ("mark", "cc"):
            break
        if i in ctx.mentions or i in ctx.persons:
            own = res.actors(t)
            if not own or _in_other_clause(t, tok):
                continue
            first = t
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            refs = unique_actors(a for x in (first, *conjuncts(first)) for a in res.actors(x)) or own[:1]
            for ref in refs:
                ref.confidence = min(ref.confidence, 0.6)
            return refs
    return []


def _in_other_clause(t: Token, verb: Token) -> bool:
    """A name inside another verb's clause, not ``verb``'s misparsed subject: "Skripal was
    convicted in Russia in 2006 of spying for Britain" (Russia is where he was convicted),
    "increases the suffering of the Ukrainian people, supports Russia's war" (the people
    suffer): the first verb above the name is another. Not the subject of a clause
    ``verb`` hangs under ("said Wellington was worried, had raised the matter"), nor a name
    in the phrase ``verb`` hangs on ("accused Peruvian vessels of firing")."""
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.is_ancestor(verb):
        return False
    h = t
    while h.head.i != h.i:
        h = h.head
        if h.i == verb.i:
            return False
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("amod", "compound", "aux", "auxpass"):
            # (not a participle that modifies a noun, "Saudi-led forces struck", nor an
            # auxiliary the parser hangs the name on)
            return True
        if h.is_ancestor(verb):
            return False
    return False


def generic_group(tok_list: list[Token]) -> bool:
    """"Ministers", "the two sides", "both leaders": a group that stands for two states.
    A group that is named ("leaders of the Group of Seven") stands for its own members."""
    return any(
        t.lemma_.lower() in load_parse_words().group_nouns and t.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("prep", "compound", "appos", "poss") for c in t.children)
        for t in tok_list
    )


_NUMBERS = GROUP_NUMBERS


def group_size(group: Token) -> int:
    """How many states a group stands for: "the three leaders" 3; "ministers", "both sides" 2."""
    for c in group.children:
        if c.dep_ in ("nummod", "det", "predet", "quantmod") and c.lower_ in _NUMBERS:
            return _NUMBERS[c.lower_]
        if c.dep_ == "nummod" and c.like_num and c.text.isdigit():
            return max(2, min(int(c.text), 6))
    return 2
