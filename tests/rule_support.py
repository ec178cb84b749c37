"""Parsed sentences for the rule modules' own tests, read the way the coder reads them.

``read(text)`` parses ``text`` with the real pipeline (the coder's model, NER off as the
coder runs it), reads every sentence but the last through the rules (so that the
discourse knows what came before), and returns the state and the last sentence's context
with its people, speakers and references resolved, ready for one rule to be asked.
"""

from __future__ import annotations

from datetime import date

from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.actors.people import register_people
from dyadwatch.annotate.attribution import register_speakers
from dyadwatch.budget import Budget
from dyadwatch.codebook import load_codebook
from dyadwatch.events.arguments import Resolver, resolve_references
from dyadwatch.events.context import SentenceContext
from dyadwatch.events.lexicon import load_triggers
from dyadwatch.events.sentence import SentenceCoder
from dyadwatch.events.state import ArticleState
from dyadwatch.events.tree import in_subject
from dyadwatch.nlp.pipeline import load_pipeline
from dyadwatch.nlp.segment import paragraphs
from dyadwatch.records import Article
from dyadwatch.settings import Settings

DAY = date(2021, 3, 10)


def rules() -> SentenceCoder:
    return SentenceCoder(load_lexicon(), load_triggers(), load_codebook(), "test", use_ner=False)


def article_state(text: str, *, source: str | None = None, day: date | None = DAY) -> ArticleState:
    article = Article(id="t", text=text, date=day, source=source)
    return ArticleState.start(article, paragraphs(article.full_text), load_lexicon(), Budget("t", None))


def read(text: str, *, source: str | None = None, day: date | None = DAY) -> tuple[ArticleState, SentenceContext]:
    state = article_state(text, source=source, day=day)
    coder = rules()
    nlp = load_pipeline(Settings().model)
    contexts = []
    for para in paragraphs(state.text):
        (doc,) = nlp.pipe([para.text], disable=["ner"])
        contexts.extend(coder.context(state, sent, para.start) for sent in doc.sents)
    for ctx in contexts:
        register_people(ctx, Resolver(ctx).actors, in_subject)
        register_speakers(state, ctx)
    for ctx in contexts[:-1]:
        coder.sentence(state, ctx)
        state.disc.next_sentence()
    last = contexts[-1]
    resolve_references(last)
    return state, last


def token(ctx: SentenceContext, word: str, nth: int = 0):
    """The ``nth`` token of the sentence written ``word``."""
    found = [t for t in ctx.sent if t.text == word]
    assert len(found) > nth, f"{word!r} is not in {ctx.sent.text!r} {nth + 1} times"
    return found[nth]
