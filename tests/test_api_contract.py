"""The JSON API keeps its OpenAPI contract under Schemathesis, a third-party API fuzzer.

The real app runs on uvicorn on 127.0.0.1 over a store the real coder wrote from
../shared/eval/dev; Schemathesis's own command line (``st run``) reads /openapi.json and
runs all its phases (coverage, fuzzing, stateful along the documented links) with all
its checks: no 5xx, every status and content type documented, every body of its
documented schema, every schema-valid request accepted and every schema-violating one
rejected. Any finding fails the test, with Schemathesis's report.

The default run is seeded and bounded (``EXAMPLES`` per operation, about 15 s); the
variant marked ``slow`` (``stress/run.py contract`` or ``slow``) adds the train articles
and runs ``DYADWATCH_CONTRACT_EXAMPLES`` (default 1,000) examples per operation.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from api_support import LiveServer, build_dev_store
from test_mixed_batch import heavy

NEEDS_SHARED = True  # reads ../shared/eval/dev (see tests/shared_paths.py)

#: examples per operation in the default run, and the fixed seed
EXAMPLES = 50
SEED = 16
HEAVY_EXAMPLES = int(os.environ.get("DYADWATCH_CONTRACT_EXAMPLES", "1000"))


@dataclass(frozen=True)
class Run:
    """One ``st run``: its exit code, its report, and the figures of its summary."""

    exit_code: int
    output: str

    @property
    def generated(self) -> int:
        found = re.search(r"(\d+) generated", self.output)
        return int(found.group(1)) if found else 0

    @property
    def tested(self) -> int:
        found = re.search(r"Tested:\s+(\d+)", self.output)
        return int(found.group(1)) if found else 0


def schemathesis(url: str, examples: int, workdir: Path, seed: int = SEED) -> Run:
    """``st run URL/openapi.json --checks all`` with a seed and a number of examples.

    Run in ``workdir`` (no schemathesis.toml there) without an example database, so the
    run depends on the seed alone.
    """
    st = Path(sys.executable).with_name("st")
    assert st.is_file(), f"{st}: Schemathesis is not installed (pip install -e '.[test]')"
    cmd = [str(st), "run", f"{url}/openapi.json", "--checks", "all",
           "--max-examples", str(examples), "--seed", str(seed),
           "--generation-database", "none", "--no-color"]  # fmt: skip
    done = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, timeout=1800)
    return Run(done.returncode, done.stdout + done.stderr)


def operations(url: str) -> int:
    paths = httpx.get(f"{url}/openapi.json", timeout=30).json()["paths"]
    return sum(len(methods) for methods in paths.values())


def check(run: Run, url: str, examples: int) -> None:
    assert run.exit_code == 0, f"Schemathesis found problems:\n{run.output[-12000:]}"
    # it ran, over every operation of the document
    assert run.tested == operations(url) == 12, run.output[-3000:]
    assert run.generated >= examples, run.output[-3000:]


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = build_dev_store(tmp_path_factory.mktemp("contract") / "dev.duckdb")
    with LiveServer(db) as server:
        yield server


def test_schemathesis_finds_no_contract_violation(dev_server: LiveServer, tmp_path: Path) -> None:
    run = schemathesis(dev_server.url, EXAMPLES, tmp_path)
    check(run, dev_server.url, EXAMPLES)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_schemathesis_finds_no_contract_violation_with_many_examples(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    heavy(request)
    db = build_dev_store(tmp_path / "dev-train.duckdb", with_train=True)
    with LiveServer(db) as server:
        run = schemathesis(server.url, HEAVY_EXAMPLES, tmp_path)
        sys.stderr.write(run.output[-2000:])
        check(run, server.url, HEAVY_EXAMPLES)
