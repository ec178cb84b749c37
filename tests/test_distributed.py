"""Partitioned ingest: local processes and a Dask LocalCluster give the one-process result.

The same corpus (the 21 open dev articles) goes through ``ingest`` in this process and
through ``ingest_parallel`` on 2 local processes and on a real 2-worker LocalCluster,
each into its own DuckDB file; the stores must hold the same articles, stories and
events, with the same ids. Partitions are small so that several are in flight and the
merge order matters.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.coder import Coder
from dyadwatch.errors import ModelError
from dyadwatch.ingest import ingest
from dyadwatch.ingest.distributed import (  # fmt: skip
    ClusterError,
    ClusterSpec,
    DaskRunner,
    ingest_parallel,
    parse_cluster,
)
from dyadwatch.ingest.parallel import (
    article_from_json,
    article_to_json,
    code_partition,
    events_from_json,
    events_to_json,
    read_partition,
)
from dyadwatch.readers import iter_jsonl, iter_jsonl_text
from dyadwatch.records import Article
from dyadwatch.settings import Settings
from dyadwatch.store import Store
from dyadwatch.store.stories import signature, to_bytes

NEEDS_SHARED = True  # reads ../shared/eval/dev (see tests/shared_paths.py)

DEV = Path(
    os.environ.get("DYADWATCH_DEV_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
)
CORPUS = DEV / "articles.jsonl"


def snapshot(db: Path) -> dict[str, object]:
    """What must not depend on how the corpus was coded: ids, dyads, codes, counts."""
    with Store(db, read_only=True) as store:
        con = store._con  # reading the tables directly: the comparison is of the raw rows
        events = con.execute(
            "SELECT event_id, source_code, target_code, cameo, status, date, mention_count, "
            "story_count FROM events ORDER BY ALL"
        ).fetchall()
        mentions = con.execute(
            "SELECT mention_id, event_id, article_id, story_id, trigger_start, rule "
            "FROM mentions ORDER BY ALL"
        ).fetchall()
        articles = con.execute(
            "SELECT article_id, doc, story_id, event_count FROM articles ORDER BY ALL"
        ).fetchall()
        failures = con.execute("SELECT input, kind FROM failures ORDER BY ALL").fetchall()
        return {"events": events, "mentions": mentions, "articles": articles, "failures": failures}


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> dict[str, object]:
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    with Store(db) as store:
        # commits of 4, like the partitions below (--partition-size 4)
        summary = ingest([CORPUS], store, Coder(settings), settings=settings, commit_size=4)
    assert summary.new == 21 and summary.failures == 0
    return snapshot(db)


def test_one_process_reference_is_not_empty(one_process: dict[str, object]) -> None:
    # the comparisons below mean nothing on an empty store
    assert len(one_process["articles"]) == 21  # type: ignore[arg-type]
    assert len(one_process["events"]) > 20  # type: ignore[arg-type]


def test_cli_workers_2_matches_one_process(tmp_path: Path, one_process: dict[str, object]) -> None:
    db = tmp_path / "workers.duckdb"
    args = ["ingest", str(CORPUS), "--db", str(db), "--workers", "2", "--partition-size", "4", "-q"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "articles read: 21, new: 21" in result.output
    assert snapshot(db) == one_process


CLI_ERRORS = [
    (["--workers", "2", "--cluster", "local:2"], 2, "alternatives"),
    (["--cluster", "local:zero"], 5, "--cluster 'local:zero'"),
    (["--workers", "0"], 2, "--workers"),
]


@pytest.mark.parametrize(("options", "code", "message"), CLI_ERRORS)
def test_cli_parallel_options_are_checked(
    tmp_path: Path, options: list[str], code: int, message: str
) -> None:
    db = tmp_path / "never.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(CORPUS), "--db", str(db), *options])
    assert result.exit_code == code
    assert message in result.output
    if db.exists():  # a bad --cluster is found after the store is opened: it stays empty
        with Store(db, read_only=True) as store:
            assert store.counts()["articles"] == 0


@pytest.fixture(scope="module")
def local_cluster(settings: Settings) -> Iterator[DaskRunner]:
    """A real 2-worker LocalCluster (processes, one thread each), closed after the module."""
    with DaskRunner("local:2", settings) as runner:
        yield runner


def test_two_worker_local_cluster_matches_one_process(
    tmp_path: Path, settings: Settings, one_process: dict[str, object], local_cluster: DaskRunner
) -> None:
    db = tmp_path / "cluster.duckdb"
    spool = tmp_path / "spool"
    spool.mkdir()
    with Store(db) as store:
        summary = ingest_parallel(
            [CORPUS], store, settings, cluster=local_cluster, partition_size=4, spool_dir=spool
        )
        assert list(spool.iterdir()) == []  # the run's spool folder and its Parquet are gone
        again = ingest_parallel([CORPUS], store, settings, cluster=local_cluster, partition_size=4)
    assert (summary.articles_read, summary.new, summary.failures) == (21, 21, 0)
    assert snapshot(db) == one_process
    # idempotence holds through the merge: a second run reads everything, adds nothing
    assert (again.articles_read, again.new, again.duplicates, again.events) == (21, 0, 21, 0)
    assert snapshot(db) == one_process


def test_scheduler_address_path_sends_parquet_back_and_matches(
    tmp_path: Path, settings: Settings, one_process: dict[str, object], local_cluster: DaskRunner
) -> None:
    # connect by address, as `--cluster tcp://HOST:8786` does: workers return the Parquet
    # bytes instead of writing into the driver's folder
    address = local_cluster.client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    db = tmp_path / "remote.duckdb"
    with DaskRunner(address, settings) as remote, Store(db) as store:
        assert remote.shared_spool is False and remote.workers == 2
        summary = ingest_parallel([CORPUS], store, settings, cluster=remote, partition_size=4)
    assert (summary.new, summary.failures) == (21, 0)
    assert snapshot(db) == one_process


def test_local_cluster_workers_are_separate_processes_with_the_model(
    local_cluster: DaskRunner,
) -> None:
    pids = set(local_cluster.pids.values())
    assert len(pids) == 2 and os.getpid() not in pids
    # every worker has loaded the model, which takes far more than 50 MB
    assert all(peak > 50_000_000 for peak in local_cluster.peak_rss().values())


SMALL = [
    {"id": "small-1", "title": "Russia condemns Ukraine", "text": "Russia condemned Ukraine on Monday.", "date": "2022-02-21"},
    {"id": "too-big", "title": "Long", "text": "Russia criticised Ukraine again. " * 40, "date": "2022-02-21"},
    {"id": "small-2", "title": "China meets Japan", "text": "China met Japan in Tokyo on Tuesday.", "date": "2022-02-22"},
]  # fmt: skip


def small_articles() -> list[Article]:
    text = "\n".join(json.dumps(rec) for rec in SMALL)
    return [a for a in iter_jsonl_text(text, "small.jsonl") if isinstance(a, Article)]


def test_worker_keeps_the_good_documents_of_a_partition(tmp_path: Path) -> None:
    limit = Settings(max_document_bytes=800)
    got = code_partition(limit, 0, small_articles(), str(tmp_path))
    assert got.path is not None
    part = read_partition(got.path)
    coded, failed = part.coded, part.failed
    assert [a.id for a, _ in coded] == ["small-1", "small-2"]
    # the worker computed the story signatures the driver would have computed
    assert part.minhashes == [to_bytes(signature(a.full_text)) for a, _ in coded]
    assert [(a.id, kind) for a, kind, _ in failed] == [("too-big", "too-large")]
    assert "800 bytes" in failed[0][2]
    assert (got.articles, got.failures) == (3, 1)


def test_bad_input_is_a_failure_and_the_rest_is_stored(tmp_path: Path) -> None:
    corpus = tmp_path / "small.jsonl"
    corpus.write_text("\n".join(json.dumps(rec) for rec in SMALL) + "\n", encoding="utf-8")
    limit = Settings(max_document_bytes=800)
    db = tmp_path / "small.duckdb"
    with Store(db) as store:
        summary = ingest_parallel([corpus], store, limit, workers=1, partition_size=2)
        failures = store.failures_frame()
    assert {row[1] for row in snapshot(db)["articles"]} == {"small-1", "small-2"}  # type: ignore[attr-defined]
    assert (summary.new, summary.failures) == (2, 1)
    assert list(failures["kind"]) == ["too-large"]


def test_workers_that_cannot_load_the_model_stop_the_run_before_reading(tmp_path: Path) -> None:
    missing = Settings(model="no_such_spacy_model")
    db = tmp_path / "never.duckdb"
    with Store(db) as store, pytest.raises(ModelError, match="no_such_spacy_model"):
        ingest_parallel([CORPUS], store, missing, workers=1)
    assert snapshot(db)["articles"] == [] and snapshot(db)["failures"] == []


PARSE_CLUSTER = [
    ("local:2", ClusterSpec("local", workers=2)),
    ("local:16", ClusterSpec("local", workers=16)),
    ("tcp://10.0.0.5:8786", ClusterSpec("remote", address="tcp://10.0.0.5:8786")),
    (" tls://sched.example:8786 ", ClusterSpec("remote", address="tls://sched.example:8786")),
]


@pytest.mark.parametrize(("value", "expected"), PARSE_CLUSTER)
def test_parse_cluster(value: str, expected: ClusterSpec) -> None:
    assert parse_cluster(value) == expected


BAD_CLUSTER = ["local:0", "local", "local:two", "10.0.0.5:8786", "http://host:8786", ""]


@pytest.mark.parametrize("value", BAD_CLUSTER)
def test_parse_cluster_rejects_and_names_the_value(value: str) -> None:
    with pytest.raises(ClusterError, match="--cluster"):
        parse_cluster(value)


def test_unreachable_scheduler_is_a_cluster_error(settings: Settings) -> None:
    # port 9 on 127.0.0.1 (discard) has no scheduler: nothing leaves the machine
    with pytest.raises(ClusterError, match="127.0.0.1:9"):
        DaskRunner("tcp://127.0.0.1:9", settings, connect_timeout=2)


ROUND_TRIP_ARTICLES = [
    Article(
        id="a",
        text="Body.",
        title="Title",
        date=date(2020, 1, 2),
        url="https://x.example/a",
        source="Outlet",
        licence="CC-BY",
        origin="/tmp/a.jsonl:1",
    ),  # fmt: skip
    Article(id="b", text="Only a body, ünïcode “quoted”."),
]


@pytest.mark.parametrize("article", ROUND_TRIP_ARTICLES, ids=lambda a: a.id)
def test_article_json_round_trip(article: Article) -> None:
    back = article_from_json(article_to_json(article))
    assert all(getattr(back, f.name) == getattr(article, f.name) for f in fields(Article))
    assert back.content_hash == article.content_hash


def test_partition_parquet_round_trip_keeps_every_event_field(
    tmp_path: Path, settings: Settings
) -> None:
    articles = [a for a in iter_jsonl(str(CORPUS)) if isinstance(a, Article)][:4]
    coder = Coder(settings)
    direct = [coder.code(a) for a in articles]
    got = code_partition(settings, 7, articles, str(tmp_path))
    assert got.path is not None and Path(got.path).name == "part-00000007.parquet"
    part = read_partition(got.path)
    coded = part.coded
    assert part.failed == []
    assert [a.id for a, _ in coded] == [a.id for a in articles]
    assert [evs for _, evs in coded] == direct
    assert sum(len(d) for d in direct) > 0
    assert events_from_json(events_to_json(direct[0])) == direct[0]
