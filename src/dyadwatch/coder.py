"""The coder: one Article in, its Events out. Loads the resources, plans the parse and
hands the parsed sentences to the rules.

    article -> paragraphs, mentions, quotes (events.state) -> which sentences to parse
    (events.prepass) -> nlp.pipe -> the rules, sentence by sentence (events.sentence)
    -> Event records (events.assemble)

Public API (stable, used by the CLI, the store, the evaluation and Dask workers):

    coder = Coder(settings)          # cheap; the model loads on first use
    events = coder.code(article)     # list[Event]
    for article, result in coder.code_many(articles): ...  # result: list[Event] | DyadwatchError

This module only wires the steps together; each rule lives in the step it belongs to.
Each document carries its own time budget (``budget.Budget``), charged with its share of
a parse shared with other documents.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .actors.lexicon import ActorLexicon, load_lexicon
from .budget import Budget
from .codebook import Codebook, load_codebook
from .errors import DyadwatchError, EmptyInputError, TooLargeError
from .events.assemble import dedupe
from .events.cameo import CameoDictionary, load_cameo
from .events.lexicon import TriggerLexicon, load_triggers
from .events.prepass import verb_forms, worth_parsing
from .events.sentence import Parsed, SentenceCoder, Skipped
from .events.speech import load_speech
from .events.state import ArticleState
from .nlp.pipeline import keep_text, load_pipeline, load_splitter
from .nlp.segment import Paragraph, paragraphs, sentence_case, without_dateline
from .records import Article, Event
from .settings import Settings, from_env

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_MAX_PIECE = 20_000  # characters handed to the parser at once
_BATCH_PIECES = 256  # code_many parses the texts of articles together up to this many
_ALONE_CHARS = 50_000  # an article with more text to parse is parsed on its own
_MAX_SENTENCE = 2_000  # a "sentence" longer than this has lost its punctuation


@dataclass(frozen=True, slots=True)
class _ToParse:
    """A piece of text the parse will turn into a Doc: its offset in the full text."""

    offset: int
    index: int  # into _Plan.texts (and the parsed Docs)


@dataclass
class _Plan:
    """An article ready for the parse: its state, its units and the texts to parse."""

    state: ArticleState
    units: list[list[_ToParse | Skipped]]  # per paragraph, in reading order
    texts: list[str]
    chars: int

    @property
    def budget(self) -> Budget:
        return self.state.budget


class Coder:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or from_env()
        self._rules: SentenceCoder | None = None
        self._loaded = False
        self._settled = False  # see _settle

    # -- resources (loaded once, on first use) ---------------------------------------
    @property
    def nlp(self) -> Language:
        from .nlp.verb_lemmas import install_verb_lemmas  # (spaCy loads on first use)

        nlp = load_pipeline(self.settings.model)
        install_verb_lemmas(nlp, verb_forms())  # "staged" is "stage", not "stag" (once)
        return nlp

    @property
    def actors(self) -> ActorLexicon:
        return load_lexicon()

    @property
    def triggers(self) -> TriggerLexicon:
        return load_triggers()

    @property
    def dictionary(self) -> CameoDictionary:
        return load_cameo()

    @property
    def codebook(self) -> Codebook:
        return load_codebook()

    @property
    def version(self) -> str:
        return f"{self.codebook.version}+{self.triggers.version}+{self.dictionary.version}+{self.actors.version}"

    @property
    def rules(self) -> SentenceCoder:
        if self._rules is None:
            self._rules = SentenceCoder(self.actors, self.triggers, self.codebook, self.version,
                                        use_ner=self.settings.use_ner, dictionary=self.dictionary)  # fmt: skip
        return self._rules

    def load(self) -> Coder:
        """Load the model and the dictionaries now (they otherwise load on first use)."""
        if not self._loaded:  # (called before every article: the properties once)
            _ = self.nlp, self.actors, self.triggers, self.codebook, self.rules
            self._loaded = True
        return self

    # -- public ----------------------------------------------------------------------
    def code(self, article: Article) -> list[Event]:
        """Code one article. Raises InputError subclasses for unusable documents."""
        return self._code_planned(self._prepare(article))

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

    # -- the parse -------------------------------------------------------------------
    def _code_planned(self, plan: _Plan) -> list[Event]:
        """Parse one prepared article on its own and finish it, within its time budget."""
        plan.budget.start()
        docs = []
        # checked doc by doc: the budget bounds a long document's parse too
        for doc in self._pipe(plan.texts):
            docs.append(doc)
            plan.budget.check()
        return self._finish(plan, docs)

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
            plan.budget.charge(parse_seconds * plan.chars / chars)
            plan.budget.start()
            try:
                events: list[Event] | DyadwatchError = self._finish(plan, mine)
            except DyadwatchError as exc:
                events = exc
            yield article, events

    def _pipe(self, texts: list[str]) -> Iterator[Doc]:
        disabled = [] if self.settings.use_ner or "ner" not in self.nlp.pipe_names else ["ner"]
        docs = self.nlp.pipe(texts, batch_size=self.settings.batch_size, disable=disabled)
        # (each Doc keeps the text it was parsed from: the rules slice it, never join it again)
        return (keep_text(doc, text) for text, doc in zip(texts, docs, strict=True))

    def _finish(self, plan: _Plan, docs: list[Doc]) -> list[Event]:
        """Everything after the parse: the rules, sentence by sentence, then one event per reading."""
        events: list[Event] = []
        for units in plan.units:
            pieces = [u if isinstance(u, Skipped) else Parsed(u.offset, docs[u.index]) for u in units]
            events.extend(self.rules.paragraph(plan.state, pieces))
        self._settle()
        return dedupe(events, plan.state.article.content_hash, plan.state.article.date)

    def _settle(self) -> None:
        """Once the first article is coded, every table it read has loaded (the model's
        objects are already frozen by ``load_pipeline``; the dictionaries of people and
        bodies load at the first name): they live as long as the process, so they are
        moved out of the garbage collector's sight (``gc.freeze``, which costs nothing).
        A full collection while coding then no longer walks their objects (50,000: about
        0.1 s each, two per 300 articles; 1.5% of coding time). Whatever that first
        article left for the collector stays, once."""
        if not self._settled:
            self._settled = True
            gc.freeze()

    # -- planning --------------------------------------------------------------------
    def _prepare(self, article: Article) -> _Plan:
        """Everything before the parse: checks, mentions, quotes, and which text to parse."""
        name = article.origin or article.id
        text = article.full_text
        if not text.strip():
            raise EmptyInputError(name, "the document is empty")
        if len(text.encode("utf-8", "ignore")) > self.settings.max_document_bytes:
            raise TooLargeError(name, f"the document is larger than {self.settings.max_document_bytes} bytes (DYADWATCH_MAX_DOCUMENT_BYTES)")
        self.load()  # once per process; not charged to the document's time budget
        started = time.monotonic()  # the time from here on is charged to the document
        paras = paragraphs(text, article.headline_end)
        state = ArticleState.start(article, paras, self.actors, Budget(name, self.settings.document_time_budget))
        units, texts = self._plan(state, paras)
        state.budget.charge(time.monotonic() - started)
        return _Plan(state, units, texts, sum(map(len, texts)))

    def _plan(self, state: ArticleState, paras: list[Paragraph]) -> tuple[list[list[_ToParse | Skipped]], list[str]]:
        """What to parse: per paragraph, the pieces to parse and the sentences skipped;
        and the texts to parse.

        Without the pre-pass each paragraph is one Doc. With it, a rule-based splitter
        cuts paragraphs into sentences and only those that can hold an event are parsed;
        the others are kept as spans for the discourse memory. Text with no sentence
        breaks is cut into bounded pieces, so no parse grows without limit.
        """
        texts = [self._parse_text(state, p) for p in paras]
        plan: list[list[_ToParse | Skipped]] = []
        wanted: list[str] = []
        splitter = load_splitter() if self.settings.prepass else None
        says = load_speech().voiced
        for para, text in zip(paras, texts, strict=True):
            units: list[_ToParse | Skipped] = []
            if splitter is None:
                spans = [(0, len(text))]
            else:
                # the splitter is a tokenizer: keep what it is handed bounded too
                spans = [(a + s.start_char, a + s.end_char) for a, b in _chunks(text, _MAX_PIECE) for s in splitter(text[a:b]).sents]
            for a, b in spans:
                for c0, c1 in _chunks(text[a:b], _MAX_PIECE if splitter is None else _MAX_SENTENCE):
                    s0, s1 = para.start + a + c0, para.start + a + c1
                    piece = text[a + c0 : a + c1]
                    if splitter is not None:
                        voiced = state.disc.publisher is not None or state.quote_at(s0) is not None or says.search(piece) is not None
                        if not worth_parsing(piece, state.mentions_starting(s0, s1), voiced=voiced):
                            units.append(Skipped(s0, s1))
                            continue
                    units.append(_ToParse(s0, len(wanted)))
                    wanted.append(piece)
            plan.append(units)
        return plan, wanted

    @staticmethod
    def _parse_text(state: ArticleState, para: Paragraph) -> str:
        """The text handed to the parser: a headline in sentence case, closed by a full stop."""
        if para.start >= state.article.headline_end:
            return _break_long_runs(without_dateline(para.text))
        keep = [(m.start, m.end) for m in state.mentions_overlapping(para.start, para.end)]
        text = _break_long_runs(sentence_case(para.text, keep, para.start))
        return text if text.rstrip()[-1:] in ".!?:" else text + "."


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
