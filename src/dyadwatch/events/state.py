"""What the coder knows about one article while it reads it, sentence by sentence.

``ArticleState.start`` does the work that needs no parse: the article's date (given or
inferred from the text), its sections, its quotes, every actor mention of the
dictionaries (the project's lexicon, then the Phoenix names it does not cover), and whether its publisher is itself a political voice. The rules then read
and extend the state: the discourse memory, the events coded so far (later sentences
point back at them: "the move"), the last date told (for "two years earlier").

Mentions and quotes are kept sorted with their offsets, so that finding those inside a
sentence costs a binary search, not a scan of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..actors.armed_groups import with_armed_groups
from ..actors.de_facto import with_de_facto_governments
from ..actors.discourse import Discourse, Referent
from ..actors.named import named_mentions, with_owners
from ..annotate.dates import ResolvedDate, infer_article_date, news_day, occasion_date
from ..annotate.quotes import Quote, find_quotes, quote_at
from ..annotate.section import SectionMap, section_map
from ..budget import Budget
from ..records import Article, DatePrecision, Event
from .speech import load_speech
from .voice import is_official_publisher

if TYPE_CHECKING:
    from ..actors.lexicon import ActorLexicon
    from ..actors.matcher import Mention
    from ..nlp.segment import Paragraph


#: how far after a turn's label its greeting reaches ("Mr Aliyev, Mr Pashinyan, colleagues,")
_GREETING_REACH = 80


@dataclass
class ArticleState:
    article: Article
    text: str  # the article's full text: every offset points into it
    sections: SectionMap
    quotes: list[Quote]  # sorted by start
    disc: Discourse
    article_date: date | None
    date_basis: str  # "article" (given) or "inferred-article"
    mentions: list[Mention]  # sorted by start, non-overlapping
    budget: Budget
    first_body_paragraph: int = 0  # offset of the first body paragraph (the lede)
    #: the day a statement or speech was given, when its lead says so (dates what is said in it)
    occasion: ResolvedDate | None = None
    #: the day the lead says its news happened ("said in a statement late Friday"): dates
    #: what the text dates by nothing else, in place of the publication date
    news_day: ResolvedDate | None = None
    events: list[tuple[str, Event]] = field(default_factory=list)  # (trigger lemma, event) coded so far
    last_date: ResolvedDate | None = None  # the date of the last event dated by the text
    #: (sentence offset, last_date before it): a sentence's events all count "five years
    #: earlier" from the date told before the sentence, not from one another
    sentence_reference: tuple[int, ResolvedDate | None] = (-1, None)
    #: a date the text named after the last dated event, in a sentence that dated none
    #: ("Relations collapsed after the 2013 coup. ... in November of that year"): what a
    #: later "that year" means
    named_date: ResolvedDate | None = None
    #: the date the opening sentence of the current paragraph gave an event: a past-tense
    #: act told after it with no date of its own happened then ("In 2010, Morales visited
    #: Iran. He signed ..."); reset at each paragraph
    narrative_date: ResolvedDate | None = None
    paragraph_start: int = -1  # offset of the paragraph being read
    #: (lemma, doer) of acts told so far that a definite phrase may point back at ("the launch")
    acts: list[tuple[str, Referent]] = field(default_factory=list)
    #: the events the voice rules read (criticism, demands), which ``events`` does not hold:
    #: acts of speech a later "the remarks" may point back at
    spoken: list[Event] = field(default_factory=list)
    #: demonyms read as a person's surname ("Volker Türk"): the same word alone later is him
    surnames: set[str] = field(default_factory=set)
    _mention_starts: list[int] = field(init=False, repr=False)
    _mention_ends: list[int] = field(init=False, repr=False)
    _quote_starts: list[int] = field(init=False, repr=False)
    _quote_reach: list[int] = field(init=False, repr=False)  # the furthest end among quotes[: k + 1]

    def __post_init__(self) -> None:
        self._mention_starts = [m.start for m in self.mentions]
        self._mention_ends = [m.end for m in self.mentions]
        self._quote_starts = [q.start for q in self.quotes]
        reach, self._quote_reach = 0, []
        for q in self.quotes:
            reach = max(reach, q.end)
            self._quote_reach.append(reach)

    @classmethod
    def start(cls, article: Article, paragraphs: list[Paragraph], actors: ActorLexicon, budget: Budget) -> ArticleState:
        """The state before the first sentence: everything found without a parse."""
        text = article.full_text
        publisher = None
        if is_official_publisher(article.source):
            found = actors.find_mentions(article.source or "")
            publisher = next((m.country for m in found if m.country), None)
        adate: date | None
        if article.date is not None:
            adate, basis = article.date, "article"
        else:
            inferred = infer_article_date(text)
            adate = inferred.start() if inferred and inferred.precision is DatePrecision.DAY else None
            basis = "inferred-article"
        quotes = find_quotes(text, [(p.start, p.end) for p in paragraphs], article.headline_end)
        # an armed group's name acts for no state and names no place ("Palestinian Islamic Jihad", "Hamas")
        found = with_armed_groups(text, actors.find_mentions(text))
        # ... unless it governs a state on the article's date ("the Taliban" after August 2021)
        found = with_de_facto_governments(text, found, adate)
        # the field's dictionaries add the people and bodies the lexicon does not know
        # "Peru's Congress", "Ivory Coast's National Security Council": the owner's body
        mentions = with_owners(text, sorted([*found, *named_mentions(text, adate, found)], key=lambda m: m.start))
        body = [p for p in paragraphs if p.start >= article.headline_end and len(p.text.split()) > 8]
        lead = text[: body[0].end if body else article.headline_end]
        disc = Discourse(frozenset(actors.igo_names), publisher=publisher, joint=joint_voices(lead, mentions))
        _turn_voices(disc, quotes, mentions)
        return cls(
            article=article, text=text, sections=section_map(text, article.headline_end), quotes=quotes,
            disc=disc, article_date=adate,
            date_basis=basis, mentions=mentions, budget=budget, first_body_paragraph=body[0].start if body else 0,
            occasion=occasion_date(lead, adate), news_day=_news_day(text, body[0].start if body else None, quotes, article.date),
        )  # fmt: skip

    def in_headline(self, offset: int) -> bool:
        return offset < self.article.headline_end

    # -- mentions --------------------------------------------------------------------
    def mentions_starting(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end)."""
        lo, hi = bisect_left(self._mention_starts, start), bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def mentions_overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions with a character in [start, end), in order."""
        # mentions do not overlap, so their ends are sorted too
        lo, hi = bisect_right(self._mention_ends, start), bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def remember_unparsed(self, start: int, end: int) -> None:
        """A sentence the pre-pass skipped still tells the discourse which states it named."""
        headline = self.in_headline(start)
        for m in self.mentions_starting(start, end):
            if m.country:
                self.disc.remember(m.country, headline=headline)

    # -- quotes ----------------------------------------------------------------------
    def quotes_overlapping(self, start: int, end: int) -> list[Quote]:
        """Quotes with a character in [start, end), in the order of ``quotes``."""
        out = []
        k = bisect_left(self._quote_starts, end) - 1
        while k >= 0 and self._quote_reach[k] > start:
            if self.quotes[k].end > start:
                out.append(self.quotes[k])
            k -= 1
        out.reverse()
        return out

    def quote_at(self, offset: int) -> Quote | None:
        """The first quote (by start) that holds ``offset``."""
        return quote_at(self.quotes_overlapping(offset, offset + 1), offset)


#: mention kinds that name a state, or a named group of states
_VOICE_KINDS = frozenset({"name", "alias", "group"})


def _news_day(text: str, body_start: int | None, quotes: list[Quote], adate: date | None) -> ResolvedDate | None:
    """The lead's news day (``annotate.dates.news_day``), read from the body's opening
    sentences outside its quotes (a line that only dates the page, "Friday, July 23,
    2010", is no body paragraph: the news it heads is often of the day before)."""
    if body_start is None or adate is None:
        return None
    body = text[body_start : body_start + 2000]
    return news_day(body, adate, [(q.start - body_start, q.end - body_start) for q in quotes if q.end > body_start])


def joint_voices(lead: str, mentions: list[Mention]) -> tuple[str, ...]:
    """The states a joint statement speaks for, () unless two or more: named after "on
    behalf of" in its lead (speech.yaml ``joint_voice_phrases``) up to the end of that
    sentence ("on behalf of France, Germany and the UK (E3)"), or listed after "We, the"
    or a title's "Joint Statement by" (``joint_voice_lists``), maybe behind the title they
    sign with ("We, the Foreign Ministers of the United States, Japan and the Republic of
    Korea, condemn ...": the list only, not the rest of the sentence)."""
    low = lead.lower()
    speech = load_speech()
    for phrase in speech.joint_voice_phrases:
        at = low.find(phrase)
        if at < 0:
            continue
        start = at + len(phrase)
        stop = min((i for i in (low.find(". ", start), low.find("\n", start)) if i >= 0), default=len(lead))
        codes: dict[str, None] = {}
        for m in mentions:
            if start <= m.start < stop and m.kind in _VOICE_KINDS:
                codes.update(dict.fromkeys(_voice_codes(m)))
        if len(codes) >= 2:
            return tuple(codes)
    for phrase in speech.joint_voice_lists:
        at = low.find(phrase)
        while at >= 0:
            listed = _listed_states(lead, at + len(phrase), mentions)
            if len(listed) >= 2:
                return listed
            at = low.find(phrase, at + 1)
    return ()


#: the title the signatories of a list sign with, up to an "of" or "from" after which the
#: list may start ("the Foreign Ministers of", "the Heads of State and Government of")
_LIST_TITLE = re.compile(r"\s*(?:the\s+)?(?:[^\s,.;:]+\s+){0,7}")
_LIST_OF = re.compile(r"\b(?:of|from)\s+", re.IGNORECASE)
#: what joins two states of a list (", ", " and ", ", and ")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
#: an article before a listed name the mention leaves out ("the Republic of Korea")
_LIST_ARTICLE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
#: mention kinds a list of signatories may hold: states, groups of states, organisations
_LIST_KINDS = _VOICE_KINDS | {"igo"}


def _voice_codes(m: Mention) -> tuple[str, ...]:
    return tuple(c for c in (m.candidates if m.kind == "group" else (m.country,)) if c)


def _listed_states(text: str, start: int, mentions: list[Mention]) -> tuple[str, ...]:
    """The states listed from ``start``, or after an "of" of the title there (the first
    place that lists two or more), each once."""
    title = _LIST_TITLE.match(text, start)
    stop = title.end() if title else start
    for at in (start, *(m.end() for m in _LIST_OF.finditer(text, start, stop))):
        listed = _list_at(text, at, mentions)
        if len(listed) >= 2:
            return listed
    return ()


def _list_at(text: str, at: int, mentions: list[Mention]) -> tuple[str, ...]:
    """The states of a list that starts at ``at`` (maybe behind "the")."""
    codes: dict[str, None] = {}
    for m in mentions[bisect_left([x.start for x in mentions], at) :]:
        if m.kind not in _LIST_KINDS or _LIST_ARTICLE.fullmatch(text, at, m.start) is None:
            break
        codes.update(dict.fromkeys(_voice_codes(m)))
        join = _LIST_JOIN.match(text, m.end)
        if join is None:
            break
        at = join.end()
    return tuple(codes)


def _turn_voices(disc: Discourse, quotes: list[Quote], mentions: list[Mention]) -> None:
    """Who speaks each transcript turn, from the actor its label names ("President of
    Russia Vladimir Putin: ..."), and whom it greets: the people of other states named at
    its opening ("Mr Aliyev, Mr Pashinyan, colleagues, friends,"), known before any parse;
    a turn that names no one ("Mr President, thank you ...") speaks to the speakers of the
    other turns."""
    turns: list[tuple[Quote, Referent]] = []
    for q in quotes:
        if q.label is None:
            continue
        named = [m for m in mentions if q.label[0] <= m.start < q.label[1] and m.country]
        if not named:
            continue
        m = named[-1]
        speaker = Referent(m.country, m.sector or ("GOV" if m.kind == "person" else None), m.text, m.start, m.end, m.kind, 0.8)
        disc.quote_speakers.setdefault(q.start, speaker)
        turns.append((q, speaker))
        opening = q.label[1] + _GREETING_REACH
        greeted = [m for m in mentions if q.label[1] <= m.start < opening and m.kind == "person" and m.country and m.country != speaker.country]
        if greeted:
            refs = [Referent(g.country, g.sector or "GOV", g.text, g.start, g.end, "person", 0.7) for g in greeted]
            disc.quote_addressees.setdefault(q.start, list({r.country: r for r in refs}.values()))
    for q, speaker in turns:
        if q.start in disc.quote_addressees:
            continue
        others = {o.country: o for _, o in turns if o.country != speaker.country}
        if others:
            disc.quote_addressees[q.start] = [Referent(o.country, o.sector, o.text, o.start, o.end, "person", 0.65) for o in others.values()]
