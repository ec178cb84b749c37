"""``dyadwatch ingest``: the commit size and the partition size are two options.

``--commit-size`` is how many articles are written to the store in one transaction;
``--partition-size`` how many a worker codes in one task (only with ``--workers`` or
``--cluster``). The old ``--batch-size``, which meant the one or the other depending on
the mode, still works as before, with a notice naming the option it stands for.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.ingest.parallel import MERGE_SIZE, PARTITION_SIZE
from dyadwatch.ingest.pipeline import COMMIT_SIZE
from dyadwatch.store import Store

ARTICLES = 7
COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Canada", "Kenya", "India", "Chile"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sizes")
    for k in range(ARTICLES):
        a, b = COUNTRIES[k], COUNTRIES[k + 1]
        (root / f"a{k}.txt").write_text(
            f"{a} and {b} talk trade\n\n{a} met {b} in the capital on Monday, article {k}.\n",
            encoding="utf-8",
        )
    return root


def ingest(*args: str) -> tuple[int, str, list[str]]:
    result = CliRunner().invoke(main, ["ingest", *args, "-q", "--log-batches"])
    commits = [line for line in result.stderr.splitlines() if line.startswith("batch committed")]
    return result.exit_code, result.stderr, commits


def test_commit_size_is_articles_per_transaction(folder: Path, tmp_path: Path) -> None:
    code, err, commits = ingest(str(folder), "--db", str(tmp_path / "s.duckdb"), "--commit-size", "3")
    assert code == 0, err
    assert len(commits) == math.ceil(ARTICLES / 3)
    assert commits[-1].startswith(f"batch committed: read={ARTICLES} new={ARTICLES} ")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.counts()["articles"] == ARTICLES


def test_the_default_commit_size_is_the_librarys(folder: Path, tmp_path: Path) -> None:
    code, err, commits = ingest(str(folder), "--db", str(tmp_path / "s.duckdb"))
    assert code == 0, err
    assert len(commits) == math.ceil(ARTICLES / COMMIT_SIZE)


def test_the_old_batch_size_still_sets_the_commit_size_with_a_notice(folder: Path, tmp_path: Path) -> None:
    code, err, commits = ingest(str(folder), "--db", str(tmp_path / "s.duckdb"), "--batch-size", "2")
    assert code == 0, err
    assert len(commits) == math.ceil(ARTICLES / 2)
    assert "--batch-size is replaced by --commit-size and --partition-size" in err
    assert "taken as --commit-size 2" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partition-size", "4"], "--partition-size applies with --workers or --cluster"),
        (["--batch-size", "4", "--commit-size", "4"], "give only --commit-size"),
        (["--commit-size", "0"], "--commit-size"),
    ],
)
def test_size_options_that_do_not_apply_are_refused(folder: Path, tmp_path: Path, args: list[str],
                                                    message: str) -> None:  # fmt: skip
    db = tmp_path / "s.duckdb"
    code, err, _ = ingest(str(folder), "--db", str(db), *args)
    assert code == 2 and message in err, err
    assert not db.exists()  # refused before anything was opened


def test_help_documents_both_options_with_the_librarys_defaults() -> None:
    text = " ".join(CliRunner().invoke(main, ["ingest", "--help"]).output.split())
    commit = re.search(r"--commit-size INTEGER RANGE (.*?)\[", text)
    partition = re.search(r"--partition-size INTEGER RANGE (.*?)\[", text)
    assert commit and partition, text
    assert f"default: {COMMIT_SIZE};" in commit.group(1) and f"up to {MERGE_SIZE} articles" in commit.group(1)
    assert f"default: {PARTITION_SIZE})" in partition.group(1)
    assert "--batch-size" not in text  # hidden: only the two options are documented
