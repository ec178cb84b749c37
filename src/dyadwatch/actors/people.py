"""Finding people's names without the statistical NER (which costs half of the English
pipeline's time): a run of proper nouns that a title introduces ("Foreign Minister Ana
Ruiz", "Mr. Lee"), a person the dictionaries know, or a run of two or more proper nouns
in a subject or object position. The coder only needs people to carry a country from
their title to later mentions ("Ruiz said ..."), so a name without a title that names
no actor costs nothing when it is missed.

``register_people`` tells the discourse who each name is: a person introduced with a
country ("Japanese Foreign Minister Koichiro Gemba"), or one named again ("Gemba").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..annotate.dates import load_temporal_lexicon
from .discourse import Person
from .titles import load_titles

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..events.context import SentenceContext
    from .discourse import Referent
    from .lexicon import ActorLexicon
    from .matcher import Mention

def _name_token(tok: Token, mentions: dict[int, Mention], lexicon: ActorLexicon) -> bool:
    m = mentions.get(tok.i)
    if m is not None and m.kind != "person":
        return False
    if tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper():
        return False
    low = tok.lower_
    return low not in load_temporal_lexicon().calendar_names and low not in load_titles() and not lexicon.sector_of(low)


def find_people(sent: Span, mentions: dict[int, Mention], lexicon: ActorLexicon, use_ner: bool,
                tokens: list[Token] | None = None) -> list[tuple[int, int]]:  # fmt: skip
    """People's names: the statistical NER's when it ran, else the rule-based finder
    (``tokens``: the sentence's Token objects, when the caller has them)."""
    if use_ner and sent.doc.has_annotation("ENT_IOB"):
        return [(e.start, e.end) for e in sent.ents if e.label_ == "PERSON"]
    return person_spans(sent, mentions, lexicon, tokens)


def person_spans(sent: Span, mentions: dict[int, Mention], lexicon: ActorLexicon, tokens: list[Token] | None = None) -> list[tuple[int, int]]:
    """(start, end) token indices of people's names in ``sent`` (``tokens``: its Token
    objects, in order, when the caller has them: each ``doc[i]`` builds a new one)."""
    out: list[tuple[int, int]] = []
    toks = tokens if tokens is not None else list(sent)
    first = sent.start
    # (a name's first word is a proper noun by its tag: the tags are read once, as ids)
    tags = [t.tag for t in toks]
    proper = {sent.doc.vocab.strings[t] for t in ("NNP", "NNPS")}
    i = sent.start
    while i < sent.end:
        if tags[i - first] not in proper:
            i += 1
            continue
        tok = toks[i - first]
        if not _name_token(tok, mentions, lexicon):
            i += 1
            continue
        j = i
        while j + 1 < sent.end and (_name_token(toks[j + 1 - first], mentions, lexicon) or toks[j + 1 - first].text in ("-", "al-")) and j - i < 4:
            j += 1
        prev = toks[i - 1 - first] if i > sent.start else None
        titled = prev is not None and (prev.lower_ in load_titles() or bool(lexicon.sector_of(prev.lower_)) or prev.lower_ == "counterpart")
        known = any((m := mentions.get(k)) is not None and m.kind == "person" for k in range(i, j + 1))
        # "Minister of Foreign Affairs", "High Commissioner for Human Rights": a run of
        # proper nouns that an office's "of" or "for" governs names a body, not a person
        last = toks[j - first]
        holder = last.head.head if last.dep_ == "pobj" else None
        office = (
            holder is not None and last.head.lower_ in ("of", "for")
            and (holder.pos_ == "PROPN" or bool(lexicon.sector_of(holder.lemma_.lower())))
        )  # fmt: skip
        two = j > i and last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj") and not office
        if titled or known or two:
            out.append((i, j + 1))
        i = j + 1
    return out


def surname_demonyms(sent: Span, mentions: dict[int, Mention], lexicon: ActorLexicon, known: set[str]) -> list[int]:
    """Tokens whose demonym is a person's surname ("Volker Türk", "Mr Turk"): the last
    word of a name whose first name or title is compounded to it, or a surname ``known``
    from such a name earlier in the article. Not a demonym that modifies a noun after it
    ("Ankara Condemns Greek Violations", a headline's capitals)."""
    out: list[int] = []
    for i, m in mentions.items():
        tok = sent.doc[i]
        if m.kind != "demonym" or tok.tag_ != "NNP" or tok.dep_ in ("compound", "amod") or len(m.text) != len(tok.text):
            continue
        prev = sent.doc[i - 1] if i > sent.start else None
        named = (
            prev is not None and prev.dep_ == "compound" and prev.head.i == i and prev.tag_ == "NNP"
            and (prev.lower_ in load_titles() or _name_token(prev, mentions, lexicon))
        )  # fmt: skip
        if named or tok.text in known:
            out.append(i)
    return out


def register_people(ctx: SentenceContext, resolve: Callable[[Token], list[Referent]],
                    subject: Callable[[Token], int]) -> None:  # fmt: skip
    """People introduced with a country ("Japanese Foreign Minister Koichiro Gemba"),
    and where each is named (and whether as a subject), so that "he" finds them.
    ``resolve`` gives the actors a token names (``Resolver.actors``); ``subject`` says
    whether a token sits in a clause's subject."""
    sent = ctx.sent
    first_token = {id(m): i for i, m in sorted(ctx.mentions.items(), reverse=True)}
    for m in {id(m): m for m in ctx.mentions.values()}.values():
        if m.kind == "person" and m.country:
            in_subj = subject(ctx.mention_head(ctx.token(first_token[id(m)])))
            ctx.disc.add_person(m.text, m.country, m.sector or "GOV", offset=m.start, subject=in_subj)
    for start, end in sorted(set(ctx.persons.values())):
        ent = sent.doc[start:end]
        offset = ctx.char(ent[0])
        country = None
        sector = None
        # look left through the title words of the same noun phrase, across a conjunction
        # or comma inside the name's own phrase ("Lithuanian Deputy Minister of Transport and
        # Communications Agnė ...": the of-phrase is the office's, the state comes before it)
        edge = min(t.left_edge.i for t in ent)
        i = ent.start - 1
        steps = 0
        while i >= sent.start and steps < 12:
            t = ctx.token(i)  # (the sentence's own Token object: no new one per step)
            inside = edge < i and edge <= t.head.i < ent.end
            if t.pos_ in ("VERB", "AUX") or ((t.text in (",", ";", ":", "(", ")") or t.lower_ in ("and", "while", "said")) and not inside):
                break
            if i in ctx.mentions and ctx.mentions[i].country:
                refs = resolve(t)
                if refs:
                    country = refs[0].country
                    break
            s = ctx.lexicon.sector_of(t.lemma_.lower())
            sector = sector or s
            i -= 1
            steps += 1
        if country is None and sector is not None and ctx.disc.publisher is not None and ctx.disc.find_person(ent.text) is None:
            # "Minister Champagne" in Global Affairs Canada's statement: the publisher's own
            country = ctx.disc.publisher
        in_subj = subject(ent[-1])
        if country is not None:
            ctx.disc.add_person(ent.text, country, sector or "GOV", offset=offset, subject=in_subj)
        elif (person := ctx.disc.find_person(ent.text)) is not None:
            ctx.disc.seen_person(person, offset, subject=in_subj)  # "Gemba" after "Koichiro Gemba"
        elif sector is not None:
            # "Interior Minister Gerald Darmanin announced ... He called on ...": an official
            # of no known state is still whom a later "he" means (no one else named before him)
            ctx.disc.seen_person(Person(ent.text, "", sector, ctx.disc.sentence_index), offset, subject=in_subj)
    _register_surnames(ctx, subject)
    _register_office_holders(ctx, resolve, subject)


def _register_surnames(ctx: SentenceContext, subject: Callable[[Token], int]) -> None:
    """A lone surname of a person introduced before ("Ecuadorean President Daniel Noboa
    ... Noboa, who faces an election, said ... He accused ..."): the person is named
    again there, and a later "he" means him (the finder takes no untitled single word)."""
    if not ctx.disc.people:
        return  # (no one introduced yet: no surname to find)
    for tok in ctx.tokens:
        if tok.i in ctx.persons or tok.i in ctx.mentions or tok.tag_ not in ("NNP", "NNPS"):
            continue
        person = ctx.disc.people.get(tok.text)
        if person is not None and person.country:
            ctx.disc.seen_person(person, ctx.char(tok), subject=subject(tok))


def _register_office_holders(ctx: SentenceContext, resolve: Callable[[Token], list[Referent]],
                             subject: Callable[[Token], int]) -> None:  # fmt: skip
    """A subject named only by office ("Peru's foreign minister travelled ...") is a person
    "he" or "she" may mean, with the office's country and sector."""
    holders = ctx.lexicon.office_holder_nouns
    for tok in ctx.with_lemma(holders):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # "The Foreign Secretary and Mr Nurtleu signed ...": an office written as a title
        # with "the" and no name is its holder named again
        titled = tok.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.tag_ != "NN" and not titled:
            continue
        if tok.i in ctx.persons:
            continue
        refs = resolve(tok)
        if not refs or not refs[0].country or not ctx.disc.is_state(refs[0].country):
            continue
        country, sector = refs[0].country, refs[0].sector or "GOV"
        named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            # "Peru's foreign minister, Ana Ruiz, ...": the name is the office-holder's
            name = ctx.sent.doc[named[0].left_edge.i : named[0].i + 1]
            if ctx.disc.find_person(name.text) is None:
                ctx.disc.add_person(name.text, country, sector, offset=ctx.char(name[0]), subject=subject(tok))
            continue
        ctx.disc.seen_person(Person(tok.text, country, sector, ctx.disc.sentence_index), ctx.char(tok), subject=subject(tok))


#: the words ``register_juntas`` looks at (lemmas, forms): the rest of a sentence is skipped
_JUNTA_LEMMAS = frozenset({"junta", "government", "regime", "ruler"})
_JUNTA_FORMS = frozenset({"junta"})
_COURT_FORMS = frozenset({"court", "tribunal"})


def register_juntas(ctx: SentenceContext) -> None:
    """A junta named with its state ("Myanmar's junta", "the Malian junta", "Mali's junta
    leader", "the junta in Niger"): the state a later "the junta" of the text stands for;
    and an international court named ("the International Court of Justice"): the
    organisation a later "the court" stands for."""
    # (only the words the test below can pass: a junta, or a government, regime or ruler)
    for tok in ctx.with_word(_JUNTA_LEMMAS, _JUNTA_FORMS):
        # (or its military government, regime or rulers: "Myanmar's military government")
        military = tok.lemma_.lower() in ("government", "regime", "ruler") and any(c.dep_ == "amod" and c.lower_ == "military" for c in tok.children)
        if tok.lemma_.lower() != "junta" and tok.lower_ != "junta" and not military:
            continue
        holder = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
        owners = [c for t in {tok, holder} for c in t.children if c.dep_ in ("poss", "amod", "compound") and c.i != tok.i]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        codes = [code for o in owners if (code := ctx.known(o.i)) is not None and ctx.disc.is_state(code)]
        if len(set(codes)) == 1:
            ctx.disc.juntas.append((ctx.char(tok), codes[0]))
    for tok in ctx.with_lower(_COURT_FORMS):
        # an international court named ("the International Court of Justice"): whose a later
        # bare "the court" is
        if tok.lower_ in _COURT_FORMS and tok.text[:1].isupper() and (m := ctx.mentions.get(tok.i)) is not None and m.country and not ctx.disc.is_state(m.country):
            ctx.disc.courts.append((ctx.char(tok), m.country))
