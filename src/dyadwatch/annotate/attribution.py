"""Who says it, and what that does to an event's status (GUIDELINES §4).

A quote's speaker is the subject of the speech verb that introduces it ("X stated:
'...'", "'...,' he said"). What a speaker says others did is claimed; the speaker's own
verbal acts ("we support", "we demand") are asserted. "..., according to X" and "X said
that Y ..." make Y's act X's claim, unless announcing it performs it ("announced that
Canada is providing aid"). A sentence has a political voice when a speaker or an official
publisher speaks it; the voice rules (``events.voice``) code what that voice does.

``annotate.status`` reads the grammar of the clause (modals, negation, hedges); this
module decides only what attribution adds to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..events.arguments import Resolver, unique_actors
from ..events.commitment import load_commitment
from ..events.speech import load_speech, self_reported
from ..events.tree import relative_governor, set_apart, subject_of
from ..records import Status
from .status import fact_clause, made_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..events.context import SentenceContext
    from ..events.state import ArticleState


@dataclass(frozen=True, slots=True)
class Attribution:
    status: Status  # the status once attribution is taken into account
    attributed: Referent | None  # who the event is attributed to, when named
    speaker: Referent | None  # the speaker of the quote the trigger sits in


def register_speakers(state: ArticleState, ctx: SentenceContext) -> None:
    """Who speaks the quotes this sentence introduces ("X stated: '...'", "'...,' he said")."""
    speech = load_speech().speaker_verbs
    res = Resolver(ctx)
    s0 = ctx.offset + ctx.sent.start_char
    s1 = ctx.offset + ctx.sent.end_char
    for tok in ctx.with_lemma(speech):
        if tok.pos_ not in ("VERB",):
            continue
        if ctx.quote_of.get(tok.i) is not None:
            continue
        speakers = [a for s in subject_of(tok) for a in res.actors(s)]
        if not speakers:
            continue
        speaker = speakers[0]
        several = unique_actors(speakers)
        # quotes that start in this sentence or in the paragraph(s) this sentence introduces
        for q in state.quotes:
            if q.start in state.disc.quote_speakers:
                continue
            if s0 <= q.start <= s1 + 2 or (q.colon_speech and s0 <= q.intro_start <= s1) or (q.end >= s0 - 2 and q.end <= s1 and q.start < s0):
                state.disc.quote_speakers[q.start] = speaker
                if len(several) >= 2:
                    state.disc.quote_cospeakers[q.start] = several


def sentence_voice(ctx: SentenceContext) -> Referent | None:
    """The political voice that speaks this sentence: its quote's speaker, the subject of
    its speech verb ("“The DPRK must abandon ...”, affirmed Mogherini"), or the publisher
    of an official statement."""
    root = ctx.sent.root
    quote = ctx.quote_of.get(root.i)
    if quote is not None:
        return ctx.disc.quote_speakers.get(quote.start)
    voice = None
    if root.lemma_.lower() in load_speech().speaker_verbs:
        voice = _root_speaker(ctx)
    if voice is None and ctx.disc.publisher is not None:
        voice = Referent(ctx.disc.publisher, "GOV", "", ctx.char(root), ctx.char(root), "publisher", 0.5)
    return voice


def voice_companions(ctx: SentenceContext, voice: Referent) -> list[Referent]:
    """Who else speaks with the sentence's ``voice`` (``sentence_voice``): the other
    speakers of its quote ("'Iran must stop ...,' France, Germany and Britain said") or the
    other subjects of its verb of saying ("Japan and South Korea said Pyongyang must
    stop"); each speaks for itself."""
    quote = ctx.quote_of.get(ctx.sent.root.i)
    if quote is not None:
        several = ctx.disc.quote_cospeakers.get(quote.start, [])
    elif voice.kind != "publisher" and ctx.sent.root.lemma_.lower() in load_speech().speaker_verbs:
        res = Resolver(ctx)
        several = unique_actors(a for s in subject_of(ctx.sent.root) for a in res.actors(s))
    else:
        several = []
    return [c for c in several if c.country != voice.country]


def co_speakers(ctx: SentenceContext, head: Token, speaker: Referent) -> list[Referent]:
    """Who else says what ``speaker`` is told saying about the event at ``head``: the other
    speakers of its quote, or the other subjects of the verb of saying its clause hangs
    under ("Estonia and Latvia said Russian forces had attacked ...")."""
    quote = ctx.quote_of.get(head.i)
    if quote is not None:
        several = ctx.disc.quote_cospeakers.get(quote.start, [])
    else:
        verbs, t, several = load_speech().speaker_verbs, head, []
        for _ in range(6):
            if t.head.i == t.i or t.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "parataxis"):
                break
            t = t.head
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs:
                res = Resolver(ctx)
                several = unique_actors(a for x in subject_of(t) for a in res.actors(x))
                break
    if not any(c.country == speaker.country for c in several):
        return []  # (not this speaker's company)
    return [c for c in several if c.country != speaker.country]


def _root_speaker(ctx: SentenceContext) -> Referent | None:
    res = Resolver(ctx)
    for s in subject_of(ctx.sent.root):
        refs = res.actors(s)
        if refs:
            return refs[0]
    return None


#: a quote this long is speech, not a phrase in scare quotes ("called the move “illegal”")
_SPEECH_CHARS = 40


def attribute(ctx: SentenceContext, head: Token, source: Referent, code: str, status: Status, target: Referent | None = None) -> Attribution:
    """The event at ``head`` with ``source`` as its actor (and ``target`` as its other
    side), as its speaker or reporter tells it."""
    speech = load_speech()
    speaker = ctx.speaker_for(head)
    attributed = None
    quote = ctx.quote_of.get(head.i)
    if speaker is None and quote is not None and quote.end - quote.start >= _SPEECH_CHARS and ctx.disc.publisher:
        # "“Belarus is actively supporting Russia …,” Nanaia Mahuta said" in New Zealand's
        # release: a speaker the release does not place speaks for it
        speaker = Referent(ctx.disc.publisher, "GOV", "", ctx.char(head), ctx.char(head), "publisher", 0.6)
    if speaker is not None and quote is not None and source.country != speaker.country:
        # ("'We condemn ...,' France, Germany and Britain said": each of several speakers
        # speaks for itself)
        speaker = next((c for c in ctx.disc.quote_cospeakers.get(quote.start, []) if c.country == source.country), speaker)
    if speaker is not None:
        attributed = speaker
        # (a party's word on its own meetings, aid or cuts is how they are reported, but not
        # in a transcript turn, where the speaker recalls them: "Our last meeting took
        # place in December" is his account, as what he says others did)
        recalled = quote is not None and quote.label is not None
        own = source.country == speaker.country and (code[:2] in speech.verbal_roots or (self_reported(code) and not recalled))
        # (a meeting's other side tells its own part in it: "X hosted the talks, Y said")
        own = own or (target is not None and target.country == speaker.country and code[:2] in speech.participant_reported_roots and not recalled)
        if status is Status.ASSERTED and not own:
            status = Status.CLAIMED
    elif (source_of_report := according_to(ctx, head)) is not None and not _own_state_media(head, source_of_report, source, target) and not _documentary(head, source_of_report):
        # "..., according to Iranian state media": only what the named source says (not a
        # party's own state media: "..., according to state television")
        attributed = source_of_report
        if status is Status.ASSERTED:
            status = Status.CLAIMED
    else:
        reporter = reported_by(ctx, head, source, code, target)
        if reporter is not None:
            attributed = reporter
            if status is Status.ASSERTED:
                status = Status.CLAIMED
    if attributed is not None and not attributed.country:
        attributed = None  # an unnamed source ("according to officials") makes it claimed, names no one
    return Attribution(status, attributed, speaker)


def _own_state_media(head: Token, report: Referent, source: Referent, target: Referent | None) -> bool:
    """"..., according to state television": a state's own media, unnamed (taken as a
    party's) or named as the source's or the target's ("according to Chinese state media"),
    tells the state's own act as the state does (set NOTES conventions)."""
    phrase = _according_phrase(head)
    if phrase is None:
        return False
    words = [t.lower_ for t in phrase]
    media = load_speech().state_media_nouns
    if not any(n in media and "state" in words[:i] for i, n in enumerate(words)):  # ("state-run television")
        return False
    parties = {source.country, target.country if target is not None else source.country}
    return not report.country or report.country in parties


def _documentary(head: Token, report: Referent) -> bool:
    """"..., according to shipping data": records that name no actor tell what happened,
    no party's claim (speech.yaml documentary_sources)."""
    pobj = _according_object(head)
    words = load_speech().documentary_sources
    return not report.country and pobj is not None and (pobj.lemma_.lower() in words or pobj.lower_ in words)


def _according_phrase(head: Token) -> list[Token] | None:
    """The words of the noun phrase after "according to" that governs ``head``, up to its noun."""
    pobj = _according_object(head)
    return None if pobj is None else [x for x in pobj.subtree if x.i <= pobj.i]


def _according_object(head: Token) -> Token | None:
    """The noun of "according to X" in the trigger's clause or above it."""
    t = head
    for _ in range(12):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in c.children:
                    for pobj in (x for x in to.children if x.dep_ == "pobj"):
                        return pobj
        if t.head.i == t.i:
            break
        t = t.head
    return None


def according_to(ctx: SentenceContext, head: Token) -> Referent | None:
    """The source named by "according to X" in the trigger's clause or above it."""
    if "according" not in ctx.lower_set and ctx.sent.start <= head.i < ctx.sent.end:
        return None  # (the walk up from the word stays in its sentence, which has no such word)
    pobj = _according_object(head)
    if pobj is None:
        return None
    refs = Resolver(ctx).actors(pobj)
    text = pobj.text
    return refs[0] if refs else Referent("", None, text, ctx.char(pobj), ctx.char(pobj) + len(text), "source", 0.5)


def reported_by(ctx: SentenceContext, head: Token, source: Referent, code: str, target: Referent | None = None) -> Referent | None:
    """"X said that Y attacked Z": Y's act is X's claim, and so is X's own act unless
    saying it performs it ("X said it supports ..."). A party that confirms or admits
    the act settles it ("Iran confirmed that the US struck its base"): no claim."""
    speech = load_speech()
    t = head
    res = Resolver(ctx)
    if _told_by_relative(head) or made_before(head):
        # "lifting the sanctions it imposed on Eritrea in 2009", "warned the row could
        # threaten a deal signed a year ago": told as known, the writer's background
        return None
    while t.head.i != t.i:
        if t.dep_ == "relcl" and t.tag_ in ("VBD", "VBN"):
            return None  # "a deal the two governments signed that year": the writer's background
        if t.dep_ == "advcl" and (_contrast(t) or _set_off_fact(t)):
            return None  # "X said ..., while Russia and China congratulated Maduro": the reporter's
        # "accused Iran of supplying drones": the accuser's claim
        # ("accused Chinese vessels of firing": the parse may hang "of" on the accused)
        accusing = t.head.head if t.head.head.dep_ != "dobj" else t.head.head.head
        accused = t.dep_ == "pcomp" and t.head.lower_ in ("of", "for") and accusing.lemma_.lower() in speech.accusing_verbs
        if accused:
            accusers = [a for s in subject_of(accusing) for a in res.actors(s)]
            return accusers[0] if accusers and accusers[0].country != source.country else None
        # (a finding's clause too, not what is ruled out: "ruled out that ...")
        finding = t.head.lemma_.lower() in speech.finding_verbs and not any(c.dep_ == "prt" for c in t.head.children)
        if t.dep_ in ("ccomp",) and (t.head.lemma_.lower() in speech.speaker_verbs or finding) and not set_apart(t, t.head):
            subjects = subject_of(t.head)
            listed = [x for s in subjects for x in (s, *(d for d in s.subtree if d.dep_ in ("conj", "appos")))]
            speakers = [a for x in listed for a in res.actors(x)]
            if not speakers:
                # "Officials said ...": a speaker named only by kind still only claims it
                unnamed = [s for s in subjects if s.lemma_.lower() in speech.unnamed_speakers or s.lemma_.lower() in speech.unnamed_officials]
                # ("..., officials said": a meeting told as the governments tell it; by root
                # only: a state's own word on its pacts, self_reported_codes, is not theirs)
                told = code[:2] in speech.self_reported_roots or code[:2] in speech.official_reported_roots
                if not unnamed or (unnamed[0].lemma_.lower() in speech.unnamed_officials and told):
                    return None
                return Referent("", None, unnamed[0].text, 0, 0, "source", 0.5)
            parties = {source.country, target.country if target is not None else source.country}
            if t.head.lemma_.lower() in speech.confirming_verbs and speakers[0].country in parties:
                return None
            # ("Mali, Burkina Faso and Niger said they were withdrawing": each speaks of its own act)
            own = next((sp for sp in speakers if sp.country == source.country), None)
            if own is None and code[:2] in speech.participant_reported_roots and target is not None:
                # ("X hosted the talks, Y said": the other side tells its own meeting)
                own = next((sp for sp in speakers if sp.country == target.country), None)
            if own is None:
                return speakers[0]
            # a government announcing its own act does it ("announced that Canada is
            # providing $306 million"), and so does one reporting its own meeting ("said he
            # had spoken to Pompeo"); saying it did something else only claims it
            performative = t.head.lemma_.lower() in speech.performative_verbs or code[:2] in speech.verbal_roots
            # "Morales says he is expelling USAID": a party telling what one-sided act it is
            # doing to the other now does it (commitment.yaml's announced_threat_roots, the
            # acts a party's word makes; not a joint act, which the other may tell otherwise)
            ongoing = code[:2] in load_commitment().announced_threat_roots and head.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in head.children)
            return None if performative or ongoing or self_reported(code) else speakers[0]
        t = t.head
    return None


def _told_by_relative(head: Token) -> bool:
    """An act a relative clause in the past tells of its noun ("the sanctions Japan
    imposed"): background the writer gives as known, not the reported speaker's claim."""
    rel = relative_governor(head) if head.pos_ == "NOUN" else None
    return rel is not None and rel.tag_ in ("VBD", "VBN")


def reported_by_itself(ctx: SentenceContext, head: Token, source: Referent) -> bool:
    """"Hungary has said it will support the resolution", "Portugal will support Turkey's
    bid, President Soares said": the act's own actor is who tells it."""
    speech = load_speech()
    t = head
    res = Resolver(ctx)
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in speech.speaker_verbs and not set_apart(t, t.head):
            speakers = [a for s in subject_of(t.head) for a in res.actors(s)]
            # ("Burkina Faso, Mali and Niger announced that they would leave": each of them)
            return any(a.country == source.country for a in speakers)
        t = t.head
    return False


def _set_off_fact(clause: Token) -> bool:
    """A clause of time in the simple past set off by a comma ("announced that Venezuela
    was breaking off relations, hours after Colombia accused Venezuela ...") or under a
    promised act: the reporter's fact that dates the report, not the speaker's word."""
    if clause.tag_ != "VBD" or not fact_clause(clause):
        return False
    set_off = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    # ... or the past that a promised act answers ("said it would retaliate after the
    # Netherlands barred two ministers"): a done act, not part of the promise
    answered = any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in clause.head.children)
    return set_off or answered


def _contrast(clause: Token) -> bool:
    """A clause of contrast set off by a comma ("..., while Russia congratulated Maduro"):
    the reporter's, not the speaker's."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("while", "whereas")), None)
    return mark is not None and mark.i > 0 and clause.doc[mark.i - 1].text == ","
