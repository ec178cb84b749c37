"""``dyadwatch code`` and ``dyadwatch schema`` end to end.

Two sets: the error paths run the real command in a subprocess (what a user sees: the
message on stderr, no traceback, the exit code) and need no coder; the success paths
run the real coder in-process through CliRunner (so the spaCy pipeline loads once) and
check properties every output must have, whatever events the coder finds.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from dyadwatch.cli import main
from dyadwatch.output import CSV_COLUMNS
from dyadwatch.readers import STDIN_NAME, load_example, read_text
from dyadwatch.schema import event_schema, validation_errors
from shared_paths import DEV as EVAL

NEEDS_SHARED = True
SEED = EVAL / "texts" / "seed-venezuela-north-korea.txt"


def _dev_records(*ids: str) -> list[str]:
    lines = {
        json.loads(line)["id"]: line.rstrip("\n")
        for line in (EVAL / "articles.jsonl").open(encoding="utf-8")
    }
    return [lines[i] for i in ids]


def _run(args: list[str], cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dyadwatch", *args],
        cwd=cwd,
        input=stdin.decode("latin-1"),
        capture_output=True,
        text=True,
        encoding="latin-1",
        timeout=300,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )


# --- error paths (no coder needed) ----------------------------------------------------------

#: file name, its bytes (None: the file does not exist), what stderr must say about it
BAD_INPUTS = [
    pytest.param("empty.txt", b"", "empty.txt: the input is empty", id="empty-file"),
    pytest.param("blank.txt", b"\n  \n\t\n", "blank.txt: the input is empty", id="whitespace-file"),
    pytest.param(
        "image.png",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "image.png: this looks like a PNG image",
        id="binary-file",
    ),
    pytest.param(
        "noise.bin", bytes(range(256)) * 8, "noise.bin: holds NUL bytes", id="binary-noise"
    ),
    pytest.param(
        "bad.jsonl",
        b"\n\n{not json\n",
        "bad.jsonl, line 3: invalid JSON",
        id="invalid-json-on-line-3",
    ),
    pytest.param(
        "notext.jsonl",
        b'{"id": "a", "title": "No body"}\n',
        "notext.jsonl, line 1: the record has no 'text' field",
        id="missing-text-field",
    ),
    pytest.param(
        "typed.jsonl",
        b'{"id": "a", "text": ["x"]}\n',
        "typed.jsonl, line 1: 'text' must be a string",
        id="text-not-a-string",
    ),
    pytest.param("missing.txt", None, "missing.txt: no such file", id="missing-file"),
    pytest.param(
        "legacy.txt",
        b"Caf\xe9 \xff\xfe\x81\x8d\x90",
        "legacy.txt: not valid UTF-8",
        id="undecodable-bytes",
    ),
    pytest.param(
        "latin.jsonl",
        b'{"id": "a", "text": "caf\xe9"}\n',
        "latin.jsonl, line 1: not valid UTF-8",
        id="jsonl-not-utf8",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS)
def test_bad_input_is_named_on_stderr(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    result = _run(["code", name], tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {message}")
    assert len(result.stderr.splitlines()) == 1


def test_several_bad_files_are_each_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.jsonl").write_bytes(b"{oops\n")
    result = _run(["code", "a.txt", "b.jsonl", "c.txt"], tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "error: a.txt: the input is empty or holds only whitespace",
        "error: b.jsonl, line 1: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "error: c.txt: no such file, folder or URL",
    ]


def test_empty_stdin_is_named(tmp_path: Path) -> None:
    result = _run(["code", "-"], tmp_path, stdin=b"  \n")
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {STDIN_NAME}: the input is empty")


USAGE_ERRORS = [
    pytest.param(["code", "--date", "2019-13-01", "x.txt"], "--date", id="bad-date"),
    pytest.param(["code", "--format", "xml", "x.txt"], "--format", id="bad-format"),
]


@pytest.mark.parametrize(("args", "fragment"), USAGE_ERRORS)
def test_usage_errors(tmp_path: Path, args: list[str], fragment: str) -> None:
    result = _run(args, tmp_path)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_command_prints_the_schema(tmp_path: Path) -> None:
    result = _run(["schema"], tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == event_schema()


# --- success paths (the real coder) ----------------------------------------------------------

runner = CliRunner()


def _invoke(args: list[str], stdin: str | None = None) -> Result:
    return runner.invoke(main, ["code", *args], input=stdin, catch_exceptions=False)


def _events(stdout: str, full_texts: dict[str, str]) -> list[dict[str, Any]]:
    """Parse JSONL output, checking what every event record must satisfy."""
    events = [json.loads(line) for line in stdout.splitlines()]
    for event in events:
        assert validation_errors(event) == [], event
        assert event["cameo"].startswith(event["root"])
        assert event["reportable"] == (
            event["status"] == "asserted" and event["section"] != "commentary"
        )
        text = full_texts[event["doc"]]
        start, end = event["evidence"]["trigger"]
        assert text[start:end] == event["evidence"]["trigger_text"]
        start, end = event["evidence"]["sentence"]
        # the sentence may be shown with its line breaks as spaces; the words must agree
        assert text[start:end].split() == event["sentence"].split()
        for role in ("source", "target"):
            start, end = event["evidence"][role]
            assert 0 <= start <= end <= len(text)
    assert len({e["event_id"] for e in events}) == len(events)
    return events


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder holding seed.txt, made the working directory so paths are given relative."""
    path = tmp_path_factory.mktemp("cli")
    shutil.copy(SEED, path / "seed.txt")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(path)
        yield path


@pytest.fixture(scope="module")
def seed_run(workdir: Path) -> Result:
    """``dyadwatch code seed.txt``, run once and shared by the tests that only read it."""
    return _invoke(["seed.txt"])


def _seed_text(workdir: Path) -> str:
    return read_text(workdir / "seed.txt").full_text


def test_code_text_file(workdir: Path, seed_run: Result) -> None:
    assert seed_run.stderr == ""
    assert seed_run.exit_code == 0
    events = _events(seed_run.stdout, {"seed.txt": _seed_text(workdir)})
    assert events
    assert {e["doc"] for e in events} == {"seed.txt"}
    assert any(e["reportable"] for e in events)


def test_event_ids_are_stable_across_runs(seed_run: Result) -> None:
    first = [json.loads(line)["event_id"] for line in seed_run.stdout.splitlines()]
    second = [json.loads(line)["event_id"] for line in _invoke(["seed.txt"]).stdout.splitlines()]
    assert first and first == second


def test_multi_file_call_keeps_the_good_files(workdir: Path) -> None:
    (workdir / "empty.txt").write_bytes(b"")
    o012 = _dev_records("o012")[0]
    (workdir / "batch.jsonl").write_text(f"{o012}\n{{broken\n", encoding="utf-8")
    result = _invoke(["empty.txt", "seed.txt", "batch.jsonl", "missing.txt"])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "error: empty.txt: the input is empty or holds only whitespace",
        "error: batch.jsonl, line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "error: missing.txt: no such file, folder or URL",
    ]
    o012_text = json.loads(o012)
    texts = {"seed.txt": _seed_text(workdir), "o012": f"{o012_text['title']}\n{o012_text['text']}"}
    events = _events(result.stdout, texts)
    docs = {e["doc"] for e in events}
    assert "seed.txt" in docs
    assert docs <= set(texts)


def test_jsonl_events_carry_the_record_ids(workdir: Path) -> None:
    records = _dev_records("o012", "o015", "o054")
    (workdir / "dev.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    result = _invoke(["dev.jsonl"])
    assert result.exit_code == 0, result.stderr
    texts = {r["id"]: f"{r['title']}\n{r['text']}" for r in map(json.loads, records)}
    events = _events(result.stdout, texts)
    assert events
    assert {e["doc"] for e in events} <= set(texts)


def test_code_example(workdir: Path) -> None:
    result = _invoke(["--example"])
    assert result.exit_code == 0, result.stderr
    example = load_example()
    events = _events(result.stdout, {example.id: example.full_text})
    assert events
    assert {e["doc"] for e in events} == {"o015"}


def test_reportable_only_is_the_reportable_subset(seed_run: Result) -> None:
    everything = [json.loads(line) for line in seed_run.stdout.splitlines()]
    feed = [
        json.loads(line) for line in _invoke(["seed.txt", "--reportable-only"]).stdout.splitlines()
    ]
    assert feed
    assert feed == [e for e in everything if e["reportable"]]
    assert len(feed) < len(everything)  # the seed holds speculated and hypothetical events


def test_csv_has_one_row_per_event(seed_run: Result) -> None:
    n_events = len(seed_run.stdout.splitlines())
    result = _invoke(["seed.txt", "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == n_events > 0
    assert {row[0] for row in rows[1:]} == {"seed.txt"}


def test_piped_table_is_plain_and_names_the_document_on_each_row(workdir: Path) -> None:
    result = _invoke(["seed.txt", "--format", "table"])
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split("\t")[:4] == ["doc", "source", "target", "cameo"]
    assert rows and all(row.split("\t")[0] == "seed.txt" for row in rows)
    assert "─" not in result.stdout and "\x1b[" not in result.stdout


def test_stdin_text(workdir: Path) -> None:
    result = _invoke(["-"], stdin=SEED.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    events = _events(result.stdout, {STDIN_NAME: _seed_text(workdir)})
    assert events
    assert {e["doc"] for e in events} == {STDIN_NAME}


def test_unknown_model_is_a_clear_error(workdir: Path) -> None:
    result = _invoke(["seed.txt", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 3
    assert "no_such_pipeline_xyz" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
