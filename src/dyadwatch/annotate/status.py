"""Status of an event (GUIDELINES §4), read from the words that govern its trigger.

Walks from the trigger up its clause: the nearest governing cue decides. A modal
"could/may/would" or an "if" clause makes it hypothetical; "will", "plans to",
"scheduled" make it future; "reportedly", "it was widely speculated that" make it
speculated; "not", "denied" make it negated. Who says it (claimed: a quote, "according
to", "X said that") is ``annotate.attribution``'s, since it depends on the speaker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..events.lexicon import load_triggers
from ..events.speech import load_speech
from ..events.tree import for_clause, has_to, participle_agents, set_apart, sums_up
from ..records import Status
from ..yamlfiles import read_yaml
from .dates import load_temporal_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class StatusCues:
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    conditional_marks: frozenset[str]
    conditioning_verbs: frozenset[str]
    hypothetical_heads: frozenset[str]
    directive_heads: frozenset[str]
    giving_heads: frozenset[str]
    speculation_adverbs: frozenset[str]
    speculation_heads: frozenset[str]
    future_heads: frozenset[str]
    future_adjectives: frozenset[str]
    infinitive_future_heads: frozenset[str]
    fact_marks: frozenset[str]
    future_phrasal_heads: Mapping[str, str]
    negation_words: frozenset[str]
    negation_heads: frozenset[str]
    negating_subject_determiners: frozenset[str]
    rejection_heads: frozenset[str]
    litotes_heads: frozenset[str]
    polite_wish_heads: frozenset[str]
    pending_adverbs: frozenset[str]
    ranking_words: frozenset[str]
    awaiting_verbs: frozenset[str]
    opposing_preps: frozenset[str]
    attempt_heads: frozenset[str]
    attempted_acts: frozenset[str]
    circumstance_preps: frozenset[str]
    content_nouns: frozenset[str]


@cache
def load_cues() -> StatusCues:
    raw = read_yaml((resources.files("dyadwatch") / "data" / "status_cues.yaml").read_text("utf-8"))
    phrasal = MappingProxyType({str(k): str(v) for k, v in (raw.get("future_phrasal_heads") or {}).items()})
    words = {k: frozenset(v) for k, v in raw.items() if k not in ("version", "future_phrasal_heads")}
    return StatusCues(**words, future_phrasal_heads=phrasal)


def phrasal_head(tok: Token) -> bool:
    """A verb with its particle whose "to" phrase lies ahead ("looked forward to working")."""
    if tok.pos_ != "VERB":
        return False
    particle = load_cues().future_phrasal_heads.get(tok.lemma_.lower())
    return particle is not None and any(c.dep_ in ("advmod", "prt") and c.lower_ == particle for c in tok.children)


@dataclass(frozen=True, slots=True)
class StatusReading:
    status: Status
    cue: str | None  # the word that decided it
    negated: bool = False


def polite_wish(trigger: Token) -> bool:
    """"I would like to invite you", "We would like to thank": a speaker's wish, in the
    first person, to perform a verbal act is how he performs it (status_cues.yaml
    polite_wish_heads); the caller checks the act is verbal."""
    wish = trigger.head
    if trigger.dep_ != "xcomp" or wish.lemma_.lower() not in load_cues().polite_wish_heads:
        return False
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in wish.children)
    return would and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in wish.children)


def condition_clauses(tok: Token) -> list[Token]:
    """The clauses that set a condition on ``tok``: "if the United States goes ahead",
    "unless Iran stops"."""
    marks = load_cues().conditional_marks
    return [c for c in tok.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


#: the cue of a clause that "whether" or "if" makes the object or subject of another verb
INDIRECT_QUESTION = "indirect-question"


def conditioned(reading: StatusReading) -> bool:
    """Hypothetical because a condition governs it ("if", "unless"), not a modal of doubt:
    what a promise or a threat is made on ("would retaliate if Washington imposed tariffs")."""
    return reading.status is Status.HYPOTHETICAL and reading.cue in load_cues().conditional_marks


_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "pcomp", "csubj", "parataxis"}


def _local_cue(tok: Token, cues: StatusCues) -> StatusReading | None:
    """Cues attached directly to one token (its auxiliaries, adverbs, negation, marks)."""
    # negation first: "would not provide" is negated, whatever the modal says; not where
    # the negation affirms ("will not hesitate to use force": a resolve, no refusal)
    litotes = tok.lemma_.lower() in cues.litotes_heads
    children = list(tok.children)  # (read once for the two walks below: each builds new Token objects)
    for child in children:
        low = child.lower_
        if litotes:
            break
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and low in cues.negation_words and low != "no"):
            return StatusReading(Status.NEGATED, low, True)
        # "provided no support to Chad", "sent no troops": an act whose object is none (not
        # "had no role in the crisis and accused Riyadh", a denial that its conjuncts share)
        if not litotes and child.dep_ == "dobj" and tok.lemma_ != "have" and any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
            return StatusReading(Status.NEGATED, "no", True)
        # "Neither France nor Germany condemned Russia": a subject that names its members
        # only to deny the act of each
        if not litotes and child.dep_ in ("nsubj", "nsubjpass") and (
            neg := next((g.lower_ for g in child.children if g.dep_ in ("det", "preconj") and g.lower_ in cues.negating_subject_determiners), None)
        ):
            return StatusReading(Status.NEGATED, neg, True)
    for child in condition_clauses(tok):
        # "If Russia invades, the West will impose sanctions": the consequence of a condition
        if not (tok.pos_ == "VERB" and tok.lemma_.lower() in cues.conditioning_verbs):
            return StatusReading(Status.HYPOTHETICAL, next(m.lower_ for m in child.children if m.dep_ == "mark"))
    for child in children:
        low = child.lower_
        if child.dep_ == "aux" and low in cues.future_modals:
            return StatusReading(Status.FUTURE, low)
        if child.dep_ == "aux" and low in cues.hypothetical_modals:
            return StatusReading(Status.HYPOTHETICAL, low)
        if child.dep_ == "mark" and low in cues.conditional_marks:
            # "did not say whether it would retaliate", "it is unclear if they will meet": a
            # marked complement is an open question, no condition a promise is made on
            return StatusReading(Status.HYPOTHETICAL, INDIRECT_QUESTION if tok.dep_ in ("ccomp", "csubj") else low)
        if child.dep_ == "advmod" and low in cues.speculation_adverbs:
            return StatusReading(Status.SPECULATED, low)
    for child in tok.children:
        if child.dep_ == "amod" and child.lower_ in cues.future_adjectives and tok.pos_ == "NOUN":
            return StatusReading(Status.FUTURE, child.lower_)
    return None


def _head_cue(tok: Token, cues: StatusCues) -> StatusReading | None:
    """Cues expressed by a governing word itself ("speculated that", "plans to")."""
    lemma = tok.lemma_.lower()
    # "it was widely speculated that" / "is believed to" / "it is reported"
    if lemma in cues.speculation_heads and tok.pos_ in ("VERB", "AUX") and (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or lemma in ("speculate", "rumor", "rumour", "seem", "appear")
    ):
        return StatusReading(Status.SPECULATED, lemma)
    if lemma in cues.negation_heads and tok.pos_ == "VERB":
        return StatusReading(Status.NEGATED, lemma, True)
    if (lemma in cues.hypothetical_heads or tok.lower_ in cues.hypothetical_heads) and tok.pos_ in ("ADJ", "VERB", "NOUN"):
        return StatusReading(Status.HYPOTHETICAL, lemma)
    if phrasal_head(tok):
        return StatusReading(Status.FUTURE, lemma)
    if lemma in cues.future_heads and tok.pos_ in ("VERB", "ADJ", "NOUN", "AUX") and not _particle_verb(tok):
        return StatusReading(Status.FUTURE, lemma)
    return None


def _particle_verb(tok: Token) -> bool:
    """A verb with its particle is another verb, with no future in it: "worked out an
    agreement", "set off a bomb", "set up a commission" (not "set to", "working to"). Its
    purpose still lies ahead: "a group set up by the two governments to discuss the issue"."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "prt" for c in tok.children):
        return False
    return not any(c.dep_ in ("xcomp", "advcl") and has_to(c) for c in tok.children)


def _reported_future(tok: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return False
    reporting = load_speech().reports_future_verbs
    wishing = load_cues().hypothetical_heads
    t = tok
    for _ in range(3):
        if t.head.lemma_.lower() in wishing or t.head.lower_ in wishing:
            return False  # "said it hoped French officials would be indicted": a wish
        if t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in reporting:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _is_complement(tok: Token) -> bool:
    """"to withdraw" after "urged X", or "that Israel ease" after "demanded"."""
    if tok.dep_ == "xcomp":
        return True
    if tok.dep_ in ("ccomp", "acl"):
        return tok.tag_ == "VB" or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    # "called for Russia to withdraw": the parser hangs "for X to ..." as an adverbial clause,
    # and so it may "to reverse" in "We call on the Government of Nicaragua to reverse ..."
    return tok.dep_ == "advcl" and (for_clause(tok) or has_to(tok))


def headline_future(trigger: Token) -> bool:
    """Headlinese: "Foreign Secretary to press UN Security Council" announces what will happen."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    to = has_to(verb)
    return to and verb.head.pos_ not in ("VERB", "AUX", "ADJ") or (to and verb.dep_ == "ROOT")


def _summed_up_clause(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on the verb of a reaction that sums it up: "Netanyahu
    urged Guterres to withdraw, a demand Mikati rejected" (the urging is no content of the
    rejection: its object "a demand" sums it up, tree.sums_up)."""
    return clause.dep_ == "ccomp" and clause.i < verb.i and any(
        c.dep_ == "dobj" and (summed := sums_up(c)) is not None and summed.i == clause.i for c in verb.children)


def _ranked(be: Token, cues: StatusCues) -> bool:
    """"was the first to recognise", "was among the first countries to": the copula ranks its
    subject among those who did the act."""
    named = [c for c in be.children if c.dep_ == "attr"] + [p for c in be.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(n.lower_ in cues.ranking_words or any(a.dep_ == "amod" and a.lower_ in cues.ranking_words for a in n.children) for n in named)


def clause_cue(tok: Token) -> StatusReading | None:
    """The first modal, condition, hedge or negation on tok or on the clauses it hangs on,
    not across a clause joined to another, whose auxiliaries are its own ("would never allow
    foreign forces but was ready to expand intelligence sharing")."""
    cues = load_cues()
    while True:
        found = _local_cue(tok, cues)
        if found is not None:
            return found
        if tok.dep_ in ("conj", "relcl") or tok.head.i == tok.i:
            return None
        tok = tok.head


def content_clause(clause: Token) -> bool:
    """A "that" clause the parser hung as a relative clause on a noun of report that it
    tells the content of: "a report that Beijing had agreed to pay Havana" (not "a report
    that said ...", nor "the report that Beijing denied", where "that" fills the verb's
    subject or its only object)."""
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "a report in a Chilean newspaper that ...": the parse may hang it on the outlet
    that = clause.doc[clause.left_edge.i]
    if clause.dep_ != "relcl" or noun.lemma_.lower() not in load_cues().content_nouns or that.lower_ != "that":
        return False
    if that.dep_ == "mark":
        return True
    objects = ("dobj", "dative", "attr", "ccomp")
    return that.dep_ == "dobj" and any(c.dep_ in objects and c.i != that.i for c in that.head.children)


def fact_clause(tok: Token) -> bool:
    """A clause of time or cause ("a day after Beijing halted all imports")."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in load_cues().fact_marks for m in tok.children)


def _directs_by_infinitive(verb: Token) -> bool:
    """A verb the trigger lexicon reads as a demand through its to-infinitive (triggers.yaml
    order-to: "ordered Venezuela to refrain from ...", "told Vilnius to pull its envoy out";
    not "told reporters that ...")."""
    return any(t.infinitive and t.code[:2] == "10" for t in load_triggers().candidates("verb", verb.lemma_.lower()))


def _own_tense(conjunct: Token, partner: Token) -> bool:
    """A verb joined to another that carries its own tense, so it shares neither the
    other's negation nor its modal: its own auxiliary ("did not consider the deployment a
    threat but had tracked the ships"), or a simple past beside a verb whose auxiliary
    is its tense ("would not apologise and accused Sanchez", "is not directed at any third
    party and urged New Zealand to respect ...")."""
    if any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
        return True
    # ... or a finite verb with a subject of its own, a clause of its own ("We will continue
    # to provide assistance, and we call on Israel to allow access")
    if conjunct.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
        return True
    # ... or a verb in the present, a statement of its own, beside a negated verb
    # ("is not only a breach but also a threat, and is totally unacceptable", "would not
    # attend and calls on Tokyo to ..."; not "does not confirm or deny", where "or" shares it)
    if conjunct.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in partner.children):
        negated = any(c.dep_ == "neg" for c in partner.children)  # (a modal alone still spreads: "can see and threatens")
        if negated and (partner.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in partner.children)):
            return True
    # (not a participle under "have": "has not visited or met" shares it, however parsed)
    return conjunct.tag_ == "VBD" and (partner.tag_ == "VB" and any(c.dep_ == "aux" for c in partner.children) or any(c.dep_ == "auxpass" for c in partner.children))


def _year(tok: Token) -> bool:
    """A year written out ("1973", "2022")."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def made_before(noun: Token) -> bool:
    """An agreement told as already made by its own words (the temporal lexicon's made
    nouns and making verbs): a year before it ("a 1973 treaty", "the 2020 accords") or a
    participle of its making with no mark of its own ("a deal signed a year ago", "the
    accord, signed in 2023", "the ceasefire reached by Pakistan and India"; not "a deal to
    be signed", "if signed")."""
    lex = load_temporal_lexicon()
    if noun.lemma_.lower() not in lex.made_nouns:
        return False
    if any(_year(t) for c in noun.lefts if c.dep_ in ("nummod", "compound", "amod", "npadvmod") for t in c.subtree):
        return True
    return any(p.dep_ == "acl" and p.tag_ in ("VBN", "VBD") and p.lemma_.lower() in lex.making_verbs
               and not any(c.dep_ in ("aux", "mark", "neg") for c in p.children) for p in noun.children)  # fmt: skip


def _agented(noun: Token) -> bool:
    """An act noun that names who did it: a possessor ("Washington's sanctions"), a
    participle with a by-agent ("the sanctions imposed by the United States") or a
    from-phrase ("criticism from Washington")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ == "prep" and c.lower_ == "from":
            return True
        if participle_agents(c):
            return True
    return False


def read_status(trigger: Token) -> StatusReading:
    """The status that the words governing ``trigger`` give it (asserted when none).

    The walk goes up the dependency tree from the trigger to the sentence root; a
    relative clause stops it (its cues describe its head noun).
    """
    cues = load_cues()
    tok = trigger
    first = True
    if trigger.pos_ in ("NOUN", "PROPN"):
        local = _local_cue(trigger, cues)
        if local is not None:
            return local
        # "Hungary blocked the EU's aid package": what is blocked, vetoed or refused does
        # not happen, however definite
        if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in cues.negation_heads:
            if trigger.head.lemma_.lower() in cues.rejection_heads and _agented(trigger):
                return StatusReading(Status.ASSERTED, None)  # another's act, rejected: still done
            return StatusReading(Status.NEGATED, trigger.head.lemma_.lower(), True)
        # "the Israeli and Egyptian blockade", "Venezuela's relations": a definite or
        # possessed event noun presupposes the event, whatever the clause around it does;
        # not what a copula predicates ("it will be his second visit": the copula's tense)
        predicated = trigger.dep_ in ("attr", "acomp") and trigger.head.lemma_ == "be"
        # nor what is expected or sought: "Sweden should no longer expect Ankara's backing"
        awaited = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in cues.awaiting_verbs
        if not predicated and not awaited and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "its", "their")) for c in trigger.children):
            return StatusReading(Status.ASSERTED, None)
        # ... and so does an agreement its own words tell as made before (GUIDELINES §6:
        # background events keep their own date): "could threaten a migration deal signed
        # a year ago", "not to violate Iran's rights under a 1973 treaty"
        if not predicated and not awaited and made_before(trigger):
            return StatusReading(Status.ASSERTED, None)
    via_conj = False
    apart_seen = False
    past_conj_seen = False
    finite_in_infinitive = False
    prev: Token | None = None
    while True:
        found = _local_cue(tok, cues)
        # a participle joined to a negated finite verb keeps its own polarity ("were not
        # in Congo and accusing Kinshasa of collaborating")
        unshared = found is not None and found.negated and via_conj and prev is not None and prev.tag_ == "VBG" and tok.tag_ != "VBG"
        # a verb in the simple past joined to a clause with a modal keeps its own tense
        # ("said Paraguay would remain a friend and thanked Taiwan"), and so does an
        # accusation in a participle beside a promise ("would refuse EU grants, accusing
        # Brussels of blackmail": the accusing is done in saying it)
        modal = found is not None and found.status in (Status.FUTURE, Status.HYPOTHETICAL) and not found.negated
        # (however far up the parse hangs the modal: "said it would advise ships to avoid
        # Iranian waters and called on Tehran to release the crews")
        past_conjunct = (via_conj and prev is not None and prev.tag_ == "VBD") or past_conj_seen
        accusing = prev is not None and prev.dep_ == "advcl" and prev.tag_ == "VBG" and prev.lemma_.lower() in load_speech().accusing_verbs
        if accusing and found is not None and found.status is not Status.ASSERTED:
            break  # (nor does the clause it is beside say it did not happen: "would not seek talks ... accusing")
        unshared = unshared or (modal and past_conjunct) or (found is not None and via_conj and _own_tense(prev, tok))
        if found is not None and not unshared:
            # "said it would seek deals": in reported speech "would" is the future of the past
            if found.cue == "would" and _reported_future(tok):
                return StatusReading(Status.FUTURE, "would")
            return found
        # "has demanded their release, and Iran's ambassador was summoned": a coordinated
        # clause shares its partner's auxiliaries, not the meaning of its verb
        if not first and not via_conj and prev is not None and (_summed_up_clause(prev, tok) or set_apart(prev, tok)):
            break
        if not first and not via_conj:
            head_found = _head_cue(tok, cues)
            if head_found is None and tok.lemma_.lower() in cues.infinitive_future_heads and prev is not None and (
                    (prev.dep_ == "xcomp" and has_to(prev)) or prev.dep_ == "ccomp"):
                # "resolved to improve", "agreed that their countries should cooperate"
                head_found = StatusReading(Status.FUTURE, tok.lemma_.lower())
            # a head's cue is for its complement, not for a participle clause beside it: a
            # denial negates what it denies ("denied the accusation, ... accusing Kinshasa
            # of collaborating"), and a threat looks ahead to its own object, not to the
            # act that goes with it ("threatened Lima, demanding ..."), nor does "set" to a
            # result ("set off a bomb ..., killing 21 people": done)
            adjunct = prev is not None and prev.dep_ == "advcl" and prev.tag_ == "VBG"
            # and a word of failing or refusal negates what it governs, not its subject:
            # "a meeting of officials on Sept. 5 failed to reach agreement" was held
            done_subject = head_found is not None and head_found.negated and prev is not None and prev.dep_ == "nsubj"
            # nor does a head's cue reach an occasion hung on it ("agreed the terms during a
            # visit": the visit was made)
            occasion = prev is not None and prev.dep_ == "prep" and prev.lower_ in cues.circumstance_preps
            # nor a finite verb the parse joins to the infinitive it governs: "refused to
            # condemn the invasion and abstained in votes demanding a withdrawal" (the
            # abstaining, and the votes, took place)
            # nor an attempt's cue an act whose attempt is the act ("has been trying to
            # broker a compromise" mediates; status_cues.yaml attempted_acts)
            attempted = (head_found is not None and prev is not None and prev.i == trigger.i and tok.lemma_.lower() in cues.attempt_heads
                         and trigger.lemma_.lower() in cues.attempted_acts)  # fmt: skip
            if head_found is not None and not adjunct and not done_subject and not occasion and not finite_in_infinitive and not attempted:
                return head_found
            directive = tok.lemma_.lower() in cues.directive_heads or (
                tok.lemma_.lower() == "call" and (any(c.lower_ in ("on", "upon", "for") for c in tok.children) or (prev is not None and for_clause(prev)))
            )  # "called on X to ...", "called for X to ...", not "called the secretary-general to request"
            # (not a finite verb the parse joins to the infinitive: "urged them to reconsider and
            # lifted some sanctions", the lifting done)
            if directive and prev is not None and _is_complement(prev) and not apart_seen:
                return StatusReading(Status.HYPOTHETICAL, tok.lemma_.lower())
            to_infinitive = prev is not None and prev.dep_ == "xcomp" and has_to(prev)
            # "told Vilnius to pull its envoy out"; not a participle or a finite verb the parse
            # hangs on the infinitive ("ordered the diplomats to leave, accusing their
            # governments of ...")
            if to_infinitive and tok.pos_ == "VERB" and not apart_seen and _directs_by_infinitive(tok):
                return StatusReading(Status.HYPOTHETICAL, tok.lemma_.lower())
            # "the neighbours have yet to agree on their border", "is yet to sign": not done
            if to_infinitive and tok.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ in cues.pending_adverbs for c in tok.children):
                return StatusReading(Status.NEGATED, "yet")  # (not yet done: no refusal)
            # "Clinton is to travel to Pakistan": be + to-infinitive is an arrangement; not
            # after an ordinal ("was among the first countries to recognise it in 1991")
            if tok.lemma_ == "be" and to_infinitive and not _ranked(tok, cues):
                return StatusReading(Status.FUTURE, "be to")
        if tok.dep_ == "pcomp" and tok.head.lower_ in cues.opposing_preps:
            return StatusReading(Status.HYPOTHETICAL, tok.head.lower_)  # "warned against arming"
        first = False
        via_conj = tok.dep_ == "conj"
        past_conj_seen = past_conj_seen or (via_conj and tok.tag_ == "VBD")
        finite_in_infinitive = finite_in_infinitive or (via_conj and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VB" and has_to(tok.head))
        # (a finite verb is no part of an infinitive: "ordered the diplomats to leave India
        # and announced it was withdrawing its envoy", however the parse joins them)
        apart_seen = apart_seen or (tok.dep_ == "advcl" and tok.tag_ == "VBG") or (tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP"))
        prev = tok
        if tok.head.i == tok.i:
            break
        # a relative clause describes its head noun; its cues do not travel up
        if tok.dep_ == "relcl" and not content_clause(tok):
            break
        # and so does a past participle that describes its noun, a relative clause cut
        # short: "warned Iran of consequences if it did not release a tanker seized by the
        # Revolutionary Guards" (the seizure is told as done, whatever the condition says)
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # (not a clause with a subject of its own: "a report ... that Lima had agreed")
        # ... and so does a participle before its noun: "in a Turkish-brokered deal", "the
        # US-led coalition" tell the brokering and the leading as done
        if tok.dep_ == "amod" and tok.tag_ == "VBN":
            break
        # nor past a possessed noun into the clause around it: the noun presupposes the act it
        # names and the clause it embeds, "weighed its response to Tbilisi's decision to
        # shelve the talks" (unless the noun is a cue itself: "Russia's plan to invade", or
        # a demand, "the UK's demand that Russia cooperate")
        noun = tok.head
        if (tok.dep_ == "acl" and noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children)
                and _head_cue(noun, cues) is None and noun.lemma_.lower() not in cues.directive_heads):  # fmt: skip
            break
        # nor does a clause of time or cause in the simple past: it tells a fact ("demanded
        # that China scrap its ban, a day after Beijing halted all imports")
        if tok.tag_ == "VBD" and fact_clause(tok):
            break
        tok = tok.head
    return StatusReading(Status.ASSERTED, None)
