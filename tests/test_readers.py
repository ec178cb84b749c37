"""Readers: decoding, headline detection, JSON lines, stdin sniffing and the bundled example."""

from __future__ import annotations

import codecs
import io
import json
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FormatError,
    InputError,
    TooLargeError,
)
from dyadwatch.readers import (
    STDIN_NAME,
    article_from_text,
    decode_bytes,
    iter_jsonl,
    iter_jsonl_text,
    load_example,
    looks_like_jsonl,
    read_inputs,
    read_path,
    read_text,
    split_headline,
)
from dyadwatch.records import Article
from dyadwatch.settings import Settings
from shared_paths import DEV as EVAL

NEEDS_SHARED = True
SEED = EVAL / "texts" / "seed-venezuela-north-korea.txt"
SEED_TITLE = "Venezuela Looks to North Korea for Support – Opens First Embassy in Pyongyang"

ENGLISH = "Kim Yong Nam paid a “state visit” to Caracas – Venezuela’s ally.\nSecond line."
FRENCH = (
    "Le président vénézuélien a reçu à Caracas le ministre nord-coréen des Affaires "
    "étrangères ; les deux États ont signé un accord de coopération économique."
)
CURLY_CP1252 = (
    "The minister’s statement — “we are deeply concerned” — was issued on Tuesday in Zürich."
)


def _random_bytes(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


# --- decoding -------------------------------------------------------------------------

DECODES = [
    pytest.param(ENGLISH.encode("utf-8"), ENGLISH, "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), ENGLISH, "utf-8-sig", id="utf-8-sig"),
    pytest.param(ENGLISH.encode("utf-16"), ENGLISH, "utf-16", id="utf-16-bom"),
    pytest.param(
        codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16", id="utf-16-be-bom"
    ),
    pytest.param(ENGLISH.encode("utf-32"), ENGLISH, "utf-32", id="utf-32-bom"),
    pytest.param(FRENCH.encode("latin-1"), FRENCH, None, id="latin-1-detected"),
    pytest.param(CURLY_CP1252.encode("cp1252"), CURLY_CP1252, None, id="cp1252-detected"),
    pytest.param(
        "Café in São Paulo".encode("latin-1"),
        "Café in São Paulo",
        None,
        id="short-latin-1-fallback",
    ),
    pytest.param(
        b"Headline\r\nBody line\rlast", "Headline\nBody line\nlast", "utf-8", id="crlf-normalised"
    ),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODES)
def test_decode_accepts_text(data: bytes, text: str, encoding: str | None) -> None:
    decoded = decode_bytes(data, "doc.txt")
    assert decoded.text == text
    if encoding is None:
        assert decoded.detected
    else:
        assert decoded.encoding == encoding
        assert not decoded.detected


REFUSALS = [
    pytest.param(b"", EmptyInputError, "empty", id="empty"),
    pytest.param(b" \n\t\r\n  ", EmptyInputError, "empty", id="whitespace"),
    pytest.param(" \n ".encode("utf-16"), EmptyInputError, "empty", id="utf-16-whitespace"),
    pytest.param(_random_bytes(1, 4096), BinaryInputError, "binary", id="random-binary"),
    pytest.param(
        bytes(b for b in _random_bytes(2, 4096) if b != 0),
        BinaryInputError,
        "control",
        id="random-binary-without-nul",
    ),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError, "PDF", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00", BinaryInputError, "ZIP", id="zip-or-docx"),
    pytest.param("Venezuela".encode("utf-16-le"), BinaryInputError, "NUL", id="utf-16-without-bom"),
    pytest.param(b"Caf\xe9 \xff\xfe\x81\x8d\x90", EncodingError, "UTF-8", id="undecodable"),
    pytest.param(
        codecs.BOM_UTF8 + b"ok \xff\xfe", EncodingError, "byte-order mark", id="bom-but-invalid"
    ),
]


@pytest.mark.parametrize(("data", "error", "fragment"), REFUSALS)
def test_decode_refuses_non_text(data: bytes, error: type[InputError], fragment: str) -> None:
    with pytest.raises(error) as caught:
        decode_bytes(data, "in/doc.txt")
    message = str(caught.value)
    assert message.startswith("in/doc.txt: ")
    assert fragment.lower() in message.lower()
    assert caught.value.exit_code == 2


def test_decode_refuses_too_large() -> None:
    with pytest.raises(TooLargeError, match=r"big\.txt: 11 bytes is over the limit of 10 bytes"):
        decode_bytes(b"hello world", "big.txt", max_bytes=10)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")
        | st.just("\n")
    )
)
def test_decode_round_trips_utf8_text(text: str) -> None:
    if not text.strip():
        with pytest.raises(EmptyInputError):
            decode_bytes(text.encode("utf-8"), "h.txt")
    else:
        assert decode_bytes(text.encode("utf-8"), "h.txt").text == text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_decode_of_any_bytes_returns_text_or_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "h.bin")
    except InputError as exc:
        assert str(exc).startswith("h.bin")
    else:
        assert decoded.text.strip()
        assert "\r" not in decoded.text


# --- headline detection ---------------------------------------------------------------

HEADLINES = [
    pytest.param(
        "Venezuela opens embassy in Pyongyang\nCaracas said on Wednesday.",
        "Venezuela opens embassy in Pyongyang",
        id="first-line-alone-above-body",
    ),
    pytest.param(
        "Venezuela opens embassy\n\nCaracas said on Wednesday.",
        "Venezuela opens embassy",
        id="blank-line-after-headline",
    ),
    pytest.param(
        "Is Venezuela next?\nAnalysts wonder.", "Is Venezuela next?", id="question-headline"
    ),
    pytest.param(
        "North Korea hits back at U.S.\nPyongyang said.",
        "North Korea hits back at U.S.",
        id="abbreviation-not-a-full-stop",
    ),
    pytest.param("Venezuela opened an embassy in Pyongyang on Wednesday.", "", id="one-paragraph"),
    pytest.param(
        "Venezuela opened an embassy in Pyongyang.\n\n\n  ",
        "",
        id="one-paragraph-trailing-blank-lines",
    ),
    pytest.param(
        "Venezuela opened an embassy.\nNorth Korea welcomed it.", "", id="first-line-is-a-sentence"
    ),
    pytest.param(
        "Venezuela opened an embassy in the capital of\nNorth Korea on Wednesday.",
        "",
        id="wrapped-ends-with-preposition",
    ),
    pytest.param(
        "Venezuela opened an embassy, and North Korea\nwelcomed it on Wednesday.",
        "",
        id="wrapped-next-line-lowercase",
    ),
    pytest.param(
        "FCO spokesperson:\n\nThe UK is deeply concerned.", "", id="label-ending-in-colon"
    ),
    pytest.param("Russia, China and Iran,\nthe three partners, met.", "", id="ends-with-comma"),
    pytest.param("Venezuela " * 25 + "\nBody text.", "", id="too-long-for-a-headline"),
    pytest.param("   Indented opening line\nBody text.", "", id="leading-whitespace"),
    pytest.param("", "", id="empty-string"),
]


@pytest.mark.parametrize(("text", "title"), HEADLINES)
def test_headline_detection(text: str, title: str) -> None:
    article = article_from_text(text, "doc.txt")
    assert article.title == title
    # nothing is lost or moved: evidence offsets point into the file's own text
    assert article.full_text == text.rstrip()
    got_title, body = split_headline(text)
    assert got_title == title
    assert (f"{got_title}\n{body}" if got_title else body) == text


def test_seed_file_headline_and_full_text() -> None:
    article = read_text(str(SEED), date=date(2019, 8, 21))
    assert article.title == SEED_TITLE
    assert article.full_text == SEED.read_text(encoding="utf-8").rstrip()
    assert (article.id, article.origin) == (SEED.name, str(SEED))
    assert article.date == date(2019, 8, 21)
    assert article.headline_end == len(SEED_TITLE)


@pytest.mark.parametrize("typed", ["in/a.txt", "./in/a.txt", "in//a.txt", "{tmp}/in/a.txt"])
def test_text_id_is_the_file_name_however_the_path_is_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    """The id (and so the event ids) never depends on how the path was typed; the path
    as typed is the origin, which errors name."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Headline\nBody.\n\n", encoding="utf-8")
    path = typed.format(tmp=tmp_path)
    [article] = list(read_inputs([path], date=date(2020, 1, 2)))
    assert isinstance(article, Article)
    assert (article.id, article.origin) == ("a.txt", path)
    assert article.title == "Headline"
    assert article.text == "Body."
    assert article.date == date(2020, 1, 2)


def test_files_in_a_folder_are_named_below_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in" / "2019").mkdir(parents=True)
    (tmp_path / "in" / "2019" / "a.txt").write_text("Body one.\n", encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text('{"text": "Body two."}\n', encoding="utf-8")
    for typed in (str(tmp_path / "in"), "in", "./in/"):
        monkeypatch.chdir(tmp_path)
        ids = [getattr(a, "id", a) for a in read_inputs([typed])]
        assert ids == ["2019/a.txt", "b.jsonl:1"], typed


FILE_ERRORS = [
    pytest.param(None, InputError, "no such file", id="missing"),
    pytest.param(b"", EmptyInputError, "empty", id="empty"),
    pytest.param(b"\n   \n", EmptyInputError, "empty", id="whitespace"),
    pytest.param(_random_bytes(3, 2048), BinaryInputError, "binary", id="binary"),
    pytest.param(
        b"x" * 5000, TooLargeError, "5,000 bytes is over the limit of 4,096 bytes", id="too-large"
    ),
]


@pytest.mark.parametrize(("content", "error", "fragment"), FILE_ERRORS)
def test_text_file_errors_name_the_file(
    tmp_path: Path, content: bytes | None, error: type[InputError], fragment: str
) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_text(path, settings=Settings(max_document_bytes=4096))
    assert str(caught.value).startswith(f"{path}: ")
    assert fragment in str(caught.value)


def test_an_empty_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    [error] = list(read_path(tmp_path))
    assert isinstance(error, InputError)
    assert str(error) == f"{tmp_path}: the folder holds no files to read"


# --- JSON lines -----------------------------------------------------------------------

GOOD = '{"id": "a1", "title": "Title A", "text": "Body A.", "date": "2022-02-25", "url": "https://x.test/a", "source": "Outlet", "licence": "CC BY 4.0"}'
GOOD2 = '{"id": "a2", "text": "Body B."}'

#: (lines of the file, expected items: an article id, or (error class, line, message fragment))
JSONL_CASES = [
    pytest.param([GOOD, GOOD2], ["a1", "a2"], id="good-lines"),
    pytest.param(
        [GOOD, GOOD2, "{not json"],
        ["a1", "a2", (FormatError, 3, "invalid JSON")],
        id="invalid-json-on-line-3",
    ),
    pytest.param(
        ["", "", "{not json", GOOD2],
        [(FormatError, 3, "invalid JSON"), "a2"],
        id="blank-lines-keep-numbering",
    ),
    pytest.param(
        ['{"id": "b", "title": "t"}', GOOD2],
        [(FormatError, 1, "no 'text' field"), "a2"],
        id="missing-text",
    ),
    pytest.param(
        ['{"id": "b", "text": 42}'],
        [(FormatError, 1, "'text' must be a string, not a number")],
        id="text-not-a-string",
    ),
    pytest.param(
        ['{"id": "b", "text": null}'],
        [(FormatError, 1, "'text' must be a string, not null")],
        id="text-null",
    ),
    pytest.param(
        ['{"id": "b", "text": "  \\n "}'], [(EmptyInputError, 1, "empty")], id="text-blank"
    ),
    pytest.param(
        ['{"id": "b", "text": "x", "title": ["t"]}'],
        [(FormatError, 1, "'title' must be a string, not an array")],
        id="title-wrong-type",
    ),
    pytest.param(
        ['{"id": {"n": 1}, "text": "x"}'],
        [(FormatError, 1, "'id' must be a string")],
        id="id-wrong-type",
    ),
    pytest.param(
        ['{"id": "b", "text": "x", "url": 3}'],
        [(FormatError, 1, "'url' must be a string")],
        id="url-wrong-type",
    ),
    pytest.param(
        ['{"id": "b", "text": "x", "date": 20220225}'],
        [(FormatError, 1, "'date' must be a string")],
        id="date-wrong-type",
    ),
    pytest.param(
        ['{"id": "b", "text": "x", "date": "25/02/2022"}'],
        [(FormatError, 1, "YYYY-MM-DD")],
        id="date-wrong-format",
    ),
    pytest.param(
        ['{"id": "b", "text": "x", "date": "2022-02-30"}'],
        [(FormatError, 1, "not a valid date")],
        id="date-impossible",
    ),
    pytest.param(
        ["[1, 2]", GOOD2],
        [(FormatError, 1, "expected a JSON object, found an array"), "a2"],
        id="not-an-object",
    ),
    pytest.param(['"just a string"'], [(FormatError, 1, "found a string")], id="json-string"),
]


@pytest.mark.parametrize(("lines", "expected"), JSONL_CASES)
def test_jsonl_lines(
    tmp_path: Path, lines: list[str], expected: list[str | tuple[type[InputError], int, str]]
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_jsonl(path))
    assert len(items) == len(expected)
    for item, want in zip(items, expected, strict=True):
        if isinstance(want, str):
            assert isinstance(item, Article), item
            assert item.id == want
        else:
            error, line, fragment = want
            assert isinstance(item, InputError)
            assert type(item) is error
            assert item.line == line
            assert str(item).startswith(f"{path}, line {line}: ")
            assert fragment in str(item)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.builds(
                json.dumps,
                st.dictionaries(
                    st.sampled_from(["id", "title", "text", "date", "url"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=20)),
                ),
            ),
        ),
        max_size=8,
    )
)
def test_any_jsonl_yields_articles_or_errors_naming_their_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    for item in iter_jsonl_text(text, "h.jsonl"):
        if isinstance(item, InputError):
            assert str(item).startswith("h.jsonl")
            if item.line is not None:
                assert 1 <= item.line <= len(text.split("\n"))
        else:
            assert isinstance(item, Article)
            assert item.text.strip()


DATES = [
    pytest.param('"2022-02-25"', None, date(2022, 2, 25), id="iso-date"),
    pytest.param('"2022-02-25T10:30:00Z"', None, date(2022, 2, 25), id="iso-timestamp-utc"),
    pytest.param('"2022-02-25T10:30:00+02:00"', None, date(2022, 2, 25), id="iso-timestamp-offset"),
    pytest.param("null", None, None, id="null"),
    pytest.param("null", date(2019, 8, 21), date(2019, 8, 21), id="null-takes-command-line-date"),
    pytest.param(
        '"2022-02-25"', date(2019, 8, 21), date(2022, 2, 25), id="record-date-beats-command-line"
    ),
]


@pytest.mark.parametrize(("raw", "fallback", "expected"), DATES)
def test_jsonl_dates(
    tmp_path: Path, raw: str, fallback: date | None, expected: date | None
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(f'{{"id": "d", "text": "x", "date": {raw}}}\n', encoding="utf-8")
    [article] = list(iter_jsonl(path, date=fallback))
    assert isinstance(article, Article)
    assert article.date == expected


def test_jsonl_record_fields(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(
        GOOD + "\n" + '{"id": 7, "text": "Body.", "license": "PD"}\n' + '{"text": "No id."}\n',
        encoding="utf-8",
    )
    first, second, third = list(iter_jsonl(path))
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert (first.title, first.text, first.url, first.source, first.licence) == (
        "Title A",
        "Body A.",
        "https://x.test/a",
        "Outlet",
        "CC BY 4.0",
    )
    assert first.full_text == "Title A\nBody A."
    assert (second.id, second.licence) == ("7", "PD")
    assert (third.id, third.origin) == ("r.jsonl:3", f"{path}:3")


JSONL_FILE_ERRORS = [
    pytest.param(None, InputError, "no such file", None, id="missing"),
    pytest.param(b"", EmptyInputError, "empty", None, id="empty"),
    pytest.param(b"\n \n\n", EmptyInputError, "empty", None, id="blank-lines-only"),
    pytest.param(_random_bytes(4, 4096), BinaryInputError, "binary", None, id="binary"),
    pytest.param(
        GOOD2.encode() + b'\n{"text": "caf\xe9"}\n', EncodingError, "UTF-8", 2, id="latin-1-line"
    ),
]


@pytest.mark.parametrize(("content", "error", "fragment", "line"), JSONL_FILE_ERRORS)
def test_jsonl_file_errors(
    tmp_path: Path, content: bytes | None, error: type[InputError], fragment: str, line: int | None
) -> None:
    path = tmp_path / "f.jsonl"
    if content is not None:
        path.write_bytes(content)
    errors = [item for item in iter_jsonl(path) if isinstance(item, InputError)]
    assert len(errors) == 1
    assert type(errors[0]) is error
    assert errors[0].line == line
    assert str(errors[0]).startswith(str(path))
    assert fragment in str(errors[0])


def test_jsonl_record_over_the_size_limit_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        GOOD2 + "\n" + json.dumps({"id": "big", "text": "x" * 500}) + "\n", encoding="utf-8"
    )
    first, second = list(iter_jsonl(path, settings=Settings(max_document_bytes=100)))
    assert isinstance(first, Article)
    assert isinstance(second, TooLargeError)
    assert second.line == 2


def test_jsonl_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    path.write_bytes((GOOD + "\r\n" + GOOD2 + "\r\n").encode("utf-16"))
    assert [getattr(a, "id", a) for a in iter_jsonl(path)] == ["a1", "a2"]


def test_jsonl_does_not_split_inside_strings_at_unicode_line_separators() -> None:
    record = '{"id": "u", "text": "one\u2028two\u0085three"}'
    items = list(read_path("-", stdin=io.BytesIO(record.encode("utf-8"))))
    assert [type(i) for i in items] == [Article]
    assert items[0].text == "one\u2028two\u0085three"  # type: ignore[union-attr]


def test_dev_articles_all_read() -> None:
    items = list(iter_jsonl(EVAL / "articles.jsonl"))
    assert all(isinstance(item, Article) for item in items), [
        i for i in items if not isinstance(i, Article)
    ]
    ids = [item.id for item in items if isinstance(item, Article)]
    assert (
        len(ids)
        == len(set(ids))
        == sum(1 for line in (EVAL / "articles.jsonl").open() if line.strip())
    )


# --- stdin and sniffing ----------------------------------------------------------------

SNIFF = [
    pytest.param(f"{GOOD}\n{GOOD2}\n", True, id="jsonl"),
    pytest.param(f"{GOOD}\n\n{GOOD2}", True, id="jsonl-with-blank-line"),
    pytest.param(f"{GOOD}\nA line of prose.\n", False, id="one-prose-line"),
    pytest.param('{"id": "x", "title": "no text field"}\n', False, id="objects-without-text"),
    pytest.param("Headline\nBody.", False, id="prose"),
    pytest.param("{not json}\n", False, id="brace-prose"),
    pytest.param(f"{GOOD}\n{{broken\n", True, id="jsonl-with-a-broken-line"),
]


@pytest.mark.parametrize(("text", "is_jsonl"), SNIFF)
def test_sniffing(text: str, is_jsonl: bool) -> None:
    assert looks_like_jsonl(text) is is_jsonl


def test_stdin_jsonl() -> None:
    items = list(read_path("-", stdin=io.BytesIO(f"{GOOD}\n{GOOD2}\n{{bad\n".encode())))
    assert [getattr(i, "id", None) for i in items[:2]] == ["a1", "a2"]
    assert isinstance(items[2], FormatError)
    assert str(items[2]).startswith(f"{STDIN_NAME}, line 3: ")


def test_stdin_text() -> None:
    [article] = list(read_path("-", stdin=io.BytesIO(SEED.read_bytes()), date=date(2019, 1, 1)))
    assert isinstance(article, Article)
    assert article.id == STDIN_NAME
    assert article.title == SEED_TITLE
    assert article.date == date(2019, 1, 1)


def test_stdin_empty() -> None:
    [error] = list(read_path("-", stdin=io.BytesIO(b"")))
    assert isinstance(error, EmptyInputError)
    assert str(error).startswith(STDIN_NAME)


def test_txt_file_holding_jsonl_is_read_as_articles(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text(f"{GOOD}\n{GOOD2}\n", encoding="utf-8")
    assert [getattr(i, "id", i) for i in read_path(path)] == ["a1", "a2"]


def test_batch_keeps_good_files_after_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Headline\nBody.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "b.jsonl").write_text(f"{GOOD}\n{{bad\n{GOOD2}\n", encoding="utf-8")
    paths = [tmp_path / n for n in ("empty.txt", "missing.txt", "good.txt", "b.jsonl")]
    kinds = [type(i).__name__ for i in read_inputs(paths)]
    assert kinds == [
        "EmptyInputError",
        "InputError",
        "Article",
        "Article",
        "FormatError",
        "Article",
    ]


# --- bundled example --------------------------------------------------------------------


def test_example_is_the_dev_record_with_its_licence() -> None:
    article = load_example()
    dev = {
        json.loads(line)["id"]: json.loads(line)
        for line in (EVAL / "articles.jsonl").open(encoding="utf-8")
    }
    record = dev["o015"]
    assert article.id == "o015"
    assert (article.title, article.text, article.url, article.source, article.licence) == (
        record["title"],
        record["text"],
        record["url"],
        record["source"],
        record["licence"],
    )
    assert article.licence == "OGL v3.0"
    assert article.date is None


def test_example_notes_carry_the_ogl_attribution() -> None:
    from importlib import resources

    folder = resources.files("dyadwatch").joinpath("data", "example")
    statement = (
        "Contains public sector information licensed under the Open Government Licence v3.0."
    )
    for name in ("README.md", "LICENSE"):
        assert statement in folder.joinpath(name).read_text(encoding="utf-8")
