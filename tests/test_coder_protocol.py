"""The coder's Protocol: every function that is handed a coder types it as
``dyadwatch.protocols.CoderLike``, the real ``Coder`` satisfies it, and the modules that
take a coder type-check without ignoring anything.
"""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import pytest

from dyadwatch.evaluate.coding import code_articles
from dyadwatch.evaluate.gate import collect_figures
from dyadwatch.ingest.parallel import worker_coder
from dyadwatch.ingest.pipeline import code_each, ingest
from dyadwatch.protocols import CoderLike

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"


@pytest.mark.parametrize("fn", [ingest, code_each, code_articles, collect_figures])
def test_functions_given_a_coder_type_it_with_the_protocol(fn: typing.Callable[..., object]) -> None:
    assert typing.get_type_hints(fn)["coder"] is CoderLike


def test_the_worker_coder_is_typed_with_the_protocol() -> None:
    assert typing.get_type_hints(worker_coder.__wrapped__)["return"] is CoderLike


#: type-checked: the real Coder where a CoderLike is asked for
SATISFIES = """
from dyadwatch.coder import Coder
from dyadwatch.protocols import CoderLike

def takes(coder: CoderLike) -> None: ...

takes(Coder())
"""

CHECKED = ["protocols.py", "ingest", "evaluate", "store", "cli", "settings.py", "errors.py", "urls.py"]


def test_the_coder_modules_type_check(tmp_path: Path) -> None:
    snippet = tmp_path / "satisfies.py"
    snippet.write_text(SATISFIES, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental",
         str(snippet), *(str(SRC / p) for p in CHECKED)],
        capture_output=True, text=True, timeout=300, cwd=SRC.parents[1],
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    ignores = [p for p in (SRC / "ingest").glob("*.py") if "type: ignore" in p.read_text(encoding="utf-8")]
    assert ignores == []
