"""Property tests for every reader: whatever the bytes, Articles or a typed InputError.

Each reader (plain-text files, JSON lines, gzip, HTML pages through the ingest HTML
extractor, RSS/Atom feeds through the ingest feed reader) is given Hypothesis-generated
nasty documents: random bytes, invalid UTF-8, huge lines, deeply nested HTML, JSON with
wrong types, empty and whitespace-only documents, text with no sentence breaks, emoji
and right-to-left scripts. The property: the reader returns (or yields) only Articles
with text, and dyadwatch InputErrors that name the input; it never raises anything else
and never hangs (a Hypothesis deadline per example, pytest-timeout per test).

Inputs that once broke a reader live in tests/regressions/ (see test_regressions.py).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable, Iterable
from datetime import timedelta
from itertools import zip_longest
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.errors import FetchError, InputError
from dyadwatch.readers import iter_jsonl, read_path
from dyadwatch.readers.feeds import iter_feed
from dyadwatch.readers.html import article_from_html
from dyadwatch.readers.sources import Sources
from dyadwatch.records import Article
from dyadwatch.settings import Settings

#: a small document limit, so that the huge-line strategy crosses it and the limit path runs
LIMIT = 100_000
SETTINGS = Settings(max_document_bytes=LIMIT)

#: per example: generous for a loaded 2-core CI box, yet a hang fails fast
#: examples per property: 60 in the default run; stress/run.py sets DYADWATCH_FUZZ_EXAMPLES
EXAMPLES = int(os.environ.get("DYADWATCH_FUZZ_EXAMPLES") or 60)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=15),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
)  # fmt: skip

# -- strategies ------------------------------------------------------------------------

_WORDS = ["Russia", "China", "Ukraine", "Iran", "sanctions", "talks", "the", "minister",
          "said", "on", "Monday", "attacked", "met", "agreed", "with", "troops", "border"]  # fmt: skip
#: Arabic, Hebrew, RTL/LTR marks and isolates, emoji (incl. ZWJ sequences and flags)
_RTL_EMOJI = (
    "مرحبا بالعالم روسيا الصين",
    "שלום עולם רוסיה",
    "\u200f\u200e\u202b\u202e\u2066\u2067\u2069",
    "😀🇷🇺🇨🇳👨‍👩‍👧‍👦🏳️‍🌈💥🔥",
    "\u0301\u0308\u20dd",  # combining marks with nothing to combine with
)
_INVALID_UTF8 = [b"\xff", b"\xfe", b"\x80", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                 b"\xe2\x82", b"\xc0\xaf", b"\xf4\x90\x80\x80"]  # fmt: skip
_WHITESPACE = " \t\n\r\x0b\x0c\u00a0\u2028\u2029\u3000\u200b\ufeff"


def words(min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=min_size, max_size=max_size).map(" ".join)


def any_text() -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8"), max_size=400)


def rtl_and_emoji() -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(_RTL_EMOJI), words(1, 5))
    return st.lists(pieces, min_size=1, max_size=20).map(" ".join)


def whitespace_only() -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(_WHITESPACE), max_size=50)


def no_sentence_breaks() -> st.SearchStrategy[str]:
    return words(1, 400)


def huge_line() -> st.SearchStrategy[str]:
    # up to ~3x the document limit, on one line
    return st.tuples(st.integers(1, 30_000), st.sampled_from(["Russia ", "word", "é", "😀"])).map(
        lambda nw: nw[1] * nw[0]
    )


def invalid_utf8() -> st.SearchStrategy[bytes]:
    return st.tuples(words(), st.lists(st.sampled_from(_INVALID_UTF8), min_size=1, max_size=5),
                     words()).map(lambda t: t[0].encode() + b"".join(t[1]) + t[2].encode())  # fmt: skip


def texts() -> st.SearchStrategy[str]:
    """Every kind of nasty text, as str."""
    return st.one_of(any_text(), rtl_and_emoji(), whitespace_only(), no_sentence_breaks(),
                     huge_line())  # fmt: skip


def nasty_bytes() -> st.SearchStrategy[bytes]:
    """Every kind of nasty document, as the bytes of a file."""
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"])
    encoded = st.tuples(texts(), encodings).map(lambda te: te[0].encode(te[1], "replace"))
    return st.one_of(st.binary(max_size=2048), invalid_utf8(), encoded,
                     st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")))  # fmt: skip


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                         st.text(max_size=30))  # fmt: skip
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),  # fmt: skip
    max_leaves=12,
)


def jsonl_record() -> st.SearchStrategy[str]:
    """One JSONL line: a record whose fields may have wrong types, or not an object at all."""
    field_value = st.one_of(JSON_VALUES, texts())
    record = st.fixed_dictionaries(
        {},
        optional={"text": field_value, "id": field_value, "title": field_value,
                  "date": st.one_of(field_value, st.dates().map(str)), "url": field_value,
                  "source": field_value, "licence": field_value, "license": field_value},
    )  # fmt: skip
    big_int = st.integers(4000, 6000).map(lambda n: '{"text": "a b", "id": ' + "9" * n + "}")
    deep = st.integers(500, 50_000).map(lambda n: '{"text": "a", "x": ' + "[" * n + "]" * n + "}")
    return st.one_of(
        record.map(json.dumps),
        JSON_VALUES.map(json.dumps),
        big_int,
        deep,
        st.text(max_size=80),  # not JSON
        record.map(lambda r: json.dumps(r)[:-1]),  # truncated
    )


def jsonl_bytes() -> st.SearchStrategy[bytes]:
    lines = st.lists(st.one_of(jsonl_record().map(str.encode), invalid_utf8(),
                               st.just(b""), whitespace_only().map(str.encode)), max_size=8)  # fmt: skip
    return st.one_of(lines.map(b"\n".join), nasty_bytes())


def nested_html() -> st.SearchStrategy[bytes]:
    tags = st.sampled_from(["div", "b", "table", "p", "span", "li", "article", "blockquote"])

    def page(args: tuple[str, int, str, bool]) -> bytes:
        tag, depth, text, closed = args
        close = f"</{tag}>" * depth if closed else ""
        return f"<html><body>{f'<{tag}>' * depth}{text}{close}</body></html>".encode()

    return st.tuples(tags, st.integers(1, 20_000), texts(), st.booleans()).map(page)


def html_bytes() -> st.SearchStrategy[bytes]:
    page = st.tuples(texts(), texts()).map(
        lambda tb: (f"<!DOCTYPE html><html><head><title>{tb[0][:200]}</title></head>"
                    f"<body><article><p>{tb[1]}</p></article></body></html>").encode())  # fmt: skip
    truncated = st.tuples(page, st.integers(0, 400)).map(lambda pc: pc[0][: pc[1]])
    return st.one_of(page, truncated, nested_html(), nasty_bytes())


def feed_bytes() -> st.SearchStrategy[bytes]:
    def rss(items: list[tuple[str, str, str]]) -> bytes:
        body = "".join(
            f"<item><title>{t}</title><link>{link}</link><description><![CDATA[{d}]]></description>"
            f"<pubDate>{link[:20]}</pubDate></item>"
            for t, link, d in items
        )
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>t</title>{body}</channel></rss>").encode("utf-8", "surrogatepass")  # fmt: skip

    def atom(items: list[tuple[str, str, str]]) -> bytes:
        body = "".join(f"<entry><title>{t}</title><id>{i}</id><content type='html'>{d}</content>"
                       "</entry>" for t, i, d in items)  # fmt: skip
        return f'<feed xmlns="http://www.w3.org/2005/Atom">{body}</feed>'.encode(
            "utf-8", "surrogatepass"
        )

    # links are never http(s) URLs: the feed-file reader fetches an entry's link
    link = st.text(max_size=40).filter(lambda s: "http" not in s.lower())
    item = st.tuples(st.text(max_size=40), link, texts())
    items = st.lists(item, max_size=4)
    nested = st.integers(1, 20_000).map(
        lambda n: (f"<rss><channel><item><description><![CDATA[{'<div>' * n}Russia met China"
                   "]]></description></item></channel></rss>").encode())  # fmt: skip
    return st.one_of(items.map(rss), items.map(atom), nested, nasty_bytes())


# -- readers under test ----------------------------------------------------------------

Reader = Callable[[bytes, Path], Iterable[Any]]


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def read_text_file(data: bytes, folder: Path) -> Iterable[Any]:
    return read_path(_write(folder, "doc.txt", data), settings=SETTINGS)


def read_jsonl_file(data: bytes, folder: Path) -> Iterable[Any]:
    return iter_jsonl(_write(folder, "doc.jsonl", data), settings=SETTINGS)


def read_gz_file(data: bytes, folder: Path) -> Iterable[Any]:
    path = _write(folder, "doc.txt.gz", gzip.compress(data))
    with Sources(SETTINGS) as sources:
        return list(sources.from_file(str(path)))


def read_broken_gz_file(data: bytes, folder: Path) -> Iterable[Any]:
    """Gzip data cut short or with its body bytes replaced: never valid gzip."""
    packed = gzip.compress(data)
    broken = packed[: max(1, len(packed) // 2)] if len(data) % 2 else packed[:10] + data
    path = _write(folder, "doc.jsonl.gz", broken)
    with Sources(SETTINGS) as sources:
        return list(sources.from_file(str(path)))


def read_html(data: bytes, folder: Path) -> Iterable[Any]:
    try:
        return [article_from_html(data, "page.html")]
    except InputError as exc:
        return [exc]


def read_html_file(data: bytes, folder: Path) -> Iterable[Any]:
    path = _write(folder, "page.html", data)
    with Sources(SETTINGS) as sources:
        return list(sources.from_file(str(path)))


def read_feed(data: bytes, folder: Path) -> Iterable[Any]:
    return iter_feed(data, "feed.xml")


def read_feed_file(data: bytes, folder: Path) -> Iterable[Any]:
    path = _write(folder, "feed.rss", data)
    with Sources(SETTINGS) as sources:
        return list(sources.from_file(str(path)))


def check_outcome(items: Iterable[Any], source_hint: str) -> list[Any]:
    """Every item is an Article with text, or an InputError naming its input."""
    try:
        got = list(items)
    except InputError as exc:  # raising a typed error is as good as yielding it
        got = [exc]
    assert got, "a reader gave neither an article nor an error"
    for item in got:
        if isinstance(item, FetchError):
            # a feed entry with only a link: its page is fetched and the error names the link
            # (the links drawn here are never http URLs, so nothing leaves the machine)
            assert item.source and item.reason, item
        elif isinstance(item, InputError):
            assert item.source and source_hint in item.source, item
            assert item.reason and str(item).startswith(item.source)
        else:
            assert isinstance(item, Article), f"unexpected item {type(item).__name__}: {item!r}"
            assert isinstance(item.text, str) and isinstance(item.title, str)
            assert item.full_text.strip(), f"an article with no text: {item!r}"
    return got


# -- properties: one table per concern -------------------------------------------------

READERS_ON_ANY_BYTES = [
    pytest.param(read_text_file, "doc.txt", id="text-file"),
    pytest.param(read_jsonl_file, "doc.jsonl", id="jsonl-file"),
    pytest.param(read_gz_file, "doc.txt.gz", id="gz-file"),
    pytest.param(read_broken_gz_file, "doc.jsonl.gz", id="broken-gz-file"),
    pytest.param(read_html, "page.html", id="html-extractor"),
    pytest.param(read_html_file, "page.html", id="html-file"),
    pytest.param(read_feed, "feed.xml", id="feed-reader"),
    pytest.param(read_feed_file, "feed.rss", id="feed-file"),
]


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("reader", "hint"), READERS_ON_ANY_BYTES)
@FUZZ
@given(data=nasty_bytes())
def test_any_bytes_give_articles_or_input_errors(
    reader: Reader, hint: str, data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    check_outcome(reader(data, tmp_path_factory.getbasetemp()), hint)


FORMAT_AWARE = [
    pytest.param(read_jsonl_file, "doc.jsonl", jsonl_bytes(), id="jsonl-wrong-types"),
    pytest.param(read_text_file, "doc.txt", jsonl_bytes(), id="sniffed-jsonl-wrong-types"),
    pytest.param(read_gz_file, "doc.txt.gz", jsonl_bytes(), id="gz-of-jsonl"),
    pytest.param(read_html, "page.html", html_bytes(), id="html-nested-truncated"),
    pytest.param(read_html_file, "page.html", html_bytes(), id="html-file-nested"),
    pytest.param(read_feed, "feed.xml", feed_bytes(), id="feed-entries"),
    pytest.param(read_feed_file, "feed.rss", feed_bytes(), id="feed-file-entries"),
]


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("reader", "hint", "strategy"), FORMAT_AWARE)
@FUZZ
@given(data=st.data())
def test_format_shaped_junk_gives_articles_or_input_errors(
    reader: Reader,
    hint: str,
    strategy: st.SearchStrategy[bytes],
    data: st.DataObject,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    document = data.draw(strategy, label="document")
    check_outcome(reader(document, tmp_path_factory.getbasetemp()), hint)


@pytest.mark.timeout(300)
@FUZZ
@given(text=texts())
def test_text_file_keeps_every_readable_text(
    text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Valid UTF-8 under the limit is either refused as empty/too large or kept whole."""
    data = text.encode("utf-8")
    got = check_outcome(read_text_file(data, tmp_path_factory.getbasetemp()), "doc.txt")
    if len(got) == 1 and isinstance(got[0], Article):
        # a leading BOM goes (and a second one right after it: the decoder drops both)
        if text.startswith("\ufeff"):
            text = text[1:].removeprefix("\ufeff")
        normalised = text.replace("\r\n", "\n").replace("\r", "\n")
        # nothing but trailing whitespace is dropped (headline + "\n" + body == the text)
        assert got[0].full_text == normalised.rstrip()


@pytest.mark.timeout(300)
@FUZZ
@given(records=st.lists(st.fixed_dictionaries({"text": words(1, 30)}), min_size=1, max_size=6),
       junk=st.lists(jsonl_record(), min_size=1, max_size=6))  # fmt: skip
def test_good_jsonl_records_survive_their_bad_neighbours(
    records: list[dict[str, str]], junk: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A batch keeps its good records: every valid record comes out as an Article."""
    lines = [json.dumps(r) for r in records]
    mixed = [x for pair in zip(lines, junk + [""] * len(lines), strict=False) for x in pair]
    data = "\n".join(mixed).encode()
    got = check_outcome(read_jsonl_file(data, tmp_path_factory.getbasetemp()), "doc.jsonl")
    texts_out = [a.text for a in got if isinstance(a, Article)]
    for record in records:
        assert record["text"] in texts_out


def junk_object_line() -> st.SearchStrategy[bytes]:
    """A bad line that still opens a JSON object, so sniffing reads the input as JSONL."""
    record = st.fixed_dictionaries(
        {}, optional={"text": JSON_VALUES, "id": JSON_VALUES, "date": JSON_VALUES}
    ).filter(lambda r: not isinstance(r.get("text"), str))
    latin1 = st.tuples(words(), st.lists(st.sampled_from(_INVALID_UTF8), min_size=1, max_size=3))
    return st.one_of(
        record.map(lambda r: json.dumps(r).encode()),
        record.map(lambda r: json.dumps(r)[:-1].encode()),  # truncated
        st.integers(4400, 6000).map(lambda n: b'{"text": "a b", "id": ' + b"9" * n + b"}"),
        st.integers(50_000, 100_000).map(
            lambda n: b'{"text": "a", "x": ' + b"[" * n + b"]" * n + b"}"
        ),
        # 0xff never occurs in UTF-8, so the line stays invalid whatever surrounds it
        latin1.map(lambda t: b'{"text": "' + t[0].encode() + b"\xff" + b"".join(t[1]) + b'"}'),
    )


KEEPS_RECORDS = [
    pytest.param(read_jsonl_file, "doc.jsonl", id="jsonl-file"),
    pytest.param(read_text_file, "doc.txt", id="sniffed-text-file"),
    pytest.param(read_gz_file, "doc.txt.gz", id="gz-file"),
]


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("reader", "hint"), KEEPS_RECORDS)
@FUZZ
@given(records=st.lists(st.fixed_dictionaries({"text": st.one_of(words(1, 30), rtl_and_emoji())}),
                        min_size=1, max_size=6),
       junk=st.lists(junk_object_line(), min_size=1, max_size=6))  # fmt: skip
def test_good_records_keep_their_exact_text_next_to_bad_lines(
    reader: Reader,
    hint: str,
    records: list[dict[str, str]],
    junk: list[bytes],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Every good record comes out with its text unchanged (no guessed encoding, no loss),
    and every bad line is an error of its own."""
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    mixed = [x for pair in zip_longest(lines, junk) for x in pair if x is not None]
    got = check_outcome(reader(b"\n".join(mixed), tmp_path_factory.getbasetemp()), hint)
    texts_out = [a.text for a in got if isinstance(a, Article)]
    assert texts_out == [r["text"] for r in records]
    assert sum(isinstance(e, InputError) for e in got) == len(junk)
