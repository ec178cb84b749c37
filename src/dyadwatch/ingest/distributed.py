"""Ingest on a Dask cluster: ``--cluster local:N`` or ``--cluster tcp://HOST:8786``.

``local:N`` starts a LocalCluster of N worker processes (one thread each: spaCy's parse
holds the GIL, so processes are what scale). ``tcp://HOST:PORT`` connects to a running
scheduler whose workers have the same dyadwatch installed (see docs/cluster.md). The
work itself is ``parallel.ingest_partitioned``: the driver reads the INPUTs, workers
code partitions with a coder loaded once per worker process and write Parquet, and the
driver merges the Parquet into the store in input order.

On a local cluster workers write their Parquet straight into the driver's spool folder;
on a remote one they send the Parquet bytes back (unless ``shared_spool`` says the
spool folder is on a file system every worker sees).

Dask is imported only when a cluster is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import ClusterError
from ..readers.sources import Input
from ..settings import Settings
from ..store import Store
from .parallel import Future, ingest_partitioned, ingest_processes, warm_worker
from .pipeline import IngestSummary, Progress

_LOCAL = re.compile(r"^local:(\d+)$")
_REMOTE = re.compile(r"^(tcp|tls|ws|wss|inproc|ucx)://\S+$")


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """A parsed ``--cluster`` value: ``local`` with a worker count, or a scheduler address."""

    kind: str  # "local" or "remote"
    workers: int = 0
    address: str = ""


def parse_cluster(value: str) -> ClusterSpec:
    """``local:N`` or a scheduler address (``tcp://HOST:8786``); anything else is an error."""
    text = value.strip()
    m = _LOCAL.match(text)
    if m:
        n = int(m.group(1))
        if n < 1:
            raise ClusterError(f"--cluster {value!r}: a local cluster needs at least 1 worker")
        return ClusterSpec("local", workers=n)
    if _REMOTE.match(text):
        return ClusterSpec("remote", address=text)
    raise ClusterError(
        f"--cluster {value!r}: expected local:N (e.g. local:4) or a scheduler address "
        "(e.g. tcp://10.0.0.5:8786)"
    )


def _peak_rss() -> int:
    """Peak resident memory of the calling process, in bytes (Linux reports KiB)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


class DaskRunner:
    """Partitions coded on a Dask cluster; each worker warms its coder once on connect."""

    def __init__(self, cluster: str | ClusterSpec, settings: Settings, *, shared_spool: bool | None = None,
                 connect_timeout: float = 30.0) -> None:  # fmt: skip
        spec = parse_cluster(cluster) if isinstance(cluster, str) else cluster
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise ClusterError(f"--cluster needs dask[distributed] installed: {exc}") from exc
        self.spec = spec
        self._cluster: Any = None
        try:
            if spec.kind == "local":
                self._cluster = LocalCluster(
                    n_workers=spec.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
                self.client = Client(self._cluster)
            else:
                self.client = Client(spec.address, timeout=connect_timeout)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise ClusterError(f"--cluster {spec.address or spec.kind}: cannot start or reach the cluster: {exc}") from exc  # fmt: skip
        self.shared_spool = spec.kind == "local" if shared_spool is None else shared_spool
        try:
            self.pids: dict[str, int] = self.client.run(warm_worker, settings)
        except Exception as exc:
            self.close()
            raise ClusterError(f"--cluster: the workers cannot load the coder: {exc}") from exc
        self.workers = max(1, len(self.pids))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        # pure=False: two partitions are never the same task, whatever their content
        return self.client.submit(fn, *args, pure=False)

    def peak_rss(self) -> dict[str, int]:
        """Peak resident memory of each worker process, in bytes."""
        return self.client.run(_peak_rss)

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        self._close_cluster()

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def ingest_parallel(
    inputs: Iterable[Input],
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    *,
    cluster: str | DaskRunner | None = None,
    workers: int | None = None,
    shared_spool: bool | None = None,
    **options: Any,
) -> IngestSummary:
    """Ingest on a Dask cluster (``cluster``) or in ``workers`` local processes.

    ``cluster`` is a ``--cluster`` value (the cluster lives for this call) or a running
    ``DaskRunner`` (kept open, so several ingests can share one cluster).

    ``options`` go to ``ingest_partitioned`` (``partition_size``, ``commit_size``,
    ``on_batch``, ``spool_dir``, ``in_flight``).
    """
    if isinstance(cluster, DaskRunner):
        return ingest_partitioned(inputs, store, settings, cluster, progress, **options)
    if cluster:
        with DaskRunner(cluster, settings, shared_spool=shared_spool) as runner:
            return ingest_partitioned(inputs, store, settings, runner, progress, **options)
    if workers is None:
        raise ValueError("ingest_parallel needs a cluster or a number of workers")
    return ingest_processes(inputs, store, settings, workers, progress, **options)
