"""Questions about the dependency parse that several rules ask: who is a verb's subject,
which verb governs an event noun, is a clause passive, is a word in a subject.

Everything here reads one spaCy token and its neighbours; nothing knows about actors,
triggers or the article. The rules in ``extract``, ``arguments``, ``voice``, ``timing``
and ``annotate.attribution`` share these answers, so that they agree on them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import wraps
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from ..annotate.dates import load_temporal_lexicon
from .parse_words import load_parse_words
from .speech import load_speech

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Span, Token

_SUBJ = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECT = ("nsubjpass",)


#: the pronouns that open a relative clause ("the move that China criticised")
RELATIVIZERS = frozenset({"that", "which", "who", "whom", "whose"})
#: the determiners of a phrase that points back at something told ("the move", "this launch")
POINTING_DETERMINERS = frozenset({"the", "this", "that", "such", "these", "those"})
# pronouns of a free relative ("what is necessary", "in what Kyiv called an assault")
FREE_RELATIVES = frozenset({"what", "whatever", "whoever"})
#: how many a group word counts ("the three leaders", "both sides")
GROUP_NUMBERS = MappingProxyType({"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6})


def misread_verb(tok: Token) -> bool:
    """A finite verb in -s the tagger read as a plural noun, left as the sentence's root with
    a subject and an object: "The Ministry of Foreign Affairs of Cuba rejects the decision",
    "The State of Qatar reserves the right to respond"."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


_STARTS = ("dyadwatch", "sentence starts")  # the user_data key of a Doc's sentence starts
_MEMO = ("dyadwatch", "parse readings")  # the user_data key of a Doc's remembered readings
_OFFSETS = ("dyadwatch", "token offsets")  # the user_data key of a Doc's token offsets
_UNSEEN = object()
_Reading = TypeVar("_Reading", bound="Callable[..., Any]")


def _remembered(read: _Reading) -> _Reading:
    """``read``, a question about the parse around one token (its other arguments fixed
    values: a depth, a word list), answered once per token and Doc and kept in the Doc's
    ``user_data``. The rules ask the same of the same token again and again (on news text
    ``governor`` ten times per token, ``relative_governor`` eight, ``light_clauses`` six,
    ``is_passive`` four, ``subject_of`` and ``conjuncts`` twice), and each answer walks the
    tree building new Token objects. Exact: such a question reads nothing but the parse, which is fixed
    while the rules run (``repair_coordinated_verbs``, which runs before them, forgets what
    was kept when it moves a head). Answers are kept as token indices (no Token in the
    Doc's own data) and given back as the Doc's tokens: a new list each time, as before."""
    name = read.__name__

    @wraps(read)
    def remembered(tok: Token, *args: Any) -> Any:
        data = tok.doc.user_data
        memo = data.get(_MEMO)
        if memo is None:
            memo = data[_MEMO] = {}
        key = (name, tok.i, *args)
        kept = memo.get(key, _UNSEEN)
        if kept is _UNSEEN:
            answer = read(tok, *args)
            memo[key] = _as_indices(answer)
            return answer
        return _as_tokens(tok.doc, kept)

    return remembered  # type: ignore[return-value]


def _as_indices(answer: Any) -> Any:
    """A Token as its index, a list of them as a tuple of indices; None and booleans as they are."""
    if isinstance(answer, list):
        return tuple(t.i for t in answer)
    return answer if answer is None or isinstance(answer, bool) else answer.i


def _as_tokens(doc: Doc, kept: Any) -> Any:
    if isinstance(kept, tuple):
        return [doc[i] for i in kept]
    return kept if kept is None or isinstance(kept, bool) else doc[kept]


def _sentence_starts(doc: Doc) -> list[int]:
    """The indices of the tokens that start a sentence (``is_sent_start``), in order: read
    once per Doc, as one array, and kept in its ``user_data`` (the rules ask again and
    again, and a walk token by token builds a Token object at each step). The parse's
    boundaries are set when the rules run (``repair_coordinated_verbs`` moves heads, not
    boundaries)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        from spacy.attrs import SENT_START  # (spaCy loads on first use, not with this module)

        # (1 is a start; -1, read as an unsigned number here, and 0 are not)
        flags = doc.to_array(SENT_START).tolist() if len(doc) else []
        starts = doc.user_data[_STARTS] = [k for k, flag in enumerate(flags) if flag == 1]
    return starts


def sentence_starts(doc: Doc, first: int, last: int) -> bool:
    """Whether a sentence of the parse starts at one of the tokens ``first``..``last``: the
    boundaries ``Token.sent`` reads, without building the sentence's span. "Is ``i`` before
    ``tok.sent.start``" is ``i < 0 or sentence_starts(doc, i + 1, tok.i)``; "is ``j`` past
    ``tok.sent.end``" is ``j > len(doc) or sentence_starts(doc, tok.i + 1, j - 1)``."""
    starts = _sentence_starts(doc)
    k = bisect_left(starts, first)
    return k < len(starts) and starts[k] <= last


def token_at_char(sent: Span, char: int) -> Token | None:
    """The token of ``sent`` whose characters hold the Doc's character ``char``, if any (none
    on the space between two words). The tokens' offsets (``Token.idx``) are read once per
    Doc, as one array kept in its ``user_data`` (the rules never retokenise), and searched:
    a walk word by word builds a Token object at each step. Tokens neither overlap nor go
    back, so the last one starting at or before ``char`` is the only one that can hold it."""
    doc = sent.doc
    offsets = doc.user_data.get(_OFFSETS)
    if offsets is None:
        from spacy.attrs import IDX  # (spaCy loads on first use, not with this module)

        offsets = doc.user_data[_OFFSETS] = doc.to_array(IDX).tolist() if len(doc) else []
    k = bisect_right(offsets, char, sent.start, sent.end) - 1
    if k < sent.start:
        return None
    tok = doc[k]
    return tok if char < tok.idx + len(tok.text) else None


def sentence_start(tok: Token) -> int:
    """``tok.sent.start``, read off the parse's boundaries as spaCy does, without building
    the sentence's span."""
    starts = _sentence_starts(tok.doc)
    k = bisect_right(starts, tok.i)
    return starts[k - 1] if k else 0


def sentence_end(tok: Token) -> int:
    """``tok.sent.end``, as ``sentence_start``."""
    starts = _sentence_starts(tok.doc)
    k = bisect_right(starts, tok.i)
    return starts[k] if k < len(starts) else len(tok.doc)


@_remembered
def conjuncts(tok: Token) -> list[Token]:
    """Every token coordinated with ``tok`` ("A, B and C": B and C for A), depth first."""
    out = []
    for c in tok.children:
        if (c.dep_ == "conj" or listed_apposition(c)) and not excepted_conjunct(c):
            out.append(c)
            out.extend(conjuncts(c))
    return out


def excepted_conjunct(tok: Token) -> bool:
    """A name or noun (or a repeated preposition) coordinated with a negation of its own is
    left out of what the coordination names: "condemned Britain but not France" condemns
    Britain alone, "sanctions on Russia and not on Belarus" are on Russia (a verb's negated
    conjunct keeps its own status instead: "attacked but did not occupy")."""
    if tok.pos_ not in ("PROPN", "NOUN", "ADP"):
        return False
    # (the parser hangs the "not" on the conjunct or on the "but" before it)
    start = tok.left_edge.i
    if any(c.dep_ == "neg" for c in tok.children) or (start > 0 and tok.doc[start - 1].dep_ == "neg"):
        return True
    return example_list(tok)


def example_list(tok: Token) -> bool:
    """A list led by its own "among them" ("the decision of X to expel the staff of seven
    countries, among them Peru and Chile": the parser hangs Peru, with "among" as its
    child, as a conjunct or apposition of the far head "decision") names examples of a
    group, not another of the coordinated items nor what the head names."""
    return any(c.dep_ == "prep" and c.lower_ == "among" and c.i < tok.i for c in tok.children)


def first_conjunct(tok: Token) -> Token:
    """The first of the words ``tok`` is coordinated with ("A, B and C": A for C), ``tok``
    itself when it is the first: the one whose head governs them all."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def listed_apposition(tok: Token) -> bool:
    """A name the parser hangs as an apposition on the name before it while a coordination
    goes on from it: a list of names, not a description of the first ("Peru, the United
    Arab Emirates, Bolivia and Egypt", "Mali, Burkina Faso and Niger": one member each)."""
    return (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN"
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children))


def in_subject(tok: Token) -> bool:
    """Whether ``tok`` sits in a clause's subject ("Iran's foreign minister said")."""
    t = tok
    for _ in range(6):
        dep = t.dep_
        if dep in ("nsubj", "nsubjpass"):
            return True
        if dep not in ("compound", "amod", "poss", "case", "det", "nmod", "conj", "appos", "pobj", "prep"):
            return False
        head = t.head  # (read once: each read builds a new Token object)
        if head.i == t.i or (dep == "pobj" and head.lower_ != "of"):
            return False
        t = head
    return False


def subject_rank(tok: Token) -> int:
    """0 when ``tok`` sits in no clause's subject; 2 in the subject of the sentence's main
    clause ("President Biden said, warning that relief could end if Maduro did not allow
    ...": Biden), 1 in a subordinate clause's (Maduro) or as the owner of a subject."""
    if not in_subject(tok):
        return 0
    t = tok
    owner = False  # ("Trump's attacks came after ..."): the owner of a subject is not its doer
    while t.dep_ not in ("nsubj", "nsubjpass") and t.head.i != t.i:
        owner = owner or t.dep_ in ("poss", "pobj")
        t = t.head
    if owner:
        return 1
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def has_to(verb: Token) -> bool:
    """A to-infinitive: the verb has "to" as its auxiliary ("called on X to cease")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def for_clause(verb: Token) -> bool:
    """"called for Russia to withdraw": a base form introduced by "for", which the parser
    hangs as an adverbial clause."""
    return verb.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def agents(verb: Token) -> list[Token]:
    """The nouns of a passive verb's by-agent ("was intimidated by the lawsuit")."""
    return [p for ag in verb.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]


def participle_agents(participle: Token) -> list[Token]:
    """The agent of a participle on a noun ("the accusations made by Washington"): none
    unless ``participle`` is one."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return []
    return agents(participle)


@_remembered
def is_passive(tok: Token) -> bool:
    """A passive verb, or a past participle that modifies a noun ("sanctions imposed by");
    not a finite clause the parser hangs on a noun ("confirmation that Iran has released
    five Americans"): one with its own subject or a perfect "has"."""
    if has_passive_marks(tok):
        return True
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "advcl"):
        return False
    if tok.dep_ == "advcl" and not any(c.dep_ == "agent" for c in tok.children):
        return False  # (", mediated by the United States": one set off with its agent)
    return not any(c.dep_ in ("nsubj", "aux") for c in tok.children)


def passive_subjects(verb: Token) -> list[Token]:
    """What a passive verb's subject is done to ("Sweden's bid was blocked"), also a subject
    the parser labels active beside a passive auxiliary ("the bid remains blocked")."""
    out = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT]
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if not out and auxes:
        # (the parser may hang that subject on the auxiliary itself)
        out = [c for h in (verb, *auxes) for c in h.children if c.dep_ == "nsubj"]
    return out


def has_passive_marks(tok: Token) -> bool:
    """A verb with a passive auxiliary or a passive subject ("India was asked")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _expletive(verb: Token) -> bool:
    """"It is vital to ...", "it emerged that ...": an "it" that stands for the clause; not
    with an object ("it would ask the OAS to hold a session": the state asks)."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


#: prepositions whose gerund the verb's object does ("accused Iran of supplying"), unlike
#: "by", "after", "instead of" ... whose gerund the subject does
_OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "with", "against"})
#: prepositions of the channel an act goes through ("delivered through UN agencies")
_CHANNEL_PREPS = frozenset({"through", "via"})


def _after_fronted_clause(verb: Token, subj: list[Token]) -> Token | None:
    """"After Iranian missile attacks on Israel, Argentina's foreign ministry expressed
    support": the parser may take a fronted phrase's noun as the main verb's subject and
    hang the subordinator on the main verb. A main verb takes no subordinator, so the
    phrase after the last comma before the verb is its subject."""
    if verb.dep_ != "ROOT":
        return None
    # (the subordinator opens the sentence or follows a fronted phrase: "In June 2025, after")
    marks = [c for c in verb.children if c.dep_ == "mark" and (c.i == sentence_start(verb) or verb.doc[c.i - 1].text == ",")]
    if not marks or min(s.i for s in subj) < marks[0].i:
        return None
    commas = [t.i for t in verb.doc[marks[0].i:verb.i] if t.text == ","]
    if not commas:
        return None
    span = verb.doc[commas[-1] + 1:verb.i]
    heads = [t for t in span if not (span.start <= t.head.i < span.end) and t.pos_ in ("NOUN", "PROPN")]
    return heads[0] if len(heads) == 1 and heads[0].dep_ in ("nsubj", "appos") else None


def _name_before_apposition(subj: Token) -> Token | None:
    """"after Russia, Assad's main military backer, invaded Ukraine": the parser may take
    an apposition set off by commas for the subject and hang the name before it on a
    preposition. A common-noun subject between two commas, with no apposition of its own
    and no comma inside, right after a name that ends at the first comma: the name."""
    first, last = subj.left_edge.i, subj.right_edge.i
    doc = subj.doc
    if doc[last].text == "," and last > subj.i:
        last -= 1  # (the closing comma hung on the noun)
    if subj.pos_ != "NOUN" or first < 2 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    if any(t.text == "," for t in doc[first:last + 1]) or any(c.dep_ == "appos" for c in subj.children):
        return None
    name = doc[first - 2]
    if name.pos_ != "PROPN" or name.dep_ in _SUBJ or name.right_edge.i != name.i:
        return None
    # (not a fronted phrase the subject follows: "In Paris, the delegation, however, met")
    start = sentence_start(subj)
    if doc[start].pos_ in ("ADP", "SCONJ", "VERB", "ADV") and not any(t.text == "," for t in doc[start:first - 1]):
        return None
    return name


def _stranded_subject(verb: Token) -> Token | None:
    """"Poland recalled its envoy on Tuesday and Lithuania also expelled two diplomats":
    the parser may join the second clause's subject to the noun before the "and" (Tuesday)
    and leave the second verb, coordinated with the first, without one. The noun just
    before such a verb (past adverbs and auxiliaries), itself a conjunct after "and", is
    its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    if i < 1:
        return None
    noun = verb.doc[i]
    first = noun.left_edge.i
    # (the conjunct ends right before the verb: "Lithuania", "the Czech Republic")
    if noun.pos_ not in ("PROPN", "NOUN") or noun.dep_ != "conj" or noun.right_edge.i != i or first < 1:
        return None
    if verb.doc[first - 1].dep_ != "cc" or noun.head.dep_ in _SUBJ or noun.head.i == verb.i:
        return None
    return noun


#: verbs of summoning an envoy: the one summoned does not act in the summons' purpose
SUMMONING_VERBS = frozenset({"summon"})


def thanked_for(noun: Token) -> list[Token]:
    """Who did what a verb of thanking or blaming names in its "for" phrase: its object
    ("thanked China for the vaccines donated to our country": China donated them;
    "condemned Russia for the attacks"; speech.yaml thanking_verbs, accusing_verbs)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in load_speech().crediting_verbs:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying whose reported clause the parser hung ``verb``, an act done by
    speaking, on as a conjunct ("said the jet had crossed the border and warned that ..."),
    or None."""
    words = load_parse_words()
    if verb.lemma_.lower() not in words.speaker_act_verbs or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    t = verb.head
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in words.reporting_verbs and t.head.i < t.i:
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


#: words that are conjunctions of time or cause as well as prepositions: "after shells
#: struck", "since the troops left" (the parser may read them as prepositions)
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def _clause_subject_as_object(verb: Token) -> Token | None:
    """The noun right before a finite conjunct verb that the parser made the object of a
    word that also joins clauses ("after artillery shells struck"): a verb coordinated with
    another is joined by "and", "or", "but" or a comma, never straight after a noun."""
    if verb.i == 0 or verb.is_sent_start:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "pobj" or prev.pos_ not in ("NOUN", "PROPN") or prev.head.lower_ not in _CLAUSE_PREPOSITIONS:
        return None
    return prev


@_remembered
def subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """The token(s) naming who acts for ``verb``, following control and coordination."""
    if depth > 5:
        return []
    # "Russia, which has peacekeepers in the region, called on both sides": after a
    # relative clause or an apposition the parser may hang the finite verb on the noun
    noun = verb.head
    # (a participle only when the noun is left as the sentence's root: no other verb is main)
    if verb.dep_ == "acl" and (verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBN" and noun.dep_ == "ROOT")) \
            and noun.pos_ in ("PROPN", "NOUN") and any(c.dep_ in ("relcl", "appos") and c.i < verb.i for c in noun.children):
        return [noun]
    if is_passive(verb):
        for c in verb.children:
            if c.dep_ == "agent":
                return [p for p in c.children if p.dep_ == "pobj"]
        if verb.dep_ == "acl":
            return thanked_for(verb.head)
        if any(c.dep_ in ("nsubjpass", "csubjpass") for c in verb.children) and verb.dep_ in ("advcl", "conj", "xcomp"):
            # "soldiers died when transports were attacked": a passive with its own
            # (suffering) subject takes no actor from the clause above it (but "the
            # spokesman said aircraft will be sent": a reported passive is the speaker's)
            return []
    subj = [c for c in verb.children if c.dep_ in _SUBJ and c.lower_ not in ("it", "there") or (c.dep_ in _SUBJ and c.lower_ == "it" and not _expletive(verb))]
    # "what is necessary to protect ourselves": a free relative is no one's subject
    subj = [c for c in subj if c.lower_ not in FREE_RELATIVES]
    if subj and (main := _after_fronted_clause(verb, subj)) is not None:
        return [main]
    if len(subj) == 1 and (named := _name_before_apposition(subj[0])) is not None:
        return [named]
    if not subj:
        # "Turkish forces had \"once again\" violated ...": after a quoted phrase the parser
        # may hang the subject on the auxiliary before it (not on a passive one: "Libya
        # remains suspended from the Arab League" names what the participle is done to,
        # ``passive_subjects``, not its doer)
        subj = [s for a in verb.children if a.dep_ == "aux" and a.i < verb.i for s in a.children
                if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in FREE_RELATIVES | {"it", "there"}]  # fmt: skip
    if not subj and (stranded := _stranded_subject(verb)) is not None:
        return [stranded]
    if subj:
        return subj + companions(verb, subj)
    # "In an interview with VOA, Japan's Defense Minister Itsunori Onodera said ...": the
    # parser may hang the subject as an apposition of the phrase before it
    prev = verb.doc[verb.i - 1] if verb.i > 0 and not verb.is_sent_start else None  # (not the sentence's first word)
    if prev is not None and prev.dep_ == "appos" and prev.pos_ == "PROPN" and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return [prev]
    # "the former providing for its security": the parser hangs the subject as a modifier
    lefts = [c for c in verb.children if c.dep_ in ("amod", "npadvmod", "dep") and c.i < verb.i and c.pos_ in ("ADJ", "NOUN", "PROPN", "PRON")]
    if lefts and verb.tag_ == "VBG":
        return lefts
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "xcomp" and is_passive(head) and not any(c.dep_ == "agent" for c in head.children):
        # "Iran is believed to have supplied drones": the raised subject acts
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:
            return raised
    if verb.dep_ == "xcomp":
        # "led Caracas to strengthen ties": the object controls the infinitive
        objs = [c for c in head.children if c.dep_ in ("dobj",)]
        # "called on the Belarusian authorities to release him": the one called on acts
        objs += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        # (not a promise to the object, nor a purpose clause of a call, a visit or a
        # summons: "telephoned Salva Kiir to urge him to pull out", the caller urges;
        # "summoned Argentina's ambassador to demand an explanation", the summoner demands)
        if objs and head.lemma_.lower() not in ("promise", "vow", "pledge", "phone", "telephone", "visit", *SUMMONING_VERBS):
            return objs
        return subject_of(head, depth + 1)
    if verb.dep_ == "advcl" and head.lemma_.lower() in ("call", "appeal") and has_to(verb):
        # "calls on Russia to cease": the parser may hang the infinitive as an adverbial
        called = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children if p.dep_ == "pobj"]
        if called:
            return called
    if verb.dep_ == "conj" and head.dep_ == "xcomp" and has_to(head) and verb.tag_ in ("VBD", "VBZ") and head.head.pos_ in ("VERB", "AUX"):
        # "congratulated the president to take that action and rejected the policy": a
        # finite verb is coordinated with the clause's own verb, not with its infinitive
        return subject_of(head.head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and verb.i > 0 and verb.nbor(-1).text == ",":
        # "ordered the ambassador to leave, accusing Paris of ...": a participle set off
        # after an infinitive tells what the clause above does, not its infinitive
        return subject_of(head.head, depth + 1)
    if verb.dep_ == "advcl" and has_to(verb) and head.lemma_.lower() in load_parse_words().object_control_verbs:
        # "prompting Islamabad to expel India's envoy": the parser may hang an object-control
        # verb's infinitive as an adverbial; its object acts all the same
        controllers = [c for c in head.children if c.dep_ == "dobj"]
        if controllers:
            return controllers
    if verb.dep_ == "advcl" and has_to(verb) and is_passive(head) and not any(c.dep_ == "agent" for c in head.children):
        # "funding will be delivered through UN agencies to provide food": what is
        # delivered serves the purpose (no actor), not a party named on the way
        return subject_of(head, depth + 1) or [c for c in head.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and (noun := _clause_subject_as_object(verb)) is not None:
        # "summoned the ambassador after artillery shells struck a resort": the parser reads
        # the conjunction as a preposition and hangs the clause's verb, without its
        # subject, as a conjunct of the main verb; the noun just before it is its subject
        return [noun]
    if verb.dep_ == "conj" and (sayer := _reporting_verb(verb)) is not None:
        # "said the men had been repatriated ... and thanked Thailand": the speaker's act
        return subject_of(sayer, depth + 1)
    if verb.dep_ in ("conj", "advcl", "pcomp", "ccomp", "acomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "acomp" or head.dep_ == "acomp":
        return subject_of(head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        if has_to(verb) and head.dep_ == "pobj" and head.head.lower_ in _CHANNEL_PREPS and head.head.head.pos_ in ("VERB", "AUX"):
            # "funding will be delivered through partners, including UN agencies, to provide
            # food": a purpose of the delivery, whose doer (or the thing delivered) acts; a
            # channel is no source
            main = head.head.head
            return subject_of(main, depth + 1) or [c for c in main.children if c.dep_ == "nsubjpass"]
        return [verb.head]
    if verb.dep_ == "pcomp" and head.head.dep_ == "npadvmod" and head.head.head.pos_ in ("VERB", "AUX"):
        # "established ties with China on Sunday, a day after severing its ties with
        # Taiwan": the gerund of a phrase of time measured from it is the main verb's
        # subject's (the parser hangs the phrase on the measure, "a day")
        return subject_of(head.head.head, depth + 1)
    if verb.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() in load_parse_words().joining_verbs:
        # "Germany joined Britain and other allies in expelling Russian diplomats": the
        # one joined does the act too, as the one who joins it
        joined = [c for c in head.head.children if c.dep_ == "dobj"]
        return subject_of(head.head, depth + 1) + joined
    if verb.dep_ == "pcomp":
        # "accused Iran of supplying drones", "thanked Poland for sending aid", "barred
        # Chile from joining": the object of the verb the phrase hangs on acts
        if head.lower_ in _OBJECT_CONTROL_PREPS and head.head.pos_ == "VERB":
            controllers = [c for c in head.head.children if c.dep_ == "dobj"]
            if controllers:
                return controllers
        return subject_of(head.head, depth + 1)
    return []


def companions(verb: Token, subj: list[Token]) -> list[Token]:
    """The actors a subject acts in company with, who do the act too: "Iran, along with
    Russia and Belarus, condemned", "Russia together with China vetoed", "Hungary, like
    Poland, has criticised", "Like Tokyo, Seoul protested" (parse_words.yaml
    companion_prepositions; each phrase's first object, whose conjuncts the resolver reads).
    A "like" phrase only where commas set it off or it opens the clause: "countries like
    Peru" lists members of a noun."""
    words = load_parse_words().companion_prepositions
    first = min(s.left_edge.i for s in subj)
    hosts = [*subj, verb]
    out: list[Token] = []
    for h in hosts:
        for c in h.children:
            if c.dep_ != "prep" or (h.i == verb.i and c.i > verb.i):
                continue
            low = c.lower_
            together = low == "with" and any(a.lower_ == "together" for a in c.children)
            if (("together" if together else low) not in words) or (low == "with" and not together):
                continue
            if low == "like" and not ((c.i > 0 and c.nbor(-1).text == ",") or c.i < first):
                continue
            # ("along" -> "with" -> object; "together" hangs on its "with")
            preps = [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"] if low == "along" else [c]
            out.extend(p for w in preps for p in w.children if p.dep_ == "pobj")
    return out


def sums_up(noun: Token) -> Token | None:
    """The clause an indefinite noun set off after it sums up: "North Korea fired a
    missile, a move Tokyo condemned" (the verb "fired"), also when the parser sets the noun
    beside the clause's object ("declared Guterres persona non grata, a move Spain
    condemned"). None if the noun sums up no clause."""
    first = noun.left_edge.i  # (after the sentence's first word)
    set_off = first > 0 and not sentence_starts(noun.doc, first, noun.i) and noun.doc[first - 1].text == ","
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    if noun.dep_ == "nsubj" and (joined := misjoined_summary(noun.head)) is not None and joined.i == noun.i:
        return _joined_clause(noun)
    if (noun.dep_ in ("npadvmod", "appos") or (noun.dep_ in ("dobj", "dep") and set_off)) and noun.head.pos_ in ("VERB", "AUX"):
        # "Netanyahu urged Guterres to withdraw, a demand Mikati rejected": the parser
        # hangs the clause on the reaction's verb, before its object
        before = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i < noun.i] if noun.head.i > noun.i else []
        return before[-1] if before else noun.head
    if noun.dep_ == "appos" and set_off and noun.head.dep_ in ("dobj", "attr", "oprd", "pobj", "conj"):
        verb = noun.head.head
        # up to the clause the object is in, through a clause the parser made of the
        # object ("declared [Guterres persona] non grata") and through the object's own
        # phrases, where the parser may hang the noun on their last word ("proposed a
        # commission including the Pope and the UN chief, an idea Kyiv rejected")
        # (a participle used as a preposition is no clause: "including")
        while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("ccomp", "prep")) and verb.dep_ in ("dobj", "ccomp", "attr", "oprd", "pobj", "prep", "conj") and verb.head.i != verb.i:
            verb = verb.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def set_apart(clause: Token, head: Token) -> bool:
    """A clause the parser hung on a verb after a semicolon ("Kyiv accuses Moscow of ...;
    Russia says it evacuated them"): two sentences in one, the first no complement of the
    second's verb."""
    if clause.i > head.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.right_edge.i : head.i])


def framed_clause(tok: Token) -> Token | None:
    """"Missiles pounded Odesa, in what Kyiv called a deliberate assault": a free relative
    in a phrase set off after a clause stands for that clause (its verb); None otherwise."""
    if tok.lower_ not in FREE_RELATIVES:
        return None
    verb = tok.head
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.i > tok.i:
        return None
    clause = verb.head.head
    return clause if clause.pos_ in ("VERB", "AUX") and clause.i < tok.i else None


def misjoined_summary(verb: Token) -> Token | None:
    """"Peru visited the islands in February, a trip Chile branded unfriendly": the parser
    may join the relative clause of a noun that sums up a clause to that clause, its verb
    then having two subjects; the first, an indefinite noun set off by a comma, is the
    noun the relative clause is about (also when the parser makes the clause summed up
    the verb's complement). None where the parse is no such join."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ != "VERB" or len(subjects) != 2 or subjects[0].pos_ != "NOUN" or subjects[0].i > verb.i:
        return None
    noun = subjects[0]
    if not (verb.dep_ == "conj" or any(c.dep_ == "ccomp" and c.i < noun.i for c in verb.children)):
        return None
    first = noun.left_edge.i
    if not any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children) or first == 0 or noun.doc[first - 1].text != ",":
        return None
    return noun


def _joined_clause(noun: Token) -> Token:
    """The clause a misjoined summary noun sums up: the verb its clause is joined to, or
    the complement before it."""
    verb = noun.head
    if verb.dep_ == "conj":
        return verb.head
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i][-1]


def relativised_object(verb: Token) -> Token | None:
    """The noun a relative clause without an object of its own is about, as that
    object: "the sanctions Washington imposed", "a move Tokyo condemned"."""
    if (noun := misjoined_summary(verb)) is not None:
        return None if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children) else noun
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVIZERS for c in verb.children):
        return verb.head  # "a show of force that China has criticised"
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(c.lower_ in ("where", "when", "why", "how", "whom", "whose") for c in verb.subtree if c.i < verb.i):
        return None  # "visits to Italy, where he met ...": the noun is no object of the clause
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.head if subjects and all(s.lower_ not in RELATIVIZERS for s in subjects) else None


@_remembered
def relative_governor(noun: Token) -> Token | None:
    """The verb of a relative clause that takes the noun as its object, as a governing verb
    would: "the sanctions (that) Japan imposed" -> imposed."""
    for c in noun.children:
        if c.dep_ == "relcl" and (obj := relativised_object(c)) is not None and obj.i == noun.i:
            return c
    return None


def light_relative(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """A light verb of a relative clause on the noun, which does the noun's event as a
    governing light verb would: "the sanctions (that) Japan imposed" (Japan's sanctions)."""
    rel = relative_governor(noun)
    return rel if rel is not None and rel.lemma_.lower() in light_verbs else None


@_remembered
def light_clauses(noun: Token, light_verbs: frozenset[str]) -> list[Token]:
    """The light verbs that tell the noun's act with its doer: that of a relative clause on
    it, else its participles with an agent ("the support extended to them by Colombia")."""
    rel = light_relative(noun, light_verbs)
    return [rel] if rel is not None else [c for c in noun.children if c.lemma_.lower() in light_verbs and participle_agents(c)]


def each_other(verb: Token) -> bool:
    """The verb's object is reciprocal: "blamed each other", "accused one another", "each
    blaming the other", "expelled each other's diplomats"."""
    for c in verb.children:
        objs = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        # ("reopened embassies in each other's capitals": the object's own place)
        objs += [p for o in objs if o.dep_ == "dobj" for q in o.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"]
        # ("expelled each other's diplomats")
        objs += [p for o in objs for p in o.children if p.dep_ == "poss"]
        for o in objs:
            marks = {m.lower_ for m in o.children if m.dep_ in ("det", "amod", "nummod", "advmod")}
            if (o.lower_ == "other" and ("each" in marks or _each(verb))) or {o.lower_, *marks} >= {"one", "another"}:
                return True
    return False


def _each(verb: Token) -> bool:
    """The verb's subject is "each" or "each side"."""
    return any(s.lower_ == "each" or any(d.lower_ == "each" for d in s.children) for s in verb.children if s.dep_ == "nsubj")


def each_clause_subjects(verb: Token) -> list[Token]:
    """The subjects "each" stands for: those of the clause a participle hangs on
    ("Armenia and Azerbaijan exchanged fire, each blaming the other")."""
    if not _each(verb):
        return []
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ in ("advcl", "conj") else None
    return subject_of(head) if head is not None and head.i != verb.i else []


@_remembered
def governor(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("paid a visit", "held at a meeting")."""
    tok = noun
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("at", "during", "in", "for", "of", "to", "on"):
        prep = tok.head
        if prep.head.pos_ in ("VERB", "AUX") and prep.lower_ in ("at", "during", "on", "for"):
            return prep.head
        # "adopted a fifth round of restrictive measures", "sent a message of
        # congratulations": through a quantity or carrier noun to its verb
        if prep.head.pos_ == "NOUN" and prep.lower_ == "of" and prep.head.dep_ in ("dobj", "nsubjpass") and prep.head.lemma_.lower() in load_parse_words().carrying_nouns:
            return governor(prep.head)
        # "announced a further 100 million pounds in military aid": through the amount
        if prep.lower_ == "in" and prep.head.dep_ in ("dobj", "nsubjpass") and _amount(prep.head):
            return governor(prep.head)
        return None
    if tok.dep_ == "conj":
        return governor(tok.head)
    return None


def in_amount(noun: Token) -> bool:
    """The noun names what a sum is of: "$18 million in UK support", "£5m in aid"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("NOUN", "NUM") and _amount(noun.head.head)


def _amount(noun: Token) -> bool:
    """A sum of money: a number or a currency sign on the noun ("100 million pounds", "$50
    million")."""
    return any(t.tag_ == "$" or t.like_num for t in noun.subtree if t.i <= noun.i)


def of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's of-phrase: "the delivery of goods" -> goods."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def carried(noun: Token) -> list[Token]:
    """The nouns a quantity or carrier noun holds in its of-phrase: "a message of
    congratulations" -> congratulations; "a round of talks" -> talks; and what a sum of
    money is in: "$500 million in military aid" -> aid."""
    if noun.lemma_.lower() in load_parse_words().carrying_nouns:
        return of_objects(noun)
    if noun.pos_ in ("NOUN", "NUM") and _amount(noun):
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    return []


def possessor(noun: Token) -> Token | None:
    """The possessive of a noun, or of the quantity noun it counts: "their talks", "their
    first round of talks"."""
    for t in (noun, noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None):
        if t is None or (t is not noun and t.lemma_.lower() not in load_parse_words().quantity_nouns):
            continue
        for c in t.children:
            if c.dep_ == "poss":
                return c
    return None


def noun_phrase_text(head: Token) -> str:
    """The words of a noun phrase from its first determiner or modifier to its head."""
    left = head
    for t in head.lefts:
        if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "predet"):
            left = t
            break
    return head.doc[left.i : head.i + 1].text


def repair_coordinated_verbs(sent: Span, is_verb: Callable[[str], bool], tokens: Sequence[Token] | None = None) -> None:
    """Re-read a past verb the parser took for a modifier of the object before it, in
    place: "Nepal lodged a protest and summoned India's ambassador" parses "summoned" as
    an adjective on "ambassador", "protest and ambassador" as the verb's one object. A
    participle after "and" that a determiner or possessor follows cannot modify the noun
    (no modifier stands before "the" or "India's"): when it is a verb the lexicon knows
    (``is_verb`` of its lemma), it is the verb coordinated with the one that took the first
    object, and the noun its own object. So is a participle right before a bare noun that
    the parser coordinates with the verb itself ("provided $300 million and airlifted
    equipment to Haiti"). ``tokens``: the sentence's, when already read."""
    for tok in sent if tokens is None else tokens:
        if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or tok.i == sent.start or tok.i + 1 >= sent.end:
            continue  # (a word after it is needed: none after the sentence's last)
        noun, cc, after = tok.head, tok.doc[tok.i - 1], tok.doc[tok.i + 1]
        first = noun.head
        if cc.dep_ != "cc" or cc.lower_ not in ("and", "or") or noun.dep_ != "conj" or not is_verb(tok.lemma_.lower()):
            continue
        if first.pos_ == "VERB" and after.i == noun.i:
            # "has provided $300 million for the mission and airlifted equipment to Haiti":
            # a noun coordinated with a verb (no noun is) is the object of the participle
            # before it, which is that verb's coordinated verb
            verb = first
        elif first.dep_ != "dobj" or first.head.pos_ != "VERB" or after.head != noun or after.dep_ not in ("det", "poss"):
            continue
        else:
            verb = first.head
        tok.pos_, tok.tag_, tok.dep_ = "VERB", "VBD", "conj"
        tok.head = verb
        noun.head, noun.dep_ = tok, "dobj"
        cc.head = verb
        # (spaCy sets the boundaries again from the heads it was given: read them again too,
        # and every answer kept about the parse)
        forget_readings(tok.doc)


def forget_readings(doc: Doc) -> None:
    """Drop what was kept about ``doc``'s parse (its sentence starts, token offsets and
    remembered readings): when a head moves, and when the rules are done with the Doc, so that the Doc
    carries none of it on (the readings' keys are tuples, which ``Doc.from_bytes`` cannot
    read back)."""
    doc.user_data.pop(_STARTS, None)
    doc.user_data.pop(_MEMO, None)
    doc.user_data.pop(_OFFSETS, None)


def _verb_lemma(word: str) -> str:
    """The base form of a verb in -s ("expels" expel, "bars" bar, "pushes" push)."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    return w[:-1]


#: the tags of a finite verb: a sentence with one has a main verb the parser found
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _named_root_verb(sent: Span, tokens: Sequence[Token], ends_name: Callable[[int], bool], is_verb: Callable[[str], bool]) -> bool:
    """"ECOWAS imposed border closures and financial sanctions on Niger": the tagger may
    read a name that opens the sentence as an adjective and make it the sentence's root,
    the verb after it a participle modifying its object. A past verb the lexicon knows right
    after such a name is the sentence's verb, the name its subject, the noun it modified its
    object, and what hung on the name hangs on it. True when re-read."""
    name = sent.root
    k = name.i - sent.start
    if k + 1 >= len(tokens) or not ends_name(name.i):
        return False
    # (the name opens the sentence: only its own words, hung on it, come before it)
    if any(t.head.i != name.i or t.dep_ not in ("compound", "det", "amod") for t in tokens[:k]):
        return False
    verb = tokens[k + 1]
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "acl") or not is_verb(verb.lemma_.lower()):
        return False
    noun = verb.head
    for t in tokens[k + 2:]:
        if t.head.i == name.i:
            t.head = verb
    verb.pos_, verb.tag_ = "VERB", "VBD"
    verb.head, verb.dep_ = verb, "ROOT"
    if noun.i > verb.i and noun.pos_ in ("NOUN", "PROPN"):
        noun.head, noun.dep_ = verb, "dobj"
    name.pos_, name.dep_ = "PROPN", "nsubj"
    name.head = verb
    forget_readings(verb.doc)
    return True


def repair_named_subject_verb(sent: Span, tokens: Sequence[Token], ends_name: Callable[[int], bool], is_verb: Callable[[str], bool]) -> None:
    """Re-read, in place, a verb in -s the tagger took for a plural noun right after a name
    that opens a sentence with no finite verb: "ASEAN bars Myanmar junta chief from
    summit", "Georgia severs diplomatic ties with Russia", "Foreign Office summons Russian
    ambassador" parse as noun phrases (the name a compound of "bars"). A name the actor
    dictionaries know (``ends_name`` of its last token), opening the sentence or the
    clause after a colon, followed by such a word whose base form is a verb the lexicon
    knows (``is_verb``): the word is the sentence's verb, the name its subject, and the
    noun phrase after it its object. First, a name read as the sentence's root before a
    past verb (``_named_root_verb``)."""
    if len(tokens) < 3:
        return
    if _named_root_verb(sent, tokens, ends_name, is_verb) or any(t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX") for t in tokens):
        return
    for k in range(1, len(tokens) - 1):
        verb, name = tokens[k], tokens[k - 1]
        if verb.tag_ not in ("NNS", "NNPS") or not verb.lower_.endswith("s") or not ends_name(name.i):
            continue
        # (the name opens the sentence, or the clause after a colon: "North Korea: EU toughens")
        first = name
        while first.i > sent.start and ends_name(first.i - 1):
            first = first.doc[first.i - 1]
        if first.i != sent.start and first.doc[first.i - 1].text != ":":
            continue
        lemma = _verb_lemma(verb.text)
        noun = verb.head  # (the noun the word is read as a compound of, or itself)
        if not is_verb(lemma) or name.head.i not in (verb.i, noun.i) or name.dep_ == "ROOT":
            continue
        if verb.dep_ == "ROOT":
            # "ASEAN bars Myanmar junta chief from summit": its object, hung on it as an
            # apposition or a modifier
            obj = next((c for c in verb.rights if c.dep_ in ("appos", "npadvmod", "advmod", "dobj", "attr", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
        elif verb.dep_ == "compound" and noun.i > verb.i and noun.pos_ in ("NOUN", "PROPN"):
            # "Foreign Office Summons Russian Ambassador" read as one noun phrase: the verb
            # takes the phrase's place, the noun it was a word of is its object
            obj = noun
            if noun.dep_ == "ROOT":
                verb.head, verb.dep_ = verb, "ROOT"
            else:
                verb.head, verb.dep_ = noun.head, noun.dep_
            noun.head = verb
        else:
            continue
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", lemma
        if obj is not None:
            obj.dep_ = "dobj"
        name.head, name.dep_ = verb, "nsubj"
        # (spaCy sets the boundaries again from the heads it was given: read them again
        # too, and every answer kept about the parse)
        verb.doc.user_data.pop(_STARTS, None)
        verb.doc.user_data.pop(_MEMO, None)
        return


def repair_dated_of(tokens: Sequence[Token]) -> None:
    """Re-hang, in place, an act noun's of-phrase that the parser hung on the date told
    between them: "Australia's cancellation in September of a French submarine contract",
    "the arrest on Monday of two diplomats". A month or a day takes no of-phrase that is
    not itself a time ("in September of 2021" stays)."""
    for of in tokens:
        if of.lower_ != "of" or of.dep_ != "prep":
            continue
        date, obj = of.head, next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is None or names_time(obj) or obj.like_num or not names_time(date) or date.dep_ != "pobj" or date.i + 1 != of.i:
            continue
        # (the date's phrase right after the noun, hung on it or on the verb above it)
        prep = date.head
        noun = of.doc[prep.i - 1] if prep.i > 0 else prep
        if prep.lower_ not in ("in", "on", "during") or noun.pos_ != "NOUN" or prep.head.i not in (noun.i, noun.head.i, noun.head.head.i):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue
        of.head = noun
        forget_readings(of.doc)


def carrier_agents(noun: Token) -> list[Token]:
    """"the adoption by the Council on 29 June of restrictive measures": who sets up the
    noun, told by the by-phrase right after the carrier noun its of-phrase belongs to.
    The parser hangs that of-phrase on the nearest noun before it ("June", "the Council"),
    and the by-phrase often on the verb, so the words are read in order: carrier, "by"
    and its phrase, perhaps a phrase of time or place, then "of" and the noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    doc, of = noun.doc, noun.head
    for k in range(of.i - 1, max(of.i - 10, 0), -1):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return []
        if tok.lower_ == "by" and doc[k - 1].lemma_.lower() in load_parse_words().carrier_nouns:
            return [c for c in tok.children if c.dep_ == "pobj"]
    return []


def names_time(noun: Token) -> bool:
    """A noun that names a time: a month or weekday, or a part of one ("Sunday evening",
    "Monday morning": a noun a calendar name modifies), or a date or time entity where the
    pipeline tags them."""
    calendar = load_temporal_lexicon().calendar_names
    return (
        noun.lower_ in calendar
        or noun.ent_type_ in ("DATE", "TIME")
        or any(c.dep_ in ("compound", "nmod", "amod") and c.lower_ in calendar for c in noun.children)
    )


def prompting_clause(noun: Token) -> Token | None:
    """The clause a participle set after it tells the reaction to, when ``noun`` is inside
    that participle's clause: "Russia published a draft to redraw its border, prompting NATO
    to call the move a provocation" (the verb "published"). None elsewhere."""
    tok = noun
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ in ("ccomp", "relcl", "acl", "conj") and tok.pos_ in ("VERB", "AUX") and subject_of(tok):
            return None  # (a finite clause of its own between: its own story)
        tok = tok.head
    return None
