"""Tables people can read and programs can parse.

In a real terminal (a pseudo-terminal of 80 columns here) every table fits the width by
choosing and abbreviating columns, never by wrapping or cutting a date or a code, and
the ``code`` table names each document once; piped, the same command prints plain
tab-separated lines with a header.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from dyadwatch.tables import Column, render
from shared_paths import DEV_ARTICLES, SEED

NEEDS_SHARED = True
WIDTH = 80
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CAPTION = re.compile(r"^\d+ events? \(")


def in_terminal(args: list[str], cwd: Path, width: int = WIDTH) -> tuple[int, str]:
    """Run dyadwatch with its standard output on a pseudo-terminal ``width`` columns wide."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, width, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", *args], cwd=cwd, env=env,
                            stdout=slave, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            raise TimeoutError(args)
        try:
            data = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=60)
    text = ANSI.sub("", b"".join(chunks).decode("utf-8").replace("\r\n", "\n"))
    return code, text


def piped(args: list[str], cwd: Path) -> tuple[int, str]:
    result = subprocess.run([sys.executable, "-m", "dyadwatch", *args], cwd=cwd,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    return result.returncode, result.stdout


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tables")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    code, _ = piped(["ingest", str(DEV_ARTICLES), "--db", "dev.duckdb", "-q"], folder)
    assert code == 0
    return folder


COMMANDS = [
    ["events", "--db", "dev.duckdb"],
    ["events", "--db", "dev.duckdb", "--all"],
    ["code", "seed.txt", "--format", "table"],
    ["dyad", "VEN", "PRK", "--db", "dev.duckdb"],
    ["network", "--db", "dev.duckdb"],
    ["blocs", "--db", "dev.duckdb"],
    ["sanctions", "--db", "dev.duckdb"],
    ["shifts", "--db", "dev.duckdb", "--before", "2007:2015", "--after", "2016:2020"],
]


def _table_blocks(text: str) -> list[tuple[str, list[str]]]:
    """(header line, row lines) of each table in a terminal's output: a header is the line
    above a rule of ─."""
    lines = text.splitlines()
    blocks = []
    for i, line in enumerate(lines):
        if line.startswith("─"):
            rows = []
            for row in lines[i + 1 :]:
                if not row.strip() or row.startswith(("not shown", "counted")) or CAPTION.match(row):
                    break
                rows.append(row)
            blocks.append((lines[i - 1], rows))
    return blocks


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_terminal_tables_fit_80_columns_without_cutting_dates_or_codes(dev: Path, args: list[str]) -> None:
    code, text = in_terminal(args, dev)
    assert code == 0, text
    blocks = _table_blocks(text)
    assert blocks, text
    for line in text.splitlines():
        assert len(line) <= WIDTH, line
    for header, rows in blocks:
        assert "…" not in header, header  # headers are chosen, never cut ("even…")
        for row in rows:
            # a cut date would leave "2019-0…" or a date split over two lines
            assert not re.search(r"\b\d{4}-\d{0,2}…", row), row
            assert not re.search(r"\b\d{4}-$", row.rstrip()), row
    # every date the piped output holds appears whole in the terminal's table
    if args[0] in ("events", "code"):
        _, plain = piped(args, dev)
        wanted = {d for d in DATE.findall(plain)}
        assert wanted <= set(DATE.findall(text))


def test_the_code_table_names_each_document_once(dev: Path) -> None:
    (dev / "copy.txt").write_bytes(SEED.read_bytes())
    code, text = in_terminal(["code", "seed.txt", "copy.txt", "--format", "table"], dev)
    assert code == 0
    [(header, rows)] = _table_blocks(text)
    assert header.split()[0] == "doc"
    assert len(rows) > 4
    assert [r.split()[0] for r in rows if not r.startswith(" ")] == ["seed.txt", "copy.txt"]


@pytest.mark.parametrize("args", [COMMANDS[0], COMMANDS[2]], ids=["events", "code"])
def test_piped_tables_are_plain_tab_separated_lines(dev: Path, args: list[str]) -> None:
    code, text = piped(args, dev)
    assert code == 0
    header, *rows = text.splitlines()
    columns = header.split("\t")
    assert len(columns) > 5 and "…" not in text and "─" not in text and "\x1b[" not in text
    assert rows and all(len(row.split("\t")) == len(columns) for row in rows)


# -- the renderer ---------------------------------------------------------------------------

COLUMNS = [
    Column("event_id", kind="id", keep=9),
    Column("date", keep=8),
    Column("source_code", "source", keep=7),
    Column("cameo", keep=6),
    Column("sentence", kind="text", keep=5),
    Column("plover", keep=2),
    Column("mention_count", "mentions", kind="number", keep=1),
]
ROWS = [
    {"event_id": "4b43d6452f0e1a2b", "date": "2019-08-21", "source_code": "VENGOV", "cameo": "0431",
     "sentence": "Venezuela opened its first embassy in Pyongyang, the capital of North Korea.",
     "plover": "CONSULT", "mention_count": 3},
    {"event_id": "7c832797aa001122", "date": None, "source_code": "PRK", "cameo": "111",
     "sentence": "Short.", "plover": None, "mention_count": 12},
]  # fmt: skip


@pytest.mark.parametrize("width", [200, 80, 60, 40])
def test_render_fits_the_width_by_choosing_columns(width: int) -> None:
    text = render(ROWS, COLUMNS, terminal=True, width=width)
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines), text
    assert "2019-08-21" in text and "VENGOV" in text  # high-priority codes whole
    if width == 200:
        assert ROWS[0]["sentence"] in text and "…" not in text
    if width >= 80:  # free text gives way first: the rest fits whole
        assert "4b43d6452f0e1a2b" in text and "not shown" not in text
    else:
        assert "4b43d645 " in text  # an id shortened, not cut with …
    if width <= 60:
        assert "not shown at this width: " in text and "plover" in text.split("not shown")[1]


def test_render_piped_is_every_value_whole() -> None:
    text = render(ROWS, COLUMNS, terminal=False, title="Events", caption="2 events")
    assert text.splitlines() == [
        "# Events",
        "event_id\tdate\tsource_code\tcameo\tsentence\tplover\tmention_count",
        "4b43d6452f0e1a2b\t2019-08-21\tVENGOV\t0431\tVenezuela opened its first embassy in "
        "Pyongyang, the capital of North Korea.\tCONSULT\t3",
        "7c832797aa001122\t\tPRK\t111\tShort.\t\t12",
        "# 2 events",
    ]
