"""``dyadwatch eval`` and ``dyadwatch eval-sentences``: score the coder against gold data.

Both commands score a JSONL file of event records given with ``--events``, or, without it,
run the coder themselves. The scoring lives in ``dyadwatch.evaluate``; this module only
reads options and prints (a DyadwatchError becomes its exit code in ``dyadwatch.cli``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .options import format_option, load_settings

#: the gold sets' formats (``--gold-format``)
GOLD_FORMATS = ("auto", "petr2", "plover")

_format_option = format_option(("table", "json"), "table",
                               "table: the report for reading; json: one JSON document.")  # fmt: skip


def _json_alias(func: Any) -> Any:
    """``--json``, the old spelling of ``--format json``, still taken."""
    return click.option("--json", "as_json", is_flag=True, hidden=True)(func)


def _emit(payload: dict[str, Any], text: str, fmt: str) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2) if fmt == "json" else text)


def _coder(settings: Any) -> Any:
    from ..coder import Coder  # heavy: only when the command codes text itself

    return Coder(settings)


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--events",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Score these event records (JSONL, one Event per line) instead of coding the "
    "articles.jsonl beside the gold files.",
)
@click.option("--errors", is_flag=True, help="List every false positive and false negative, and every fact found with a wrong date or status.")
@_format_option
@_json_alias
def eval_articles(
    gold: tuple[Path, ...], events: Path | None, errors: bool, fmt: str, as_json: bool
) -> None:
    """Score article-level GOLD files (GUIDELINES §7) by the rules of GUIDELINES §8."""
    from ..evaluate import (
        articles_for_gold,
        code_articles,
        load_events,
        load_gold,
        render_articles,
        score_articles,
    )

    settings = load_settings()
    gold_articles = load_gold(gold)
    failed: dict[str, str] = {}
    if events is not None:
        coded = load_events(events)
    else:
        articles = articles_for_gold(gold, [g.doc for g in gold_articles])
        coded, failed = code_articles(articles, _coder(settings))
    result = score_articles(gold_articles, coded, failed=failed)
    payload = result.to_dict()
    if not errors:
        payload.pop("errors")
    _emit(payload, render_articles(result, errors=errors), "json" if as_json else fmt)


@click.command("eval-sentences")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--events",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Score these event records (JSONL, doc = record id) instead of coding the sentences.",
)
@click.option(
    "--gold-format",
    type=click.Choice(GOLD_FORMATS),
    default="auto",
    show_default=True,
    help="The gold set's format (auto: told apart by the shape of its actors).",
)
@click.option(
    "--count",
    "policy",
    type=click.Choice(["non-negated", "reportable", "all"]),
    default="non-negated",
    show_default=True,
    help="Which coder events count: every one but negated ones (as PETRARCH codes), only "
    "reportable ones, or all.",
)
@click.option("--errors", is_flag=True, help="List the records scored wrong.")
@format_option(("table", "json"), "table",
               "table: the report for reading; json: one JSON document.",
               hidden=GOLD_FORMATS)  # fmt: skip
@_json_alias
def eval_sentences(
    file: Path, events: Path | None, gold_format: str, policy: str, errors: bool, fmt: str,
    as_json: bool,
) -> None:
    """Score a sentence-level set: PETR2-GSR (petr2_gsr.jsonl) or PLOVER-GSR (plover_gsr.jsonl)."""
    from ..evaluate import (
        CountPolicy,
        code_articles,
        detect_format,
        load_events,
        load_sentence_records,
        render_petr2,
        render_plover,
        score_petr2,
        score_plover,
    )

    settings = load_settings()
    if fmt in GOLD_FORMATS:  # the old meaning of --format here
        click.echo(f"notice: --format {fmt} is now --gold-format {fmt}", err=True)
        gold_format, fmt = fmt, "table"
    records = load_sentence_records(file)
    kind = detect_format(records) if gold_format == "auto" else gold_format
    failed: dict[str, str] = {}
    if events is not None:
        coded = load_events(events)
    else:
        coded, failed = code_articles((r.article() for r in records), _coder(settings))
    if kind == "petr2":
        petr = score_petr2(records, coded, policy=CountPolicy(policy), failed=failed)
        payload, text = petr.to_dict(), render_petr2(petr, errors=errors)
    else:
        plover = score_plover(records, coded, policy=CountPolicy(policy), failed=failed)
        payload, text = plover.to_dict(), render_plover(plover, errors=errors)
    if not errors:
        payload.pop("per_record")
    _emit(payload, text, "json" if as_json else fmt)
