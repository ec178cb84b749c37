"""Faults: an ingest killed at random points, a read-only store, a full disk.

Kill and rerun: ``dyadwatch ingest`` runs in a subprocess and is SIGKILLed at random
points (during start-up, between or inside committed batches), several times over; a
final run completes it. ``dyadwatch check --db`` must then report the store complete,
every input article must be present once, every corrupt input recorded, and the events
must be exactly those of an uninterrupted ingest of the same inputs (same ids, same
mention counts). The random points (after how many committed batches, how long after)
come from a fixed seed, printed and named in every failure message; the machine's speed
still decides what the process was doing at that moment.

Read-only store and full disk: the ingest must stop with a clear error naming the store
(no traceback), and the store must not be corrupted: it passes the integrity check and
a later ingest with the fault gone completes it.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crash_support import sigkill
from dyadwatch.coder import Coder
from dyadwatch.ingest import ingest
from dyadwatch.settings import Settings
from dyadwatch.store import EventFilter, Store
from test_mixed_batch import Batch, build_batch, heavy

BATCH = "5"
#: the kill points of the default run; the slow variants use their own seeds
SEED = 4242


def ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "dyadwatch", "ingest", str(folder), "--db", str(db),
            "--commit-size", BATCH, "--log-batches", "-q"]  # fmt: skip


def kill_at_random_point(cmd: list[str], rng: random.Random) -> str:
    """Start the ingest, SIGKILL it after a random number of committed batches (0: during
    start-up) plus a random delay; return where it was killed."""
    after = rng.choice([0, 1, 2, 3, 5, 8, 13])
    delay = rng.uniform(0.0, 0.4)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    committed = 0
    if after == 0:
        time.sleep(rng.uniform(0.5, 3.0))
    else:
        for line in proc.stderr:
            if line.startswith("batch committed"):
                committed += 1
                if committed >= after:
                    break
        time.sleep(delay)
    return sigkill(proc, committed, delay)


def stored_events(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        frame = store.events_frame(EventFilter(reportable=None))
    return dict(zip(frame["event_id"], frame["mention_count"], strict=True))


def check_cli(db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dyadwatch", "check", "--db", str(db)],
                          capture_output=True, text=True, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def reference(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[int], tuple[Path, Batch, dict[str, int]]]:
    """An uninterrupted ingest of the same batch, built once per size."""
    made: dict[int, tuple[Path, Batch, dict[str, int]]] = {}

    def get(n: int) -> tuple[Path, Batch, dict[str, int]]:
        if n not in made:
            root = tmp_path_factory.mktemp(f"reference-{n}")
            batch = build_batch(root / "in", n)
            db = root / "ref.duckdb"
            with Store(db) as store:
                ingest([str(root / "in")], store, Coder(Settings()), commit_size=int(BATCH))
            made[n] = (root / "in", batch, stored_events(db))
        return made[n]

    return get


def kill_and_rerun(tmp_path: Path, reference: Callable[[int], tuple[Path, Batch, dict[str, int]]],
                   n: int, kills: int, seed: int) -> None:  # fmt: skip
    folder, batch, expected_events = reference(n)
    db = tmp_path / "killed.duckdb"
    print(f"kill points from seed {seed}")
    rng = random.Random(seed)
    where = [kill_at_random_point(ingest_cmd(folder, db), rng) for _ in range(kills)]
    context = f"seed {seed}, killed {where}"
    final = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True, timeout=900)
    # the batch holds bad inputs: the run stores the rest and says so by its exit code
    assert final.returncode == (2 if batch.bad else 0), f"{context}: {final.stderr[-2000:]}"
    checked = check_cli(db)
    assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), (
        f"{context}: {checked.stdout}{checked.stderr}"
    )
    with Store(db, read_only=True) as store:
        articles = store.articles_frame()
        failures = dict(zip(store.failures_frame()["input"], store.failures_frame()["kind"],
                            strict=True))  # fmt: skip
    assert sorted(articles["source"]) == sorted(batch.good), context  # each one, once
    assert failures == batch.bad, context
    assert stored_events(db) == expected_events, f"{context}: events differ from a clean run"


@pytest.mark.timeout(600)
def test_sigkill_at_random_points_then_rerun_leaves_a_complete_store(
    tmp_path: Path, reference: Callable[[int], tuple[Path, Batch, dict[str, int]]]
) -> None:
    kill_and_rerun(tmp_path, reference, n=120, kills=3, seed=SEED)


@pytest.mark.slow
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("seed", [11, 22, 33])
def test_many_sigkills_then_rerun_leaves_a_complete_store(
    request: pytest.FixtureRequest, tmp_path: Path,
    reference: Callable[[int], tuple[Path, Batch, dict[str, int]]], seed: int,
) -> None:  # fmt: skip
    heavy(request)
    kill_and_rerun(tmp_path, reference, n=400, kills=8, seed=seed)


# -- read-only store and full disk -----------------------------------------------------


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[bool]:
    """A tmpfs of ``size`` at ``path``; yields False when mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                              capture_output=True, timeout=30)  # fmt: skip
        mounted = done.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        mounted = False
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


def set_immutable(path: Path, on: bool) -> bool:
    """Set or clear the immutable attribute (chattr); False when that is not possible."""
    try:
        done = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True,
                              timeout=30)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        # without this, passing the limit kills the process with SIGXFSZ instead of an error
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def assert_clear_error(run: subprocess.CompletedProcess[str], db: Path) -> None:
    assert run.returncode != 0, "the ingest claimed success on a store it cannot write"
    assert run.returncode not in (-signal.SIGKILL, -signal.SIGXFSZ), run.returncode
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert "error:" in run.stderr and db.name in run.stderr, run.stderr[-3000:]


def first_ingest(folder: Path, db: Path, n: int) -> tuple[Batch, dict[str, int]]:
    batch = build_batch(folder, n)
    with Store(db) as store:
        ingest([str(folder)], store, Coder(Settings()), commit_size=int(BATCH))
        return batch, store.counts()


READ_ONLY = ["db-file-0444", "folder-0555", "read-only-filesystem"]


@pytest.mark.timeout(600)
@pytest.mark.parametrize("how", READ_ONLY)
def test_read_only_store_gives_a_clear_error_and_no_corruption(tmp_path: Path, how: str) -> None:
    root = tmp_path / "ro"
    root.mkdir()
    db = root / "store.duckdb"
    batch, before = first_ingest(tmp_path / "in", db, 40)
    more = tmp_path / "more"
    build_batch(more, 45, seed=99)  # new documents to write
    with contextlib.ExitStack() as stack:
        if how == "read-only-filesystem":
            mounted = stack.enter_context(tmpfs(tmp_path / "rofs", "64m"))
            if not mounted:
                pytest.skip("mounting a tmpfs needs root")
            shutil.copy2(db, tmp_path / "rofs" / db.name)
            db = tmp_path / "rofs" / db.name
            remount = subprocess.run(["mount", "-o", "remount,ro", str(tmp_path / "rofs")],
                                     capture_output=True, timeout=30)  # fmt: skip
            assert remount.returncode == 0, remount.stderr
        else:
            target, mode = (db, 0o444) if how == "db-file-0444" else (root, 0o555)
            target.chmod(mode)
            stack.callback(target.chmod, 0o755 if target.is_dir() else 0o644)
            if os.geteuid() == 0:
                # root ignores permission bits; the immutable flag binds root too
                if not set_immutable(target, True):
                    pytest.skip("running as root without chattr: permission bits bind nobody")
                stack.callback(set_immutable, target, False)
        run = subprocess.run(ingest_cmd(more, db), capture_output=True, text=True, timeout=600)
        assert_clear_error(run, db)
        checked = check_cli(db)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        with Store(db, read_only=True) as store:
            assert store.counts() == before, "a failed write changed the store"


FULL_DISK = ["file-size-rlimit", "tiny-tmpfs"]


@pytest.mark.timeout(600)
@pytest.mark.parametrize("how", FULL_DISK)
def test_full_disk_gives_a_clear_error_and_no_corruption(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "in"
    batch = build_batch(folder, 150)
    with contextlib.ExitStack() as stack:
        preexec: Callable[[], None] | None = None
        if how == "tiny-tmpfs":
            if not stack.enter_context(tmpfs(tmp_path / "disk", "256k")):
                pytest.skip("mounting a tmpfs needs root")
            db = tmp_path / "disk" / "store.duckdb"
        else:
            db = tmp_path / "store.duckdb"
            preexec = _file_size_limit(200_000)
        run = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True,
                             timeout=600, preexec_fn=preexec)  # fmt: skip
        assert_clear_error(run, db)
        # the fault gone (space freed): the store opens, is consistent, and completes
        rescued = tmp_path / "rescued"
        rescued.mkdir()
        for f in db.parent.iterdir():
            if f.name.startswith(db.name):
                shutil.copy2(f, rescued / f.name)
    db = rescued / db.name
    checked = check_cli(db)
    assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), (
        checked.stdout + checked.stderr
    )
    rerun = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True, timeout=900)
    assert rerun.returncode == (2 if batch.bad else 0), rerun.stderr[-2000:]
    with Store(db, read_only=True) as store:
        assert sorted(store.articles_frame()["source"]) == sorted(batch.good)
        assert store.check().ok
