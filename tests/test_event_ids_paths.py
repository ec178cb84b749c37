"""Event ids depend on the article (its content, or the id its input gives), never on how
the path was typed: ``seed.txt``, ``./seed.txt`` and the absolute path give the same
``event_id`` in ``code`` and in the store, and the store shows the article's own id
(the file's name, a JSONL ``id``, a URL) beside its content hash.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.readers import read_text
from dyadwatch.store import Store
from shared_paths import SEED

NEEDS_SHARED = True


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "texts").mkdir()
    shutil.copy(SEED, tmp_path / "texts" / "seed.txt")
    (tmp_path / "texts" / "batch.jsonl").write_text(
        json.dumps({"text": SEED.read_text(encoding="utf-8")}) + "\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path / "texts")
    yield tmp_path


def spellings(workdir: Path, name: str) -> list[tuple[Path, str]]:
    """(working directory, path as typed) for one file, five ways."""
    texts = workdir / "texts"
    return [(texts, name), (texts, f"./{name}"), (texts, str(texts / name)),
            (workdir, f"texts/{name}"), (workdir, f"texts/../texts//{name}")]  # fmt: skip


def code_ids(cwd: Path, typed: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(main, ["code", typed])
    assert result.exit_code == 0, result.stderr
    return [(r["doc"], r["event_id"]) for r in map(json.loads, result.stdout.splitlines())]


@pytest.mark.parametrize(("name", "doc"), [("seed.txt", "seed.txt"), ("batch.jsonl", "batch.jsonl:1")])
def test_code_gives_the_same_event_ids_however_the_path_is_typed(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, name: str, doc: str
) -> None:
    runs = [code_ids(cwd, typed, monkeypatch) for cwd, typed in spellings(workdir, name)]
    assert runs[0] and {d for d, _ in runs[0]} == {doc}
    assert all(run == runs[0] for run in runs[1:])


def test_the_store_has_the_same_ids_and_shows_the_articles_own_id(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stores = []
    for n, (cwd, typed) in enumerate(spellings(workdir, "seed.txt")[:3]):
        monkeypatch.chdir(cwd)
        db = workdir / f"s{n}.duckdb"
        assert CliRunner().invoke(main, ["ingest", typed, "--db", str(db), "-q"]).exit_code == 0
        result = CliRunner().invoke(main, ["events", "--db", str(db), "--all", "--format", "json"])
        assert result.exit_code == 0, result.stderr
        stores.append([json.loads(line) for line in result.stdout.splitlines()])
    assert stores[0] and all(
        [r["event_id"] for r in rows] == [r["event_id"] for r in stores[0]] for rows in stores
    )
    content_hash = read_text(SEED).content_hash
    assert {(r["doc"], r["article_id"]) for r in stores[0]} == {("seed.txt", content_hash)}
    _, code_run = spellings(workdir, "seed.txt")[0]
    coded = {e for _, e in code_ids(workdir / "texts", code_run, monkeypatch)}
    # the store keeps each coded record under the id `code` gives it
    with Store(workdir / "s0.duckdb", read_only=True) as store:
        mentions = {m["mention_id"] for m in store.get_article(content_hash)["mentions"]}
    assert mentions == coded


def test_event_ids_follow_the_content_not_the_file_name(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the same article saved under another name: same event ids, its own doc name
    texts = workdir / "texts"
    shutil.copy(texts / "seed.txt", texts / "copy-of-seed.txt")
    first = code_ids(texts, "seed.txt", monkeypatch)
    second = code_ids(texts, "copy-of-seed.txt", monkeypatch)
    assert first and [i for _, i in first] == [i for _, i in second]
    assert {d for d, _ in second} == {"copy-of-seed.txt"}
    # and an article that says something else gets other ids
    (texts / "other.txt").write_text(SEED.read_text(encoding="utf-8") + "\nRussia condemned Ukraine.", encoding="utf-8")
    assert not set(i for _, i in code_ids(texts, "other.txt", monkeypatch)) & set(i for _, i in first)
