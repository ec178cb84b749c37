"""The DuckDB store: migrations, idempotent batches, event identity, queries, integrity.

Events here are built by hand (records are data): the store must not depend on how the
coder reads a sentence. The tests that go through the real coder are in test_ingest.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dyadwatch.errors import InputError, StoreError
from dyadwatch.records import (
    ActorRef,
    Article,
    DatePrecision,
    Event,
    Location,
    QuadClass,
    Section,
    Status,
)
from dyadwatch.settings import Settings
from dyadwatch.store import EventFilter, Store
from dyadwatch.store.migrations import LATEST

SENTENCE = "Russia's foreign minister visited Damascus on Tuesday."
BODY = (
    "The talks covered reconstruction, energy supplies and the return of refugees. "
    "Officials from both sides described the meeting as constructive and said further "
    "rounds would follow in the coming months, according to a statement released afterwards."
)


def make_article(doc: str, extra: str = "", *, day: date | None = date(2022, 2, 22),
                 outlet: str | None = "Outlet A", title: str = "Lavrov in Damascus",
                 body: str | None = None) -> Article:  # fmt: skip
    body = f"{SENTENCE} {extra}".strip() + "\n" + (body or BODY)
    return Article(
        id=doc, text=body, title=title, date=day, source=outlet, url=f"https://a.example/{doc}"
    )


def make_event(
    article: Article,
    *,
    source: str = "RUSGOV",
    target: str = "SYR",
    cameo: str = "042",
    when: str | None = None,
    status: Status = Status.ASSERTED,
    section: Section = Section.BODY,
    location: Location | None = None,
) -> Event:
    """An event whose offsets point into ``article.full_text`` at the first sentence."""
    full = article.full_text
    start = full.index(SENTENCE)
    t0 = full.index("visited", start)
    precision = {10: DatePrecision.DAY, 7: DatePrecision.MONTH, 4: DatePrecision.YEAR}
    return Event(
        doc=article.id,
        source=ActorRef(source[:3], source, source[3:] or None, "Russia's foreign minister", start, start + 25),
        target=ActorRef(target[:3], target, target[3:] or None, "Damascus", t0 + 8, t0 + 16),
        cameo=cameo,
        root=cameo[:2],
        plover="CONSULT" if cameo.startswith("04") else "ASSAULT",
        goldstein=1.9 if cameo.startswith("04") else -9.0,
        quad_class=QuadClass.VERBAL_COOPERATION if cameo.startswith("04") else QuadClass.MATERIAL_CONFLICT,
        status=status,
        section=section,
        date=when,
        date_precision=precision[len(when)] if when else None,
        date_basis="explicit" if when else "none",
        sentence=SENTENCE,
        trigger_text="visited",
        trigger_start=t0,
        trigger_end=t0 + 7,
        rule="test:visit",
        confidence=0.9,
        codebook_version="test",
        sentence_start=start,
        location=location,
    )  # fmt: skip


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "events.duckdb") as s:
        yield s


# -- opening and migrations --------------------------------------------------------------


def test_new_store_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    Store(path).close()  # reopening applies nothing twice
    con = duckdb.connect(str(path))
    rows = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    con.close()
    assert [r[0] for r in rows] == list(range(1, LATEST + 1))


def test_store_from_a_newer_dyadwatch_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, 'future', current_timestamp)", [LATEST + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this dyadwatch"):
        Store(path)


@pytest.mark.parametrize(
    ("case", "make_path", "read_only", "message"),
    [
        ("missing file read-only", lambda p: p / "none.duckdb", True, "no such store"),
        ("missing folder", lambda p: p / "no" / "dir" / "s.duckdb", False, "does not exist"),
        ("not a duckdb file", lambda p: _junk(p), False, "cannot open the store"),
    ],
)
def test_open_errors_are_clear(
    tmp_path: Path, case: str, make_path, read_only: bool, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        Store(make_path(tmp_path), read_only=read_only)


def _junk(p: Path) -> Path:
    path = p / "junk.duckdb"
    path.write_bytes(b"this is not a database\n" * 100)
    return path


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.record_failure("x", "format", "y")


# -- batches ---------------------------------------------------------------------------


def test_add_coded_is_idempotent(store: Store) -> None:
    a, b = make_article("a"), make_article("b", "Officials said.")
    batch = [(a, [make_event(a)]), (b, [make_event(b)])]
    first = store.add_coded(batch)
    counts = store.counts()
    second = store.add_coded(batch)
    assert (first.new, first.duplicates) == (2, 0)
    assert (second.new, second.duplicates, second.mentions) == (0, 2, 0)
    assert store.counts() == counts
    assert store.has_article(a.content_hash)
    assert store.check().ok


def test_stored_articles_answers_for_many_hashes_at_once(store: Store) -> None:
    a, b, c = make_article("a"), make_article("b", "Officials said."), make_article("c", "Ministers met.")
    store.add_coded([(a, []), (b, [])])
    assert store.stored_articles([a.content_hash, c.content_hash, b.content_hash]) == {a.content_hash, b.content_hash}
    assert store.stored_articles([]) == set()


def test_signatures_computed_elsewhere_are_the_ones_stored(tmp_path: Path) -> None:
    """A worker's signatures (``minhashes``) give the stories the store would compute."""
    from dyadwatch.store.stories import signature, to_bytes

    arts = [make_article("a"), make_article("b", "A text of its own about something else entirely.")]
    with Store(tmp_path / "given.duckdb") as given, Store(tmp_path / "own.duckdb") as own:
        given.add_coded([(x, []) for x in arts], minhashes=[to_bytes(signature(x.full_text)) for x in arts])
        own.add_coded([(x, []) for x in arts])
        assert given.articles_frame()[["article_id", "story_id"]].equals(own.articles_frame()[["article_id", "story_id"]])
        rows = given._q("SELECT minhash FROM articles ORDER BY doc").fetchall()
        assert [r[0] for r in rows] == [to_bytes(signature(x.full_text)) for x in arts]
        with pytest.raises(ValueError, match="1 signatures for 2 articles"):
            given.add_coded([(x, []) for x in arts], minhashes=[b""])


BODIES = [
    "The talks covered fisheries, grain and a pipeline across the border region.",
    "A second report, written elsewhere, described the harbour and the new ferry line.",
    "Weather delayed flights at the airport while the delegation waited in the lounge.",
]


def _assignments(tmp_path: Path, name: str, prefix: str, batches: list[list[int]]) -> list[tuple[str, int]]:
    """Which event (by creation rank) each mention joined, storing three articles in ``batches``."""
    days = ["2022-01-01", "2022-01-05", "2022-01-03"]  # the third is 2 days from each of the others
    arts = [make_article(f"{prefix}{k}", body=BODIES[k], title=f"Report {k}") for k in range(3)]
    with Store(tmp_path / f"{name}.duckdb") as st:
        for batch in batches:
            st.add_coded([(arts[k], [make_event(arts[k], when=days[k])]) for k in batch])
        rows = st._q("SELECT m.article_id, m.event_id, m.seq FROM mentions m ORDER BY m.seq").fetchall()
    rank: dict[str, int] = {}
    for _, eid, _ in rows:
        rank.setdefault(eid, len(rank))
    doc = {a.content_hash: a.id for a in arts}
    return [(doc[a], rank[e]) for a, e, _ in rows]


@pytest.mark.parametrize("prefix", ["a", "b", "c", "d", "e", "f"])
def test_events_do_not_depend_on_where_batches_end(tmp_path: Path, prefix: str) -> None:
    """A mention equally close to two events joins the older one, whether the two were
    stored in one batch or in two (regression: ties within a batch went by event id)."""
    one = _assignments(tmp_path, "one", prefix, [[0, 1, 2]])
    apart = _assignments(tmp_path, "apart", prefix, [[0], [1], [2]])
    pairs = _assignments(tmp_path, "pairs", prefix, [[0, 1], [2]])
    assert one == apart == pairs
    assert [r for _, r in one] == [0, 1, 0]  # two events; the third mention joined the first


def test_same_article_twice_in_one_batch_is_stored_once(store: Store) -> None:
    a = make_article("a")
    result = store.add_coded([(a, [make_event(a)]), (a, [make_event(a)])])
    assert (result.new, result.duplicates) == (1, 1)
    assert store.counts()["mentions"] == 1


def test_reused_document_id_with_other_content_keeps_both_mentions(store: Store) -> None:
    """Regression: two inputs naming their document "1" gave the same mention id."""
    a, b = make_article("1"), make_article("1", "A different text.", day=date(2023, 5, 1))
    store.add_coded([(a, [make_event(a)])])
    store.add_coded([(b, [make_event(b)])])
    assert store.counts()["mentions"] == 2
    assert store.check().ok


# -- event identity ----------------------------------------------------------------------


@dataclass
class M:
    """One mention in a dedup case: article variant, outlet, dates, key fields."""

    extra: str  # text variant: same extra -> near-identical article (one story)
    article_day: date | None = date(2022, 2, 22)
    when: str | None = None
    cameo: str = "042"
    status: Status = Status.ASSERTED
    outlet: str = "Outlet A"
    title: str = "Lavrov in Damascus"
    body: str | None = None


FAR = "Completely different reporting about other matters entirely, with new words throughout. " * 3

DEDUP_CASES = [
    ("syndicated copies, same day", [M("", outlet="A"), M("Reuters reports.", outlet="B")], 1),
    ("different stories two days apart", [M(""), M("", date(2022, 2, 24), title="Other", body=FAR)], 1),
    ("different stories ten days apart", [M(""), M("", date(2022, 3, 4), title="Other", body=FAR)], 2),
    ("different stories, one undated", [M("", None), M("", None, title="Other", body=FAR)], 2),
    ("one story, both undated", [M("", None), M("Reuters reports.", None)], 1),
    ("asserted and negated are two events", [M(""), M("x.", status=Status.NEGATED)], 2),
    ("another CAMEO code is another event", [M(""), M("x.", cameo="043")], 2),
    ("month date is compatible with a day in it", [M("", when="2022-02"), M("", when="2022-02-25", title="O", body=FAR)], 1),
    ("explicit event dates override article dates", [M("", date(2022, 1, 1), when="2022-02-20"), M("", date(2022, 3, 1), when="2022-02-21", title="O", body=FAR)], 1),
    ("claimed then asserted is one event", [M("", status=Status.CLAIMED), M("x.")], 1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "mentions", "expected"), DEDUP_CASES, ids=[c[0] for c in DEDUP_CASES]
)
def test_event_identity(store: Store, case: str, mentions: list[M], expected: int) -> None:
    for i, m in enumerate(mentions):
        a = make_article(
            f"d{i}", m.extra, day=m.article_day, outlet=m.outlet, title=m.title, body=m.body
        )
        store.add_coded([(a, [make_event(a, when=m.when, cameo=m.cameo, status=m.status)])])
    assert store.count_events(EventFilter(reportable=None)) == expected
    frame = store.events_frame(EventFilter(reportable=None))
    assert int(frame["mention_count"].sum()) == len(mentions)
    assert store.check().ok


def test_merged_event_counts_and_status(store: Store) -> None:
    arts = [
        make_article("a", outlet="Outlet A"),
        make_article("b", "Reuters reports.", outlet="Outlet B"),
        make_article("c", "AP reports.", outlet="Outlet B"),
        make_article("d", body=FAR, day=date(2022, 2, 23), outlet="Outlet C", title="Other"),
    ]
    statuses = [Status.CLAIMED, Status.ASSERTED, Status.CLAIMED, Status.CLAIMED]
    store.add_coded([(a, [make_event(a, status=s)]) for a, s in zip(arts, statuses, strict=True)])
    frame = store.events_frame(EventFilter(reportable=None))
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.mention_count, row.source_count, row.story_count) == (4, 3, 2)
    assert row.status == "asserted" and bool(row.reportable)
    # the first mention's article: its own id beside its content hash
    assert (row.doc, row.article_id) == (arts[0].id, arts[0].content_hash)


def test_event_ids_do_not_change_on_rerun_or_growth(tmp_path: Path) -> None:
    arts = [make_article(f"a{i}", "x" * i, day=date(2022, 2, 20 + i)) for i in range(4)]
    batches = [[(a, [make_event(a)])] for a in arts]
    with Store(tmp_path / "one.duckdb") as one:
        for b in batches[:2]:
            one.add_coded(b)
        before = set(one.events_frame(EventFilter(reportable=None))["event_id"])
        for b in batches:  # rerun everything, then grow
            one.add_coded(b)
        after = set(one.events_frame(EventFilter(reportable=None))["event_id"])
    with Store(tmp_path / "two.duckdb") as two:
        for b in batches:
            two.add_coded(b)
        fresh = set(two.events_frame(EventFilter(reportable=None))["event_id"])
    assert before <= after
    assert after == fresh


# -- queries ---------------------------------------------------------------------------

CONTRACT_COLUMNS = [
    "event_id", "date", "date_precision", "day", "source_country", "source_code",
    "target_country", "target_code", "cameo", "root", "plover", "goldstein", "quad_class",
    "symmetric", "status", "reportable", "mention_count", "source_count", "story_count",
    "sentence", "doc", "article_id", "description",
    "story_ids",
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    specs = [
        ("r1", "RUSGOV", "SYR", "042", Status.ASSERTED, date(2022, 2, 22)),
        ("r2", "USAGOV", "IRN", "163", Status.ASSERTED, date(2018, 11, 20)),
        ("r3", "PRK", "VEN", "043", Status.CLAIMED, date(2019, 3, 1)),
        ("r4", "VENGOV", "PRKGOV", "190", Status.ASSERTED, date(2019, 3, 5)),
    ]
    for doc, s, t, c, st, d in specs:
        a = make_article(doc, f"Variant {doc} " * 40, day=d, title=f"Title {doc}")
        store.add_coded([(a, [make_event(a, source=s, target=t, cameo=c, status=st)])])
    return store


def test_events_frame_has_the_contract_columns(filled: Store) -> None:
    frame = filled.events_frame(EventFilter(reportable=None))
    assert list(frame.columns) == CONTRACT_COLUMNS
    assert pd.api.types.is_datetime64_any_dtype(frame["day"])
    assert set(frame["quad_class"].tolist()) <= {1, 2, 3, 4}
    assert frame.loc[frame.cameo == "042", "description"].iloc[0] == "Make a visit"
    assert all(isinstance(ids, list) and ids for ids in frame["story_ids"])


FILTER_CASES = [
    ("default is reportable only", EventFilter(), {"042", "163", "190"}),
    ("all", EventFilter(reportable=None), {"042", "163", "043", "190"}),
    ("actor prefix", EventFilter(actor="VEN", reportable=None), {"043", "190"}),
    ("dyad is directed", EventFilter(dyad=("VEN", "PRK")), {"190"}),
    ("dyad other way", EventFilter(dyad=("PRK", "VEN"), reportable=None), {"043"}),
    ("dyad either way", EventFilter(dyad=("PRK", "VEN"), either_way=True, reportable=None), {"043", "190"}),
    ("dyad either way with others", EventFilter(dyad=("VEN", "PRK"), either_way=True, root="19"), {"190"}),
    ("country", EventFilter(country="irn"), {"163"}),
    ("cameo prefix", EventFilter(cameo="04", reportable=None), {"042", "043"}),
    ("root", EventFilter(root="19"), {"190"}),
    ("plover", EventFilter(plover="consult", reportable=None), {"042", "043"}),
    ("status", EventFilter(status=["claimed"], reportable=None), {"043"}),
    ("since", EventFilter(since="2019"), {"042", "190"}),
    ("until month inclusive", EventFilter(until="2019-03", reportable=None), {"163", "043", "190"}),
    ("text in headline", EventFilter(text="title r2"), {"163"}),
    ("text is not a LIKE pattern", EventFilter(text="%"), set()),
    ("text is not SQL", EventFilter(text="'; DROP TABLE events; --"), set()),
]  # fmt: skip


@pytest.mark.parametrize(("case", "flt", "cameos"), FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_event_filters(filled: Store, case: str, flt: EventFilter, cameos: set[str]) -> None:
    frame = filled.events_frame(flt)
    assert set(frame["cameo"]) == cameos
    assert filled.count_events(flt) == len(frame)
    assert filled.counts()["events"] == 4  # nothing was dropped by a filter value


def test_events_frame_pages(filled: Store) -> None:
    everything = filled.events_frame(EventFilter(reportable=None))
    pages = [filled.events_frame(EventFilter(reportable=None), limit=3, offset=o) for o in (0, 3)]
    assert [len(p) for p in pages] == [3, 1]
    assert pd.concat(pages)["event_id"].tolist() == everything["event_id"].tolist()


@pytest.mark.parametrize("bad", ["2019-13", "yesterday", "20-01-2019"])
def test_bad_date_filter_is_a_clear_error(filled: Store, bad: str) -> None:
    with pytest.raises(InputError, match=r"YYYY, YYYY-MM or YYYY-MM-DD"):
        filled.events_frame(EventFilter(since=bad))


def test_get_event_and_article_explain_themselves(store: Store) -> None:
    a, b = make_article("a"), make_article("b", "Reuters reports.", outlet="Outlet B")
    store.add_coded([(a, [make_event(a)]), (b, [make_event(b)])])
    event_id = store.events_frame()["event_id"].iloc[0]
    event = store.get_event(event_id)
    assert event is not None and len(event["mentions"]) == 2
    assert {m["outlet"] for m in event["mentions"]} == {"Outlet A", "Outlet B"}
    art = store.get_article(a.content_hash)
    assert art is not None and art["full_text"] == a.full_text
    (span,) = art["mentions"]
    assert art["full_text"][span["trigger_start"] : span["trigger_end"]] == "visited"
    assert art["full_text"][span["sentence_start"] : span["sentence_end"]] == SENTENCE
    assert store.get_event("nope") is None and store.get_article("nope") is None


def test_articles_and_failures_frames(store: Store) -> None:
    a = make_article("a")
    store.add_coded([(a, [])])
    store.record_failure("bad.txt", "binary", "holds NUL bytes")
    store.record_failure("bad.txt", "binary", "holds NUL bytes")
    arts = store.articles_frame()
    fails = store.failures_frame()
    assert arts["article_id"].tolist() == [a.content_hash]
    assert fails[["input", "kind", "reason", "attempts"]].values.tolist() == [
        ["bad.txt", "binary", "holds NUL bytes", 2]
    ]


# -- integrity ---------------------------------------------------------------------------

DAMAGE = [
    ("orphan mention", "DELETE FROM events", "mentions without their event"),
    ("wrong count", "UPDATE events SET mention_count = 7", "counts disagree"),
    ("lost story", "DELETE FROM stories", "articles without their story"),
    ("duplicated event", "INSERT INTO events SELECT * REPLACE ('ffff' AS event_id, 'm2' AS first_mention) FROM events; "
     "UPDATE mentions SET event_id = 'ffff' WHERE mention_id = (SELECT max(mention_id) FROM mentions)",
     "duplicated events"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "sql", "message"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_check_finds_damage(tmp_path: Path, case: str, sql: str, message: str) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        a, b = make_article("a"), make_article("b", "Reuters reports.")
        s.add_coded([(a, [make_event(a)]), (b, [make_event(b)])])
        assert s.check().ok
    con = duckdb.connect(str(path))
    for statement in sql.split("; "):
        con.execute(statement)
    con.close()
    with Store(path, read_only=True) as s:
        report = s.check()
    assert not report.ok
    assert any(message in p for p in report.problems), report.problems


def test_memory_limit_is_applied_and_a_bad_one_refused(tmp_path) -> None:
    with Store(tmp_path / "m.duckdb", Settings(store_memory_limit="256MB")) as store:
        limit = store.duckdb_setting("memory_limit")
        assert limit.replace(" ", "").upper().startswith(("256", "244"))
    with pytest.raises(StoreError, match="expected a size"):
        Store(tmp_path / "n.duckdb", Settings(store_memory_limit="lots"))


def test_a_page_of_events_is_the_same_rows_as_the_whole_frame(filled: Store) -> None:
    # another story reports r1's event, so one event has two stories
    other = make_article("r1-other", body="Another desk wrote its own account of the visit, "
                         "with quotes from the airport and the palace.", title="Other desk",
                         outlet="Outlet B")  # fmt: skip
    filled.add_coded([(other, [make_event(other)])])
    flt = EventFilter(reportable=None)
    everything = filled.events_frame(flt)
    assert sorted(len(s) for s in everything["story_ids"]) == [1, 1, 1, 2]
    for limit, offset in [(1, 0), (2, 1), (3, 2), (10, 0), (2, 3), (5, 4)]:
        page = filled.events_frame(flt, limit=limit, offset=offset).reset_index(drop=True)
        expected = everything.iloc[offset : offset + limit].reset_index(drop=True)
        if expected.empty:  # past the end: no rows, the same columns
            assert page.empty and list(page.columns) == list(expected.columns)
        else:
            pd.testing.assert_frame_equal(page, expected)


# -- the duplicate-story index ------------------------------------------------------------


def _stored_in_batches(path: Path, n: int, per_batch: int) -> list[str]:
    """``n`` unrelated articles stored in batches; their ids, oldest first."""
    import random

    rng = random.Random(12)
    words = [f"word{i}" for i in range(400)]
    arts = [make_article(f"i{k}", body=" ".join(rng.choices(words, k=60)), title=f"Item {k}")
            for k in range(n)]  # fmt: skip
    with Store(path) as st:
        for start in range(0, n, per_batch):
            st.add_coded([(a, []) for a in arts[start : start + per_batch]])
        order = st.articles_frame()["article_id"].tolist()
        assert st.counts()["stories"] == n  # unrelated: one story each
    return order


def test_the_duplicate_index_holds_the_newest_articles_only(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    order = _stored_in_batches(path, 12, 3)
    with Store(path, Settings(cluster_index_size=5)) as st:
        index = st.story_index()
        assert len(index) == 5
        assert [a for a in order if a in index] == order[-5:]
    with Store(path, Settings(cluster_index_size=50)) as st:
        assert len(st.story_index()) == 12


def test_opening_a_store_for_writing_reads_only_the_newest_signatures(tmp_path: Path) -> None:
    """The index is loaded with one bounded query: a signature older than the newest N is
    never read, so here the old ones are made unreadable and the store must not notice."""
    path = tmp_path / "s.duckdb"
    order = _stored_in_batches(path, 12, 3)
    con = duckdb.connect(str(path))
    con.execute("UPDATE articles SET minhash = ? WHERE article_id IN (SELECT unnest(?))",
                [b"\x00", order[:7]])  # fmt: skip
    con.close()
    with Store(path, Settings(cluster_index_size=5)) as st:
        result = st.add_coded([(make_article("new", body="A new article about another thing."), [])])
        assert result.new == 1 and result.new_stories == 1
        assert len(st.story_index()) == 5
