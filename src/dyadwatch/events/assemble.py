"""From a candidate to Event records: the sides it still lacks, its status, date and place.

A candidate (``extract.fill``) names a trigger and the actors its roles found. Before it
becomes events:

- sides still missing are looked for: coordinated sources of a symmetric event ("Chile
  and Peru signed"), a generic group ("the two sides agreed"), the publisher of an
  official statement ("India was asked to waive ..."), an earlier event a definite noun
  points back at ("Beijing criticised the move"), the state the sentence is about;
- each (source, target) pair gets its status (``annotate.status``, then who says it:
  ``annotate.attribution``), a reversal ("the withholding of aid") or a negated code
  ("did not agree"), its date (``timing``) and place (``annotate.places``);
- a promise of cooperation is also a statement of intent (03), and a speaker who reports
  another actor's hostile act accuses it (112) (GUIDELINES §4).

The voice rules (``voice``) give events of the sentence's political voice; they are
recorded here the same way. ``dedupe`` keeps one event per reading of the article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..annotate.attribution import (
    attribute,
    co_speakers,
    reported_by_itself,
    sentence_voice,
    voice_companions,
)
from ..annotate.dates import ResolvedDate, load_temporal_lexicon
from ..annotate.places import event_location, gazetteer_loaded
from ..annotate.status import (
    StatusReading,
    clause_cue,
    conditioned,
    headline_future,
    load_cues,
    polite_wish,
    read_status,
)
from ..codebook import load_codebook
from ..records import ActorRef, Event, Location, QuadClass, Section, Status
from .arguments import Resolver, unique_actors
from .cameo import load_cameo
from .commitment import commitment_events, load_commitment, threat_code
from .continued_intent import continued_intents
from .defiance import defiances
from .evaluation import (
    act_kind,
    evaluation_events,
    load_evaluation,
    outcome_poll,
    poll_states,
    same_act_kind,
    told_acts,
    verbal_roots,
)
from .extract import Candidate, generic_group, group_size, pair_referents
from .meetings import dated_as_joined, joined_meeting, meeting_parties, one_meeting
from .parallel import parallel_target
from .reciprocity import answered_event, answers_in_kind
from .speech import load_speech
from .timing import after_article, date_event, told_as_done
from .tree import (
    POINTING_DETERMINERS,
    conjuncts,
    each_clause_subjects,
    each_other,
    first_conjunct,
    governor,
    has_passive_marks,
    has_to,
    in_amount,
    in_subject,
    is_passive,
    prompting_clause,
    subject_of,
    sums_up,
    token_at_char,
)
from .undoing import for_clause, measure_doer, undone_own_act
from .voice import (
    has_intent_marker,
    load_voice,
    obligation_demands,
    proof_events,
    reason_alleges,
    scheduled,
    voice_events,
)
from .warned_response import promised_actions, warned_responses

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..codebook import Codebook
    from .context import SentenceContext
    from .lexicon import TriggerLexicon
    from .state import ArticleState


#: words that open a clause of time in which a speaker recalls a past act
_RECALLING_WORDS = frozenset({"when", "while"})


def _recalled_background(head: Token) -> bool:
    """The act is told in a relative clause or a clause of time ("NATO, which bombed our
    country", "when the colonial army was fighting"), on the way up to the sentence's main
    verb or the verb of speech that reports it: background the speaker recalls, no
    accusation made now."""
    t = head
    while t.head.i != t.i:
        if t.dep_ == "relcl" or (t.dep_ == "advcl" and any(c.lower_ in _RECALLING_WORDS and c.dep_ in ("advmod", "mark") for c in t.children)):
            return True
        if t.dep_ in ("ccomp", "pcomp"):
            return False  # (what is said or charged: "said that Israeli jets had struck")
        t = t.head
    return False


class Assembler:
    """Turns the candidates and voice readings of a sentence into Event records."""

    def __init__(self, codebook: Codebook, version: str) -> None:
        self.codebook = codebook
        self.version = version  # the dictionaries' versions, stamped on every event

    def candidate_events(self, state: ArticleState, ctx: SentenceContext, cand: Candidate) -> list[Event]:
        # companies, civilians, aid groups act for no state
        sources = [s for s in cand.sources if s.sector not in ctx.lexicon.non_political]
        targets = cand.targets
        rule = cand.rule
        conf = cand.confidence
        calming = cand.code[:2] in ("02", "10") and _appeals_for_calm(cand.head, ctx.triggers.calm_nouns)
        if not targets and sources and (calming or (cand.code[:2] == "04" and _about_conflict(cand.head, ctx.triggers.conflict_nouns))):
            # "efforts by the AU, the US and Qatar to negotiate the resolution to the
            # conflict": the talks are with the conflict's parties; so is an appeal for calm
            # ("The United Nations urged restraint")
            own = {s.country for s in sources}
            pair = _named_pair(ctx, own) or state.disc.last_event_pair or ((state.disc.lead_pair or state.disc.last_any_pair) if calming else None)
            if pair is not None and not own & set(pair):
                targets = pair_referents(pair, cand.head, ctx, 0.5)
                rule += "+conflict"
        if not targets and len(sources) == 1 and cand.symmetric and cand.trigger.pos == "verb":
            # "They agreed that ...", "they discussed ...": a plural pronoun is the pair of
            # the last joint or hostile act that holds the one it resolved to
            subj = subject_of(cand.head)
            pair = state.disc.last_event_pair
            if subj and subj[0].lower_ == "they" and pair is not None and sources[0].country in pair:
                other = pair[1] if pair[0] == sources[0].country else pair[0]
                here = (ctx.char(subj[0]), ctx.char(subj[0]) + len(subj[0].text))
                targets = [Referent(other, sources[0].sector, subj[0].text, *here, "pair", 0.5)]
                rule += "+they"
        mutual = cand.trigger.pos == "verb" and each_other(cand.head)
        if mutual and not sources:
            # "..., each blaming the other": each of the clause's subjects
            res = Resolver(ctx)
            sources = unique_actors(a for s in each_clause_subjects(cand.head) for t in (s, *conjuncts(s)) for a in res.actors(t))
        if not targets and len({s.country for s in sources}) >= 2 and cand.symmetric:
            # "The US, Russia and Switzerland met": each pair of them
            sources, targets = sources[:-1], sources[1:]
            rule += "+coord"
        elif not targets and ((len({s.country for s in sources}) == 2 and cand.trigger.reciprocal and not cand.target_named and _each_others(state, ctx, sources))
                              or (len({s.country for s in sources}) >= 2 and mutual)):
            # "both countries recalled their ambassadors": each from the other (two of them:
            # "Saudi Arabia, the UAE, Bahrain and Egypt severed ties" acts on a third)
            targets = list(sources)
            rule += "+reciprocal"
        elif not targets and len({s.country for s in sources}) == 2 and all(s.kind == "pair" for s in sources) \
                and cand.code[:2] in ctx.triggers.pair_joint_roots | ctx.triggers.pair_mutual_roots and _pair_doer(ctx, cand.head, sources):
            # "the two countries would set up a joint committee": a joint act between the
            # pair's members; "both armies moved troops into the area": each on the other
            if cand.code[:2] in ctx.triggers.pair_joint_roots:
                sources, targets = sources[:1], sources[1:]
            else:
                targets = list(sources)
            rule += "+pair"
        # (or read as one official of the state last named: "X told his counterpart Y ...,
        # the Indian foreign ministry said. The ministers agreed ...")
        one_official = not targets and len(sources) == 1 and sources[0].kind == "topic-official"
        if (not sources or one_official) and cand.symmetric:
            # the verb's subject, or a light verb's for a noun ("the two leaders held talks")
            gov = governor(cand.head) if cand.trigger.pos == "noun" else cand.head
            light = gov is not None and (gov is cand.head or gov.lemma_.lower() in ctx.triggers.light_verbs)
            subj = subject_of(gov) if gov is not None and light else []
            if generic_group(subj):
                # "the ministers", "the three leaders": the states under discussion, as
                # many as the group counts (two unless a number says otherwise), each pair
                ranked = state.disc.ranked()[: group_size(subj[0])]
                if len(ranked) >= 2 and (not sources or sources[0].country in ranked):
                    here = (ctx.char(subj[0]), ctx.char(subj[0]) + len(subj[0].text))
                    sources = [Referent(c, "GOV", subj[0].text, *here, "group", 0.5) for c in ranked[:-1]]
                    targets = [Referent(c, "GOV", subj[0].text, *here, "group", 0.5) for c in ranked[1:]]
                    rule += "+group"
        if not sources and targets and (speaker := _collective_speaker(ctx, cand)) is not None and speaker.country not in {t.country for t in targets}:
            sources = [speaker]
            rule += "+speaker"
        if not sources and targets and _publisher_acts(state, ctx, cand, targets):
            pub = state.disc.publisher or ""
            sources = [Referent(pub, "GOV", "", ctx.char(cand.head), ctx.char(cand.head), "publisher", 0.5)]
            rule += "+publisher"
        if not sources and targets and cand.code[:2] in ctx.triggers.passive_measure_roots and cand.trigger.pos == "verb" and is_passive(cand.head) \
                and not any(c.dep_ == "agent" for c in cand.head.children) and cand.rule.endswith(">obj"):
            # "China was slapped with an additional 10% duty": the measure told in the passive
            # with no agent, on its subject, is taken by whoever took the last such measure
            # against another (not "whose orders from Chinese buyers were cancelled": the
            # one the measure names in a phrase may be its doer)
            doer = _last_measure_doer(state, ctx, cand, {t.country for t in targets})
            if doer is not None:
                sources = [doer]
                rule += "+measure"
                conf = min(conf, 0.45)
        if sources and not targets and cand.target_named:
            # "Beijing criticised the deal": a definite event noun points back at an event
            # the article coded; its parties are the target
            antecedent = _antecedent_event(state, ctx, cand, {s.country for s in sources})
            if antecedent:
                targets = antecedent
                rule += "+antecedent"
                conf = min(conf, 0.6)
        joined = None
        if sources and cand.trigger.meeting_parties and (not targets or cand.rule.endswith(">sibling")):
            # "hosted the meeting", "joined by phone": each party of the meeting told before
            joined = joined_meeting(state, cand)
            parties = meeting_parties(state, ctx, cand, joined, {s.country for s in sources})
            if parties:
                targets = unique_actors([*targets, *parties])
                rule += "+meeting"
        # (a clause says what is asked, and so who is to do it: "agreed to accept aid", "called
        # for the border to be closed" names no one to close it)
        clause = any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and for_clause(c)) for c in cand.head.children)
        if sources and not targets and cand.code[:2] in ctx.triggers.undoing_demand_roots and not clause:
            # "demanded the lifting of sanctions", "called for an end to the US embargo": of
            # the one who took the measure
            doer = measure_doer(ctx, cand, {s.country for s in sources}, _told_done(state))
            if doer is not None:
                targets = [doer]
                rule += "+measure"
                conf = min(conf, 0.5)
        if sources and not targets and (not cand.target_named or _demands_an_act(ctx, cand)) and cand.trigger.implicit_target and not clause:
            here = ctx.char(cand.head)
            # ("Sudan also severed ties, while the UAE recalled its ambassador": the target
            # of the same kind of act told before it in the sentence, else a guess)
            parallel = parallel_target(state.events, cand.code[:2], ctx.char(ctx.sent[0]), here, {s.country for s in sources})
            implicit = (Referent(parallel, None, "", here, here, "parallel", 0.5) if parallel is not None
                        else _implicit_target(state, ctx, cand, {s.country for s in sources}))  # fmt: skip
            if implicit is not None:
                targets = [implicit]
                rule += "+parallel" if parallel is not None else "+implicit"
                conf = min(conf, 0.5)
        if sources and not targets and not clause and cand.code[:2] in ctx.triggers.own_act_roots and cand.trigger.pos == "verb" and cand.head.dep_ != "xcomp":
            # "China removed tariffs on the grain", "unblocked 10 billion euros": an undoing
            # naming no one undoes the measure its actor took against another before
            undone = undone_own_act(ctx, cand, {s.country for s in sources}, _told_done(state))
            if undone is not None:
                targets = [undone]
                rule += "+undone"
                conf = min(conf, 0.5)
        if sources and not targets and not cand.target_named and cand.trigger.id in ctx.triggers.chain_reactions and not clause:
            chained = _chained_reaction_target(state, ctx, cand, {s.country for s in sources})
            if chained is not None:
                targets = [chained]
                rule += "+chain"
                conf = min(conf, 0.5)
        if sources and not targets and not cand.target_named and not clause and cand.code[:2] in ctx.triggers.pressed_refusal_roots \
                and _refused(cand.head, ctx.triggers.refusal_modals):
            # "has refused to apologise", "would not negotiate": a refusal naming no one
            # answers whoever last pressed the one who refuses
            pressing = _grievance_target(state, ctx, cand, {s.country for s in sources}, clause_free=False)
            if pressing is not None:
                targets = [pressing]
                rule += "+pressed"
                conf = min(conf, 0.45)
        if sources and not targets and not cand.target_named and cand.trigger.id in ctx.triggers.grievance_reactions and not clause:
            aggrieved = _grievance_target(state, ctx, cand, {s.country for s in sources})
            if aggrieved is not None:
                targets = [aggrieved]
                rule += "+grievance"
                conf = min(conf, 0.45)
        if sources and not targets and not clause and cand.trigger.id in ctx.triggers.rival_postures:
            # "placed its defence forces on full alert", "troops were sent to the frontier":
            # a show of force at a place that names no state is aimed at the doer's rival
            rival = _rival(state, ctx, cand, {s.country for s in sources})
            if rival is not None:
                targets = [rival]
                rule += "+rival"
                conf = min(conf, 0.45)
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
        if rule.endswith("+meeting"):
            one_meeting(out)
            dated_as_joined(out, joined)
        if "+pair" in rule:
            # ("hoped both sides would exercise restraint": a wish for the pair, no act of it)
            out = [e for e in out if e.status is not Status.HYPOTHETICAL]
        return out

    def commitment_events(self, state: ArticleState, ctx: SentenceContext, acts: dict[int, Candidate], made: list[Event]) -> list[Event]:
        """Statements of intent (03) and threats (13): an actor committing itself to a
        cooperative or a hostile act, unless the trigger rules already coded that between
        the same sides."""
        have = {(e.source.country, e.target.country, e.root) for e in made if e.root in ("03", "13") and e.status in (Status.ASSERTED, Status.CLAIMED)}
        out: list[Event] = []
        implicit = lambda tok, exclude: _quarrel_target(ctx, made, tok, exclude) or _topic_target(state, ctx, tok, exclude)  # noqa: E731
        for c in commitment_events(ctx, acts, implicit, lambda tok, exclude: _done_with(ctx, made, tok, exclude)) + warned_responses(ctx, implicit) + promised_actions(ctx) + defiances(ctx, load_evaluation().coercion_verbs, lambda speaker: _accuser(state, ctx, speaker), sentence_voice(ctx)) + continued_intents(ctx, [*(e for _, e in state.events), *made]):
            key = (c.source.country, c.target.country, c.code[:2])
            if key in have:
                continue
            have.add(key)
            # ("Togo has offered to mediate, two diplomats said": only their word)
            told = _told_statement(ctx, c.head, (c.source, c.target, c.rule.endswith(">joint")), c.code)
            out.append(self._record(state, ctx, c.head, c.source, c.target, c.code, told, c.rule,
                                    min(0.6, c.source.confidence, c.target.confidence), False, None, statement=True))  # fmt: skip
        return out

    def reason_events(self, ctx: SentenceContext, made: list[Event]) -> list[Event]:
        """A hostile act done for a wrong it alleges of its target accuses the target
        ("declared three US diplomats persona non grata for alleged conspiracy": Venezuela
        accuses the United States), as the doer's own charge (voice.yaml reason_*)."""
        v = load_voice()
        cb = self.codebook
        have = {(e.source.country, e.target.country, e.root) for e in made}
        out: list[Event] = []
        for e in made:
            if e.root not in v.reason_roots or e.status is not Status.ASSERTED:
                continue
            act = token_at_char(ctx.sent, e.trigger_start - ctx.offset)
            if act is None:
                continue
            key = (e.source.country, e.target.country, "11")
            if key in have or (wrong := reason_alleges(act)) is None:
                continue
            have.add(key)
            entry = cb["112"]
            start = ctx.char(wrong)
            out.append(replace(e, cameo=entry.code, root=entry.root, plover=cb.plover_for(entry.code), goldstein=entry.goldstein,
                               quad_class=entry.quad_class, trigger_text=wrong.text, trigger_start=start,
                               trigger_end=start + len(wrong.text), rule=e.rule + "+reason", symmetric=False))  # fmt: skip
        return out

    def in_kind_events(self, state: ArticleState, ctx: SentenceContext) -> list[Event]:
        """Answers in kind ("It expelled all Latvian diplomats ...; Latvia responded in
        kind"): the act answered, by the one who answers, against its doer."""
        out: list[Event] = []
        res = Resolver(ctx)
        for head in answers_in_kind(ctx):
            reading = read_status(head)
            if reading.status not in (Status.ASSERTED, Status.CLAIMED):
                continue  # a promised answer threatens (commitment rules)
            here = (ctx.char(head), ctx.char(head) + len(head.text))
            for doer in unique_actors(a for s in subject_of(head) for a in res.actors(s)):
                prev = answered_event(state.events, doer.country, here[0])
                if prev is None:
                    continue
                answered = Referent(prev.source.country, prev.source.sector, head.text, *here, "antecedent", 0.5)
                out.append(self._record(state, ctx, head, doer, answered, prev.cameo, reading.status, "in-kind/subj>antecedent",
                                        min(0.6, doer.confidence), False, None))  # fmt: skip
        return out

    def voice_events(self, state: ArticleState, ctx: SentenceContext, fired: set[int]) -> list[Event]:
        """What the sentence's political voice does to others (criticism, demands), from
        the words no trigger took."""
        voice = sentence_voice(ctx)
        out: list[Event] = []
        tokens = [t for t in ctx.tokens if t.i not in fired]
        # (an obligation said under a verb of saying of its own has that verb's speaker:
        # "rejected the claims and said Washington should stop interfering")
        found = (voice_events(ctx, tokens) if voice is not None else []) + obligation_demands(ctx) + proof_events(ctx, tokens)
        found += evaluation_events(ctx, tokens, voice, lambda noun, speaker: _act_author(state, ctx, noun, speaker),
                                   lambda speaker: _accuser(state, ctx, speaker))  # fmt: skip
        companions = voice_companions(ctx, voice) if voice is not None else []
        for ve, speaker in [(v, sp) for v in found for sp in ([v.speaker] if v.speaker is not None else [voice, *companions])]:
            # (a voice shared by several speakers is each one's: "'Iran must stop ...,'
            # France, Germany and Britain said")
            if speaker is None or ve.agent.country == speaker.country:
                continue
            # "X should abandon ...": the modal is the demand itself; what governs the
            # clause ("said", "could say") decides whether the demand was made; so with the
            # threat of "said Chile's actions will have consequences" (the future is its content)
            # (and so with a displeasure denied: "said it was not happy with ...", told by the copula)
            # (and so with a question said closed: "said the issue was settled")
            # (and a wrong refused: "will not tolerate any violation")
            demand = ve.code in ("100", "130") or ve.rule.startswith(("voice/closed:", "voice/refuse:", "voice/displeased:"))
            # (a clause joined to another is governed by what governs the first: "said that
            # ... is not in Europe's interest and that Ukraine should negotiate")
            clause = first_conjunct(ve.head)
            reading = read_status(clause.head) if demand and clause.head.i != clause.i else (
                StatusReading(Status.ASSERTED, None) if demand else read_status(ve.head))
            if reading.status not in (Status.ASSERTED,):
                continue
            out.append(self._record(state, ctx, ve.head, speaker, ve.agent, ve.code, Status.ASSERTED, ve.rule,
                                    min(0.6, ve.agent.confidence), False, speaker if speaker.kind != "publisher" else None, statement=True))  # fmt: skip
        return out

    def _make(self, state: ArticleState, ctx: SentenceContext, cand: Candidate, s: Referent, t: Referent,
              rule: str, conf: float) -> list[Event]:  # fmt: skip
        head = cand.head
        reading = read_status(head)
        if cand.trigger.at_only and head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX") \
                and (act := read_status(head.head.head)).status is Status.HYPOTHETICAL:
            reading = act  # "could dispatch police at Honiara's request": a request that may come
        if reading.status is Status.ASSERTED and ctx.headline and headline_future(head):
            reading = StatusReading(Status.FUTURE, "to")
        code = cand.code
        # "the withholding of EU financial assistance": a cut, not a gift
        # ... and "cancelled a planned visit": undone, as the verb tells (not as "planned" does)
        undoer = _undoer(head, cand.trigger.pos, ctx.triggers)
        undone = undoer is not None
        if undone or (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ctx.triggers.reversal_nouns):
            reversed_code = ctx.triggers.reversal_codes.get(code[:2])
            if reversed_code:
                code, rule = reversed_code, rule + "+reversed"
                reading = read_status(undoer) if undoer is not None else reading
        if cand.trigger.amount_code and in_amount(head):
            code, rule = cand.trigger.amount_code, rule + "+amount"
        elif cand.trigger.clause_code and _tells_other(ctx, head, s):
            code, rule = cand.trigger.clause_code, rule + "+clause"
        elif cand.trigger.infinitive_code and any(c.dep_ == "xcomp" and has_to(c) for c in head.children):
            code, rule = cand.trigger.infinitive_code, rule + "+infinitive"
        elif cand.trigger.purpose_code and _material_purpose(head, ctx.triggers.material_purpose_blocks):
            code, rule = cand.trigger.purpose_code, rule + "+purpose"
        status = reading.status
        if cand.trigger.standing and status is Status.FUTURE and reading.cue in ctx.triggers.refusal_modals and not reading.negated:
            status = Status.ASSERTED  # "would keep sanctions on Maduro's government in place": in force now
        # a measure named with who imposed it is one in force, as a possessed one is, and a
        # matter of record, not a speaker's word ("would comply with Western sanctions against
        # Moscow, Tokayev said", "to support the monitoring of United Nations sanctions on
        # North Korea"); not one still to come ("new EU sanctions")
        named_measure = (cand.trigger.pos == "noun" and "/mod>" in rule and code[:2] == "16" and not reading.negated
                         and status in (Status.ASSERTED, Status.FUTURE)
                         and not any(c.lower_ in load_commitment().more_to_come_adjectives for c in head.children))  # fmt: skip
        # (and dated by no clause around it: "Western sanctions" were imposed when they were)
        undated = named_measure and status is not Status.ASSERTED
        if named_measure:
            status = Status.ASSERTED
        if _refused_by_noun(head):
            status = Status.NEGATED  # "Astana's refusal to back Moscow's war": the act refused did not happen
        if (status is Status.FUTURE and head.dep_ == "dobj" and reading.cue == head.head.lemma_.lower() and reading.cue in load_cues().giving_heads
                and code[:2] in load_speech().verbal_roots and code[:2] != "03"):  # fmt: skip
            status = Status.ASSERTED  # "offered solidarity with Bogota": offering it expresses it
        if status in (Status.HYPOTHETICAL, Status.FUTURE) and code[:2] in load_speech().verbal_roots and polite_wish(head):
            status = Status.ASSERTED  # "I would like to invite you to Kazan": saying it invites
        now_roots = load_commitment().announced_now_roots
        if status is Status.FUTURE and (code[:2] == "03" and has_intent_marker(head) or (
                code[:2] == "03" or code[:2] in now_roots or cand.trigger.by_notice) and reported_by_itself(ctx, head, s)):
            # ("said it would reject any talks": a rejection made in announcing it, commitment.yaml;
            # "announced they would quit the bloc": a withdrawal made by notice, triggers.yaml)
            # "offered to lead a security mission" coded as an intent (03) by the dictionary:
            # the offer is the intent, said now (GUIDELINES §4); and so is a promise its own
            # actor says it will keep: "Ecuador said it would guarantee the diplomats' safety"
            status = Status.ASSERTED
        symmetric = cand.symmetric
        if reading.negated and cand.trigger.negated_code:
            # "India did not agree": a rejection, with one side acting
            code, status, symmetric = cand.trigger.negated_code, Status.ASSERTED, False
            rule += "+negated"
        said = attribute(ctx, head, s, code, status, t)
        status, attributed = said.status, said.attributed
        if named_measure and status is Status.CLAIMED:
            status, undated = Status.ASSERTED, True
        elif status is Status.CLAIMED and cand.trigger.pos == "noun" and "/mod>" in rule and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children):
            # so is any act a noun tells with its doer as possessor (read_status: a possessed
            # event noun presupposes the event): a speaker who "appreciated China's humanitarian
            # assistance after the earthquakes" recalls a fact, no claim of his own; not an
            # adjective's doer, which a speaker's words may well only claim ("Russian attacks")
            status = Status.ASSERTED
        # a verbal act a speaker performs in his own words is a statement made when he
        # speaks ("the international community has come together in deploring ...")
        # and so is one an official statement performs in its own voice, the publisher's
        # or a joint statement's ("We condemn ... Russia's use of these missiles on
        # December 30": condemned when the statement is issued)
        voiced = said.speaker.country == s.country if said.speaker is not None else (
            ctx.quote_of.get(head.i) is None and (s.country == state.disc.publisher or s.country in state.disc.joint))
        spoken = voiced and code[:2] in load_speech().verbal_roots
        events = [self._record(state, ctx, head, s, t, code, status, rule, conf, symmetric, attributed, statement=spoken, undated=undated)]
        root = code[:2]
        refusal = ctx.triggers.refusal_codes.get(root)
        if status is Status.NEGATED and refusal is not None and _refused(head, ctx.triggers.refusal_modals):
            # "he would not provide support to Israel": the refusal itself is asserted
            events.append(self._record(state, ctx, head, s, t, refusal, Status.ASSERTED, f"refuse/{rule}", conf, False,
                                       attributed, statement=True))  # fmt: skip
        # a promise of cooperation said now is itself an asserted event (GUIDELINES §4):
        # marked as one, said by its own actor, or announced in its own official statement
        # ("Australia will provide a further support package" from Canberra)
        intent_code = load_voice().intent_codes.get(root)
        own_voice = (said.speaker is not None and said.speaker.country == s.country) or (
            said.speaker is None and ctx.quote_of.get(head.i) is None and state.disc.publisher == s.country) or (
            said.attributed is not None and said.attributed.country == s.country) or (  # "Japan said it will provide aid"
            # "Hungary has said it will support", "the Kremlin said it would help Moscow's ally"
            said.attributed is None and reported_by_itself(ctx, head, s))
        # "said they would meet the mediator if he gave them a veto": a promise on a condition
        on_condition = status is Status.HYPOTHETICAL and conditioned(reading)
        modals = {c.lower_ for c in head.children if c.dep_ == "aux"}
        conditional = on_condition and not modals.isdisjoint(ctx.triggers.refusal_modals)
        # (an act on a timetable its doers report is no promise: "are due to hold drills")
        if (status is Status.FUTURE or conditional) and intent_code is not None and (
                has_intent_marker(head) or cand.trigger.intent or (own_voice and not scheduled(head))):
            events.append(self._record(state, ctx, head, s, t, intent_code, _told_intent(ctx, head, reading, (s, t, symmetric), intent_code),
                                       f"intent/{rule}", conf, False, attributed, statement=True))  # fmt: skip
        # and a hostile act its own actor says it will do threatens (GUIDELINES §3: "a state
        # will respond firmly to the measures"): "said they would boycott all contact with
        # the US", "NATO confirmed it would tighten the blockade" (a plan is no threat)
        # the plain future of an announcement ("will", "would": the modals that make a
        # refusal of "will not"), not a plan or an aim
        # "said it would attack South Korea unless the drills stopped": an announcement on a
        # condition threatens too (the act itself is hypothetical)
        # ("said they could use force if ...": any modal of possibility on a condition)
        conditional_threat = on_condition and not modals.isdisjoint(load_commitment().conditional_threat_modals)
        # the act a verb names, or the one its object noun names when the modal is that
        # verb's own: "said it would impose a 30 percent tariff on imports from Ecuador"
        # (not "would work with its friends to tighten sanctions", a plan; nor measures named
        # as a response, the commitment rules' threat: "would take retaliatory measures")
        commit = load_commitment()
        acted = cand.trigger.pos == "verb" or (head.dep_ == "dobj" and any(
            c.dep_ == "aux" and c.lower_ in ctx.triggers.refusal_modals for c in head.head.children) and not (
            head.lemma_.lower() in commit.response_nouns or any(a.dep_ == "amod" and a.lower_ in commit.response_adjectives for a in head.children)))
        announced = (status is Status.FUTURE and reading.cue in ctx.triggers.refusal_modals or conditional_threat) and own_voice and acted
        # (against a named side: a target the sentence leaves implicit is a guess, and a
        # threat read off a guess is no evidence: "we will recall our two ambassadors")
        # (nor a withdrawal told ahead, which is a notice, no threat: "As we leave the European
        # Union")
        threat = threat_code(code) if announced and root in load_commitment().announced_threat_roots and t.kind not in ("implicit", "topic", "answered") and not cand.trigger.by_notice else None
        if threat is not None:
            events.append(self._record(state, ctx, head, s, t, threat, Status.ASSERTED,
                                       f"threat/{rule}", conf, False, attributed, statement=True))  # fmt: skip
        # a political speaker who reports another actor's hostile act accuses that actor
        # (GUIDELINES §4: "the accusation itself is asserted, 11; the attacks it describes
        # are claimed"); the quote's speaker, or the subject of "X said that ..."
        hostile = root in load_speech().hostile_roots or code in load_speech().hostile_codes
        # (each of several speakers accuses: "'Russian forces attacked our posts,' Estonia
        # and Latvia said")
        # (not an act the speaker's words only recall as background, in a relative clause or
        # a clause of time: "NATO, which bombed our country twenty years ago", "helped us when
        # the Portuguese colonial army was fighting our liberation movement")
        recalled = _recalled_background(head)
        for accuser in [attributed, *co_speakers(ctx, head, attributed)] if status is Status.CLAIMED and attributed is not None and hostile and not recalled else []:
            if accuser.country == s.country:
                continue
            kind = "victim-accuses" if t.country == accuser.country else "speaker-accuses"
            events.append(self._record(state, ctx, head, accuser, s, "112", Status.ASSERTED,
                                       f"{kind}/{rule}", conf, False, accuser, statement=True))  # fmt: skip
        return events

    def _record(self, state: ArticleState, ctx: SentenceContext, head: Token, s: Referent, t: Referent, code: str,
                status: Status, rule: str, conf: float, symmetric: bool, attributed: Referent | None,
                statement: bool = False, undated: bool = False) -> Event:  # fmt: skip
        cb = self.codebook
        entry = cb[code] if code in cb else cb[code[:2]]
        trig_start = ctx.char(head)
        section = state.sections.section_at(trig_start)
        sent_start = ctx.offset + ctx.sent.start_char
        # evidence comes from the article's own text (a headline was re-cased for parsing)
        sent_end = min(ctx.offset + ctx.sent.end_char, len(state.text))
        sentence = state.text[sent_start:sent_end].replace("\n", " ").rstrip()
        trigger_text = state.text[trig_start : trig_start + len(head.text)]
        date_value, precision, basis = (None, None, "none") if undated else date_event(state, ctx, head, status, statement)
        if status is Status.ASSERTED and not statement and after_article(date_value, state.article_date) and not told_as_done(head):
            # "the Foreign Secretary's visit tomorrow": dated after the report, not yet done
            status, rule = Status.FUTURE, rule + "+dated-future"
        return Event(
            doc=state.article.id,
            source=actor_ref(s),
            target=actor_ref(t),
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
            location=_located(state, ctx, head),
            attributed_to=actor_ref(attributed) if attributed is not None else None,
        )


def _located(state: ArticleState, ctx: SentenceContext, head: Token) -> Location | None:
    """The event's place; the gazetteer's one-time load is not charged to the document."""
    if gazetteer_loaded():
        return event_location(ctx, head)
    with state.budget.excused():
        return event_location(ctx, head)


def _collective_speaker(ctx: SentenceContext, cand: Candidate) -> Referent | None:
    """The quote's speaker, when the act's subject is a collective he counts himself in
    ("the international community has come together in deploring ...")."""
    speaker = ctx.speaker_for(cand.head)
    if speaker is None or not speaker.country:
        return None
    verb = cand.head if cand.trigger.pos == "verb" else governor(cand.head)
    subjects = subject_of(verb) if verb is not None else []
    if any(s.lemma_.lower() in load_speech().collective_subjects for s in subjects):
        return Referent(speaker.country, speaker.sector, speaker.text, speaker.start, speaker.end, "speaker", 0.6)
    return None


def _publisher_acts(state: ArticleState, ctx: SentenceContext, cand: Candidate, targets: list[Referent]) -> bool:
    """In an official statement an act with no named agent is the publisher's own:
    "India was asked to waive ..." (a passive), "the sanctions levied today" (16, 10)."""
    pub = state.disc.publisher
    if pub is None or pub in {t.country for t in targets} or ctx.quote_of.get(cand.head.i) is not None:
        return False
    if cand.trigger.pos == "verb":
        return has_passive_marks(cand.head)
    return cand.code[:2] in ("16", "10")


#: nouns of refusing that take the refused act as a to-infinitive (the noun of "refuse")
_REFUSAL_NOUNS = ("refusal",)


def _refused_by_noun(act: Token) -> bool:
    """The act is the to-infinitive of a noun of refusing ("Astana's refusal to back ...")."""
    return act.dep_ == "acl" and has_to(act) and act.head.lemma_.lower() in _REFUSAL_NOUNS


def _refused(head: Token, modals: frozenset[str]) -> bool:
    """"will not provide", "would not meet", "refused to give": a refusal, not an
    inability ("cannot") or an act that did not happen ("did not meet")."""
    t = head
    for _ in range(3):
        kids = {c.lower_ for c in t.children if c.dep_ in ("aux", "neg")}
        if kids & modals and kids & {"not", "n't", "never"}:
            return True
        if t.head.lemma_.lower() in ("refuse", "decline") and t.dep_ == "xcomp":
            return True
        if _refused_by_noun(t):
            return True  # "Astana's refusal to back Moscow's war"
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _accuser(state: ArticleState, ctx: SentenceContext, speaker: Referent) -> Referent | None:
    """Who last accused or criticised ``speaker`` in the article (an asserted or claimed 11),
    else who last pressed or acted against it (an asserted appeal, demand or hostile act: "Chile
    recalled its ambassador ... Caracas denies any involvement")."""
    for roots, told in ((ACCUSING_ROOTS, None), (PRESSING_ROOTS, Status.ASSERTED)):
        # (pressing that was done: not "asking the court to order Chile to ...")
        prev = _last_against(state, {speaker.country}, roots, told)
        if prev is not None:
            a = prev.source
            return Referent(a.country, a.sector, a.text, a.start, a.end, "accuser", 0.5)
    return None


def _last_against(state: ArticleState, sides: set[str], roots: frozenset[str], told: Status | None,
                  keep: Callable[[Event], bool] = lambda _: True) -> Event | None:  # fmt: skip
    """The last event of one of ``roots`` (with the status ``told``, any if None) done
    against one of ``sides`` by another actor, that ``keep`` keeps; of an act several
    states did together ("Saudi Arabia, the UAE, Bahrain and Egypt ... accusing it"), the
    first-named doer's."""
    events = state.events
    for n in range(len(events) - 1, -1, -1):
        prev = events[n][1]
        if prev.target.country in sides and prev.source.country not in sides and prev.root in roots and told in (None, prev.status) and keep(prev):
            while n > 0 and _same_act(events[n - 1][1], prev):
                n -= 1
            return events[n][1]
    return None


def _same_act(a: Event, b: Event) -> bool:
    """Whether two events are one act told once, by coordinated doers on one target."""
    return (a.trigger_start, a.trigger_end, a.cameo, a.target.country) == (b.trigger_start, b.trigger_end, b.cameo, b.target.country)


# (what an accusation a denial answers may be: first an accusation, then what pressed the
# denier: an appeal or demand to stop, or a hostile act, CAMEO roots 10-20)
ACCUSING_ROOTS = frozenset({"11"})
PRESSING_ROOTS = frozenset({"02", *(str(r) for r in range(10, 21))})


def _tells_other(ctx: SentenceContext, head: Token, source: Referent) -> bool:
    """Whether the verb tells a that-clause whose subject is not its own actor's side."""
    res = Resolver(ctx)
    for c in head.children:
        if c.dep_ != "ccomp":
            continue
        subjects = subject_of(c)
        if subjects and not any(a.country == source.country for s in subjects for a in res.actors(s)):
            return True
    return False


def _pair_doer(ctx: SentenceContext, verb: Token, sources: list[Referent]) -> bool:
    """Whether a pair reference is the verb's own subject in a clause that tells the act
    ("the two countries would set up ..."), not the one urged or agreed to do it ("urged
    both sides to settle", "agreed to set up"), an act it took over from a clause it
    is coordinated with, what it said, or an aim told in its complement ("seek to
    counter China")."""
    spans = [(s.start, s.end) for s in sources]
    return verb.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" and any(a < ctx.char(c) + len(c.text) and ctx.char(c) < b for a, b in spans) for c in verb.children) \
        and not any((c.dep_ == "aux" and c.tag_ == "TO") or c.dep_ == "xcomp" for c in verb.children) \
        and verb.lemma_.lower() not in load_speech().speaker_verbs


def _each_others(state: ArticleState, ctx: SentenceContext, sources: list[Referent]) -> bool:
    """Whether two states acting alike act on each other: a pair reference ("both
    countries recalled their ambassadors") or the pair the story is about; two states
    named beside the story's pair, with a third in their sentence, act on the third
    ("Fighting spread in Juba ... The US ordered staff to leave its embassy in Juba, and
    Germany and Norway closed their embassies")."""
    if any(s.kind in ("pair", "group") for s in sources):
        return True
    own = {s.country for s in sources}
    if {m.country for m in ctx.mentions.values() if m.country and state.disc.is_state(m.country)} <= own:
        return True
    pairs = (state.disc.last_event_pair, state.disc.lead_pair, state.disc.last_any_pair, tuple(state.disc.ranked()[:2]))
    return any(p is not None and set(p) == own for p in pairs)


def _named_pair(ctx: SentenceContext, exclude: set[str]) -> tuple[str, str] | None:
    """Two states the sentence names as a pair ("DRC and Rwanda"), not among ``exclude``."""
    for _, _, a, b in ctx.named_pairs():
        if not {a, b} & exclude and ctx.disc.is_state(a) and ctx.disc.is_state(b):
            return (a, b)
    return None


def _appeals_for_calm(head: Token, calm_nouns: frozenset[str]) -> bool:
    """Whether an appeal's object, or what it calls for, is calm ("urged restraint",
    "called for a peaceful resolution", "called for calm")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in calm_nouns or o.lower_ in calm_nouns for o in objects)


def _about_conflict(head: Token, conflict_nouns: frozenset[str]) -> bool:
    """Whether the act's object (or what it names with "to", "of", "over") is "the
    conflict", "the dispute", "the war"."""
    for t in head.subtree:
        if t.i == head.i or t.lemma_.lower() not in conflict_nouns or t.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "their") for c in t.children):
            return True
    return False


def _derived(event: Event) -> bool:
    """An intent or threat read off the telling of another event ("the deal" is the deal
    told, not the intent read off it), or a request told as the circumstance of another's
    act ("arrested a Huawei executive at Washington's request": a grievance is felt at the
    arrest, not at the request), or an act repeated by a phrase of following ("Peru took
    similar steps" ... "described the expulsion as hostile": the expulsion first told), or a
    show of force whose other side is only its doer's rival (``_rival``: no state named on
    it, so no act a later noun names, "condemned the attack", points back at)."""
    return event.rule.startswith(("intent/", "commit/", "n-request-at/", "follow-suit/")) or event.rule.endswith("+rival")


def _material_purpose(verb: Token, blocks: frozenset[str]) -> bool:
    """A to-infinitive that tells what a verb of sending or giving (a verb of one of the
    CAMEO dictionary's ``blocks``) is for: "sent fighter pilots to support the air force",
    "airlifted supplies to support the army"."""
    if verb.dep_ not in ("advcl", "xcomp") or not has_to(verb) or verb.head.pos_ != "VERB":
        return False
    gov = verb.head
    return any(sense.block in blocks for sense in load_cameo().senses(gov.lemma_.lower(), gov.lower_))


def _told_done(state: ArticleState) -> list[Event]:
    """The events told so far, last first, that tell an act (not one read off another's
    telling), as done or as their actor's word."""
    return [e for _, e in reversed(state.events) if e.status in (Status.ASSERTED, Status.CLAIMED) and not _derived(e)]


def _act_author(state: ArticleState, ctx: SentenceContext, noun: Token, speaker: Referent) -> list[Referent]:
    """Who did the act a definite phrase points back at ("the test", "the move"): the
    source of the last event told with the same word (both sides of a joint one: "Russia
    and Belarus began joint exercises" ... "called the exercises a demonstration of
    aggressive intent"), else the state the article is about (never the one who judges it)."""
    lemma = noun.lemma_.lower()
    here = (ctx.char(noun), ctx.char(noun) + len(noun.text))
    if act_kind(lemma) == "any" and (found := _prompting_actors(ctx, noun, {speaker.country})):
        return [Referent(a.country, a.sector, noun.text, *here, "antecedent", 0.5) for a in found]
    if act_kind(lemma) is not None:
        # "the move was extremely concerning", "disappointed by the decision"; none when the
        # last act told is the judge's own ("Spain recalled its ambassador ... the minister
        # said the decision was regrettable but necessary")
        found = _kind_antecedent(state, ctx, noun, {speaker.country}, hostile=True)
        last = next((p for _, p in reversed(state.events) if p.status is Status.ASSERTED and not _derived(p) and not _spoken(ctx, p)), None)
        if found or (last is not None and _judges_own(last, {speaker.country})):
            return [Referent(a.country, a.sector, noun.text, *here, "antecedent", 0.5) for a in found]
    for prev_lemma, prev in reversed(state.events):
        if prev_lemma == lemma and prev.source.country != speaker.country:
            sides = [prev.source, prev.target] if prev.symmetric else [prev.source]
            return [Referent(a.country, a.sector, noun.text, *here, "antecedent", 0.5) for a in sides if a.country != speaker.country]
    doer = _told_doer(state, ctx, lemma, {speaker.country}, noun)
    if doer is not None:
        return [Referent(doer.country, doer.sector, noun.text, *here, "antecedent", 0.5)]
    # an act of the same kind told ("Israeli warplanes struck ... said the attack was")
    roots = {e.code[:2] for e in ctx.triggers.candidates("noun", lemma)}
    # (not a noun of the rules' own kinds, "the decision", "these statements": those fall
    # back on the topic as before)
    verbal = not roots and lemma not in load_evaluation().judged_acts and act_kind(lemma) is None
    # (a noun made from a CAMEO verb: an act of that verb's kind, "the shooting" after
    # "Algerian forces downed a drone")
    roots = roots or set(verbal_roots(lemma))
    if lemma in ctx.triggers.reversal_nouns:
        # "the cancellation", "the suspension": an act that undid another
        roots |= {c[:2] for c in ctx.triggers.reversal_codes.values()}
    for _, prev in reversed(state.events):
        if prev.root in roots and prev.status in (Status.ASSERTED, Status.CLAIMED) and prev.source.country != speaker.country and not _derived(prev):
            return [Referent(prev.source.country, prev.source.sector, noun.text, *here, "antecedent", 0.5)]
    if roots & ctx.triggers.place_target_roots:
        # an act of force (the lexicon's roots of acts done at a place: posture, coercion,
        # assault, fight) no one was told to have made is no one's: the topic is often its victim
        return []
    if verbal:
        # (a noun of a verb of a kind no one was told to have done is no one's: "called the
        # breach regrettable" after protesters stormed a mission; one of a verb of no kind of
        # its own is the act of any kind it answers: "put Cuba on its list of state sponsors
        # of terrorism ... branded the designation cynical")
        found = [] if roots else _kind_antecedent(state, ctx, noun, {speaker.country}, hostile=True)
        return [Referent(a.country, a.sector, noun.text, *here, "antecedent", 0.5) for a in found]
    topic = state.disc.topic({speaker.country})
    return [Referent(topic, None, noun.text, *here, "topic", 0.4)] if topic else []



def _prompting_actors(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Referent]:
    """"the move" inside a participle's clause set after the act it reacts to ("Russia
    published a draft to redraw its border, prompting NATO to call the move a provocation"):
    the actor of that act, never one of ``exclude``."""
    clause = prompting_clause(noun)
    if clause is None:
        return []
    res = Resolver(ctx)
    start = ctx.char(noun)
    # (up from a clause of the object's the parser may hang the participle on: "published a
    # plan to close its border, prompting ...")
    found = unique_actors(a for s in _clause_subjects(clause) for a in res.actors(s, exclude))
    while not found and clause.dep_ in ("acl", "xcomp", "dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
        found = unique_actors(a for s in _clause_subjects(clause) for a in res.actors(s, exclude))
    return [Referent(a.country, a.sector, noun.text, start, start + len(noun.text), "antecedent", 0.6) for a in found]


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of a verb before it the parser hangs on it ("Russia
    published, then deleted, a draft")."""
    return subject_of(verb) or [s for c in verb.children if c.dep_ in ("ccomp", "conj", "advcl") and c.i < verb.i for s in subject_of(c)]


def _told_doer(state: ArticleState, ctx: SentenceContext, lemma: str, exclude: set[str], noun: Token, exact: bool = False) -> Referent | None:
    """The doer of the last act told (coded or not) with the word ``lemma`` or with a word
    of the same noun entry ("the attack" after "an air strike"), not one of ``exclude``;
    told before ``noun`` in its own sentence too ("A report by a UN panel said ...; the
    Syrian government rejected the report"). ``exact``: told with that word only."""
    doers = _told_doers(state, ctx, lemma, exclude, noun, exact)
    return doers[0] if doers else None


def _told_doers(state: ArticleState, ctx: SentenceContext, lemma: str, exclude: set[str], noun: Token, exact: bool = False) -> list[Referent]:
    """Every doer of that last act (``_told_doer``): those told with the first found ("the
    decision of France, Germany and Britain" ... "this step": all three)."""
    ids = {e.id for e in ctx.triggers.candidates("noun", lemma)}
    here = [(act_lemma, doer) for act_lemma, doer in told_acts(ctx) if doer.end <= ctx.char(noun)]
    told = [*state.acts, *here]
    for k in range(len(told) - 1, -1, -1):
        act_lemma, doer = told[k]
        # (or a noun of the same kind: "the decision of the E3" ... "this step")
        same = act_lemma == lemma if exact else same_act_kind(act_lemma, lemma) or bool(ids & {e.id for e in ctx.triggers.candidates("noun", act_lemma)})
        if same and doer.country not in exclude:
            # (its fellow doers: the entries of the same word beside it, named close by)
            fellows = [d for a, d in told if a == act_lemma and abs(d.start - doer.start) < _FELLOW_SPAN and d.country not in exclude]
            return unique_actors([doer, *fellows])
    return []


#: how far apart (characters) the doers of one act told together are named at most
_FELLOW_SPAN = 120


def _antecedent_event(state: ArticleState, ctx: SentenceContext, cand: Candidate, exclude: set[str]) -> list[Referent]:
    for tok in cand.target_tokens:
        if not cand.symmetric and (poll := outcome_poll(tok)) is not None and poll.i != tok.i:
            # the outcome of a vote is the act of the state that held it: the one its phrase
            # names, else the state the article is about ("rejecting the results of October's
            # election"; not a bare "the result", which may be any body's vote)
            start = ctx.char(tok)
            held = [a for a in poll_states(Resolver(ctx), poll) if a.country not in exclude]
            if not held and (topic := state.disc.topic(exclude)):
                held = [Referent(topic, None, tok.text, start, start + len(tok.text), "topic", 0.4)]
            if held:
                return [Referent(a.country, a.sector, tok.text, start, start + len(tok.text), "antecedent", 0.5) for a in held]
            continue
        if (clause := sums_up(tok)) is not None:
            # "North Korea fired a missile, a move Tokyo condemned": the clause's actor
            res = Resolver(ctx)
            found = [a for s in subject_of(clause) for a in res.actors(s, exclude)]
            if found:
                start = ctx.char(tok)
                return [Referent(a.country, a.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6) for a in found]
        if tok.pos_ != "NOUN" or not _points_back(ctx, tok):
            continue
        lemma = tok.lemma_.lower()
        if act_kind(lemma) == "any" and (found := _prompting_actors(ctx, tok, exclude)):
            return found
        generic = lemma in ctx.triggers.event_nouns
        entries = ctx.triggers.candidates("noun", lemma)
        if act_kind(lemma) == "spoken" and not cand.symmetric:
            # "condemned the remarks": the speaker of the last act of speech
            if found := _kind_antecedent(state, ctx, tok, exclude):
                return found
            continue
        if not generic and not entries:
            # "condemned the launch": the doer of the act told before with that word (not
            # "met to discuss the resolution": talks about an act are not talks with its author)
            if cand.symmetric:
                continue
            if (doer := _told_doer(state, ctx, lemma, exclude, tok)) is not None:
                start = ctx.char(tok)
                return [Referent(doer.country, doer.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6)]
            continue
        roots = {e.code[:2] for e in entries}
        if roots & ctx.triggers.place_target_roots:
            # an act of force points back at any act of force told ("police forced their
            # way into the embassy" ... "condemned the incursion")
            roots |= ctx.triggers.place_target_roots
        ids = {e.id for e in entries}
        told = [(prev_lemma, prev) for prev_lemma, prev in reversed(state.events) if not _derived(prev)]
        if cand.code[:2] in ctx.triggers.own_act_roots:
            # "We call on the Government of Nicaragua to reverse these decisions": its own
            return _own_act_targets(ctx, tok, told, exclude)
        if generic and not cand.symmetric:
            # "regretted the decision": the last act told, or named with its actor
            if found := _kind_antecedent(state, ctx, tok, exclude, hostile=cand.code[:2] in PRESSING_ROOTS):
                return found
            continue
        # the same word (or its verb: "seized two tankers" ... "the seizures") or a word of
        # the same entry ("the agreement" after "a deal")
        verb_nouns = load_evaluation().told_act_verbs
        prev = next((p for pl, p in told if lemma in (pl, verb_nouns.get(pl))), None)
        if prev is None:
            # (an act of the entry told with that very noun first: "signed a defence treaty
            # ... a security pact with China ... welcomed the treaty")
            entry_acts = [p for _, p in told if p.rule.split("/")[0] in ids or (p.root in roots and p.status is Status.ASSERTED)]
            # (the sentence of the pointing noun tells it only before it: "Russia, which has sent
            # instructors to Mali, welcomed the pact" does not tell the pact with the sending)
            here_start = ctx.offset + ctx.sent.start_char
            before = state.text[here_start:ctx.char(tok)]
            prev = next((p for p in entry_acts if _tells_noun(before if p.trigger_start >= here_start else p.sentence, tok)), None)
            prev = prev or next((p for pl, p in told if p.rule.split("/")[0] in ids), None)
        if prev is None and not cand.symmetric and (doer := _told_doer(state, ctx, lemma, exclude, tok, exact=True)) is not None:
            # an act told with that very word, its doer named, uncoded ("Turkish air
            # strikes" ... Iran shells ... "condemned the strikes": Turkey's), before an
            # act of the same kind told later with another word
            start = ctx.char(tok)
            return [Referent(doer.country, doer.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6)]
        # else an event of the same kind that happened (not one planned)
        prev = prev or _pointed_act(ctx, told, roots, generic, exclude)
        if prev is None and not cand.symmetric and (doer := _told_doer(state, ctx, lemma, exclude, tok)) is not None:
            # an act told without being coded, its doer known ("retaliate against Israel
            # for an air strike" ... "condemned the strike")
            start = ctx.char(tok)
            return [Referent(doer.country, doer.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6)]
        if prev is not None:
            # a one-sided act's word ("the visit") points at the doer of a joint one
            # ("X met Y") only
            # (a visit is a meeting of both sides, CAMEO 04 symmetric: "praised the visit" is
            # the visitor's and the host's, when a third party approves of it (a cooperative
            # root, 01-09); criticism of a visit is of the visitor, and a visit by the judge's
            # own side has no host it judges)
            visit = (prev.root == "04" and roots == {"04"} and cand.code[:2] < "10"
                     and not {prev.source.country, prev.target.country} & exclude)  # fmt: skip
            joint = (prev.symmetric and (generic or any(e.symmetric for e in entries))) or visit
            sides = [prev.source] + ([prev.target] if joint else [])
            start = ctx.char(tok)
            return [
                Referent(a.country, a.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6)
                for a in sides if a.country not in exclude
            ]  # fmt: skip
    return []


def _tells_noun(sentence: str, noun: Token) -> bool:
    """Whether ``sentence`` has the noun itself, singular or plural ("treaty", "treaties")."""
    words = {w.strip(".,;:!?\"'()").lower() for w in sentence.split()}
    lemma = noun.lemma_.lower()
    return bool(words & {lemma, lemma + "s", lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "es", noun.lower_})


def _points_back(ctx: SentenceContext, noun: Token) -> bool:
    """A noun that points back at an act told before: with a pointing determiner ("the
    move", "this step"), or a noun of an act whose possessor names no actor ("Kordahi's
    comments", "the minister's remarks": the act told before says whose)."""
    if any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in noun.children):
        return True
    if act_kind(noun.lemma_.lower()) is None:
        return False
    res = Resolver(ctx)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return bool(owners) and all(o.pos_ != "PRON" and not any(res.actors(w) for w in o.subtree) for o in owners)


def _kind_antecedent(state: ArticleState, ctx: SentenceContext, noun: Token, exclude: set[str], hostile: bool = False) -> list[Referent]:
    """The actor of the act a noun of an act of any kind or of speech points back at ("the
    move", "the remarks"), never one of ``exclude`` (who judges it): the later of the last
    coded act of its kind and the last act a noun of its kind was told with its actor
    ("Colombia welcomed the U.S. decision. The EU regretted the step"). An act of speech is
    the last one done; an act of any kind that a ``hostile`` reaction judges is the last act
    done against the judge, as a denial answers its accuser ("Venezuela suspended a gas deal
    with Trinidad ... after a U.S. destroyer docked in Port of Spain ... Trinidad dismissed
    the move"), else one told with the same word, else the act of the sentence before, else
    the article's first act (the news the reactions answer), else the last act that
    happened (``_pointed_act``)."""
    lemma = noun.lemma_.lower()
    at = ctx.char(noun)
    told = [(pl, p) for pl, p in reversed(state.events) if not _derived(p) and p.trigger_start < at]
    # (with the acts of speech the voice rules read: "Kordahi called the war 'absurd'")
    said = sorted([*state.events, *(("", e) for e in state.spoken)], key=lambda lp: -lp[1].trigger_start)
    said = [(pl, p) for pl, p in said if not _derived(p) and p.trigger_start < at]
    owners = [c.text for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if owners:
        # "Kordahi's comments" (a name that resolved to no actor): an act told in an earlier
        # sentence that names him, or none (a person the article never set in an event)
        named = [(pl, p) for pl, p in said if all(o in p.sentence for o in owners) and p.sentence_start < ctx.char(ctx.sent[0])]
        return _told_sides(named, lemma, noun, at, exclude, ctx)
    if act_kind(lemma) == "spoken":
        prev = next((p for _, p in said if _spoken(ctx, p) and p.status is Status.ASSERTED and p.source.country not in exclude), None)
    else:
        def done(e: Event) -> bool:
            return not _derived(e) and not _spoken(ctx, e) and e.trigger_start < at

        prev = ((_last_against(state, exclude, PRESSING_ROOTS, Status.ASSERTED, done) if hostile else None)
                or next((p for pl, p in told if pl == lemma and not _judges_own(p, exclude)), None)
                or _lead_act(ctx, told, exclude, ctx.char(ctx.sent[0]))
                # (a decision is seldom an act of speech: "thanked Brazil, which rejected this
                # decision"), unless none other was told
                or _pointed_act(ctx, [(pl, p) for pl, p in told if not _spoken(ctx, p)], set(), True, exclude)
                or _pointed_act(ctx, told, set(), True, exclude))  # fmt: skip
    doers = _told_doers(state, ctx, lemma, exclude, noun)
    here = (at, at + len(noun.text))
    # (or an act the judge already judged, its doers named with a noun of the kind: "Iran
    # condemns the decision of France, Germany and Britain ... Iran rejects this step")
    if doers and (prev is None or max(d.start for d in doers) > prev.trigger_start or _judged_before(state, exclude, doers)):
        return [Referent(d.country, d.sector, noun.text, *here, "antecedent", 0.6) for d in doers]
    return _sides(prev, lemma, noun, at, exclude)


def _judged_before(state: ArticleState, judges: set[str], doers: list[Referent]) -> bool:
    """Whether one of ``judges`` already disapproved of (CAMEO 11, 12) every one of ``doers``."""
    judged = {e.target.country for _, e in state.events if e.source.country in judges and e.root in ("11", "12")}
    return all(d.country in judged for d in doers)


def _lead_act(ctx: SentenceContext, told: list[tuple[str, Event]], exclude: set[str], here: int) -> Event | None:
    """The article's first act that happened, not done by speaking nor the judge's own,
    unless the sentence before ``here`` tells one ("... have been meeting today to sign a
    peace agreement. The UK welcomes this significant step")."""
    done = [p for _, p in told if p.status is Status.ASSERTED and not _spoken(ctx, p)]
    if done and done[0].sentence_start < here and done[0].sentence_start + len(done[0].sentence) + 2 >= here:
        return None if _judges_own(done[0], exclude) else done[0]
    return done[-1] if done and not _judges_own(done[-1], exclude) else None


def _told_sides(told: list[tuple[str, Event]], lemma: str, noun: Token, at: int, exclude: set[str], ctx: SentenceContext) -> list[Referent]:
    """The actor of the last act of ``told`` of the noun's kind (an act of speech for a noun
    of speech), not the judge's own."""
    spoken = act_kind(lemma) == "spoken"
    prev = next((p for _, p in told if (not spoken or _spoken(ctx, p)) and p.status is Status.ASSERTED and not _judges_own(p, exclude)), None)
    return _sides(prev, lemma, noun, at, exclude)


def _sides(prev: Event | None, lemma: str, noun: Token, at: int, exclude: set[str]) -> list[Referent]:
    """The doer(s) of ``prev`` that "the move" at ``at`` names: both sides of a joint act."""
    if prev is None:
        return []
    here = (at, at + len(noun.text))
    sides = [prev.source] + ([prev.target] if prev.symmetric and act_kind(lemma) == "any" else [])
    return [Referent(a.country, a.sector, noun.text, *here, "antecedent", 0.6) for a in sides if a.country not in exclude]


def _pointed_act(ctx: SentenceContext, told: list[tuple[str, Event]], roots: set[str], generic: bool, exclude: set[str]) -> Event | None:
    """The last act of one of ``roots`` that happened (any, for "the move"); "the move"
    passes over words that answer the act before them at its doer ("Thailand deported ...
    Türk urged Thailand to stop ... Washington condemns the decision": the deportation),
    unless that doer is the one who judges "the move" (no one regrets its own step). An act
    of the judge's own is passed over too ("Chile lifted sanctions on Peru ...; Peru's
    president visited Bolivia ... Peru welcomed the move": Chile's)."""
    done = [p for _, p in told if p.status is Status.ASSERTED]
    for k, p in enumerate(done):
        if not (generic or p.root in roots) or _judges_own(p, exclude):
            continue
        if generic and _spoken(ctx, p):
            answered = next((e for e in done[k + 1 :] if not _spoken(ctx, e)), None)
            if answered is not None and answered.source.country == p.target.country and answered.source.country not in exclude:
                continue
        return p
    return None


def _judges_own(event: Event, exclude: set[str]) -> bool:
    """The act is the judge's own: it has no side in "the move" but the judge."""
    return event.source.country in exclude and (not event.symmetric or event.target.country in exclude)


def _spoken(ctx: SentenceContext, event: Event) -> bool:
    """An act done only by speaking (thanks, appeals, criticism)."""
    return event.cameo.startswith(tuple(ctx.triggers.spoken_codes))


def _own_act_targets(ctx: SentenceContext, tok: Token, told: list[tuple[str, Event]], exclude: set[str]) -> list[Referent]:
    """The other side of the act a source undoes: the target of its own act told before."""
    prev = next((p for _, p in told if p.source.country in exclude and p.target.country not in exclude), None)
    if prev is None:
        return []
    start = ctx.char(tok)
    return [Referent(prev.target.country, prev.target.sector, tok.text, start, start + len(tok.text), "antecedent", 0.6)]


def _quarrel_target(ctx: SentenceContext, made: list[Event], head: Token, exclude: set[str]) -> Referent | None:
    """Whom a commitment naming no one is aimed at when the committer quarrels with another
    earlier in its sentence: "condemned Lai's stopover ..., and said it would take resolute
    and forceful measures" (at Taiwan, not at the state the article is about)."""
    for e in made:
        if e.source.country in exclude and e.target.country not in exclude and _conflict(e.cameo) and e.trigger_start < ctx.char(head):
            return Referent(e.target.country, None, "", ctx.char(head), ctx.char(head), "answered", 0.45)
    return None


def _done_with(ctx: SentenceContext, made: list[Event], head: Token, exclude: set[str]) -> Referent | None:
    """The other side of an act the committer did earlier in its sentence ("welcomed
    Honduras to the big family and pledged cooperation": with Honduras)."""
    for e in made:
        if e.trigger_start >= ctx.char(head) or e.status not in (Status.ASSERTED, Status.CLAIMED) or _conflict(e.cameo):
            continue
        if e.source.country in exclude and e.target.country not in exclude:
            return Referent(e.target.country, None, "", ctx.char(head), ctx.char(head), "answered", 0.45)
        # ("Rubio visited San Salvador, when Bukele offered to take in criminals": the one
        # who just acted on the committer; not a joint act, whose first-named side stands for
        # both: "Niger and Mali signed a pact, pledging to ..." is one pledge per pair)
        if e.target.country in exclude and e.source.country not in exclude and not e.symmetric:
            return Referent(e.source.country, None, "", ctx.char(head), ctx.char(head), "answered", 0.45)
    return None


def _topic_target(state: ArticleState, ctx: SentenceContext, head: Token, exclude: set[str]) -> Referent | None:
    """The state the article is about, as the implicit other side of an act at ``head``."""
    topic = state.disc.topic(exclude)
    return Referent(topic, None, "", ctx.char(head), ctx.char(head), "topic", 0.4) if topic is not None else None


def _demands_an_act(ctx: SentenceContext, cand: Candidate) -> bool:
    """A demand whose object is an act no one is named doing ("demanded an apology"): it
    is made of the other side as much as one naming no object."""
    return cand.code[:2] == "10" and bool(cand.target_tokens) and all(ctx.noun_trigger(t) for t in cand.target_tokens)


def _implicit_target(state: ArticleState, ctx: SentenceContext, cand: Candidate, exclude: set[str]) -> Referent | None:
    """A target the sentence leaves implicit: the state the sentence is about."""
    best: tuple[float, int, str] | None = None
    fellows = _fellow_doers(cand.head)
    # the states the doer has already dealt with in the article weigh more than one named
    # on the way ("The four states had issued 13 demands, including the closure ... of a
    # Turkish military base in Qatar": Qatar, whom they cut ties with before)
    counterparts = {c for _, e in state.events for a, c in ((e.source.country, e.target.country), (e.target.country, e.source.country)) if a in exclude}
    # dictionary mentions first, then references resolved in this sentence
    for i in [*ctx.mentions, *(i for i in ctx.resolved if i not in ctx.mentions)]:
        code = ctx.known(i)
        if code is None or code in exclude or ctx.mention_head(ctx.sent.doc[i]).i in fellows or _in_other_event(ctx, ctx.sent.doc[i], cand.head) or (i in ctx.mentions and ctx.mentions[i].kind == "capital" and _venue(ctx.sent.doc[i]) and not _seat_of(ctx.sent.doc[i], cand)) or _venue(ctx.sent.doc[i], _NEARBY):
            continue
        # (the seat of a thing of the act's kind first: "its embassy in Kyiv")
        seat = i in ctx.mentions and ctx.mentions[i].kind == "capital" and _seat_of(ctx.sent.doc[i], cand)
        score = 3.0 if seat else 2.0 if in_subject(ctx.sent.doc[i]) else 1.0
        if code in counterparts:
            score += 1.5
        if ctx.sent.doc[i].dep_ == "poss" and cand.head in ctx.sent.doc[i].ancestors and ctx.disc.is_state(code):
            # a state that owns a thing in the act's own phrase, before one named in another
            # clause ("called for a corridor through Armenia's Syunik province, Iranian
            # officials warned ...")
            score += 1.5
        if best is None or score > best[0]:
            best = (score, i, code)
    if best is not None:
        t = ctx.sent.doc[best[1]]
        return Referent(best[2], None, t.text, ctx.char(t), ctx.char(t) + len(t.text), "implicit", 0.5)
    if _conflict(cand.code):
        # a measure that names no one answers the last act of conflict against its actor
        # ("Mali ordered the French ambassador to leave ... France recalled its ambassador")
        for _, prev in reversed(state.events):
            if (prev.target.country in exclude and prev.source.country not in exclude and _conflict(prev.cameo)
                    and state.disc.is_state(prev.source.country) and prev.status in (Status.ASSERTED, Status.CLAIMED)):  # fmt: skip
                return Referent(prev.source.country, None, "", ctx.char(cand.head), ctx.char(cand.head), "answered", 0.45)
    if (partner := _doer_partner(state, exclude)) is not None:
        # the state the doer has dealt with most in the article, before the one most talked
        # about ("The two countries established relations in 1945 ... Canada halved its
        # embassy staff": Cuba's, not the United States' the article also names)
        return Referent(partner, None, "", ctx.char(cand.head), ctx.char(cand.head), "topic", 0.4)
    topic = state.disc.topic(exclude)
    if topic is not None:
        return Referent(topic, None, "", ctx.char(cand.head), ctx.char(cand.head), "topic", 0.4)
    return None


def _doer_partner(state: ArticleState, doers: set[str]) -> str | None:
    """The one state the ``doers`` have dealt with most in the article's coded acts (as
    either side, acts that happened), None when none or when two tie."""
    counts: dict[str, int] = {}
    for _, e in state.events:
        if _derived(e) or e.status is not Status.ASSERTED:
            continue
        for a, c in ((e.source.country, e.target.country), (e.target.country, e.source.country)):
            if a in doers and c not in doers and state.disc.is_state(c):
                counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _chained_reaction_target(state: ArticleState, ctx: SentenceContext, cand: Candidate, exclude: set[str]) -> Referent | None:
    """The one target of the reactions told before in the paragraph, for a reaction naming
    nothing ("Washington 'strongly condemns' the decision. Canada and the European Union
    expressed deep concern"); none when they differ or there are none."""
    if state.paragraph_start < 0 or "/mod>" in cand.rule or any(c.dep_ == "poss" for c in cand.head.children):
        return None  # (one's own concern expressed, not "address its security concerns")
    reactions = [e for _, e in state.events if e.trigger_start >= state.paragraph_start and e.root in ctx.triggers.chain_reaction_roots
                 and e.status is Status.ASSERTED and e.section != Section.COMMENTARY]  # fmt: skip
    targets = {e.target.country for e in reactions}
    if len(targets) != 1 or targets & exclude or {e.source.country for e in reactions} & targets:
        return None
    here = ctx.char(cand.head)
    return Referent(targets.pop(), None, "", here, here, "answered", 0.45)


def _grievance_target(state: ArticleState, ctx: SentenceContext, cand: Candidate, exclude: set[str], clause_free: bool = True) -> Referent | None:
    """Who did the last act against the one who feels a grievance naming no cause ("Ottawa
    was 'deeply concerned'" after "China ... had detained two Canadian citizens") or
    refuses an act naming no one: an asserted appeal, demand, criticism or hostile act told
    before, done by a state. With ``clause_free``, none for a feeling told as a circumstance."""
    clause = cand.head.head if cand.head.dep_ == "acomp" else cand.head
    if clause_free and clause.dep_ not in ("ROOT", "ccomp", "conj"):
        return None  # (a feeling told as a circumstance: "as far as her government was concerned")
    here = ctx.char(cand.head)
    prev = _last_against(state, exclude, PRESSING_ROOTS, Status.ASSERTED,
                         lambda e: not _derived(e) and e.trigger_start < here and state.disc.is_state(e.source.country))  # fmt: skip
    return Referent(prev.source.country, None, "", here, here, "answered", 0.45) if prev is not None else None


def _last_measure_doer(state: ArticleState, ctx: SentenceContext, cand: Candidate, sides: set[str]) -> Referent | None:
    """The state that took the last measure of the candidate's root told before in the
    article against another state (not one of ``sides``, the targets of the measure told
    now): the unnamed doer of a measure told in the passive (triggers.yaml
    ``passive_measure_roots``)."""
    here = ctx.char(cand.head)
    root = cand.code[:2]
    for _, prev in reversed(state.events):
        if (prev.trigger_start < here and prev.root == root and prev.status in (Status.ASSERTED, Status.CLAIMED) and not _derived(prev)
                and prev.source.country not in sides and prev.target.country != prev.source.country and state.disc.is_state(prev.source.country)):  # fmt: skip
            return Referent(prev.source.country, prev.source.sector, "", here, here, "measure", 0.45)
    return None


def _rival(state: ArticleState, ctx: SentenceContext, cand: Candidate, sides: set[str]) -> Referent | None:
    """The other state of the last conflict (CAMEO 10-20) told before in the article
    between one of ``sides`` and a state, either way, asserted or claimed: the rival a show
    of force naming no one is aimed at (triggers.yaml ``rival_postures``)."""
    here = ctx.char(cand.head)
    # (the trigger rules' events and those of evaluative statements: "rejects China's claim")
    for prev in sorted((*(e for _, e in state.events), *state.spoken), key=lambda e: e.trigger_start, reverse=True):
        if prev.status not in (Status.ASSERTED, Status.CLAIMED) or not _conflict(prev.cameo) or prev.trigger_start >= here:
            continue
        pair = (prev.source.country, prev.target.country)
        other = pair[1] if pair[0] in sides else pair[0] if pair[1] in sides else None
        if other is not None and other not in sides and state.disc.is_state(other):
            return Referent(other, None, "", here, here, "answered", 0.45)
    return None


def _conflict(code: str) -> bool:
    """A code of the conflict quad classes (CAMEO 10-20)."""
    codebook = load_codebook()
    return code in codebook and codebook[code].quad_class in (QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT)


def _in_other_event(ctx: SentenceContext, tok: Token, head: Token) -> bool:
    """A party named on another event noun ("scrapped the deal in favour of a new
    partnership with Washington": Washington is the partnership's, not the scrapping's)."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i or t.head.i == head.i or t.head.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and ctx.noun_trigger(t):
            # (not a measure joined to the act's own: "Sanctions, Arms Embargo Against Venezuela")
            return not (t.dep_ == "conj" and t.head.i == head.i) and not (head.dep_ == "conj" and head.head.i == t.i)
    return False


def _fellow_doers(head: Token) -> set[int]:
    """The subjects of clauses joined to the act's own ("Nairobi has pledged to send
    officers, and the Bahamas and Chad have promised personnel"): others doing the like,
    not its target."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head  # "pledged to send": the clause of "pledged"
    top = first_conjunct(verb)
    joined = [top, *conjuncts(top)]
    return {t.i for v in joined if v.i != verb.i for s in subject_of(v) for t in (s, *conjuncts(s))}


#: prepositions that place a thing beside a state, any state: "detained the tanker off
#: Gibraltar, ... in breach of EU sanctions" (the coast is where, not whom the sanctions hit)
_NEARBY = frozenset({"off", "near"})


def _venue(tok: Token, preps: frozenset[str] = frozenset({"in", "at"})) -> bool:
    """A place named as where something happens ("talks in Brussels"), not a party (for
    a capital: "the embassy in Venezuela" names the host state)."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in preps and t.pos_ == "PROPN"


def _seat_of(tok: Token, cand: Candidate) -> bool:
    """A capital named as where a thing of the act's kind is ("leave its embassy in Juba,
    and Germany and Norway closed their embassies"): the host state, not a venue."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    noun = t.head.head
    return noun.pos_ == "NOUN" and (noun.lemma_.lower(),) in cand.trigger.objects


def actor_ref(r: Referent) -> ActorRef:
    """The record of a resolved actor: its CAMEO actor code is country + sector (an IGO's
    own sector is no part of its code)."""
    code = r.country + r.sector if r.sector and r.sector not in ("IGO",) else r.country
    return ActorRef(country=r.country, code=code, sector=r.sector, text=r.text, start=r.start, end=r.end, kind=r.kind)


#: how a date the text itself gives was found (annotate/dates.py bases)
_TEXT_DATED = ("explicit", "relative", "event-relative")


def dedupe(events: list[Event], article_key: str | None = None, article_date: date | None = None) -> list[Event]:
    """One event per (source, target, code, status, trigger): the same reading found twice;
    each keeps an id derived from ``article_key`` (the article's content hash) and itself.
    A headline event the body tells with a date of its own takes that date, when that date
    is the news's: not more than ``headline_twin_max_days`` before the article's date
    (temporal.yaml; "Obama lifts arms embargo on Vietnam" is not the embargo "partially
    eased in 2014" the background tells)."""
    out: list[Event] = []
    seen: set[tuple[str, str, str, str, int]] = set()
    _orient_symmetric(events)
    # a headline repeats an event of the body: it happened when the body says ("Niger and
    # Mali sign defence pact" over "signed a mutual defence pact on Wednesday")
    told: dict[tuple[str, str, str], Event] = {}
    window = load_temporal_lexicon().headline_twin_max_days
    for e in events:
        if e.section is not Section.HEADLINE and e.status is Status.ASSERTED and e.date_basis in _TEXT_DATED:
            if (article_date is not None and e.date and e.date_precision is not None
                    and ResolvedDate(e.date, e.date_precision, e.date_basis).end() < article_date - timedelta(days=window)):
                continue  # a background act of the same kind, long before the news
            told.setdefault((e.source.country, e.target.country, e.root), e)
            if e.symmetric:
                told.setdefault((e.target.country, e.source.country, e.root), e)
    for e in events:
        twin = told.get((e.source.country, e.target.country, e.root)) if e.section is Section.HEADLINE else None
        if twin is not None and e.status is Status.ASSERTED and e.date_basis in ("article", "news-day", "inferred-article"):
            e.date, e.date_precision, e.date_basis = twin.date, twin.date_precision, twin.date_basis
    for e in events:
        key = (e.source.code, e.target.code, e.cameo, e.status.value, e.trigger_start)
        if key in seen:
            continue
        seen.add(key)
        e.event_id = e.compute_id(article_key)
        out.append(e)
    return out


def _told_intent(ctx: SentenceContext, head: Token, reading: StatusReading, sides: tuple[Referent, Referent, bool],
                 code: str) -> Status:  # fmt: skip
    """The status of an intent said now: as ``_intent_status`` reads it, and claimed when
    only a third party or unnamed sources tell it ("Togo has offered to mediate, two
    diplomats said": the offer is theirs to report); either side's word tells a joint
    pledge ("both pledged to de-escalate, her office said")."""
    status = _intent_status(head, reading)
    return _told_statement(ctx, head, sides, code) if status is Status.ASSERTED else status


def _told_statement(ctx: SentenceContext, head: Token, sides: tuple[Referent, Referent, bool], code: str) -> Status:
    """An asserted statement of intent or threat as its teller tells it (``_told_intent``)."""
    s, t, joint = sides
    said = attribute(ctx, head, s, code, Status.ASSERTED, t)
    if joint and said.attributed is not None and said.attributed.country == t.country:
        return Status.ASSERTED
    return said.status


def _intent_status(head: Token, reading: StatusReading) -> Status:
    """An intent is said now (asserted), unless the word that puts its act ahead is itself
    only possible or rumoured: "the break could push Venezuela to seek more trade with
    Brazil" states no intent to trade; or denied: "denied a report that Beijing had agreed
    to pay Havana" tells of no agreement."""
    cue = head
    for _ in range(4):
        if cue.lemma_.lower() == reading.cue or cue.lower_ == reading.cue:
            break
        if cue.head.i == cue.i:
            return Status.ASSERTED
        cue = cue.head
    else:
        return Status.ASSERTED
    if cue.i == head.i or cue.pos_ not in ("VERB", "ADJ"):
        return Status.ASSERTED
    own = clause_cue(cue)
    if own is not None and own.status in (Status.HYPOTHETICAL, Status.SPECULATED):
        return own.status
    # (a word that denies it, not a "never" across a conjunction: "would never allow foreign
    # forces but was ready to expand intelligence sharing" states the intent)
    whole = read_status(cue)
    return Status.NEGATED if whole.status is Status.NEGATED and whole.cue in load_cues().negation_heads else Status.ASSERTED


def _orient_symmetric(events: list[Event]) -> None:
    """A symmetric event keeps the direction in which the article first named the pair,
    but one told with a directed event of the same pair and root in the same sentence or at
    the same date is part of it and takes its direction ("Assad visited Pyongyang in 1974
    and held talks with Kim Il Sung": one visit), and one of another date than a directed
    event in the article's first direction takes the other ("established relations in
    1966" beside "In 2021 Kim congratulated Assad": two events)."""
    directed = [e for e in events if not e.symmetric]
    first: dict[frozenset[str], tuple[str, str]] = {}
    for e in events:
        pair = frozenset((e.source.country, e.target.country))
        if not e.symmetric:
            first.setdefault(pair, (e.source.country, e.target.country))
            continue
        oriented = first.setdefault(pair, (e.source.country, e.target.country))
        oriented = _oriented_by_directed(e, oriented, directed)
        if oriented[0] != e.source.country:
            e.source, e.target = e.target, e.source


def _oriented_by_directed(e: Event, oriented: tuple[str, str], directed: list[Event]) -> tuple[str, str]:
    """The direction of symmetric event e given the pair's first direction (``dedupe``)."""
    same_root = [d for d in directed if d.root == e.root and {d.source.country, d.target.country} == {e.source.country, e.target.country}]
    for d in same_root:
        # (a date the text gives both: every act of a news story or a transcript shares the
        # article's date, and "the two presidents signed the treaty" is no part of "thank
        # you for the invitation")
        if d.sentence_start == e.sentence_start or (e.date is not None and d.date == e.date and not _article_dated(d, e)):
            # (verbal conflict told as mutual is each side's own: "traded accusations" beside
            # "Cambodia accused Thailand" leaves Thailand's accusation to the mutual one)
            flipped = (d.target.country, d.source.country)
            if "10" <= e.root <= "14" and not any((o.source.country, o.target.country) == flipped for o in same_root):
                return flipped
            return d.source.country, d.target.country
    if any(_other_dates(d, e) and (d.source.country, d.target.country) == oriented for d in same_root):
        flipped = (oriented[1], oriented[0])
        if not any((d.source.country, d.target.country) == flipped for d in same_root):
            return flipped
    return oriented


def _article_dated(a: Event, b: Event) -> bool:
    """Both events dated only by the article's date, not by words of the text; or either
    by the lead's news day, the article's stand-in, whose words date no act of their own."""
    return (a.date_basis not in _TEXT_DATED and b.date_basis not in _TEXT_DATED) or "news-day" in (a.date_basis, b.date_basis)


def _other_dates(a: Event, b: Event) -> bool:
    """Both events dated by the text, at dates neither of which holds the other
    ("1966-07-25" and "2021-05"; not "2021" and "2021-05")."""
    if a.date is None or b.date is None or a.date_basis not in _TEXT_DATED or b.date_basis not in _TEXT_DATED:
        return False
    return not (a.date.startswith(b.date) or b.date.startswith(a.date))


def _undoer(head: Token, pos: str, triggers: TriggerLexicon) -> Token | None:
    """The verb that undoes the act told by head: "cancelled a planned visit" (the noun its
    object), "stopped issuing visas" (a gerund it governs), "withdrew its decision to expel
    the ambassador" (the infinitive of a decision noun it takes as object); None if none."""
    if pos == "noun":
        return head.head if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in triggers.reversal_verbs else None
    if head.dep_ in ("xcomp", "dobj") and head.tag_ == "VBG" and head.head.lemma_.lower() in triggers.reversal_verbs:
        # "must stop arming Russia": a stop demanded or wished tells the act, still going on
        return head.head if not any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.head.children) else None
    noun = head.head
    if (head.dep_ == "acl" and has_to(head) and noun.lemma_.lower() in triggers.decision_nouns
            and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in triggers.reversal_verbs):  # fmt: skip
        return noun.head
    return None

