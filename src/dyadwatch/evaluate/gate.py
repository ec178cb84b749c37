"""The accuracy gate: figures over an evaluation folder, compared with pinned floors.

``collect_figures`` codes the evaluation sets of a folder laid out like
``../shared/eval`` (``dev/*.gold.jsonl`` with ``dev/articles.jsonl``, ``train/`` in the
same form when present, ``petrarch2/petr2_gsr.jsonl``, ``plover/plover_gsr.jsonl``) and
returns their headline figures as ``{"articles": {...}, "train": {...}, "petr2": {...},
"plover": {...}}`` ("articles" is the dev set). ``check_floors``
compares such figures with a floors file of the same shape. Floors are minima.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import FormatError, InputError
from ..protocols import CoderLike
from ..yamlfiles import read_yaml
from .articles import load_gold, score_articles
from .coding import articles_for_gold, code_articles
from .sentences import CountPolicy, load_sentence_records, score_petr2, score_plover

Figures = dict[str, dict[str, Any]]

ARTICLE_FIGURES = ("precision", "recall", "f1", "modality_fp", "status_accuracy", "date_accuracy")


def eval_paths(eval_dir: str | Path) -> dict[str, Any]:
    """The files of an evaluation folder; a missing one is an error naming it."""
    root = Path(eval_dir)
    gold = sorted((root / "dev").glob("*.gold.jsonl"))
    if not gold:
        raise InputError(str(root / "dev"), "no *.gold.jsonl files")
    paths: dict[str, Any] = {
        "gold": gold,
        # the training articles (GUIDELINES §7 format), when the folder has them
        "train": sorted((root / "train").glob("*.gold.jsonl")),
        "petr2": root / "petrarch2" / "petr2_gsr.jsonl",
        "plover": root / "plover" / "plover_gsr.jsonl",
    }
    for key in ("petr2", "plover"):
        if not paths[key].is_file():
            raise InputError(str(paths[key]), "no such file")
    return paths


def collect_figures(
    eval_dir: str | Path,
    coder: CoderLike,
    *,
    policy: CountPolicy = CountPolicy.NON_NEGATED,
    article_sets: Mapping[str, str | Path] | None = None,
) -> Figures:
    """Code every evaluation set of ``eval_dir`` and return the headline figures; with
    ``article_sets`` (name -> a folder of ``*.gold.jsonl`` and ``articles.jsonl``), those
    article sets too, under their names (the project's own review sets, ``bench/review``)."""
    paths = eval_paths(eval_dir)
    figures: Figures = {}
    groups: list[tuple[str, list[Path]]] = [("articles", paths["gold"]), ("train", paths["train"])]
    for name, folder in (article_sets or {}).items():
        found = sorted(Path(folder).glob("*.gold.jsonl"))
        if not found:
            raise InputError(str(folder), "no *.gold.jsonl files")
        groups.append((name, found))
    for group, files in groups:
        if not files:
            continue  # no train folder: its floors, if any, fail as missing
        gold = load_gold(files)
        events, failed = code_articles(articles_for_gold(files, [g.doc for g in gold]), coder)
        articles = score_articles(gold, events, failed=failed).to_dict()
        figures[group] = {k: articles[k] for k in ARTICLE_FIGURES}
        figures[group]["failed"] = len(articles["failed"])
        figures[group]["date_total"] = articles["date_total"]  # (0: no gold dates to score)
    for name, scorer in (("petr2", score_petr2), ("plover", score_plover)):
        records = load_sentence_records(paths[name])
        coded, bad = code_articles((r.article() for r in records), coder)
        result = scorer(records, coded, policy=policy, failed=bad).to_dict()
        figures[name] = {k: v for k, v in result.items() if isinstance(v, int | float | str)}
        figures[name]["failed"] = len(bad)
    return figures


def load_figures(path: str | Path) -> Figures:
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise FormatError(str(p), f"cannot be read as JSON: {exc}") from None
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise FormatError(str(p), "expected {set: {figure: value}}")
    return raw


def load_floors(path: str | Path) -> dict[str, dict[str, float]]:
    p = Path(path)
    try:
        raw = read_yaml(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except (OSError, yaml.YAMLError) as exc:
        raise FormatError(str(p), f"cannot be read as YAML: {exc}") from None
    floors: dict[str, dict[str, float]] = {}
    if not isinstance(raw, dict):
        raise FormatError(str(p), "expected {set: {figure: floor}}")
    for group, values in raw.items():
        if not isinstance(values, dict):
            raise FormatError(str(p), f"{group}: expected a mapping of figure -> floor")
        for name, value in values.items():
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise FormatError(str(p), f"{group}.{name}: floor {value!r} is not a number")
        floors[str(group)] = {str(k): float(v) for k, v in values.items()}
    return floors


@dataclass(frozen=True, slots=True)
class FloorCheck:
    name: str  # "articles.f1"
    value: float | None  # None when the figure is missing
    floor: float

    @property
    def passed(self) -> bool:
        # a tiny tolerance so that a floor pinned from a rounded figure still passes
        return self.value is not None and self.value >= self.floor - 1e-9


def check_floors(
    figures: Mapping[str, Mapping[str, Any]], floors: Mapping[str, Mapping[str, float]]
) -> list[FloorCheck]:
    """One check per floor; a floor whose figure is missing fails."""
    checks = []
    for group, values in floors.items():
        for name, floor in values.items():
            value = figures.get(group, {}).get(name)
            number = float(value) if isinstance(value, int | float) else None
            checks.append(FloorCheck(f"{group}.{name}", number, floor))
    return checks
