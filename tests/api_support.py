"""Stores and a live server for the API, security and browser tests.

``build_handmade_store`` writes a small store through the real ``Store.add_coded`` from
articles and events built by hand (offsets found in the text, codes from the real
codebook), including an article whose text holds HTML and script. ``build_dev_store``
runs the real coder over ../shared/eval/dev/articles.jsonl and writes the result with
the same store. ``LiveServer`` runs the real app on uvicorn on 127.0.0.1 at a free port.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import uvicorn

from dyadwatch.codebook import load_codebook
from dyadwatch.records import (
    ActorRef,
    Article,
    DatePrecision,
    Event,
    QuadClass,
    Section,
    Status,
)
from shared_paths import DEV_ARTICLES, TRAIN_ARTICLES

SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"


@dataclass(frozen=True)
class Spec:
    """One hand-coded event: actor and trigger words as they appear in the article."""

    source: str  # country code
    source_text: str
    target: str
    target_text: str
    cameo: str
    trigger: str
    status: Status = Status.ASSERTED
    section: Section = Section.BODY
    date: str | None = None


def _find(text: str, needle: str, start: int = 0) -> int:
    at = text.find(needle, start)
    if at < 0:
        raise ValueError(f"{needle!r} not in the article text")
    return at


def _sentence_around(text: str, at: int) -> tuple[int, str]:
    begin = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    end_dot = text.find(". ", at)
    end_nl = text.find("\n", at)
    ends = [e for e in (end_dot + 1 if end_dot >= 0 else -1, end_nl) if e >= 0]
    end = min(ends) if ends else len(text)
    return begin, text[begin:end]


def make_event(article: Article, spec: Spec) -> Event:
    """An Event whose offsets point into ``article.full_text``, coded from the real codebook."""
    text = article.full_text
    trig = _find(text, spec.trigger)
    sent_start, sentence = _sentence_around(text, trig)
    src = _find(text, spec.source_text, sent_start)
    tgt = _find(text, spec.target_text, sent_start)
    code = load_codebook()[spec.cameo]
    precision = None
    if spec.date:
        precision = {0: DatePrecision.YEAR, 1: DatePrecision.MONTH, 2: DatePrecision.DAY}[
            spec.date.count("-")
        ]
    return Event(
        doc=article.id,
        source=ActorRef(
            spec.source, spec.source, None, spec.source_text, src, src + len(spec.source_text)
        ),
        target=ActorRef(
            spec.target, spec.target, None, spec.target_text, tgt, tgt + len(spec.target_text)
        ),
        cameo=code.code,
        root=code.root,
        plover=code.plover,
        goldstein=code.goldstein,
        quad_class=QuadClass(code.quad_class),
        status=spec.status,
        section=spec.section,
        date=spec.date,
        date_precision=precision,
        date_basis="explicit" if spec.date else "none",
        sentence=sentence,
        trigger_text=spec.trigger,
        trigger_start=trig,
        trigger_end=trig + len(spec.trigger),
        rule="handmade",
        confidence=1.0,
        codebook_version="test",
        sentence_start=sent_start,
        symmetric=False,
    )


#: (article, its events): VEN-PRK ties over two months, reported twice once, sanctions
#: on both, Russian aid, and one article carrying markup in its title and text.
HANDMADE: list[tuple[Article, list[Spec]]] = [
    (
        Article(
            id="h-embassy",
            title="Venezuela opens embassy in Pyongyang",
            text="Venezuela opened its first embassy in Pyongyang on Monday, officials said. "
            "North Korea praised Venezuela for its courage.",
            date=date(2019, 6, 10),
            source="Outlet One",
            url="https://one.example/embassy",
        ),
        [
            Spec(
                "VEN",
                "Venezuela",
                "PRK",
                "Pyongyang",
                "061",
                "opened its first embassy",
                date="2019-06-10",
            ),
            Spec("PRK", "North Korea", "VEN", "Venezuela", "051", "praised", date="2019-06-10"),
        ],
    ),
    (
        Article(
            id="h-embassy-2",
            title="Caracas and Pyongyang draw closer",
            text="In a ceremony, Venezuela opened its first embassy in Pyongyang this week. "
            "Analysts said North Korea may send advisers to Venezuela.",
            date=date(2019, 6, 11),
            source="Outlet Two",
            url="https://two.example/closer",
        ),
        [
            Spec(
                "VEN",
                "Venezuela",
                "PRK",
                "Pyongyang",
                "061",
                "opened its first embassy",
                date="2019-06-10",
            ),
            Spec(
                "PRK",
                "North Korea",
                "VEN",
                "Venezuela",
                "070",
                "send advisers",
                status=Status.SPECULATED,
                date="2019-06",
            ),
        ],
    ),
    (
        Article(
            id="h-visit",
            title="North Korean head of state in Caracas",
            text="Kim Yong Nam of North Korea visited Venezuela in December. "
            "Venezuela hosted North Korea with full honours.",
            date=date(2018, 12, 5),
            source="Outlet One",
        ),
        [
            Spec("PRK", "North Korea", "VEN", "Venezuela", "042", "visited", date="2018-12-04"),
            Spec("VEN", "Venezuela", "PRK", "North Korea", "043", "hosted", date="2018-12-04"),
        ],
    ),
    (
        Article(
            id="h-sanctions",
            title="Washington sanctions Caracas",
            text="The United States imposed sanctions on Venezuela on Monday. "
            "The European Union imposed sanctions on North Korea as well.",
            date=date(2019, 1, 28),
            source="Outlet Three",
        ),
        [
            Spec(
                "USA",
                "The United States",
                "VEN",
                "Venezuela",
                "163",
                "imposed sanctions",
                date="2019-01-28",
            ),
            Spec(
                "EUR",
                "The European Union",
                "PRK",
                "North Korea",
                "163",
                "imposed sanctions on North",
                date="2019-01-28",
            ),
        ],
    ),
    (
        Article(
            id="h-aid",
            title="Russia sends aid to Venezuela",
            text="Russia delivered aid to Venezuela. Russia also signed a deal with China.",
            date=date(2019, 3, 2),
            source="Outlet Two",
        ),
        [
            Spec("RUS", "Russia", "VEN", "Venezuela", "070", "delivered aid", date="2019-03-02"),
            Spec("RUS", "Russia", "CHN", "China", "057", "signed a deal", date="2019-03-02"),
        ],
    ),
    (
        Article(
            id="h-markup",
            title=f"Cuba {IMG_PAYLOAD} praises Venezuela",
            text=f"Cuba praised Venezuela {SCRIPT_PAYLOAD} on Tuesday. "
            f'Cuba criticised the United States <b onmouseover="alert(2)">loudly</b> again.',
            date=date(2019, 7, 2),
            source="Outlet <i>Four</i>",
            url="javascript:alert(3)",
        ),
        [
            Spec(
                "CUB",
                "Cuba",
                "VEN",
                "Venezuela",
                "051",
                "praised Venezuela " + SCRIPT_PAYLOAD,
                date="2019-07-02",
            ),
            Spec("CUB", "Cuba", "USA", "the United States", "111", "criticised", date="2019-07-02"),
        ],
    ),
]


def handmade_batch() -> list[tuple[Article, list[Event]]]:
    return [(article, [make_event(article, spec) for spec in specs]) for article, specs in HANDMADE]


def build_handmade_store(path: Path) -> Path:
    from dyadwatch.store import Store

    with Store(path) as store:
        store.add_coded(handmade_batch())
    return path


def dev_articles() -> list[Article]:
    out = []
    for line in DEV_ARTICLES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        out.append(
            Article(
                id=rec["id"],
                title=rec.get("title") or "",
                text=rec["text"],
                date=date.fromisoformat(rec["date"]) if rec.get("date") else None,
                url=rec.get("url"),
                source=rec.get("source"),
                licence=rec.get("licence"),
                origin=str(DEV_ARTICLES),
            )
        )
    return out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """The real app on uvicorn, on 127.0.0.1 at a free port, in a background thread."""

    def __init__(self, db_path: Path | None = None, *, app: Any = None) -> None:
        if app is None:
            from dyadwatch.api import create_app

            app = create_app(db_path)  # type: ignore[arg-type]
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="critical",
            lifespan="on", server_header=False,
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def build_dev_store(path: Path, *, with_markup: bool = False, with_train: bool = False) -> Path:
    """Ingest the dev articles with the real pipeline and coder into a store at ``path``.

    ``with_markup`` also writes the hand-built article whose title and text carry HTML
    and script, for the dashboard's escaping tests; ``with_train`` also ingests
    ../shared/eval/train/articles.jsonl.
    """
    from dyadwatch.coder import Coder
    from dyadwatch.ingest.pipeline import ingest
    from dyadwatch.store import Store

    inputs = [str(DEV_ARTICLES)] + ([str(TRAIN_ARTICLES)] if with_train else [])
    with Store(path) as store:
        ingest(inputs, store, Coder())
        if with_markup:
            store.add_coded([pair for pair in handmade_batch() if pair[0].id == "h-markup"])
    return path
