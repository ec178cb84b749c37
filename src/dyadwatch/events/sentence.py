"""The order in which the rules read an article's parsed sentences.

Paragraph by paragraph: first every sentence's people and quote speakers ("“...,” said
Secretary Yellen" names the quote's speaker after it), then each sentence in turn:

1. references resolved in reading order (``arguments.resolve_references``);
2. trigger rules: each trigger of the lexicon found in the sentence is filled into a
   candidate (``extract``) and assembled into events (``assemble``);
3. voice rules on the words no trigger took (``voice``, through ``assemble``);
4. what the sentence named goes into the discourse memory (``arguments.remember_named``).

A sentence the pre-pass did not parse only feeds the discourse memory. A new family of
rules runs at step 2 or 3.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..actors.people import find_people, register_juntas, register_people, surname_demonyms
from ..annotate.attribution import register_speakers
from ..annotate.quotes import quote_at
from .arguments import Resolver, remember_named, resolve_references
from .assemble import Assembler
from .brokered import brokered, sponsored
from .commitment import answered_acts
from .conjunct import conjunct_targets
from .context import SentenceContext
from .evaluation import denies_accusation, hung_clause, load_evaluation, told_acts
from .extract import Candidate, fill, match_triggers
from .follow_suit import also_target, followed_acts
from .person_acts import exchanged, note_person_acts, register_nationals
from .speech import load_speech
from .timing import note_named_date
from .tree import (
    forget_readings,
    repair_coordinated_verbs,
    repair_dated_of,
    repair_named_subject_verb,
    subject_rank,
)
from .vindication import leaves_to_vindication, vindication_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..actors.lexicon import ActorLexicon
    from ..actors.matcher import Mention
    from ..annotate.quotes import Quote
    from ..codebook import Codebook
    from ..records import Event
    from .cameo import CameoDictionary
    from .lexicon import TriggerLexicon
    from .state import ArticleState


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed piece of an article: its offset in the full text, and its Doc."""

    offset: int
    doc: Doc


@dataclass(frozen=True, slots=True)
class Skipped:
    """A sentence the pre-pass did not parse: its span in the full text."""

    start: int
    end: int


class SentenceCoder:
    """Runs the rules over the sentences of one article, in reading order."""

    def __init__(self, actors: ActorLexicon, triggers: TriggerLexicon, codebook: Codebook, version: str, *, use_ner: bool,
                 dictionary: CameoDictionary | None = None) -> None:  # fmt: skip
        self.actors = actors
        self.triggers = triggers
        self.dictionary = dictionary
        self.use_ner = use_ner
        self.assembler = Assembler(codebook, version)

    def _is_verb(self, lemma: str) -> bool:
        return bool(self.triggers.candidates("verb", lemma)) or (self.dictionary is not None and self.dictionary.knows(lemma, lemma))

    def paragraph(self, state: ArticleState, units: list[Parsed | Skipped]) -> list[Event]:
        """The events of one paragraph, its sentences read in order."""
        state.narrative_date = None
        state.paragraph_start = min((u.start if isinstance(u, Skipped) else u.offset for u in units), default=-1)
        contexts: list[SentenceContext | Skipped] = []
        for unit in units:
            if isinstance(unit, Skipped):
                contexts.append(unit)
            else:
                contexts.extend(self.context(state, sent, unit.offset) for sent in unit.doc.sents)
        # speakers first: "“...,” said Secretary Yellen" names the quote's speaker after it
        for ctx in contexts:
            if isinstance(ctx, SentenceContext):
                register_people(ctx, Resolver(ctx).actors, subject_rank)
                register_juntas(ctx)
                register_nationals(ctx)
                register_speakers(state, ctx)
        events: list[Event] = []
        for ctx in contexts:
            dated_before = state.last_date
            if isinstance(ctx, SentenceContext):
                events.extend(self.sentence(state, ctx))
                note_named_date(state, ctx.offset + ctx.sent.start_char, ctx.offset + ctx.sent.end_char, dated_before)
            else:
                state.remember_unparsed(ctx.start, ctx.end)
                note_named_date(state, ctx.start, ctx.end, dated_before)
            state.disc.next_sentence()
            state.budget.check()
        for unit in units:
            if isinstance(unit, Parsed):
                forget_readings(unit.doc)  # (the rules are done with the paragraph's parse)
        return events

    def context(self, state: ArticleState, sent: Span, offset: int) -> SentenceContext:
        tokens = list(sent)  # (the one list of Token objects every rule of the sentence walks)
        repair_coordinated_verbs(sent, self._is_verb, tokens)  # before any rule reads the parse
        repair_dated_of(tokens)  # ("the cancellation in September of a contract")
        s0, s1 = offset + sent.start_char, offset + sent.end_char
        mentions = state.mentions_overlapping(s0, s1)
        quotes = state.quotes_overlapping(s0, s1)
        tok_mention: dict[int, Mention] = {}
        quote_of: dict[int, Quote | None] = dict.fromkeys(range(sent.start, sent.end))
        if mentions or quotes:
            k, n = 0, len(mentions)
            for tok in tokens:
                c = offset + tok.idx
                # mentions are sorted and do not overlap: walk them along with the tokens
                while k < n and mentions[k].end <= c:
                    k += 1
                if k < n and mentions[k].start <= c:
                    tok_mention[tok.i] = mentions[k]
                if quotes:
                    quote_of[tok.i] = quote_at(quotes, c)
        if tok_mention:
            # ("ASEAN bars Myanmar junta chief from summit": a verb read as a noun after a name)
            repair_named_subject_verb(sent, tokens, lambda i: _ends_name(tok_mention, i), self._is_verb)
        # "High Commissioner Volker Türk urged Thailand": a surname, not Turkey
        for i in surname_demonyms(sent, tok_mention, self.actors, state.surnames):
            state.surnames.add(sent.doc[i].text)
            del tok_mention[i]
        persons: dict[int, tuple[int, int]] = {}
        for start, end in find_people(sent, tok_mention, self.actors, self.use_ner, tokens):
            for i in range(start, end):
                persons[i] = (start, end)
        return SentenceContext(
            sent, offset, tok_mention, quote_of, state.disc, self.actors, self.triggers,
            headline=state.in_headline(s0), persons=persons, tokens=tokens,
        )  # fmt: skip

    def sentence(self, state: ArticleState, ctx: SentenceContext) -> list[Event]:
        resolve_references(ctx)
        told_before = len(state.events)
        out: list[Event] = []
        fired: set[int] = set()
        acts: dict[int, Candidate] = {}
        made_at: dict[int, list[Event]] = {}
        unaimed: list[Candidate] = []
        for trig, tok in match_triggers(ctx.sent, self.triggers, self.dictionary, ctx):
            if trig.code[:2] == "12" and denies_accusation(tok):
                continue  # "rejected the accusations": a denial (evaluation rules), not a rejection
            cand = fill(trig, tok, ctx)
            if cand is None:
                continue
            cand = also_target(cand, state.events, ctx) or cand
            acts[tok.i] = cand
            made = self.assembler.candidate_events(state, ctx, cand)
            if trig.from_code is not None and (moved := fill(replace(trig, code=trig.from_code, target=("prep:from", "objprep:from"), from_code=None), tok, ctx)):
                # "switched recognition from Taiwan to Beijing": the side it moved from too
                made += self.assembler.candidate_events(state, ctx, moved)
            # a dictionary verb that found no two parties leaves its words to the voice
            # rules ("Russia 'has to get out'": a demand, not CAMEO's "get out"); so does a
            # hand trigger that found no actor of its own ("Chile poses a threat": judged,
            # not threatened), but not one that did ("discuss its threat to impose tariffs")
            # (nor does a rejection that found no target in a relative clause: ", which Peru's
            # government rejected as interference" answers the clause it hangs on)
            # (nor a defence of one's own act or a wrong denied that found no target: "Ecuador
            # defended the operation", "said it had not violated any agreement" vindicate it
            # against its accuser)
            if made or (trig.origin == "hand" and cand.sources and not (trig.code[:2] == "12" and hung_clause(tok) is not None)
                        and not (tok.lemma_.lower() in vindication_words(lex := load_evaluation()) and leaves_to_vindication(tok, Resolver(ctx), lex))):
                fired.add(tok.i)
            if made:
                made_at.setdefault(tok.i, []).extend(made)
            elif cand.sources and not cand.targets:
                unaimed.append(cand)
            if made:
                note_person_acts(cand, ctx)
                if (swap := exchanged(cand, ctx)) is not None:
                    # (before the release told: "welcomed the release" answers that one)
                    made = self.assembler.candidate_events(state, ctx, swap) + made
            state.events.extend((tok.lemma_.lower(), e) for e in made)
            out.extend(made)
            if (broker := brokered(cand, ctx, made)) is not None:
                # "sealed a U.S.-mediated agreement": the broker's own act on its parties
                mediated = self.assembler.candidate_events(state, ctx, broker)
                state.events.extend((broker.trigger.id, e) for e in mediated)
                out.extend(mediated)
            for sponsor in sponsored(cand, ctx, made):
                # "signed it in a ceremony hosted by Trump": the host's own act on its parties
                hosted = self.assembler.candidate_events(state, ctx, sponsor)
                joint = next((e for e in made if e.date is not None), None)
                for e in hosted:
                    if e.date is None and joint is not None:
                        # (on the joint act's day: the host's phrase names none of its own)
                        e.date, e.date_precision, e.date_basis = joint.date, joint.date_precision, joint.date_basis
                state.events.extend((sponsor.trigger.id, e) for e in hosted)
                out.extend(hosted)
            # ("Russian troops crossed into Georgia ..., despite a ceasefire mediated by
            # Sarkozy": a hostile act told earlier in the sentence names the conflict's
            # parties; not a joint one, often the mediator's own: "Putin spoke to both
            # leaders and called for a peaceful resolution")
            _note_event_pair(ctx, made, joint=False)
        # ("dismissed the map as a unilateral act and urged Kathmandu to ...": a coordinated
        # act of the same doer that named no one is aimed at whom the other names)
        for cand in unaimed:
            if targets := conjunct_targets(ctx, cand, made_at):
                made = self.assembler.candidate_events(state, ctx, replace(cand, targets=targets, rule=cand.rule + "+conjunct",
                                                                           confidence=min(cand.confidence, 0.5)))  # fmt: skip
                if made:
                    fired.add(cand.head.i)
                    state.events.extend((cand.head.lemma_.lower(), e) for e in made)
                    out.extend(made)
        # ("Bahrain followed suit", "Mali did the same": the last act told before this
        # sentence, by new doers)
        for cand in followed_acts(ctx, Resolver(ctx), state.events, told_before, fired):
            made = self.assembler.candidate_events(state, ctx, cand)
            state.events.extend((cand.head.lemma_.lower(), e) for e in made)
            out.extend(made)
        out.extend(self.assembler.commitment_events(state, ctx, acts, out))
        out.extend(self.assembler.reason_events(ctx, out))
        out.extend(self.assembler.in_kind_events(state, ctx))
        voiced = self.assembler.voice_events(state, ctx, fired)
        out.extend(voiced)
        # ("Kordahi called the war 'absurd' ... Qatar condemned Kordahi's comments": an act of
        # speech the voice rules read is an act a later noun points back at)
        state.spoken.extend(voiced)
        state.acts.extend(told_acts(ctx))
        state.acts.extend(answered_acts(ctx))
        remember_named(ctx)
        # (an opposition is no side of an event between states, whichever rule found it:
        # sectors.yaml stateless_sides)
        stateless = ctx.lexicon.stateless_sides
        out = [e for e in out if e.source.sector not in stateless and e.target.sector not in stateless]
        _note_any_pair(ctx, out)
        _note_event_pair(ctx, out)
        return out


#: the kinds of mention that name a state or an organisation (not a demonym or a description)
_NAME_KINDS = frozenset({"name", "alias", "capital", "seat", "institution", "igo", "bloc"})


def _ends_name(tok_mention: dict[int, Mention], i: int) -> bool:
    """Whether token ``i`` is the last word of a name of a state or an organisation."""
    m = tok_mention.get(i)
    return m is not None and m.kind in _NAME_KINDS and tok_mention.get(i + 1) is not m


def _note_any_pair(ctx: SentenceContext, events: list[Event]) -> None:
    """The two parties of the last act between two states ("summoned China's ambassador
    ... their talks")."""
    for e in reversed(events):
        if e.source.country != e.target.country and all(ctx.disc.is_state(c) for c in (e.source.country, e.target.country)):
            ctx.disc.last_any_pair = (e.source.country, e.target.country)
            break


def _note_event_pair(ctx: SentenceContext, events: list[Event], joint: bool = True) -> None:
    """"Israel struck Iran ... called on both sides": the two parties of the last hostile
    or (with ``joint``) joint act between two states."""
    hostile = load_speech().hostile_roots
    for e in reversed(events):
        pair = (e.source.country, e.target.country)
        if ((e.symmetric and joint) or e.cameo[:2] in hostile) and pair[0] != pair[1] and all(ctx.disc.is_state(c) for c in pair):
            ctx.disc.last_event_pair = pair
            ctx.disc.lead_pair = ctx.disc.lead_pair or pair
            break
