"""Rendering evaluation results: plain-text tables for a developer, and the benchmark page.

Text only: the CLI prints what these functions return, and ``--json`` output comes from the
results' own ``to_dict``. Nothing here computes a score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from ..codebook import load_codebook
from .articles import ArticleEvalResult, ErrorCase
from .sentences import PetrResult, PloverResult

#: PETRARCH-2 on PETR2-GSR, 62 records, given hand-checked parse trees (eval/README.md)
PETRARCH2_ANCHORS = {"f1_full": 0.816, "f1_root": 0.896, "records": 62}


def _f(x: float) -> str:
    return f"{x:.3f}"


def _root_name(root: str) -> str:
    codebook = load_codebook()
    return codebook[root].name.lower() if root in codebook else ""


def _table(header: list[str], rows: list[list[str]], *, left: int = 1) -> list[str]:
    """Rows under a header; the first ``left`` columns align left, the numbers right."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:{'<' if i < left else '>'}{w}}}" for i, w in enumerate(widths))
    return [fmt.format(*header), *(fmt.format(*r) for r in rows)]


def _error_lines(error: ErrorCase) -> list[str]:
    label = {"fp": "FP", "modality_fp": "FP (modality)", "fn": "FN", "date": "DATE", "status": "STATUS"}[error.kind]
    lines = [f"{label:<14}{error.doc}  {error.source} -> {error.target}  {error.root}"]
    if error.kind == "date":
        lines.append(f"    coder date: {error.coder_date or '-'}   gold date: {error.gold.date if error.gold else '-'}")
    if error.kind == "status":
        lines.append(f"    coder: {error.coder_status}, {error.coder_section}")
    if error.kind != "fn":
        lines.append(f"    rule: {error.rule or '-'}   coder status: {error.coder_status}")
        lines.append(f"    sentence: {error.sentence.strip() or '-'}")
    if error.gold is not None:
        g = error.gold
        lines.append(
            f"    gold: {g.source} -> {g.target} {'/'.join(g.roots)} {g.status}, {g.section}"
            f"{', symmetric' if g.symmetric else ''}"
        )
        lines.append(f"    gold evidence: {g.evidence or '-'}")
    for near in error.near:
        s, t, r = near["triple"]
        lines.append(
            f"    coder had: {s} -> {t} {near['cameo']} {near['status']}, {near['section']}"
            f" (rule {near['rule'] or '-'}): {near['sentence'].strip()}"
        )
    return lines


def render_articles(result: ArticleEvalResult, *, errors: bool = False) -> str:
    c = result.counts
    out = [
        f"Article-level evaluation (GUIDELINES §8): {result.articles} article(s), "
        f"{c.gold_required} required reportable gold events",
        f"  reportable triples {c.triples}: matched {c.tp}, borderline (not counted) "
        f"{c.borderline}, false positives {c.fp}",
        f"  precision {_f(c.precision)}   recall {_f(c.recall)}   F1 {_f(c.f1)}",
        f"  modality false positives (non-reportable gold reported as fact): {c.modality_fp}",
        f"  status accuracy {_f(c.status_accuracy)} ({c.status_right}/{c.status_found} "
        "gold events found)",
        f"  date accuracy   {_f(c.date_accuracy)} ({c.date_right}/{c.date_total} "
        "matched events with a gold date)",
    ]
    if result.failed:
        out.append(f"  documents the coder rejected (scored with no events): {len(result.failed)}")
        out.extend(f"    {doc}: {msg}" for doc, msg in sorted(result.failed.items()))
    if result.unknown_docs:
        out.append(f"  events for docs without gold (ignored): {', '.join(result.unknown_docs)}")
    rows = [
        [root, _root_name(root), str(rc.tp), str(rc.fp), str(rc.modality_fp), str(rc.fn),
         str(rc.borderline), _f(rc.precision) if rc.tp + rc.fp else "-",
         _f(rc.recall) if rc.tp + rc.fn else "-", _f(rc.f1) if rc.tp + rc.fp + rc.fn else "-"]
        for root, rc in sorted(result.per_root.items())
    ]  # fmt: skip
    out += ["", "Per root code:"]
    out += ["  " + line for line in _table(
        ["root", "name", "tp", "fp", "modal", "fn", "border", "P", "R", "F1"], rows, left=2)]  # fmt: skip
    if errors:
        kinds = Counter(e.kind for e in result.errors)
        told = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        out += ["", f"Errors ({len(result.errors)}{': ' + told if told else ''}):"]
        for error in sorted(result.errors, key=lambda e: (e.doc, e.kind, e.root)):
            out += ["  " + line for line in _error_lines(error)]
    return "\n".join(out)


def render_petr2(result: PetrResult, *, errors: bool = False) -> str:
    c = result.counts
    f = c.figures()
    s = result.states.figures()
    out = [
        f"PETR2-GSR: {c.records} records ({c.noevents_records} expecting no event); "
        f"coder events counted: {result.policy}",
        f"  exact records {_f(f['exact'])} ({c.exact}/{c.records}; no-event records right: "
        f"{c.noevents_exact}/{c.noevents_records})",
        f"  full code: P {_f(f['precision_full'])}  R {_f(f['recall_full'])}  "
        f"F1 {_f(f['f1_full'])}  ({c.tp_full} of {c.coded_full} coded, {c.gold_full} gold)",
        f"  root code: P {_f(f['precision_root'])}  R {_f(f['recall_root'])}  "
        f"F1 {_f(f['f1_root'])}  ({c.tp_root} of {c.coded_root} coded, {c.gold_root} gold)",
        f"  gold triples inside one country (not coded by design): {c.domestic_gold}",
        f"  records whose gold actors are all states or §2 organisations ({result.states.records}): "
        f"root P {_f(s['precision_root'])}  R {_f(s['recall_root'])}  F1 {_f(s['f1_root'])}; "
        f"full-code F1 {_f(s['f1_full'])}",
        f"  anchor: PETRARCH-2 F1 {PETRARCH2_ANCHORS['f1_full']} full / "
        f"{PETRARCH2_ANCHORS['f1_root']} root on {PETRARCH2_ANCHORS['records']} records, "
        "given hand-checked parse trees (dyadwatch parses raw text)",
    ]
    if result.failed:
        out.append(f"  records the coder rejected: {len(result.failed)}")
    if errors:
        wrong = [r for r in result.records if not r["exact"]]
        out += ["", f"Records not exact ({len(wrong)}):"]
        for r in wrong:
            gold = " ".join("/".join(t) for t in r["gold"]) or "(none)"
            coded = " ".join("/".join(t) for t in r["coded"]) or "(none)"
            out += [f"  {r['id']}: gold {gold}  coded {coded}", f"      {r['text']}"]
    return "\n".join(out)


def render_plover(result: PloverResult, *, errors: bool = False) -> str:
    c = result.counts
    f = c.figures()
    out = [
        f"PLOVER-GSR: {c.records} records, {c.gold_events} gold events; coder events counted: "
        f"{result.policy}",
        f"  type accuracy {_f(f['type_accuracy'])} ({c.type_right}/{c.gold_events}); "
        f"records with any event {_f(f['coverage'])}",
        f"  actor country accuracy on matched events {_f(f['actor_accuracy'])} "
        f"({c.actor_right}/{c.actor_roles} roles)",
        "",
        "Per PLOVER 2.0 type:",
    ]
    rows = [
        [t, str(v.get("gold", 0)), str(v.get("right", 0)),
         _f(v.get("right", 0) / v["gold"] if v.get("gold") else 0.0)]
        for t, v in result.per_type.items()
    ]  # fmt: skip
    out += ["  " + line for line in _table(["type", "gold", "right", "accuracy"], rows)]
    if errors:
        wrong = [r for r in result.records if not r["type_right"]]
        out += ["", f"Records with the wrong type ({len(wrong)}):"]
        for r in wrong:
            got = ", ".join(r["coded_types"]) or "(none)"
            out += [f"  {r['id']}: gold {r['gold_type']} ({r['gold_name']}), coded {got}",
                    f"      {r['text']}"]  # fmt: skip
    return "\n".join(out)


def render_benchmark(figures: Mapping[str, Mapping[str, Any]], meta: Mapping[str, str]) -> str:
    """The ``bench/accuracy.md`` page: current figures beside the PETRARCH-2 anchors."""
    a = figures.get("articles", {})
    t = figures.get("train", {})
    p = figures.get("petr2", {})
    v = figures.get("plover", {})

    def cell(group: Mapping[str, Any], key: str) -> str:
        value = group.get(key)
        return f"{value:.3f}" if isinstance(value, int | float) else "n/a"

    lines = [
        "# dyadwatch accuracy",
        "",
        f"Generated by `{meta.get('command', 'python scripts/accuracy_report.py')}` on "
        f"{meta.get('generated', '?')} (dyadwatch {meta.get('version', '?')}, codebook "
        f"{meta.get('codebook', '?')}, spaCy model {meta.get('model', '?')}).",
        "",
        "**All dyadwatch figures below come from raw text**: the coder segments and parses "
        "every sentence itself. The PETRARCH-2 anchors were measured given hand-checked "
        "parse trees.",
        "",
        "## PETR2-GSR (sentence level, CAMEO triples, actors at country level)",
        "",
        f"| figure | dyadwatch, raw text ({p.get('records', '?')} records) "
        f"| PETRARCH-2, hand-checked parses ({PETRARCH2_ANCHORS['records']} records) |",
        "|---|---|---|",
        f"| F1, full CAMEO code | {cell(p, 'f1_full')} | {PETRARCH2_ANCHORS['f1_full']} |",
        f"| F1, root code | {cell(p, 'f1_root')} | {PETRARCH2_ANCHORS['f1_root']} |",
        f"| precision / recall, full code | {cell(p, 'precision_full')} / "
        f"{cell(p, 'recall_full')} | |",
        f"| precision / recall, root code | {cell(p, 'precision_root')} / "
        f"{cell(p, 'recall_root')} | |",
        f"| exact records | {cell(p, 'exact')} | |",
        f"| F1 root code, records whose gold actors are all states or §2 organisations "
        f"({p.get('states_records', '?')}) | {cell(p, 'states_f1_root')} | |",
        "",
        f"Coder events counted: {p.get('events', 'non-negated')}. dyadwatch is scored on all "
        "records, the no-event ones included; the 62 records of the PETRARCH-2 figure are "
        "not identified in the set. Gold triples inside one country, which dyadwatch does "
        f"not code by design: {p.get('domestic_gold', '?')}.",
        "",
        "## Article level (`../shared/eval/dev` and `../shared/eval/train`, GUIDELINES §8)",
        "",
        "The rules are developed against both sets: these figures are in-sample. Held-out "
        "articles are scored by the same rules elsewhere.",
        "",
        "| figure | dev | train |",
        "|---|---|---|",
        f"| reportable precision | {cell(a, 'precision')} | {cell(t, 'precision')} |",
        f"| reportable recall | {cell(a, 'recall')} | {cell(t, 'recall')} |",
        f"| reportable F1 | {cell(a, 'f1')} | {cell(t, 'f1')} |",
        f"| modality false positives | {a.get('modality_fp', 'n/a')} | {t.get('modality_fp', 'n/a')} |",
        f"| status accuracy | {cell(a, 'status_accuracy')} | {cell(t, 'status_accuracy')} |",
        f"| date accuracy | {cell(a, 'date_accuracy')} | {cell(t, 'date_accuracy')} |",
        "",
        "## PLOVER-GSR (sentence level, PLOVER 2.0 types)",
        "",
        "| figure | dyadwatch, raw text |",
        "|---|---|",
        f"| event-type accuracy | {cell(v, 'type_accuracy')} |",
        f"| actor country accuracy on matched events | {cell(v, 'actor_accuracy')} |",
        f"| records with any event | {cell(v, 'coverage')} |",
        "",
    ]
    # in the sets' own order: set9 before set10
    review = sorted((k for k in figures if k.startswith("review_")), key=_natural)
    if review:
        # the project's own wire-style review sets (bench/review/README.md says how each was used)
        lines += [
            "## Review sets (`bench/review`, wire-style articles written for the project)",
            "",
            "| figure | " + " | ".join(k.removeprefix("review_") for k in review) + " |",
            "|---|" + "---|" * len(review),
            *(f"| {label} | " + " | ".join("n/a" if key == "date_accuracy" and figures[k].get("date_total") == 0
                                             else cell(figures[k], key) for k in review) + " |"
              for label, key in (("reportable precision", "precision"), ("reportable recall", "recall"),
                                 ("reportable F1", "f1"), ("status accuracy", "status_accuracy"),
                                 ("date accuracy", "date_accuracy"))),
            "",
        ]  # fmt: skip
    return "\n".join(lines)


def _natural(name: str) -> tuple[str, int]:
    """``review_set10`` after ``review_set9``: the name's letters, then its number."""
    stem = name.rstrip("0123456789")
    return stem, int(name[len(stem):] or 0)
