"""One shared CLI layer: the same input gets the same answer from every command.

One date parser (the same bad date, the same exit code and message everywhere), one
error handler and one exit-code table (in ``--help`` and the README), one spelling for
each shared option, a bad ``DYADWATCH_*`` value a usage error in every command; ``code``
codes through ``Coder.code_many`` (``dyadwatch.batches``) and the evaluation reads JSON
lines through the readers (a U+2028 inside a string is no line break).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dyadwatch.cli import COMMANDS, main
from dyadwatch.cli.exits import EXIT_CODES
from dyadwatch.evaluate import load_sentence_records
from dyadwatch.store import Store
from test_store import make_article, make_event

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "src" / "dyadwatch" / "cli"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layer") / "s.duckdb"
    with Store(path) as store:
        a = make_article("a")
        store.add_coded([(a, [make_event(a, source="VEN", target="PRK", when="2019-08")])])
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def commands() -> dict[str, click.Command]:
    group = main
    assert isinstance(group, click.Group)
    ctx = click.Context(group)
    return {name: group.get_command(ctx, name) for name in COMMANDS}  # type: ignore[misc]


# -- one date parser ----------------------------------------------------------------------

DATE_USES = [
    ["events", "--since", "{bad}"],
    ["events", "--until", "{bad}"],
    ["network", "--since", "{bad}"],
    ["blocs", "--until", "{bad}"],
    ["sanctions", "--since", "{bad}"],
    ["shifts", "--before", "{bad}:2019", "--after", "2020:"],
]


@pytest.mark.parametrize("bad", ["soon", "June", "2019-13", "2019-02-30", "0099"])
def test_a_bad_date_is_the_same_usage_error_in_every_command(db: Path, bad: str) -> None:
    answers = set()
    for args in DATE_USES:
        code, out, err = run(*[a.format(bad=bad) for a in args], "--db", str(db))
        assert code == 2 and out == "", (args, err)
        [line] = err.splitlines()
        assert line.startswith("error: Invalid value for '--"), line
        answers.add(re.sub(r"'--\w+'", "'--X'", line.split(" (see: ")[0]))
    assert len(answers) == 1, answers
    assert bad in answers.pop()


# -- settings -------------------------------------------------------------------------------

SETTING_USES = [
    ["code", "--example"],
    ["ingest", "x.txt", "--db", "{db}"],
    ["events", "--db", "{db}"],
    ["network", "--db", "{db}"],
    ["dyad", "VEN", "PRK", "--db", "{db}"],
    ["check", "--db", "{db}"],
    ["serve", "--db", "{db}", "--port", "0"],
    ["eval", "{gold}"],
]


@pytest.mark.parametrize(("variable", "value"), [("DYADWATCH_BATCH_SIZE", "many"),
                                                 ("DYADWATCH_STORE_MEMORY_LIMIT", "lots"),
                                                 ("DYADWATCH_PREPASS", "perhaps")])  # fmt: skip
def test_a_bad_setting_is_a_usage_error_in_every_command(db: Path, tmp_path: Path, variable: str, value: str) -> None:
    gold = tmp_path / "g.gold.jsonl"
    gold.write_text('{"doc": "a", "events": []}\n', encoding="utf-8")
    for args in SETTING_USES:
        filled = [a.format(db=db, gold=gold) for a in args]
        code, out, err = run(*filled, env={variable: value})
        assert code == 2, (args, err)
        assert "Traceback" not in err
        assert f"{variable}={value!r}" in err, (args, err)


# -- one spelling ---------------------------------------------------------------------------


def _options(cmd: click.Command) -> dict[str, click.Option]:
    return {o: p for p in cmd.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts}


def test_the_reportable_filter_has_one_spelling() -> None:
    filtering = {name: cmd for name, cmd in commands().items() if any("reportable" in o for o in _options(cmd))}
    assert set(filtering) == {"code", "events", "export"}
    for name, cmd in filtering.items():
        shown = [p for p in cmd.params if isinstance(p, click.Option) and not p.hidden]
        spellings = {tuple(p.opts + p.secondary_opts) for p in shown if any("reportable" in o for o in p.opts)}
        assert spellings == {("--reportable-only", "--all")}, name


def test_json_output_has_one_spelling() -> None:
    for name, cmd in commands().items():
        options = _options(cmd)
        visible = {o for o, p in options.items() if not p.hidden}
        assert "--json" not in visible, name
        fmt = options.get("--format")
        if fmt is None or name == "export":  # export writes other tools' formats
            continue
        choices = list(getattr(fmt.type, "choices", []))
        assert "jsonl" not in choices, name
        if name not in ("schema",):
            assert "json" in choices, (name, choices)


def test_old_spellings_still_work(db: Path, tmp_path: Path) -> None:
    new = run("events", "--db", str(db), "--format", "json")
    old = run("events", "--db", str(db), "--format", "jsonl", "--reportable")
    assert new[0] == old[0] == 0 and new[1] == old[1] and new[1]


# -- one error handler, one exit-code table --------------------------------------------------


def test_every_error_is_one_line_with_one_prefix(db: Path, tmp_path: Path) -> None:
    cases = [
        (["events", "--db", str(tmp_path / "none.duckdb")], 4),  # a DyadwatchError
        (["events", "--db", str(db), "--format", "xml"], 2),  # a usage error
        (["nosuchcommand"], 2),
        (["code", str(tmp_path / "none.txt")], 2),  # a bad input
    ]
    for args, code in cases:
        status, _, err = run(*args)
        assert status == code, (args, err)
        [line] = err.splitlines()
        assert line.startswith("error: ") and "Traceback" not in err, line


def readme_exit_table() -> list[tuple[int, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\d) \| (.+?) \|$", section, re.MULTILINE)
    return [(int(code), meaning) for code, meaning in rows]


def test_the_exit_codes_are_one_table_in_help_and_readme() -> None:
    assert readme_exit_table() == list(EXIT_CODES)
    for name, cmd in [("dyadwatch", main), *commands().items()]:
        text = cmd.get_help(click.Context(cmd, info_name=name))
        assert "Exit codes:" in text, name
        for code, _ in EXIT_CODES:
            assert re.search(rf"^\s+{code}  \S", text, re.MULTILINE), (name, code)


# -- code codes through code_many; the evaluation reads through the readers -------------------


def _calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}


def test_code_has_no_per_article_loop_of_its_own() -> None:
    source = (CLI / "code_cmd.py").read_text(encoding="utf-8")
    assert "code" not in _calls(CLI / "code_cmd.py")  # no coder.code(article) per article
    assert "from ..batches import code_stream" in source


def test_the_evaluation_reads_jsonl_through_the_readers(tmp_path: Path) -> None:
    """A U+2028 inside a JSON string is text, not a line break (str.splitlines broke it)."""
    sentence = "Russia\u2028met Syria"
    gold = tmp_path / "dev.gold.jsonl"
    gold.write_text(json.dumps({"doc": "d1", "events": [
        {"source": "RUS", "target": "SYR", "root": "04", "status": "asserted", "section": "body"}
    ]}, ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    events = tmp_path / "events.jsonl"
    record = {"doc": "d1", "source": {"country": "RUS"}, "target": {"country": "SYR"}, "cameo": "040",
              "root": "04", "status": "asserted", "section": "body", "sentence": sentence}  # fmt: skip
    events.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert "\u2028" in events.read_text(encoding="utf-8")
    code, out, err = run("eval", str(gold), "--events", str(events), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["tp"] == 1
    sentences = tmp_path / "s.jsonl"
    sentences.write_text(json.dumps({"id": "s1", "text": sentence, "events": [
        {"source": "RUS", "target": "SYR", "code": "040"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")  # fmt: skip
    [loaded] = load_sentence_records(sentences)
    assert loaded.text == sentence
    events.write_text(json.dumps({**record, "doc": "s1"}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = run("eval-sentences", str(sentences), "--events", str(events), "--format", "json")
    assert code == 0, err
