"""Article-level scoring of coded events against gold files (GUIDELINES §7 and §8).

This module reads gold files and event records and computes the §8 figures; it never codes
text itself (the CLI and the gate hand it the coder's events) and never prints.

How the §8 rules are applied here:

1. Reportable coder events (status ``asserted``, section not ``commentary``) are reduced per
   article to distinct (source country, target country, root) triples.
2. Triples are matched one-to-one to gold events with the same source and target (either
   order when the gold event is ``symmetric``) whose ``root`` list holds the root. The
   matching favours the coder lexicographically: as many required reportable gold events
   matched as possible; then as many borderline ones (``required: false``, whatever their
   status: borderline means neither required nor penalised); then required gold events
   that are not reportable. (A greedy first-come matching would not: see the test named
   after it.)
3. Precision = triples matched to required reportable gold / (reportable triples - triples
   matched to borderline gold). A triple matched to a non-reportable gold event is a false
   positive, and also counted as a *modality false
   positive* (a hypothetical, claimed, future... event, or commentary, reported as fact).
4. Recall = required reportable gold events matched / required reportable gold events.
5. Status accuracy: every coder event (any status, any section) is reduced to a distinct
   *reading* (source, target, root, status, in-commentary). Readings are matched one-to-one
   to gold events by source/target/root: as many gold events found as possible and, among
   such matchings, as many pairs as possible whose status and commentary placement agree
   (favouring the coder again). Over the gold events so found, the share of agreeing pairs.
6. Date accuracy: over the pairs matched in step 2 whose gold event has a date, the share
   whose coder date agrees to the gold's precision (gold ``2018-12`` accepts ``2018-12`` and
   ``2018-12-05``, not ``2018``). Of matchings step 2 finds equally good, the one with more
   agreeing dates (a matched triple takes instead an unmatched gold event of the same kind,
   or two matched triples swap theirs, when that makes more dates agree): the coder is favoured here as in steps 2 and 5.
7. All counts are summed over articles before dividing (micro-average).

Which coder event speaks for a triple (its date, sentence and rule) when several reduce to
it: the one with the most precise date, and among those the first in text order. A repeated
mention often carries the date only once ("on Wednesday ... the visit"), and the reduced
triple stands for the event, so it keeps its best-determined date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import FormatError
from ..readers.jsonl import iter_json_objects
from ..records import Event, Section, Status
from .matching import max_matching, max_weight_matching

_STATUSES = frozenset(s.value for s in Status)
_SECTIONS = frozenset(s.value for s in Section)

#: gold categories in the order a triple prefers them (GUIDELINES §8.2)
REQUIRED, BORDERLINE, NOT_REPORTABLE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event of one article."""

    doc: str
    index: int  # position in the article's gold list
    source: str
    target: str
    roots: tuple[str, ...]
    status: str
    section: str
    date: str | None
    required: bool = True
    symmetric: bool = False
    evidence: str = ""

    @property
    def reportable(self) -> bool:
        return self.status == Status.ASSERTED.value and self.section != Section.COMMENTARY.value

    @property
    def category(self) -> int:
        if not self.required:
            return BORDERLINE
        return REQUIRED if self.reportable else NOT_REPORTABLE

    def accepts(self, source: str, target: str, root: str) -> bool:
        """Whether a (source, target, root) triple matches this event (§8.2)."""
        if root not in self.roots:
            return False
        if (source, target) == (self.source, self.target):
            return True
        return self.symmetric and (source, target) == (self.target, self.source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "root": list(self.roots),
            "symmetric": self.symmetric,
            "status": self.status,
            "section": self.section,
            "date": self.date,
            "required": self.required,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class GoldArticle:
    doc: str
    date: str | None
    events: tuple[GoldEvent, ...]
    origin: str = ""


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """The fields of a coder's event record that scoring reads."""

    doc: str
    order: int  # position among the article's events (text order as the coder emitted them)
    source: str
    target: str
    root: str
    cameo: str
    status: str
    section: str
    date: str | None = None
    sentence: str = ""
    rule: str = ""
    plover: str | None = None
    event_id: str = ""

    @property
    def reportable(self) -> bool:
        return self.status == Status.ASSERTED.value and self.section != Section.COMMENTARY.value

    @property
    def in_commentary(self) -> bool:
        return self.section == Section.COMMENTARY.value

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.source, self.target, self.root)


# --------------------------------------------------------------------------- reading input


def read_jsonl_records(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """(line number, JSON object) of each non-blank line, read by the one JSONL reader
    (``readers.iter_json_objects``); a bad line is a FormatError naming it."""
    return iter_json_objects(path)


def _gold_event(raw: Any, doc: str, index: int, where: str, line: int) -> GoldEvent:
    if not isinstance(raw, dict):
        raise FormatError(where, f"event {index} of {doc!r} is not an object", line=line)
    try:
        roots = raw["root"]
        roots = (roots,) if isinstance(roots, str) else tuple(str(r) for r in roots)
        event = GoldEvent(
            doc=doc,
            index=index,
            source=str(raw["source"]),
            target=str(raw["target"]),
            roots=roots,
            status=str(raw["status"]),
            section=str(raw["section"]),
            date=raw.get("date"),
            required=bool(raw.get("required", True)),
            symmetric=bool(raw.get("symmetric", False)),
            evidence=str(raw.get("evidence", "")),
        )
    except (KeyError, TypeError) as exc:
        raise FormatError(
            where, f"event {index} of {doc!r} lacks or mistypes field {exc}", line=line
        ) from None
    if not roots:
        raise FormatError(where, f"event {index} of {doc!r} has an empty root list", line=line)
    if event.status not in _STATUSES:
        raise FormatError(
            where, f"event {index} of {doc!r}: unknown status {event.status!r}", line=line
        )
    if event.section not in _SECTIONS:
        raise FormatError(
            where, f"event {index} of {doc!r}: unknown section {event.section!r}", line=line
        )
    if event.date is not None and not _is_date(event.date):
        raise FormatError(where, f"event {index} of {doc!r}: bad date {event.date!r}", line=line)
    return event


def load_gold(paths: Sequence[str | Path]) -> list[GoldArticle]:
    """Read gold files (§7). A doc listed twice, in one file or across files, is an error."""
    articles: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for p in paths:
        path = Path(p)
        for line, record in read_jsonl_records(path):
            doc = record.get("doc")
            events = record.get("events")
            if not isinstance(doc, str) or not isinstance(events, list):
                raise FormatError(
                    str(path), "a gold record needs 'doc' and an 'events' list", line=line
                )
            if doc in seen:
                raise FormatError(
                    str(path), f"doc {doc!r} already has gold in {seen[doc]}", line=line
                )
            seen[doc] = f"{path}:{line}"
            gold = tuple(_gold_event(e, doc, i, str(path), line) for i, e in enumerate(events))
            articles.append(GoldArticle(doc, record.get("date"), gold, f"{path}:{line}"))
    return articles


def coded_event_from_dict(
    record: dict[str, Any], order: int, where: str = "<events>", line: int | None = None
) -> CodedEvent:
    """Read the scored fields of one event record (``Event.to_dict()`` form)."""
    try:
        source, target = record["source"], record["target"]
        cameo = str(record.get("cameo") or "")
        root = str(record.get("root") or cameo[:2])
        event = CodedEvent(
            doc=str(record["doc"]),
            order=order,
            source=str(source["country"]),
            target=str(target["country"]),
            root=root,
            cameo=cameo,
            status=str(record["status"]),
            section=str(record.get("section") or Section.BODY.value),
            date=record.get("date"),
            sentence=str(record.get("sentence") or ""),
            rule=str(record.get("rule") or ""),
            plover=record.get("plover"),
            event_id=str(record.get("event_id") or ""),
        )
    except (KeyError, TypeError) as exc:
        raise FormatError(where, f"event record lacks or mistypes field {exc}", line=line) from None
    if not event.root:
        raise FormatError(where, "event record has neither 'root' nor 'cameo'", line=line)
    if event.status not in _STATUSES:
        raise FormatError(where, f"unknown status {event.status!r}", line=line)
    if event.section not in _SECTIONS:
        raise FormatError(where, f"unknown section {event.section!r}", line=line)
    return event


def load_events(path: str | Path) -> list[CodedEvent]:
    """Read a JSONL file of event records (one ``Event.to_dict()`` per line)."""
    p = Path(path)
    counters: dict[str, int] = {}
    out: list[CodedEvent] = []
    for line, record in read_jsonl_records(p):
        doc = str(record.get("doc", ""))
        order = counters.get(doc, 0)
        counters[doc] = order + 1
        out.append(coded_event_from_dict(record, order, str(p), line))
    return out


def coded_events(events: Iterable[Event]) -> list[CodedEvent]:
    """The scored view of the coder's Event objects, keeping their order per article."""
    counters: dict[str, int] = {}
    out: list[CodedEvent] = []
    for event in events:
        order = counters.get(event.doc, 0)
        counters[event.doc] = order + 1
        out.append(coded_event_from_dict(event.to_dict(), order, f"event of {event.doc}"))
    return out


# --------------------------------------------------------------------------- dates


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) not in (4, 7, 10):
        return False
    parts = value.split("-")
    return [len(x) for x in parts] in ([4], [4, 2], [4, 2, 2]) and all(x.isdigit() for x in parts)


def date_precision_rank(value: str | None) -> int:
    """3 for a day, 2 for a month, 1 for a year, 0 for no date."""
    if not value or not _is_date(value):
        return 0
    return {10: 3, 7: 2, 4: 1}[len(value)]


def date_agrees(gold: str, coder: str | None) -> bool:
    """Whether a coder date agrees with a gold date to the gold's precision (§8.6).

    The coder date must be at least as precise as the gold and fall inside it.
    """
    if coder is None or not _is_date(coder):
        return False
    return len(coder) >= len(gold) and coder.startswith(gold)


# --------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Counts:
    """Micro-averaging counters; the figures are properties."""

    tp: int = 0  # triples matched to required reportable gold events
    fp: int = 0  # triples matched to nothing, or to a non-reportable gold event
    fn: int = 0  # required reportable gold events not matched
    modality_fp: int = 0  # the part of fp matched to non-reportable gold events
    borderline: int = 0  # triples matched to borderline gold events (not counted)
    triples: int = 0  # reportable triples
    gold_required: int = 0
    status_found: int = 0
    status_right: int = 0
    date_total: int = 0
    date_right: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return _ratio(self.status_right, self.status_found)

    @property
    def date_accuracy(self) -> float:
        return _ratio(self.date_right, self.date_total)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name) for name in self.__slots__}
        for name in ("precision", "recall", "f1", "status_accuracy", "date_accuracy"):
            out[name] = round(getattr(self, name), 4)
        return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(slots=True)
class ErrorCase:
    """One false positive or false negative, or one fact found with the wrong date or
    status, with what a developer needs to fix it."""

    kind: str  # "fp", "modality_fp", "fn"; "date" or "status" (a found fact, read wrong)
    doc: str
    source: str
    target: str
    root: str
    sentence: str = ""
    rule: str = ""
    coder_status: str | None = None
    gold: GoldEvent | None = None
    #: for a false negative: the coder's events in the article between the same two actors
    near: list[dict[str, Any]] = field(default_factory=list)
    #: for a wrong date: the date of the coder's event that speaks for the triple
    coder_date: str | None = None
    #: for a wrong status: the coder's section (the gold's may differ in it instead)
    coder_section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "doc": self.doc,
            "triple": [self.source, self.target, self.root],
            "sentence": self.sentence,
            "rule": self.rule,
            "coder_status": self.coder_status,
            "gold": self.gold.to_dict() if self.gold else None,
            "gold_evidence": self.gold.evidence if self.gold else None,
            "near": self.near,
            "coder_date": self.coder_date,
            "coder_section": self.coder_section,
        }


@dataclass(slots=True)
class ArticleEvalResult:
    counts: Counts
    per_root: dict[str, Counts]
    errors: list[ErrorCase]
    articles: int
    #: doc -> error message, for articles the coder could not code (scored with no events)
    failed: dict[str, str] = field(default_factory=dict)
    #: docs that have events but no gold (ignored)
    unknown_docs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            **self.counts.to_dict(),
            "per_root": {root: c.to_dict() for root, c in sorted(self.per_root.items())},
            "failed": dict(self.failed),
            "unknown_docs": list(self.unknown_docs),
            "errors": [e.to_dict() for e in self.errors],
        }


def _representative(group: list[CodedEvent]) -> CodedEvent:
    """The event that speaks for a triple: most precise date, then first in text."""
    return min(group, key=lambda e: (-date_precision_rank(e.date), e.order))


def _group(events: Iterable[CodedEvent], key: Any) -> dict[Any, list[CodedEvent]]:
    groups: dict[Any, list[CodedEvent]] = {}
    for event in sorted(events, key=lambda e: e.order):
        groups.setdefault(key(event), []).append(event)
    return groups


def _near(events: Sequence[CodedEvent], gold: GoldEvent) -> list[dict[str, Any]]:
    pair = {gold.source, gold.target}
    return [
        {"triple": [e.source, e.target, e.root], "cameo": e.cameo, "status": e.status,
         "section": e.section, "rule": e.rule, "sentence": e.sentence}
        for e in events
        if {e.source, e.target} == pair
    ]  # fmt: skip


def _favour_dates(matched: dict[int, int], triples: Sequence[tuple[str, str, str]], reps: Sequence[CodedEvent],
                  gold_events: Sequence[GoldEvent]) -> dict[int, int]:  # fmt: skip
    """Among matchings as good by §8.2, one that favours the coder's dates too: a matched
    triple takes an unmatched gold event of the same kind whose date it agrees with, and two
    matched triples swap their gold events (the same gold events stay matched) when both
    still match and more dates agree ("Chávez visited Syria in 2006 ... Assad met Chávez in 2010" against two
    symmetric gold visits: each triple keeps the visit of its own date)."""
    out = dict(matched)

    def agree(i: int, j: int) -> int:
        g = gold_events[j]
        return int(g.date is not None and date_agrees(g.date, reps[i].date))

    changed = True
    while changed:
        changed = False
        free = set(range(len(gold_events))) - set(out.values())
        for a in sorted(out):
            # or takes an unmatched gold event of the same kind whose date it agrees with
            g = gold_events[out[a]]
            better = next((j for j in sorted(free) if gold_events[j].category == g.category and gold_events[j].accepts(*triples[a])
                           and agree(a, j) > agree(a, out[a])), None)  # fmt: skip
            if better is not None:
                free.add(out[a])
                free.discard(better)
                out[a] = better
                changed = True
        for a, b in combinations(sorted(out), 2):
            ga, gb = gold_events[out[a]], gold_events[out[b]]
            if not (ga.accepts(*triples[b]) and gb.accepts(*triples[a])):
                continue
            if agree(a, out[b]) + agree(b, out[a]) > agree(a, out[a]) + agree(b, out[b]):
                out[a], out[b] = out[b], out[a]
                changed = True
    return out


def score_article(
    gold: GoldArticle, events: Sequence[CodedEvent]
) -> tuple[Counts, dict[str, Counts], list[ErrorCase]]:
    """Score one article: its counts, its per-root counts and its error cases."""
    counts = Counts()
    per_root: dict[str, Counts] = {}
    errors: list[ErrorCase] = []

    def root_counts(root: str) -> Counts:
        return per_root.setdefault(root, Counts())

    # §8.1: reportable events reduced to distinct triples
    groups = _group((e for e in events if e.reportable), lambda e: e.triple)
    triples = list(groups)
    reps = [_representative(groups[t]) for t in triples]
    counts.triples = len(triples)

    # §8.2: one-to-one matching, favouring the coder: first the most matches to required
    # reportable gold events, then let borderline and then non-reportable ones join
    gold_events = list(gold.events)
    matched: dict[int, int] = {}  # triple index -> gold index
    for wanted in (REQUIRED, BORDERLINE, NOT_REPORTABLE):

        def compatible(t: tuple[str, str, str], g: GoldEvent, w: int = wanted) -> bool:
            return g.category <= w and g.accepts(*t)

        matched = max_matching(triples, gold_events, compatible, initial=matched)
    matched = _favour_dates(matched, triples, reps, gold_events)
    pass_of = {i: gold_events[j].category for i, j in matched.items()}

    # §8.3: precision counts
    for i, (source, target, root) in enumerate(triples):
        rep = reps[i]
        taken_from = pass_of.get(i)
        if taken_from == REQUIRED:
            counts.tp += 1
            root_counts(root).tp += 1
        elif taken_from == BORDERLINE:
            counts.borderline += 1
            root_counts(root).borderline += 1
        else:
            counts.fp += 1
            root_counts(root).fp += 1
            g = gold_events[matched[i]] if taken_from == NOT_REPORTABLE else None
            if g is not None:
                counts.modality_fp += 1
                root_counts(root).modality_fp += 1
            errors.append(
                ErrorCase(
                    "modality_fp" if g is not None else "fp", gold.doc, source, target, root,
                    rep.sentence, rep.rule, rep.status, g,
                )
            )  # fmt: skip

    # §8.4: recall over required reportable gold events
    taken = set(matched.values())
    for j, g in enumerate(gold_events):
        if g.category != REQUIRED:
            continue
        counts.gold_required += 1
        root_counts(g.roots[0]).gold_required += 1
        if j not in taken:
            counts.fn += 1
            root_counts(g.roots[0]).fn += 1
            errors.append(
                ErrorCase(
                    "fn", gold.doc, g.source, g.target, g.roots[0], gold=g, near=_near(events, g)
                )
            )

    # §8.6: dates over matched pairs whose gold event has a date
    for i, j in matched.items():
        g = gold_events[j]
        if g.date is None:
            continue
        counts.date_total += 1
        if date_agrees(g.date, reps[i].date):
            counts.date_right += 1
        else:
            rep = reps[i]
            errors.append(
                ErrorCase(
                    "date", gold.doc, rep.source, rep.target, rep.root, rep.sentence, rep.rule, rep.status, g,
                    coder_date=rep.date,
                )
            )  # fmt: skip

    # §8.5: status over gold events found by any event, whatever its status
    by_reading = _group(events, lambda e: (*e.triple, e.status, e.in_commentary))
    readings = list(by_reading)

    def agreement(r: tuple[str, str, str, str, bool], g: GoldEvent) -> int:
        if not g.accepts(r[0], r[1], r[2]):
            return 0
        right = r[3] == g.status and r[4] == (g.section == Section.COMMENTARY.value)
        return 2 if right else 1

    found = max_weight_matching(readings, gold_events, agreement)
    counts.status_found = len(found)
    for i, j in found.items():
        if agreement(readings[i], gold_events[j]) == 2:
            counts.status_right += 1
            continue
        first = by_reading[readings[i]][0]
        if first.reportable and not gold_events[j].reportable:
            continue  # (listed already: a fact reported that the gold does not report, "modality_fp")
        errors.append(
            ErrorCase(
                "status", gold.doc, first.source, first.target, first.root, first.sentence, first.rule, first.status, gold_events[j],
                coder_date=first.date, coder_section=first.section,
            )
        )  # fmt: skip
    return counts, per_root, errors


def score_articles(
    gold: Sequence[GoldArticle],
    events: Iterable[CodedEvent],
    *,
    failed: dict[str, str] | None = None,
) -> ArticleEvalResult:
    """Score events against gold articles, micro-averaged over the articles (§8.7)."""
    by_doc: dict[str, list[CodedEvent]] = {}
    for event in events:
        by_doc.setdefault(event.doc, []).append(event)
    total = Counts()
    per_root: dict[str, Counts] = {}
    errors: list[ErrorCase] = []
    for article in gold:
        counts, roots, errs = score_article(article, by_doc.get(article.doc, []))
        total.add(counts)
        for root, c in roots.items():
            per_root.setdefault(root, Counts()).add(c)
        errors.extend(errs)
    known = {a.doc for a in gold}
    return ArticleEvalResult(
        counts=total,
        per_root=per_root,
        errors=errors,
        articles=len(gold),
        failed=dict(failed or {}),
        unknown_docs=sorted(d for d in by_doc if d not in known),
    )
