"""``dyadwatch ingest`` exits non-zero when an input failed, as ``code`` does: a mistyped
path, an empty or binary file, a dead URL. Each is named on stderr and recorded in the
store's failures; the good inputs are stored all the same.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from test_ingest import Site

GOOD = (
    "Putin meets Assad\n\nRussian President Vladimir Putin met Syrian President Bashar "
    "al-Assad in Moscow on Tuesday to discuss reconstruction.\n"
)


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends


def ingest(tmp_path: Path, *inputs: str) -> tuple[int, str, str, dict[str, str]]:
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(main, ["ingest", *inputs, "--db", str(db), "-q"])
    with duckdb.connect(str(db), read_only=True) as con:
        failed = dict(con.execute("SELECT input, kind FROM failures").fetchall())
    return result.exit_code, result.stdout, result.stderr, failed


BAD = {
    "mistyped path": lambda tmp, site: ("nosuch.txt", "input", "no such file, folder or URL"),
    "empty file": lambda tmp, site: (_write(tmp / "empty.txt", b""), "empty", "empty"),
    "binary file": lambda tmp, site: (_write(tmp / "x.txt", bytes(range(256)) * 4), "binary", "binary"),
    "dead URL (404)": lambda tmp, site: (site.url("/gone"), "fetch", "HTTP 404"),
    "dead URL (nobody listening)": lambda tmp, site: (f"http://127.0.0.1:{closed_port()}/a", "fetch", "cannot fetch"),
}  # fmt: skip


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("case", list(BAD))
def test_a_failed_input_alone_exits_2_named_and_recorded(tmp_path: Path, site: Site, case: str) -> None:
    name, kind, fragment = BAD[case](tmp_path, site)
    code, out, err, failed = ingest(tmp_path, name)
    assert code == 2, (out, err)
    assert err.splitlines()[0].startswith(f"error: {name}: ") and fragment in err.splitlines()[0]
    assert "see them with: dyadwatch failures" in err
    assert failed == {name: kind}


def test_good_inputs_are_stored_and_a_bad_one_still_sets_the_exit_code(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", GOOD.encode())
    code, out, err, failed = ingest(tmp_path, good, "missing.txt")
    assert code == 2
    assert "articles read: 1, new: 1" in out
    assert failed == {"missing.txt": "input"}


def test_every_input_good_exits_0(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", GOOD.encode())
    code, out, err, failed = ingest(tmp_path, good)
    assert (code, err, failed) == (0, "", {})


def test_ingest_help_documents_the_exit_codes() -> None:
    result = CliRunner().invoke(main, ["ingest", "--help"])
    assert "Exit codes:" in result.stdout
    assert "2  usage: a bad option" in result.stdout
