"""Evaluation: score coded events against gold data (GUIDELINES §7-§8, PETR2-GSR, PLOVER-GSR).

    articles   article-level gold and the §8 scorer
    sentences  the sentence-level sets, with CAMEO country and PLOVER name mapping
    coding     the one place an evaluation runs the coder
    gate       figures over an evaluation folder, compared with pinned floors
    report     plain-text tables and the benchmark page

The scorers take event records, not text, so they can be tested on hand-made events.
"""

from __future__ import annotations

from .articles import (
    ArticleEvalResult,
    CodedEvent,
    Counts,
    ErrorCase,
    GoldArticle,
    GoldEvent,
    coded_event_from_dict,
    coded_events,
    date_agrees,
    load_events,
    load_gold,
    score_article,
    score_articles,
)
from .coding import articles_for_gold, code_articles, load_articles, parse_date
from .gate import FloorCheck, check_floors, collect_figures, load_figures, load_floors
from .report import render_articles, render_benchmark, render_petr2, render_plover
from .sentences import (
    CountPolicy,
    PetrResult,
    PloverResult,
    SentenceRecord,
    detect_format,
    load_country_codes,
    load_plover_names,
    load_sentence_records,
    plover_2,
    score_petr2,
    score_plover,
)

__all__ = [
    "ArticleEvalResult",
    "CodedEvent",
    "CountPolicy",
    "Counts",
    "ErrorCase",
    "FloorCheck",
    "GoldArticle",
    "GoldEvent",
    "PetrResult",
    "PloverResult",
    "SentenceRecord",
    "articles_for_gold",
    "check_floors",
    "code_articles",
    "coded_event_from_dict",
    "coded_events",
    "collect_figures",
    "date_agrees",
    "detect_format",
    "load_articles",
    "load_country_codes",
    "load_events",
    "load_figures",
    "load_floors",
    "load_gold",
    "load_plover_names",
    "load_sentence_records",
    "parse_date",
    "plover_2",
    "render_articles",
    "render_benchmark",
    "render_petr2",
    "render_plover",
    "score_article",
    "score_articles",
    "score_petr2",
    "score_plover",
]
