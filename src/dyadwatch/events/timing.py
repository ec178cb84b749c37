"""When an event happened: its tense, the time expression that dates it, or the article's
date, or none (background).

Which time expression dates which event: the expression must sit in the trigger's own
clause or in a clause above it ("On Monday the minister said that ..."), never in a clause
below it ("agreed to hold a meeting next year" does not date the agreement). A "when"
clause hanging on a date takes that date ("since 2012, when it closed its embassy").
Without one, news is dated by its article; an event told as background ("has provided aid
for years", "over its invasion of Ukraine") keeps no date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.dates import (
    BOUND_KINDS,
    DATING_KINDS,
    ResolvedDate,
    TimeExpression,
    find_time_expressions,
    load_temporal_lexicon,
    resolve,
    resolve_counted_back,
)
from ..nlp.pipeline import doc_text
from ..records import DatePrecision, Status
from .commitment import load_commitment
from .parse_words import load_parse_words
from .tree import first_conjunct, governor, has_to, names_time, relative_governor, token_at_char

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Span, Token

    from .context import SentenceContext
    from .state import ArticleState


_NOMINAL_SUFFIXES = ("ing", "tion", "sion", "ment", "ure", "al")


def clause_of(tok: Token) -> Token:
    """The verb (or the sentence root) whose clause holds ``tok``; an event noun on the way
    ("the forced landing ... on 23 May") is a clause of its own, which the date dates."""
    t = tok
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        # (not a time noun: "on Sunday evening", "on Monday morning" date the clause)
        if (t.i != tok.i and t.pos_ == "NOUN" and t.lower_.endswith(_NOMINAL_SUFFIXES) and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
                and not names_time(t)):  # fmt: skip
            return t
        t = t.head
    return t


def is_ancestor(a: Token, b: Token) -> bool:
    t = b
    for _ in range(40):
        if t.i == a.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _token_at(sent: Span, offset: int) -> Token | None:
    """The token at character ``offset`` of the sentence's text."""
    return token_at_char(sent, sent.start_char + offset)


def event_date(
    sent: Span,
    trigger: Token,
    *,
    article_date: date | None,
    reference: ResolvedDate | None,
    tense: str | None,
    future: bool,
    governed: bool = False,
    own_only: bool = False,
    news_day: ResolvedDate | None = None,
) -> tuple[TimeExpression, ResolvedDate] | None:
    """The date the sentence gives the event at ``trigger``, or None. ``governed``: also
    a date in a clause the event's clause governs ("After Putin came to power in 2000,
    relations grew"), the last resort of an event nothing else dates."""
    own = clause_of(trigger)
    told = relative_governor(trigger) if trigger.pos_ == "NOUN" else None
    if told is not None and told.tag_ == "VBD":
        # "revive the detente Obama forged with Havana": the past relative clause tells the
        # act, in its own time; the dates of the clauses around it are not its
        own = told
    else:
        told = None
    back = _counted_back(sent, own, article_date=article_date, reference=reference, news_day=news_day) or _counted_forward(sent, own, article_date)
    if back is not None:
        return back
    best: tuple[tuple[int, bool, int], TimeExpression, ResolvedDate] | None = None
    pos = trigger.idx - sent.start_char
    for expr in _time_expressions(sent):
        tok = _token_at(sent, expr.start)
        if tok is None:
            continue
        # "since 2012, when it closed its embassy": the when-clause takes the date it hangs on
        lead = first_conjunct(own)  # "when it closed its embassy ... and expelled ..."
        when = (
            any(c.lower_ == "when" and c.dep_ == "advmod" for c in lead.children)
            and lead.dep_ in ("relcl", "advcl")
            and expr.start <= lead.head.idx - sent.start_char < expr.end
        )
        if expr.kind in BOUND_KINDS and not when:
            continue
        if expr.kind not in DATING_KINDS and not when:
            continue
        where = clause_of(tok)
        if told is not None and where.i != told.i and not is_ancestor(told, where):
            continue
        if _bounds_a_span(tok, where):
            continue
        # ("the detention on July 4 of the supertanker": an event noun's own date)
        if when or where.i in (own.i, trigger.i) or _occasion_of(tok, where, own) or _made_then(tok, expr, own, trigger, article_date):
            rank = 0
        elif is_ancestor(where, own) and not future:
            rank = 1
        elif is_ancestor(own, where):
            if not governed:
                continue  # the expression dates something the event's clause governs
            rank = 3
        else:
            rank = 2
        # (a statement read off a promised act, "said it will resume flights on Saturday",
        # takes no date of the act's own clause: only a past verb's own date is its own)
        if own_only and (rank > 1 or (rank == 0 and tense != "past")):
            continue
        # a date in another clause is resolved in that clause's time ("fired a missile on
        # Tuesday, a move Tokyo condemned": Tuesday is the firing's, a past Tuesday)
        theirs = tense if rank == 0 else (_past_or_future(where) or tense)
        anchor = _year_before(sent, expr, article_date) if expr.kind == "event-relative" else None
        back_from = anchor or reference
        if back_from is None and expr.kind == "event-relative" and _counts_back(expr):
            # ("A day earlier he had described the cancellation as a stab in the back", "where
            # he had been on a state visit the day before", no date told before: the day
            # before the news, the lead's news day or the article's)
            back_from = _news_or_article_day(news_day, article_date)
        got = resolve(expr, article_date=article_date, reference=back_from, tense=theirs)
        if got is None:
            continue
        distance = max(expr.start - pos, pos - expr.end, 0)
        # a calendar date beside a count from another event is the more exact of the two
        # ("five years earlier on January 11, 1992")
        key = (rank, expr.kind == "event-relative", distance)
        if anchor is not None and got.value.startswith(anchor.value) and len(got.value) > len(anchor.value):
            key = (rank, False, -1)  # ("in March of that year" after "of 2020": the finer of the two)
        if best is None or key < best[0]:
            best = (key, expr, got)
    return None if best is None else (best[1], best[2])




def _news_or_article_day(news_day: ResolvedDate | None, article_date: date | None) -> ResolvedDate | None:
    """The day of the news an undated act is counted from: the lead's news day, else the
    article's date."""
    return news_day or (ResolvedDate.of(article_date, DatePrecision.DAY, "article") if article_date else None)


def _counts_back(expr: TimeExpression) -> bool:
    """Whether an event-relative count leads back in time by days or weeks ("a day earlier",
    "the day before", "two weeks prior"), not forward ("four years later", "the next day"),
    nor by months or years: "Two years earlier, Peru had expelled ..." counts from an event
    the text has not dated (a history's), seldom from the news."""
    reading = expr.reading
    return (reading is not None and reading.shift is not None and reading.shift.offset < 0 and reading.month is None
            and reading.shift.unit in ("day", "week"))


def _year_before(sent: Span, expr: TimeExpression, article_date: date | None) -> ResolvedDate | None:
    """The date with a year that the same sentence names before a count from another
    event ("In January 2019 Ecuador recognised Guaido, and in October of that year ...",
    "After the revolution of 1990, ... in March of that year"): the year it counts from,
    before any event told earlier. Not a count that names its own event ("two years
    after the two governments signed")."""
    if expr.text.split()[-1].lower() in ("after", "before"):
        return None
    earlier = [e for e in _time_expressions(sent) if e.end <= expr.start and e.kind in ("absolute", "range") and e.reading is not None and e.reading.year is not None]
    return resolve(earlier[-1], article_date=article_date) if earlier else None


def _made_then(tok: Token, expr: TimeExpression, own: Token, trigger: Token, article_date: date | None) -> bool:
    """A year that modifies the thing an act makes (an agreement) dates the act: "The 2018
    deal was signed by ...", "signed the 1994 treaty" (the signing was then). Not an act
    on a thing that exists already ("withdrew from the 2018 deal", "struck down a 2012
    agreement"), nor a year after the article's."""
    lex = load_temporal_lexicon()
    text = expr.text.strip()
    if not (len(text) == 4 and text.isdigit()) or (article_date is not None and int(text) > article_date.year):
        return False
    thing = tok.head
    if tok.dep_ not in ("nummod", "amod", "compound", "npadvmod") or thing.lemma_.lower() not in lex.made_nouns or thing.i == trigger.i:
        return False
    makes = thing.dep_ in ("dobj", "nsubjpass") and thing.head.i == own.i and own.lemma_.lower() in lex.making_verbs
    return makes and not any(c.dep_ == "prt" for c in own.children)


def setting_of(noun: Token) -> Token | None:
    """The act a meeting noun is the setting of ("signed at a summit between A and B",
    "agreed at talks in Lima"), or None."""
    if noun.lemma_.lower() not in load_temporal_lexicon().setting_nouns or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in load_parse_words().occasion_prepositions or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _occasion_of(tok: Token, where: Token, own: Token) -> bool:
    """A participle set beside the verb or its subject tells, in an adverbial of its own,
    the occasion the act took place on: "Miliband, visiting Kiev on Wednesday, called for
    ...", "Speaking in Kiev on Wednesday, he condemned ..." (not a clause of time or cause
    with its own mark, nor a date inside its object: "Recalling the December 2022
    conclusions, the EU rejects ...")."""
    if where.pos_ == "NOUN" and where.dep_ == "pobj" and where.head.lower_ in load_parse_words().occasion_prepositions and where.head.head.i == own.i:
        return True  # "At Thursday's session, Venezuela rejected ...": the act's occasion
    if where.tag_ != "VBG" or any(c.dep_ in ("mark", "aux") for c in where.children):
        return False
    adverbial = tok.head.i == where.i or (tok.head.dep_ == "prep" and tok.head.head.i == where.i)
    if not adverbial:
        return False
    if where.dep_ == "advcl":
        return where.head.i == own.i
    return where.dep_ == "acl" and where.head.dep_ in ("nsubj", "nsubjpass") and where.head.head.i == own.i


def _counted_back(sent: Span, own: Token, *, article_date: date | None, reference: ResolvedDate | None,
                  news_day: ResolvedDate | None = None) -> tuple[TimeExpression, ResolvedDate] | None:  # fmt: skip
    """"The visit came two days after China imposed sanctions": the act of an after- or
    before-clause is counted back from its main clause, whose date is its own or the
    article's. None for any other clause."""
    if _own_date(sent, own, article_date) is not None:
        return None  # ("a day after Chile expelled Peru's envoy on Monday": its own date)
    clause = first_conjunct(own)  # "a day after Prague expelled 18 diplomats ... and accused Moscow"
    # (the act told inside the after-clause: "a day after Mali said they were withdrawing
    # their envoys", "a day after Algiers recalled its ambassador over remarks that it called
    # an affront")
    for _ in range(6):
        if clause.dep_ not in ("ccomp", "xcomp", "relcl", "acl", "pobj", "dobj", "prep") or clause.head.i == clause.i:
            break
        if clause.dep_ == "prep" and clause.lower_ == "of":
            break  # ("accused Kigali of financing and training ...": what an accusation charges)
        clause = first_conjunct(clause.head) if clause.head.pos_ in ("VERB", "AUX") else clause.head
    # ("a day after severing its ties with Taiwan": a gerund after the preposition)
    gerund = clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.lower_ in load_temporal_lexicon().event_relative_words
    if (clause.dep_ != "advcl" and not gerund) or clause.head.i == clause.i:
        return None
    main = _gerund_main(clause) if gerund else clause.head
    # a main clause with no date of its own is the news: the lead's news day, or the article's
    today = _news_or_article_day(news_day, article_date)
    for expr, _mark in _counts(sent, clause):
        dated = event_date(sent, main, article_date=article_date, reference=reference, tense=_past_or_future(main), future=False)
        if dated is not None and dated[0] is expr:
            dated = None
        anchor = dated[1] if dated is not None else today
        got = resolve_counted_back(expr, anchor) if anchor is not None else None
        if got is not None:
            return expr, got
    return None


def _bounds_a_span(tok: Token, where: Token) -> bool:
    """A date inside a phrase of "since" or "until" between it and its clause bounds a span
    and dates no act of the clause ("met on Wednesday, the highest-level talks since the
    start of Syria's civil war in 2011, and agreed to keep meeting")."""
    bounds = load_temporal_lexicon().span_bound_words
    t = tok
    for _ in range(12):
        if t.i == where.i or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "prep" and t.lower_ in bounds and t.i != tok.i:
            return True
    return False


def _counts(sent: Span, clause: Token) -> list[tuple[TimeExpression, Token]]:
    """The counts of an after- or before-clause ("a day after", "two days before") with
    its mark: the count hangs on either clause's verb or on the mark."""
    marks = load_temporal_lexicon().event_relative_words
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
    if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.lower_ in marks:
        mark = clause.head  # "a day after severing its ties"
    if mark is None:
        return []
    out = []
    for expr in _time_expressions(sent):
        if expr.kind != "event-relative" or expr.text.split()[-1].lower() != mark.lower_:
            continue
        counted = next((t for t in sent if expr.start <= t.idx - sent.start_char < expr.end and t.dep_ == "npadvmod"), None)
        main = _gerund_main(clause) if mark.i == clause.head.i and clause.dep_ == "pcomp" else clause.head
        if counted is not None and counted.head.i in (clause.i, clause.head.i, mark.i, main.i):
            out.append((expr, mark))
    return out


def _gerund_main(clause: Token) -> Token:
    """The verb a gerund after "after" or "before" counts from: the preposition's head, or
    the verb its count hangs on ("established ties on Sunday, a day after severing ...")."""
    main = clause.head.head
    return main.head if main.dep_ == "npadvmod" and main.head.i != main.i else main


def _own_date(sent: Span, verb: Token, article_date: date | None) -> ResolvedDate | None:
    """A date of the verb's own clause that is no count from another event ("Chile
    expelled Peru's envoy on Monday"), read in the past."""
    for expr in _time_expressions(sent):
        tok = _token_at(sent, expr.start)
        if tok is None or expr.kind not in DATING_KINDS or expr.kind == "event-relative" or clause_of(tok).i != verb.i:
            continue
        got = resolve(expr, article_date=article_date, tense="past")
        if got is not None:
            return got
    return None


def _counted_forward(sent: Span, own: Token, article_date: date | None) -> tuple[TimeExpression, ResolvedDate] | None:
    """"Peru recalled its ambassador a day after Chile expelled its envoy on Monday": the
    main clause counts from the date the after-clause gives its own act (Tuesday), not from
    any other date told."""
    for clause in (c for c in own.children if c.dep_ == "advcl"):
        anchor = _own_date(sent, clause, article_date)
        if anchor is None:
            continue
        for expr, _mark in _counts(sent, clause):
            got = resolve(expr, article_date=article_date, reference=anchor, tense="past")
            if got is not None:
                return expr, got
    return None


def date_event(
    state: ArticleState, ctx: SentenceContext, head: Token, status: Status, statement: bool
) -> tuple[str | None, DatePrecision | None, str]:
    """(date, precision, basis) of the event at ``head``. A ``statement`` (what a speaker
    says now: an intent, an accusation) takes the article's date."""
    verb_tense = tense(head)
    if status is Status.FUTURE and not statement:
        verb_tense = "future"
    here = ctx.offset + ctx.sent.start_char
    if state.sentence_reference[0] != here:
        state.sentence_reference = (here, state.named_date or state.last_date)
    reference = state.sentence_reference[1]
    # a statement takes only a date of its own clause or one above it ("In September
    # 2008, Russia offered to strengthen ties"), never its act's ("pledged on Monday to
    # visit next week" was made on Monday)
    # (a judgement the text voices in a word, "its unlawful programs", is made when the
    # text is, whatever date the acts it judges have)
    found = None if statement and head.pos_ != "VERB" else event_date(
        ctx.sent, head, article_date=state.article_date, reference=reference,
        tense=verb_tense if verb_tense in ("past", "future") else None, future=status is Status.FUTURE,
        own_only=statement, news_day=state.news_day,
    )  # fmt: skip
    if found is not None:
        _, rd = found
        state.last_date, state.named_date = rd, None
        opening = not state.text[state.paragraph_start : here].strip() if state.paragraph_start >= 0 else False
        if opening and not after_article(rd.value, state.article_date):
            # the paragraph's opening sentence sets its time ("In September 2013, ..."); a
            # dated background sentence inside a news paragraph does not ("ties plunged in
            # 2019 ... The United States urged ...": the urging is the news). A date yet to
            # come sets none.
            state.narrative_date = rd
        return rd.value, rd.precision, rd.basis
    if verb_tense == "past" and status is not Status.FUTURE and not statement and reference is not None and not ctx.headline and _in_response(head):
        # "Russia and Georgia fought a war in 2008 ... Tbilisi severed ties with Moscow in
        # response": an answer with no date of its own follows the act told before it
        return reference.value, reference.precision, "event-relative"
    if verb_tense in ("perfect", "past") and status is not Status.FUTURE and not statement and not ctx.headline and (
            since := _since(ctx.sent, head, state.article_date, reference)) is not None:
        # "a ceasefire has largely held since 2003", "have not had ambassadors since 2010":
        # a state that lasts since a date began then (GUIDELINES §6: background keeps its
        # own date, never the article's)
        return since.value, since.precision, since.basis
    narrative = state.narrative_date
    if narrative is not None and state.article_date is not None and state.article_date.isoformat().startswith(narrative.value):
        narrative = None  # the article's own day lies in it: the article dates the act
    if verb_tense == "past" and status is not Status.FUTURE and narrative is not None and not ctx.headline:
        # "In 2010, Morales visited Iran. Iran praised Bolivia's support": a past act told
        # after a dated one in the same paragraph, with no date of its own, happened then;
        # unless a date in a clause it governs is nearer ("supported Russia's position in
        # the 2008 war")
        return _governed_date(state, ctx, head, reference, verb_tense, status) or (narrative.value, narrative.precision, "narrative")
    # news is dated by its article: statements, the present, the past without a date of
    # its own, and a present perfect that reports ("Britain has demanded their release");
    # a present perfect of duration is background ("has provided aid for years", "since 2017")
    lede = ctx.offset <= state.first_body_paragraph
    recent_perfect = verb_tense == "perfect" and (lede or not background(ctx.sent))
    dated_by_article = statement or verb_tense in ("past", "present") or ctx.headline or recent_perfect
    if not statement and _counted_from_nothing(ctx.sent):
        dated_by_article = False  # "Four years later, ...": a date the text counts from an unknown one
    # "over its invasion of Ukraine": an event noun that is no light verb's object is
    # told as background; it has the date the text gives it, or none. Not in a clause in
    # the present: "Canada is unwavering in its support for Japan" holds as reported.
    presupposed = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "its", "their")) for c in head.children)
    # ("signed the deal at the summit between ...": the setting of an act is dated as the act)
    if head.pos_ == "NOUN" and presupposed and not statement and not ctx.headline and verb_tense != "present" and setting_of(head) is None:
        gov = governor(head)
        if gov is None or gov.lemma_.lower() not in ctx.triggers.light_verbs:
            dated_by_article = False
    if dated_by_article and state.occasion is not None:
        # a statement's own acts happened when it was given ("Statement given (27 June 2025)")
        return state.occasion.value, state.occasion.precision, state.occasion.basis
    if dated_by_article and state.news_day is not None and (ctx.headline or (verb_tense != "present" and (verb_tense != "perfect" or lede))):
        # the lead's news day ("France has recalled its ambassadors ... said in a statement
        # late Friday", published on Saturday): the headline's news ("France recalls
        # envoys") and what the text tells as done and dates by nothing else happened then
        # (what it tells in the present holds as it is written; a present perfect is the
        # news only in the lede)
        return state.news_day.value, state.news_day.precision, state.news_day.basis
    if dated_by_article and state.article_date is not None:
        return state.article_date.isoformat(), DatePrecision.DAY, state.date_basis
    if not statement and (inner := _governed_date(state, ctx, head, reference, verb_tense, status)) is not None:
        return inner  # nothing else dates it: the sentence's date in a clause it governs is the nearest
    return None, None, "none"


def _governed_date(state: ArticleState, ctx: SentenceContext, head: Token, reference: ResolvedDate | None,
                   verb_tense: str | None, status: Status) -> tuple[str, DatePrecision, str] | None:  # fmt: skip
    """The date of a clause the event's clause governs ("supported Russia in the 2008
    war"); never a later date than the article's: a background act is not moved into the
    future by it."""
    found = event_date(
        ctx.sent, head, article_date=state.article_date, reference=reference,
        tense=verb_tense if verb_tense in ("past", "future") else None,
        future=status is Status.FUTURE, governed=True,
    )  # fmt: skip
    if found is None or after_article(found[1].value, state.article_date):
        return None
    return found[1].value, found[1].precision, found[1].basis


def _time_expressions(sent: Span) -> list[TimeExpression]:
    """The time expressions of the sentence. (Its text is sliced from the Doc's, kept once
    per Doc: ``doc_text``.)"""
    return find_time_expressions(doc_text(sent.doc)[sent.start_char : sent.end_char])


def _counted_from_nothing(sent: Span) -> bool:
    """The sentence dates its act from another event's date it does not give ("Four
    years later", "two years earlier") and none was told before (else event_date
    resolved it)."""
    # ("a week after Venezuela expelled ...": a preposition names its reference event)
    return any(expr.kind == "event-relative" and expr.text.split()[-1].lower() not in ("after", "before")
               for expr in _time_expressions(sent))  # fmt: skip


def background(sent: Span) -> bool:
    """A sentence of duration or habit: "for years", "since 2017", "in recent years", "long"."""
    if any(e.kind in ("since", "vague", "until") for e in _time_expressions(sent)):
        return True
    words = load_temporal_lexicon().background_words
    return any(t.lower_ in words for t in sent)


def tense(tok: Token) -> str | None:
    """"past", "present", "perfect", "future" or None, from the verb that carries ``tok``."""
    verb = tok
    # "recalled its ambassador to protest the visit": a purpose infinitive shares its verb's time
    for _ in range(3):
        if verb.pos_ == "VERB" and verb.dep_ in ("advcl", "xcomp") and has_to(verb):
            verb = verb.head
        else:
            break
    # "denied the accusation, ... accusing Kinshasa of collaborating": a participle clause
    # beside a verb in the simple past is past too (not beside a perfect of duration: "ties
    # have been prolific, the former providing for its security" stays background)
    # ("responded by ordering tariffs": a gerund telling the means too; not "accused Minsk
    # of steering migrants", whose act is the accusation's object, with a time of its own)
    lead = verb
    for _ in range(3):
        if lead.i != verb.i and lead.pos_ == "VERB" and lead.dep_ in ("advcl", "xcomp") and has_to(lead):
            lead = lead.head  # (the participle hung on an infinitive: "ordered the envoy to return home, accusing")
            continue
        if lead.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in lead.children):
            break
        if lead.dep_ in ("advcl", "conj"):
            lead = lead.head
        elif lead.dep_ == "pcomp" and lead.head.lower_ == "by" and lead.head.head.pos_ == "VERB":
            lead = lead.head.head
        else:
            break
    if lead.i != verb.i:
        own = [c for c in lead.children if c.dep_ in ("aux", "auxpass")]
        # (a conjunct shares its first verb's auxiliaries: "has recalled ... and ordered")
        shared = [c for c in lead.head.children if c.dep_ in ("aux", "auxpass")] if (
            not own and lead.dep_ == "conj" and lead.head.pos_ == "VERB") else []
        present_perfect = any(c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in (*own, *shared))
        if lead.tag_ == "VBD" and not any(c.lemma_ == "have" for c in own) and not present_perfect:
            return "past"
        # "Kenya has recalled its ambassador ..., accusing its neighbour of ...": beside a
        # present perfect of an act, the participle reports with it (a state's perfect,
        # "ties have been prolific, the former providing ...", stays background)
        if present_perfect and lead.tag_ in ("VBN", "VBD") and lead.lemma_ not in ("be", "have", "remain"):
            return "perfect"
    tok = verb if verb.i != tok.i else tok
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.pos_ in ("ADJ", "VERB"):
        # "France is concerned about", "the E3 are worried by": the copula's time
        verb = tok = tok.head
    if tok.pos_ == "NOUN":
        v = tok.head
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX"):
                break
            v = v.head
        # "is unwavering in its support": a participle after a copula takes its time
        if v.dep_ == "acomp" and v.tag_ in ("VBG", "VBN", "JJ") and v.head.lemma_ == "be":
            v = v.head
        # "continues to stand in support of": the infinitive takes its governor's time
        for _ in range(3):
            if v.pos_ == "VERB" and v.dep_ in ("advcl", "xcomp") and has_to(v):
                v = v.head
            else:
                break
        verb = v
        if v.tag_ == "VBG" and v.pos_ == "VERB" and (found := tense(v)) is not None:
            return found  # "responded by ordering tariffs": the gerund's time
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    if any(a.lemma_ == "have" for a in auxes) and verb.tag_ == "VBN":
        # "had recalled its ambassador on Wednesday": the past perfect is a past (its
        # weekday lies before the report), the present perfect a perfect
        return "past" if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes) else "perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and not auxes:
        return "past"  # "Russia, which has peacekeepers there, called on ...": the main verb misparsed
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp") and not auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # "Josep Borrell, the EU foreign policy chief, condemned Russia": a past the tagger read as a participle
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.tag_ == "VBG" and verb.dep_ in ("ROOT", "conj") and any(a.lemma_ == "be" for a in auxes):
        return "present"
    # "The E3 reiterate ... and call on": a base form with its own subject and no
    # auxiliary is a present the tagger misread (VB for VBP), as is its conjunct
    lead = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    base = verb.tag_ == "VB" and not auxes and lead.tag_ == "VB"
    if base and not any(c.dep_ in ("aux", "auxpass") for c in lead.children) and any(c.dep_ == "nsubj" for c in lead.children):
        return "present"
    return None


def _past_or_future(verb: Token) -> str | None:
    found = tense(verb)
    return found if found in ("past", "future") else None


def after_article(value: str | None, article_date: date | None) -> bool:
    """Whether a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) lies wholly after the
    article's own date, at the precision the date has."""
    if not value or article_date is None:
        return False
    here = article_date.isoformat()[: len(value)]
    return value > here


def told_as_done(head: Token) -> bool:
    """A verb the text narrates in the simple past, itself or through the clause it is the
    infinitive or participle of: "before the two governments agreed a ceasefire the
    following day", "became the first Australian leader to visit Beijing", "published a
    draft ..., prompting NATO to protest". Done, whatever date its time words resolve to
    (GUIDELINES §4: asserted is what the article reports as having happened); not a noun
    ("the Foreign Secretary's visit tomorrow") nor an arrangement ("had been due to host
    talks on Tuesday", "is due in Managua on Tuesday")."""
    if head.pos_ != "VERB":
        return False
    t = head
    for _ in range(4):
        if t.tag_ == "VBD" and t.pos_ in ("VERB", "AUX"):
            return True
        if t.tag_ in ("VBZ", "VBP", "MD") or any(c.dep_ == "aux" for c in t.children if c.i < t.i and c.lower_ != "to"):
            return False  # (a clause with its own tense or modal: "will call", "is visiting")
        if t.dep_ not in ("xcomp", "advcl", "acl", "relcl", "attr", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_response(head: Token) -> bool:
    """The act is told as an answer: "severed ties in response", "in retaliation"."""
    nouns = load_commitment().response_nouns
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in nouns and not list(p.children) for p in c.children)
               for c in head.children)  # fmt: skip


def _since(sent: Span, head: Token, article_date: date | None, reference: ResolvedDate | None) -> ResolvedDate | None:
    """The date a "since" phrase of the event's own clause gives its start."""
    own = clause_of(head)
    for expr in _time_expressions(sent):
        tok = _token_at(sent, expr.start)
        if expr.kind == "since" and tok is not None and clause_of(tok).i == own.i:
            return resolve(expr, article_date=article_date, reference=reference, tense="past")
    return None


def note_named_date(state: ArticleState, start: int, end: int, dated_before: ResolvedDate | None) -> None:
    """After a sentence that dated no event (``state.last_date`` is still ``dated_before``),
    remember the last date with a year it names ("after the 2013 coup"): a later "that
    year" or "in November of that year" counts from it."""
    if state.last_date is not dated_before:
        return
    for expr in reversed(find_time_expressions(state.text[start:end])):
        if expr.kind in ("absolute", "range") and expr.reading is not None and expr.reading.year is not None:
            state.named_date = resolve(expr, article_date=state.article_date)
            return
