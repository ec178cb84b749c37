"""The coder: one Article in, its Events out. Orchestrates the pipeline steps.

    article -> sections & paragraphs (nlp) -> actor mentions (actors) -> event candidates
    (events) -> status, section, date, place (annotate) -> Event records

Public API (stable, used by the CLI, the store, the evaluation and Dask workers):

    coder = Coder(settings)          # cheap; the model loads on first use
    events = coder.code(article)     # list[Event]
    for article, result in coder.code_many(articles): ...  # result: list[Event] | DyadwatchError

This module only wires the steps together; each rule lives in the step it belongs to.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .actors.discourse import Discourse, Referent
from .actors.people import person_spans
from .annotate import dates as dates_mod
from .annotate.places import gazetteer_loaded, lookup_place
from .annotate.quotes import Quote, find_quotes, quote_at
from .annotate.section import SectionMap, section_map
from .annotate.status import StatusReading, headline_future, read_status
from .codebook import Codebook, load_codebook
from .errors import DyadwatchError, EmptyInputError, TimeBudgetError, TooLargeError
from .events.arguments import Resolver, SentenceContext, _in_subject, conjuncts, mention_head
from .events.extract import Candidate, _governor, fill, generic_group, match_triggers, subject_of
from .events.lexicon import TriggerLexicon, load_triggers
from .events.prepass import worth_parsing
from .events.speech import load_speech
from .events.timing import event_date
from .events.voice import (
    has_intent_marker,
    is_official_publisher,
    load_voice,
    voice_events,
)
from .nlp.pipeline import load_pipeline, load_splitter
from .nlp.segment import paragraphs, sentence_case
from .records import ActorRef, Article, DatePrecision, Event, Location, Status
from .settings import Settings, from_env

if TYPE_CHECKING:
    from spacy.tokens import Span, Token



@dataclass(frozen=True, slots=True)
class _Skipped:
    """A sentence the pre-pass did not parse: its span in the full text."""

    start: int
    end: int


@dataclass
class _Plan:
    """An article ready for the parse: its state, its units and the texts to parse."""

    name: str
    state: _ArticleState
    units: list[list[Any]]  # per paragraph: ("parse", offset, index into texts) or _Skipped
    texts: list[str]
    chars: int
    spent: float  # seconds charged to the document's time budget so far


@dataclass
class _ArticleState:
    article: Article
    text: str
    sections: SectionMap
    quotes: list[Quote]
    disc: Discourse
    article_date: date | None
    date_basis: str
    mentions: list[Any]
    first_body_paragraph: int = 0  # offset of the first body paragraph (the lede)
    events: list[Any] = field(default_factory=list)  # (antecedents) events coded so far
    last_date: dates_mod.ResolvedDate | None = None


class Coder:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or from_env()
        self._lexicon: Any = None
        self._deadline: float | None = None
        self._doc_name = ""

    # -- resources (loaded once, on first use) ---------------------------------------
    @property
    def nlp(self) -> Any:
        return load_pipeline(self.settings.model)

    @property
    def actors(self) -> Any:
        if self._lexicon is None:
            from .actors.lexicon import load_lexicon

            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def triggers(self) -> TriggerLexicon:
        return load_triggers()

    @property
    def codebook(self) -> Codebook:
        return load_codebook()

    @property
    def version(self) -> str:
        return f"{self.codebook.version}+{self.triggers.version}+{getattr(self.actors, 'version', 'actors')}"

    def load(self) -> Coder:
        """Load the model and the dictionaries now (they otherwise load on first use)."""
        load_pipeline(self.settings.model)
        _ = self.actors, self.triggers, self.codebook
        return self

    # -- public ----------------------------------------------------------------------
    def code(self, article: Article) -> list[Event]:
        """Code one article. Raises InputError subclasses for unusable documents."""
        return self._code_planned(self._prepare(article))

    def _code_planned(self, plan: _Plan) -> list[Event]:
        """Parse one prepared article on its own and finish it, within its time budget."""
        self._start_clock(plan)
        docs = []
        # checked doc by doc: the budget bounds a long document's parse too
        for doc in self._pipe(plan.texts):
            docs.append(doc)
            self._check_budget()
        return self._finish(plan, docs)

    def code_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event] | DyadwatchError]]:
        """Code many articles, in order; a bad one yields its error and the batch goes on.

        The sentences of several articles are parsed in one ``nlp.pipe`` stream, which
        batches better than an article at a time; a long article is parsed on its own,
        so that its time budget is checked as the parse goes.
        """
        batch: list[tuple[Article, _Plan | DyadwatchError]] = []
        pieces = 0
        for article in articles:
            try:
                plan: _Plan | DyadwatchError = self._prepare(article)
            except DyadwatchError as exc:
                plan = exc
            if isinstance(plan, _Plan) and plan.chars > _ALONE_CHARS:
                yield from self._code_batch(batch)
                batch, pieces = [], 0
                yield from self._code_alone(article, plan)
                continue
            batch.append((article, plan))
            pieces += len(plan.texts) if isinstance(plan, _Plan) else 0
            if pieces >= _BATCH_PIECES:
                yield from self._code_batch(batch)
                batch, pieces = [], 0
        yield from self._code_batch(batch)

    def _code_alone(self, article: Article, plan: _Plan) -> Iterator[tuple[Article, list[Event] | DyadwatchError]]:
        try:
            events: list[Event] | DyadwatchError = self._code_planned(plan)
        except DyadwatchError as exc:
            events = exc
        yield article, events

    def _code_batch(self, batch: list[tuple[Article, _Plan | DyadwatchError]]) -> Iterator[tuple[Article, list[Event] | DyadwatchError]]:
        plans = [p for _, p in batch if isinstance(p, _Plan)]
        started = time.monotonic()
        try:
            docs = list(self._pipe([t for p in plans for t in p.texts]))
        except Exception:
            # whatever broke the shared parse, it must cost one article, not the batch
            for article, plan in batch:
                if isinstance(plan, DyadwatchError):
                    yield article, plan
                else:
                    yield from self._code_alone(article, plan)
            return
        # each article is charged its share of the batch's parse, by characters
        parse_seconds = time.monotonic() - started
        chars = sum(p.chars for p in plans) or 1
        k = 0
        for article, plan in batch:
            if isinstance(plan, DyadwatchError):
                yield article, plan
                continue
            mine, k = docs[k : k + len(plan.texts)], k + len(plan.texts)
            plan.spent += parse_seconds * plan.chars / chars
            self._start_clock(plan)
            try:
                events: list[Event] | DyadwatchError = self._finish(plan, mine)
            except DyadwatchError as exc:
                events = exc
            yield article, events

    def _start_clock(self, plan: _Plan) -> None:
        """From now on the budget checks are this article's: what is left of its budget."""
        budget = self.settings.document_time_budget
        self._deadline = time.monotonic() + budget - plan.spent if budget else None
        self._doc_name = plan.name

    def _pipe(self, texts: list[str]) -> Iterator[Any]:
        disabled = [] if self.settings.use_ner or "ner" not in self.nlp.pipe_names else ["ner"]
        return self.nlp.pipe(texts, batch_size=self.settings.batch_size, disable=disabled)

    def _prepare(self, article: Article) -> _Plan:
        """Everything before the parse: checks, mentions, quotes, and which text to parse."""
        name = article.origin or article.id
        text = article.full_text
        if not text.strip():
            raise EmptyInputError(name, "the document is empty")
        if len(text.encode("utf-8", "ignore")) > self.settings.max_document_bytes:
            raise TooLargeError(name, f"the document is larger than {self.settings.max_document_bytes} bytes (DYADWATCH_MAX_DOCUMENT_BYTES)")
        self.load()  # once per process; not charged to the document's time budget
        started = time.monotonic()  # the time from here on is charged (Plan.spent)
        state = self._start(article, text)
        paras = paragraphs(text, article.headline_end)
        body = [p for p in paras if p.start >= article.headline_end and len(p.text.split()) > 8]
        state.first_body_paragraph = body[0].start if body else 0
        units, texts = self._plan(state, paras)
        return _Plan(name, state, units, texts, sum(map(len, texts)), time.monotonic() - started)

    def _finish(self, plan: _Plan, docs: list[Any]) -> list[Event]:
        """Everything after the parse: sentences, events, status, dates, places."""
        state = plan.state
        events: list[Event] = []
        for units in plan.units:
            units = [u if isinstance(u, _Skipped) else (u[1], docs[u[2]]) for u in units]
            # speakers first: "“...,” said Secretary Yellen" names the quote's speaker after it
            contexts: list[SentenceContext | _Skipped] = []
            for unit in units:
                if isinstance(unit, _Skipped):
                    contexts.append(unit)
                    continue
                offset, doc = unit
                contexts.extend(self._context(state, sent, offset) for sent in doc.sents)
            for ctx in contexts:
                if isinstance(ctx, SentenceContext):
                    self._register_people(ctx)
                    self._register_speakers(state, ctx)
            for ctx in contexts:
                if isinstance(ctx, SentenceContext):
                    events.extend(self._sentence(state, ctx))
                else:
                    self._remember_unparsed(state, ctx.start, ctx.end)
                state.disc.next_sentence()
                self._check_budget()
        return _dedupe(events)

    # -- article ---------------------------------------------------------------------
    def _start(self, article: Article, text: str) -> _ArticleState:
        publisher = None
        if is_official_publisher(article.source):
            found = self.actors.find_mentions(article.source or "")
            publisher = next((m.country for m in found if m.country), None)
        if article.date is not None:
            adate, basis = article.date, "article"
        else:
            inferred = dates_mod.infer_article_date(text)
            adate = inferred.start() if inferred and inferred.precision is DatePrecision.DAY else None
            basis = "inferred-article"
        paras = paragraphs(text, article.headline_end)
        quotes = find_quotes(text, [(p.start, p.end) for p in paras])
        mentions = sorted(self.actors.find_mentions(text), key=lambda m: m.start)
        return _ArticleState(
            article=article, text=text, sections=section_map(text, article.headline_end), quotes=quotes,
            disc=Discourse(frozenset(self.actors.igo_names), publisher=publisher), article_date=adate, date_basis=basis, mentions=mentions,
        )  # fmt: skip

    def _plan(self, state: _ArticleState, paras: list[Any]) -> tuple[list[list[Any]], list[str]]:
        """What to parse: per paragraph, ("parse", offset, index into the texts) units and
        skipped (start, end) spans; and the texts to parse.

        Without the pre-pass each paragraph is one Doc. With it, a rule-based splitter
        cuts paragraphs into sentences and only those that can hold an event are parsed;
        the others are kept as spans for the discourse memory. Text with no sentence
        breaks is cut into bounded pieces, so no parse grows without limit.
        """
        texts = [self._parse_text(state, p) for p in paras]
        starts = [m.start for m in state.mentions]
        plan: list[list[Any]] = []
        wanted: list[str] = []
        splitter = load_splitter() if self.settings.prepass else None
        for para, text in zip(paras, texts, strict=True):
            units: list[Any] = []
            if splitter is None:
                spans = [(0, len(text))]
            else:
                # the splitter is a tokenizer: keep what it is handed bounded too
                spans = [(a + s.start_char, a + s.end_char) for a, b in _chunks(text, _MAX_PIECE) for s in splitter(text[a:b]).sents]
            for a, b in spans:
                for c0, c1 in _chunks(text[a:b], _MAX_PIECE if splitter is None else _MAX_SENTENCE):
                    s0, s1 = para.start + a + c0, para.start + a + c1
                    piece = text[a + c0 : a + c1]
                    lo, hi = bisect_left(starts, s0), bisect_left(starts, s1)
                    voiced = state.disc.publisher is not None or quote_at(state.quotes, s0) is not None or load_speech().voiced.search(piece) is not None
                    if splitter is None or worth_parsing(piece, state.mentions[lo:hi], voiced=voiced):
                        units.append(("parse", s0, len(wanted)))
                        wanted.append(piece)
                    else:
                        units.append(_Skipped(s0, s1))
            plan.append(units)
        return plan, wanted

    def _check_budget(self) -> None:
        if self._deadline is not None and time.monotonic() > self._deadline:
            budget = self.settings.document_time_budget
            raise TimeBudgetError(self._doc_name, f"coding took longer than the {budget:g} s budget (DYADWATCH_DOCUMENT_TIME_BUDGET)")

    def _remember_unparsed(self, state: _ArticleState, start: int, end: int) -> None:
        """A sentence the pre-pass skipped still tells the discourse which states it named."""
        headline = start < state.article.headline_end
        for m in state.mentions:
            if start <= m.start < end and m.country:
                state.disc.remember(m.country, headline=headline)

    @staticmethod
    def _parse_text(state: _ArticleState, para: Any) -> str:
        """The text handed to the parser: a headline in sentence case, closed by a full stop."""
        if para.start >= state.article.headline_end:
            return _break_long_runs(para.text)
        keep = [(m.start, m.end) for m in state.mentions]
        text = _break_long_runs(sentence_case(para.text, keep, para.start))
        return text if text.rstrip()[-1:] in ".!?:" else text + "."

    # -- sentence --------------------------------------------------------------------
    def _context(self, state: _ArticleState, sent: Span, offset: int) -> SentenceContext:
        s0, s1 = offset + sent.start_char, offset + sent.end_char
        tok_mention: dict[int, Any] = {}
        quote_of: dict[int, Quote | None] = {}
        mentions = [m for m in state.mentions if m.start < s1 and m.end > s0]
        for tok in sent:
            c = offset + tok.idx
            for m in mentions:
                if m.start <= c < m.end:
                    tok_mention[tok.i] = m
                    break
            quote_of[tok.i] = quote_at(state.quotes, c)
        persons: dict[int, tuple[int, int]] = {}
        for start, end in self._person_spans(sent, tok_mention):
            for i in range(start, end):
                persons[i] = (start, end)
        headline = s0 < state.article.headline_end
        ctx = SentenceContext(sent, offset, tok_mention, quote_of, state.disc, self.actors, headline, persons)
        triggers = self.triggers
        ctx.noun_trigger = lambda tok: bool(triggers.candidates("noun", tok.lemma_.lower()))
        ctx.triggers = triggers
        return ctx

    def _sentence(self, state: _ArticleState, ctx: SentenceContext) -> list[Event]:
        sent = ctx.sent
        self._preresolve(ctx)
        out: list[Event] = []
        fired: set[int] = set()
        for trig, tok in match_triggers(sent, self.triggers):
            cand = fill(trig, tok, ctx)
            if cand is None:
                continue
            fired.add(tok.i)
            made = self._events(state, ctx, cand)
            state.events.extend((tok.lemma_.lower(), e) for e in made)
            out.extend(made)
        out.extend(self._voice(state, ctx, fired))
        self._remember(ctx)
        return out

    def _person_spans(self, sent: Span, mentions: dict[int, Any]) -> list[tuple[int, int]]:
        """People's names: the statistical NER's when it ran, else the rule-based finder."""
        if self.settings.use_ner and sent.doc.has_annotation("ENT_IOB"):
            return [(e.start, e.end) for e in sent.ents if e.label_ == "PERSON"]
        return person_spans(sent, mentions, self.actors)

    def _register_people(self, ctx: SentenceContext) -> None:
        """People introduced with a country ("Japanese Foreign Minister Koichiro Gemba"),
        and where each is named, so that "he" finds the person named last before it."""
        sent = ctx.sent
        res = Resolver(ctx)
        for m in {id(m): m for m in ctx.mentions.values()}.values():
            if getattr(m, "kind", "") == "person" and m.country:
                ctx.disc.add_person(m.text, m.country, m.sector or "GOV", offset=m.start)
        for start, end in sorted(set(ctx.persons.values())):
            ent = sent.doc[start:end]
            offset = ctx.char(ent[0])
            country = None
            sector = None
            # look left through the title words of the same noun phrase
            i = ent.start - 1
            steps = 0
            while i >= sent.start and steps < 12:
                t = sent.doc[i]
                if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")") or t.lower_ in ("and", "while", "said"):
                    break
                if i in ctx.mentions and ctx.mentions[i].country:
                    refs = res.actors(t)
                    if refs:
                        country = refs[0].country
                        break
                s = self.actors.sector_of(t.lemma_.lower())
                sector = sector or s
                i -= 1
                steps += 1
            if country is not None:
                ctx.disc.add_person(ent.text, country, sector or "GOV", offset=offset)
            elif (person := ctx.disc.find_person(ent.text)) is not None:
                ctx.disc.seen_person(person, offset)  # "Gemba" after "Koichiro Gemba"

    def _preresolve(self, ctx: SentenceContext) -> None:
        """Resolve references ("the country", "the former") in reading order, so later words see them."""
        res = Resolver(ctx)
        done: set[int] = set()
        for i, m in sorted(ctx.mentions.items()):
            if id(m) in done or getattr(m, "kind", "") not in ("anaphor", "description"):
                continue
            done.add(id(m))
            head = mention_head(ctx.sent.doc[i], ctx)
            res.actors(head)

    def _register_speakers(self, state: _ArticleState, ctx: SentenceContext) -> None:
        """Who speaks the quotes this sentence introduces ("X stated: '...'", "'...,' he said")."""
        res = Resolver(ctx)
        s0 = ctx.offset + ctx.sent.start_char
        s1 = ctx.offset + ctx.sent.end_char
        for tok in ctx.sent:
            if tok.lemma_.lower() not in load_speech().speaker_verbs or tok.pos_ not in ("VERB",):
                continue
            if ctx.quote_of.get(tok.i) is not None:
                continue
            speakers = [a for s in subject_of(tok) for a in res.actors(s)]
            if not speakers:
                continue
            speaker = speakers[0]
            # quotes that start in this sentence or in the paragraph(s) this sentence introduces
            for q in state.quotes:
                if q.start in state.disc.quote_speakers:
                    continue
                if s0 <= q.start <= s1 + 2 or (q.colon_speech and s0 <= q.intro_start <= s1) or (q.end >= s0 - 2 and q.end <= s1 and q.start < s0):
                    state.disc.quote_speakers[q.start] = speaker

    # -- events ----------------------------------------------------------------------
    def _events(self, state: _ArticleState, ctx: SentenceContext, cand: Candidate) -> list[Event]:
        sources, targets = cand.sources, cand.targets
        rule = cand.rule
        conf = cand.confidence
        if not targets and len({s.country for s in sources}) >= 2 and cand.symmetric:
            sources, targets = sources[:1], sources[1:]
            rule += "+coord"
        if not sources and cand.trigger.pos == "verb":
            subj = subject_of(cand.head)
            if generic_group(subj) and cand.symmetric:
                ranked = state.disc.ranked()
                if len(ranked) >= 2:
                    sources = [Referent(ranked[0], "GOV", subj[0].text, ctx.char(subj[0]), ctx.char(subj[0]) + len(subj[0].text), "group", 0.5)]
                    targets = [Referent(ranked[1], "GOV", subj[0].text, sources[0].start, sources[0].end, "group", 0.5)]
                    rule += "+group"
        if not sources and targets and self._publisher_acts(state, ctx, cand, targets):
            pub = state.disc.publisher or ""
            sources = [Referent(pub, "GOV", "", ctx.char(cand.head), ctx.char(cand.head), "publisher", 0.5)]
            rule += "+publisher"
        if sources and not targets and cand.target_named:
            # "Beijing criticised the deal": a definite event noun points back at an event
            # the article coded; its parties are the target
            antecedent = self._antecedent_event(state, ctx, cand, {s.country for s in sources})
            if antecedent:
                targets = antecedent
                rule += "+antecedent"
                conf = min(conf, 0.6)
        if sources and not targets and not cand.target_named and cand.trigger.implicit_target:
            implicit = self._implicit_target(state, ctx, cand, {s.country for s in sources})
            if implicit is not None:
                targets = [implicit]
                rule += "+implicit"
                conf = min(conf, 0.5)
        if not sources or not targets:
            return []
        out: list[Event] = []
        seen_pairs: set[tuple[str, str]] = set()
        for s in sources:
            for t in targets:
                if s.country == t.country:
                    continue
                key = (s.country, t.country)
                if cand.symmetric and (t.country, s.country) in seen_pairs:
                    continue
                if key in seen_pairs:
                    continue
                seen_pairs.add(key)
                out.extend(self._make(state, ctx, cand, s, t, rule, conf))
        return out

    @staticmethod
    def _publisher_acts(state: _ArticleState, ctx: SentenceContext, cand: Candidate, targets: list[Referent]) -> bool:
        """In an official statement an act with no named agent is the publisher's own:
        "India was asked to waive ..." (a passive), "the sanctions levied today" (16, 10)."""
        pub = state.disc.publisher
        if pub is None or pub in {t.country for t in targets} or ctx.quote_of.get(cand.head.i) is not None:
            return False
        if cand.trigger.pos == "verb":
            return _passive(cand.head)
        return cand.code[:2] in ("16", "10")

    def _antecedent_event(self, state: _ArticleState, ctx: SentenceContext, cand: Candidate, exclude: set[str]) -> list[Referent]:
        for tok in cand.target_tokens:
            if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in tok.children):
                continue
            lemma = tok.lemma_.lower()
            generic = lemma in self.triggers.event_nouns
            entries = self.triggers.candidates("noun", lemma)
            if not generic and not entries:
                continue
            roots = {e.code[:2] for e in entries}
            for prev_lemma, prev in reversed(state.events):
                # the same word, or an event of the same kind that happened (not one planned)
                if prev_lemma == lemma or ((generic or prev.root in roots) and prev.status is Status.ASSERTED):
                    sides = [prev.source] + ([prev.target] if prev.symmetric else [])
                    start = ctx.char(tok)
                    return [
                        Referent(a.country, a.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6)
                        for a in sides if a.country not in exclude
                    ]
        return []

    def _implicit_target(self, state: _ArticleState, ctx: SentenceContext, cand: Candidate, exclude: set[str]) -> Referent | None:
        """A target the sentence leaves implicit: the state the sentence is about."""
        best: tuple[float, int, str] | None = None
        # dictionary mentions first, then references resolved in this sentence
        for i in [*ctx.mentions, *(i for i in ctx.resolved if i not in ctx.mentions)]:
            code = ctx.known(i)
            if code is None or code in exclude:
                continue
            score = 2.0 if _in_subject(ctx.sent.doc[i]) else 1.0
            if best is None or score > best[0]:
                best = (score, i, code)
        if best is not None:
            t = ctx.sent.doc[best[1]]
            return Referent(best[2], None, t.text, ctx.char(t), ctx.char(t) + len(t.text), "implicit", 0.5)
        topic = state.disc.topic(exclude)
        if topic is not None:
            return Referent(topic, None, "", ctx.char(cand.head), ctx.char(cand.head), "topic", 0.4)
        return None

    def _make(self, state: _ArticleState, ctx: SentenceContext, cand: Candidate, s: Referent, t: Referent,
              rule: str, conf: float) -> list[Event]:
        head = cand.head
        reading = read_status(head)
        if reading.status is Status.ASSERTED and ctx.headline and headline_future(head):
            reading = StatusReading(Status.FUTURE, "to")
        code = cand.code
        # "the withholding of EU financial assistance": a cut, not a gift
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in self.triggers.reversal_nouns:
            reversed_code = self.triggers.reversal_codes.get(code[:2])
            if reversed_code:
                code, rule = reversed_code, rule + "+reversed"
        status = reading.status
        symmetric = cand.symmetric
        if reading.negated and cand.trigger.negated_code:
            # "India did not agree": a rejection, with one side acting
            code, status, symmetric = cand.trigger.negated_code, Status.ASSERTED, False
            rule += "+negated"
        speaker = ctx.speaker_for(head)
        attributed = None
        if speaker is not None:
            attributed = speaker
            if status is Status.ASSERTED and not (s.country == speaker.country and code[:2] in load_speech().verbal_roots):
                status = Status.CLAIMED
        elif (source_of_report := self._according_to(ctx, head)) is not None:
            # "..., according to Iranian state media": only what the named source says
            attributed = source_of_report
            if status is Status.ASSERTED:
                status = Status.CLAIMED
        else:
            reporter = self._reported_by(ctx, head, s, code)
            if reporter is not None:
                attributed = reporter
                if status is Status.ASSERTED:
                    status = Status.CLAIMED
        if attributed is not None and not attributed.country:
            attributed = None  # an unnamed source ("according to officials") makes it claimed, names no one
        events = [self._record(state, ctx, head, s, t, code, status, rule, conf, symmetric, attributed)]
        root = code[:2]
        # a promise of cooperation said now is itself an asserted event (GUIDELINES §4)
        intent_code = load_voice().intent_codes.get(root)
        if status is Status.FUTURE and intent_code is not None and (
            has_intent_marker(head) or cand.trigger.intent or (speaker is not None and speaker.country == s.country)
        ):
            events.append(self._record(state, ctx, head, s, t, intent_code, Status.ASSERTED,
                                       f"intent/{rule}", conf, False, attributed, statement=True))
        # a political speaker who reports another actor's hostile act accuses that actor
        # (GUIDELINES §4: "the accusation itself is asserted, 11; the attacks it describes
        # are claimed"); the quote's speaker, or the subject of "X said that ..."
        if status is Status.CLAIMED and attributed is not None and root in load_speech().hostile_roots and attributed.country != s.country:
            kind = "victim-accuses" if t.country == attributed.country else "speaker-accuses"
            events.append(self._record(state, ctx, head, attributed, s, "112", Status.ASSERTED,
                                       f"{kind}/{rule}", conf, False, attributed, statement=True))
        return events

    def _according_to(self, ctx: SentenceContext, head: Token) -> Referent | None:
        """The source named by "according to X" in the trigger's clause or above it."""
        t = head
        res = Resolver(ctx)
        for _ in range(12):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    for to in c.children:
                        for pobj in (x for x in to.children if x.dep_ == "pobj"):
                            refs = res.actors(pobj)
                            text = pobj.text
                            return refs[0] if refs else Referent("", None, text, ctx.char(pobj), ctx.char(pobj) + len(text), "source", 0.5)
            if t.head.i == t.i:
                break
            t = t.head
        return None

    def _reported_by(self, ctx: SentenceContext, head: Token, source: Referent, code: str) -> Referent | None:
        """"X said that Y attacked Z": Y's act is X's claim, and so is X's own act unless
        saying it performs it ("X said it supports ...")."""
        t = head
        res = Resolver(ctx)
        while t.head.i != t.i:
            if t.dep_ in ("ccomp",) and t.head.lemma_.lower() in load_speech().speaker_verbs:
                speakers = [a for s in subject_of(t.head) for a in res.actors(s)]
                if not speakers:
                    return None
                if speakers[0].country != source.country:
                    return speakers[0]
                # a government announcing its own act does it ("announced that Canada is
                # providing $306 million"); saying it did something only claims it
                performative = t.head.lemma_.lower() in load_speech().performative_verbs or code[:2] in load_speech().verbal_roots
                return None if performative else speakers[0]
            t = t.head
        return None

    def _voice(self, state: _ArticleState, ctx: SentenceContext, fired: set[int]) -> list[Event]:
        root = ctx.sent.root
        quote = ctx.quote_of.get(root.i)
        voice = state.disc.quote_speakers.get(quote.start) if quote is not None else None
        if voice is None and quote is None:
            # "“The DPRK must abandon ...”, affirmed Mogherini": the sentence's speaker
            if root.lemma_.lower() in load_speech().speaker_verbs:
                voice = self._root_speaker(ctx)
            # an official statement speaks in its publisher's voice
            if voice is None and state.disc.publisher is not None:
                pub = state.disc.publisher
                voice = Referent(pub, "GOV", "", ctx.char(root), ctx.char(root), "publisher", 0.5)
        if voice is None:
            return []
        out: list[Event] = []
        tokens = [t for t in ctx.sent if t.i not in fired]
        for ve in voice_events(ctx, tokens):
            if ve.agent.country == voice.country:
                continue
            # "X should abandon ...": the modal is the demand itself; what governs the
            # clause ("said", "could say") decides whether the demand was made
            demand = ve.code == "100"
            reading = read_status(ve.head.head) if demand and ve.head.head.i != ve.head.i else (
                StatusReading(Status.ASSERTED, None) if demand else read_status(ve.head))
            if reading.status not in (Status.ASSERTED,):
                continue
            cand_rule = ve.rule
            out.append(self._record(state, ctx, ve.head, voice, ve.agent, ve.code, Status.ASSERTED, cand_rule,
                                    min(0.6, ve.agent.confidence), False, voice if voice.kind != "publisher" else None, statement=True))
        return out

    def _root_speaker(self, ctx: SentenceContext) -> Referent | None:
        res = Resolver(ctx)
        for s in subject_of(ctx.sent.root):
            refs = res.actors(s)
            if refs:
                return refs[0]
        return None

    def _record(self, state: _ArticleState, ctx: SentenceContext, head: Token, s: Referent, t: Referent, code: str,
                status: Status, rule: str, conf: float, symmetric: bool, attributed: Referent | None,
                statement: bool = False) -> Event:
        cb = self.codebook
        entry = cb[code] if code in cb else cb[code[:2]]
        trig_start = ctx.char(head)
        section = state.sections.section_at(trig_start)
        sent_start = ctx.offset + ctx.sent.start_char
        # evidence comes from the article's own text (a headline was re-cased for parsing)
        sent_end = min(ctx.offset + ctx.sent.end_char, len(state.text))
        sentence = state.text[sent_start:sent_end].replace("\n", " ").rstrip()
        trigger_text = state.text[trig_start : trig_start + len(head.text)]
        date_value, precision, basis = self._date(state, ctx, head, status, statement)
        return Event(
            doc=state.article.id,
            source=_actor(s),
            target=_actor(t),
            cameo=entry.code,
            root=entry.root,
            plover=cb.plover_for(entry.code),
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
            status=status,
            section=section,
            date=date_value,
            date_precision=precision,
            date_basis=basis,
            sentence=sentence,
            sentence_start=sent_start,
            trigger_text=trigger_text,
            trigger_start=trig_start,
            trigger_end=trig_start + len(head.text),
            rule=rule,
            confidence=conf,
            codebook_version=self.version,
            symmetric=symmetric,
            location=self._located(ctx, head),
            attributed_to=_actor(attributed) if attributed is not None else None,
        )

    # -- dates and places --------------------------------------------------------------
    def _date(self, state: _ArticleState, ctx: SentenceContext, head: Token, status: Status,
              statement: bool) -> tuple[str | None, DatePrecision | None, str]:
        tense = _tense(head)
        if status is Status.FUTURE and not statement:
            tense = "future"
        found = event_date(ctx.sent, head, article_date=state.article_date, reference=state.last_date,
                           tense=tense if tense in ("past", "future") else None, future=status is Status.FUTURE)
        if found is not None and not statement:
            _, rd = found
            state.last_date = rd
            return rd.value, rd.precision, rd.basis
        # news is dated by its article: statements, the present, the past without a date of
        # its own, and a present perfect that reports ("Britain has demanded their release");
        # a present perfect of duration is background ("has provided aid for years", "since 2017")
        lede = ctx.offset <= state.first_body_paragraph
        recent_perfect = tense == "perfect" and (lede or not _background(ctx.sent))
        dated_by_article = statement or tense in ("past", "present") or ctx.headline or recent_perfect
        # "over its invasion of Ukraine": an event noun that is no light verb's object is
        # told as background; it has the date the text gives it, or none
        presupposed = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "its", "their")) for c in head.children)
        if head.pos_ == "NOUN" and presupposed and not statement and not ctx.headline:
            gov = _governor(head)
            if gov is None or gov.lemma_.lower() not in self.triggers.light_verbs:
                dated_by_article = False
        if dated_by_article and state.article_date is not None:
            return state.article_date.isoformat(), DatePrecision.DAY, state.date_basis
        return None, None, "none"

    def _located(self, ctx: SentenceContext, head: Token) -> Location | None:
        """The event's place; the gazetteer's one-time load is not charged to the document."""
        if gazetteer_loaded():
            return self._location(ctx, head)
        started = time.monotonic()
        loc = self._location(ctx, head)
        if self._deadline is not None:
            self._deadline += time.monotonic() - started
        return loc

    def _location(self, ctx: SentenceContext, head: Token) -> Location | None:
        """Where the text says the event took place: "in Brisbane", "at the UN in New York",
        the embassy "in Pyongyang", the destination of a visit "to Caracas"."""
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.pos_ == "NOUN" and head.head.i != head.i:
            holders.append(head.head)
        preps = ("in", "at", "to") if head.lemma_.lower() in ("visit", "trip", "tour") else ("in", "at")
        for holder in holders:
            for c in holder.children:
                if c.dep_ not in ("prep", "dative") or c.lower_ not in preps:
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    mention = ctx.mentions.get(p.i)
                    if getattr(mention, "kind", "") not in ("capital", "name", "alias") and p.pos_ != "PROPN":
                        continue
                    # the place name: the proper nouns ending at the preposition's object
                    first = p
                    while first.i > c.i + 1 and ctx.sent.doc[first.i - 1].pos_ == "PROPN":
                        first = ctx.sent.doc[first.i - 1]
                    name = ctx.sent.doc[first.i : p.i + 1].text
                    loc = lookup_place(name)
                    if loc is not None:
                        start = ctx.char(first)
                        loc.text, loc.start, loc.end = name, start, start + len(name)
                        return loc
        return None

    # -- memory ----------------------------------------------------------------------
    def _remember(self, ctx: SentenceContext) -> None:
        disc = ctx.disc
        seen: set[int] = set()
        for i, m in ctx.mentions.items():
            if id(m) in seen:
                continue
            seen.add(id(m))
            code = ctx.known(i)
            if code:
                disc.remember(code, subject=_in_subject(ctx.sent.doc[i]), headline=ctx.headline)
        for i, code in ctx.resolved.items():
            if i not in ctx.mentions:
                disc.remember(code, subject=_in_subject(ctx.sent.doc[i]), headline=ctx.headline)
        # "Russia and China ... the former ... the latter"
        for tok in ctx.sent:
            conj = conjuncts(tok)
            if not conj:
                continue
            a, b = ctx.known(tok.i), ctx.known(conj[0].i)
            if a and b and a != b:
                disc.last_pair = (
                    Referent(a, None, tok.text, ctx.char(tok), ctx.char(tok) + len(tok.text), "name"),
                    Referent(b, None, conj[0].text, ctx.char(conj[0]), ctx.char(conj[0]) + len(conj[0].text), "name"),
                )


def _background(sent: Span) -> bool:
    """A sentence of duration or habit: "for years", "since 2017", "in recent years", "long"."""
    if any(e.kind in ("since", "vague", "until") for e in dates_mod.find_time_expressions(sent.text)):
        return True
    words = dates_mod.load_temporal_lexicon().background_words
    return any(t.lower_ in words for t in sent)


_MAX_PIECE = 20_000  # characters handed to the parser at once
_BATCH_PIECES = 256  # code_many parses the texts of articles together up to this many
_ALONE_CHARS = 50_000  # an article with more text to parse is parsed on its own
_MAX_SENTENCE = 2_000  # a "sentence" longer than this has lost its punctuation


_LONG_RUN = re.compile(r"\S{200,}")


def _break_long_runs(text: str) -> str:
    """Junk without spaces ("[[[[..." thousands deep) costs spaCy's tokenizer super-linear
    time; no word is 200 characters long, so such runs get a space every 100 characters.
    The length stays the same, so every offset stays valid."""
    if not _LONG_RUN.search(text):
        return text

    def cut(m: re.Match[str]) -> str:
        run = list(m.group(0))
        for k in range(100, len(run), 100):
            run[k] = " "
        return "".join(run)

    return _LONG_RUN.sub(cut, text)


def _chunks(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most ``limit`` characters, cut after a sentence end or a space."""
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < limit // 2:
            cut = window.rfind(" ")
        end = start + (cut + 1 if cut > 0 else limit)
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _tense(tok: Token) -> str | None:
    verb = tok
    # "recalled its ambassador to protest the visit": a purpose infinitive shares its verb's time
    for _ in range(3):
        if verb.pos_ == "VERB" and verb.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            verb = verb.head
        else:
            break
    tok = verb if verb.i != tok.i else tok
    if tok.pos_ == "NOUN":
        v = tok.head
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX"):
                break
            v = v.head
        verb = v
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    if any(a.lemma_ == "have" for a in auxes) and verb.tag_ == "VBN":
        return "perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.tag_ == "VBG" and verb.dep_ in ("ROOT", "conj") and any(a.lemma_ == "be" for a in auxes):
        return "present"
    return None


def _actor(r: Referent) -> ActorRef:
    sector = r.sector if r.sector and r.country not in ("UNO", "EUR", "NAT", "WST") else r.sector
    code = r.country + (sector or "") if sector and sector not in ("IGO",) else r.country
    return ActorRef(country=r.country, code=code, sector=sector, text=r.text, start=r.start, end=r.end, kind=r.kind)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (source, target, code, status, trigger): the same reading found twice."""
    out: list[Event] = []
    seen: set[tuple[str, str, str, str, int]] = set()
    # a symmetric event keeps the direction in which the article first named the pair
    first: dict[frozenset[str], tuple[str, str]] = {}
    for e in events:
        pair = frozenset((e.source.country, e.target.country))
        if not e.symmetric:
            first.setdefault(pair, (e.source.country, e.target.country))
            continue
        oriented = first.setdefault(pair, (e.source.country, e.target.country))
        if oriented[0] != e.source.country:
            e.source, e.target = e.target, e.source
    for e in events:
        key = (e.source.code, e.target.code, e.cameo, e.status.value, e.trigger_start)
        if key in seen:
            continue
        seen.add(key)
        e.event_id = e.compute_id()
        out.append(e)
    return out
