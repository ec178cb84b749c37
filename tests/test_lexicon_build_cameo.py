"""The CAMEO verb dictionary build (lexicon_build.cameo_verbs and exclusions): the compiler
on small dictionaries written in the format (shared/reference/petrarch/dictionaries.rst),
what it reports as not translated, the exclusion list, and that ``build_lexicon.py
--check`` covers the compiled verb dictionary."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.lexicon_build.cameo_verbs import compile_verbs
from dyadwatch.lexicon_build.exclusions import apply_exclusions, load_exclusions
from shared_paths import SHARED_EVAL

REPO = Path(__file__).resolve().parents[1]
REFERENCE = SHARED_EVAL.parent / "reference" / "petrarch"
needs_reference = pytest.mark.skipif(
    not (REFERENCE / "CAMEO.2.0.txt").is_file(),
    reason=f"{REFERENCE} is absent (a clone without ../shared): the PETRARCH-2 dictionaries are not here to build from",
)

KNOWN = {"010", "023", "0233", "030", "040", "042", "043", "051", "070", "112", "154", "161", "162", "173"}

SYNSETS = """\
# a comment
####### SYNONYM SETS #######
&ENVOY
+AMBASSADOR
+ENVOY
+CHARGE_D'AFFAIRES

&FOOD_
+RICE
+FOOD_AID
"""


HEADER = "\n####### VERB PATTERNS #######\n\n"
#: the line number of the first line given to ``dictionary``
FIRST = (SYNSETS + HEADER).count("\n") + 1


def dictionary(*lines: str, synsets: str = SYNSETS) -> str:
    return synsets + HEADER + "\n".join(lines) + "\n"


def compiled(*lines: str) -> tuple[dict[str, Any], Any]:
    return compile_verbs(dictionary(*lines), KNOWN)


# --- synonym sets -----------------------------------------------------------------------


def test_synonym_sets() -> None:
    out, report = compiled("---  RECALL   [---]  ---", "RECALL")
    # a label's trailing "_" is dropped; phrases become their words
    assert out["synsets"] == {"ENVOY": [["ambassador"], ["envoy"], ["charge", "d'affaires"]], "FOOD": [["rice"], ["food", "aid"]]}
    assert report.synsets == 2
    _, report = compile_verbs(dictionary("---  RECALL   [---]  ---", "RECALL", synsets="+ORPHAN\n" + SYNSETS), KNOWN)
    assert [(r, line) for r, line, _ in report.skipped] == [("line outside a synonym set", 1)]


# --- verb blocks ----------------------------------------------------------------------

VERBS = [
    # the block's code and its paired code go to every verb without its own
    ("VISIT", {"words": ["visit"], "head": 0, "code": "042", "pair": "043"}),
    ("HOST [043:042]", {"words": ["host"], "head": 0, "code": "043", "pair": "042"}),
    ("ABANDON [---]", {"words": ["abandon"], "head": 0, "code": None}),
    # irregular forms of the verb word
    ("WITHDRAW {WITHDREW WITHDRAWN WITHDRAWING WITHDRAWS}",
     {"words": ["withdraw"], "head": 0, "code": "042", "pair": "043", "forms": ["withdrawing", "withdrawn", "withdraws", "withdrew"]}),
    # "+" marks the verb of a multi-word verb; its forms are the verb word's
    ("+CALL_OFF {+CALLED_OFF +CALLS_OFF +CALLING_OFF}",
     {"words": ["call", "off"], "head": 0, "code": "042", "pair": "043", "forms": ["called", "calling", "calls"]}),
    ("WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING } [173]",
     {"words": ["wire", "tap"], "head": 1, "code": "173", "forms": ["tapped", "tapping", "taps"]}),
    # a code the codebook lacks is mapped to its nearest parent
    ("ASSIST [0234]", {"words": ["assist"], "head": 0, "code": "023"}),
]  # fmt: skip


@pytest.mark.parametrize(("line", "entry"), VERBS, ids=[v[0] for v in VERBS])
def test_verbs(line: str, entry: dict[str, Any]) -> None:
    out, report = compiled("---  VISIT   [042:043]  ---", line)
    (block,) = out["blocks"]
    assert (block["name"], block["code"], block["pair"]) == ("VISIT", "042", "043")
    assert block["verbs"] == [entry]
    assert report.blocks == 1 and report.verbs == 1 and report.skipped == []


def test_a_code_mapped_to_its_parent_is_reported() -> None:
    _, report = compiled("---  ASSIST   [---]  ---", "ASSIST [0234]")
    assert [(reason, line) for reason, line, _ in report.remapped] == [("code 0234 not in the codebook: 023", FIRST + 1)]


# --- patterns ---------------------------------------------------------------------------

PATTERNS = [
    ("* AMBASSADOR [161]", {"obj": {"word": "ambassador"}, "code": "161"}),
    ("* &ENVOY [161] # RECALL", {"obj": {"set": "ENVOY"}, "code": "161", "from": "recall"}),
    # {MODIFIER HEAD}, and a phrase of consecutive words (the last one the head)
    ("* {HUMANITARIAN AID} [0233]", {"obj": {"word": "aid", "mods": [{"word": "humanitarian"}]}, "code": "0233"}),
    ("* FOOD_AID [0233]", {"obj": {"word": "aid", "mods": [{"word": "food"}]}, "code": "0233"}),
    # ^ is any noun; (PREP X) a preposition with its object
    ("* ^ (TO {BORDER AREA}) [154]",
     {"obj": {"any": True}, "preps": [{"prep": "to", "obj": {"word": "area", "mods": [{"word": "border"}]}}], "code": "154"}),
    # a word before * is the subject's head
    ("POLICE * [173]", {"subj": {"word": "police"}, "code": "173"}),
    # $ and + mark where the source and the target sit
    ("$ * + TROOPS [162]", {"obj": {"word": "troops"}, "source": ["subj"], "target": ["obj"], "code": "162"}),
    ("* AMBASSADOR (FROM +) [161]",
     {"obj": {"word": "ambassador"}, "preps": [{"prep": "from"}], "target": ["prep:from"], "code": "161"}),
    ("* (AGAINST) + [112]", {"preps": [{"prep": "against"}], "target": ["prep:against"], "code": "112"}),
    # auxiliaries, negation and -ly adverbs before * are words left of the verb
    ("WILL NOT * (TO BORDER) [---]", {"left": ["will", "not"], "preps": [{"prep": "to", "obj": {"word": "border"}}], "code": None}),
    ("ABRUPTLY * TALKS [161]", {"left": ["abruptly"], "obj": {"word": "talks"}, "code": "161"}),
    # a particle or adverb, then the object
    ("* OFF RELATIONS [161]", {"obj": {"word": "off"}, "obj2": {"word": "relations"}, "code": "161"}),
    # a paired code without the first: no event of the subject, the other side's code kept
    ("* (IN) [:051]", {"preps": [{"prep": "in"}], "code": None, "pair": "051"}),
    ("* [040]", {"bare": True, "code": "040"}),
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "expected"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_patterns_become_roles(pattern: str, expected: dict[str, Any]) -> None:
    out, report = compiled("---  RECALL   [---]  ---", "RECALL", f"- {pattern}")
    (block,) = out["blocks"]
    (translated,) = block["patterns"]
    assert translated.pop("line") == FIRST + 2
    assert translated == expected
    assert report.patterns == 1 and report.skipped == []


NOT_TRANSLATED = [
    ("- * &UNDEFINED [040]", "pattern not translated: undefined synonym set &UNDEFINED"),
    ("- % * [040]", "pattern not translated: compound-actor marker %"),
    ("- * A B C [040]", "pattern not translated: more than two words after the verb"),
    ("- (IN) * [040]", "pattern not translated: preposition before the verb"),
    ("- POLICE ARMY * [040]", "pattern not translated: more than one noun before the verb"),
    ("- * {$ AID} [040]", "pattern not translated: marker inside a noun phrase"),
    ("- * (TO A B) [040]", "pattern not translated: preposition with more than one noun"),
    ("- * {AID [040]", "pattern not translated: unbalanced {"),
    ("- * AID", "pattern without a code"),
    ("- * * AID [040]", "pattern not translated: not exactly one verb marker *"),
    ("- * AID [999]", "code 999 not in the codebook"),
    ("~ a (a b WILL_ATTACK) SAY = a b 138", "transformation (verb within verb): done by the coder's voice rules"),
    ("CALL_OFF_NOW", "multi-word verb without one '+' on its verb"),
    ("ABC123", "verb with characters that are not letters"),
    ("TWO WORDS", "verb line not understood"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "reason"), NOT_TRANSLATED, ids=[n[0] for n in NOT_TRANSLATED])
def test_what_is_not_translated_is_reported_by_reason(line: str, reason: str) -> None:
    out, report = compiled("---  RECALL   [---]  ---", "RECALL", line)
    assert report.skipped == [(reason, FIRST + 2, line)]
    assert report.by_reason() == {reason: 1}
    # the block and its verb stay; the line is not among its patterns
    assert [v["words"] for v in out["blocks"][0]["verbs"]] == [["recall"]]
    assert out["blocks"][0]["patterns"] == []


def test_lines_outside_a_block_and_blocks_without_verbs_are_reported() -> None:
    out, report = compiled(
        "- * ORPHANED [040]",
        "---  EMPTY   [040]  ---",
        "- * AID [070]",
        "--- BROKEN HEADER",
        "FLOAT",
        "---  RECALL   [---]  ---",
        "RECALL",
    )
    assert [b["name"] for b in out["blocks"]] == ["RECALL"]
    assert sorted(((reason, line) for reason, line, _ in report.skipped), key=lambda r: r[1]) == [
        ("line outside a verb block", FIRST),
        ("block without verbs (its patterns have no verb to hang on)", FIRST + 1),
        ("block header not understood", FIRST + 3),
        ("line outside a verb block", FIRST + 4),
    ]
    assert report.blocks == 2  # EMPTY was read, and is reported rather than kept


def test_a_file_without_the_verb_section_is_refused() -> None:
    with pytest.raises(ValueError, match="VERB PATTERNS"):
        compile_verbs(SYNSETS + "---  RECALL   [---]  ---\nRECALL\n", KNOWN)


# --- exclusions ---------------------------------------------------------------------------

BLOCKS = (
    "---  SAY   [010]  ---",
    "SAY",
    "TELL",
    "- * (TO) [040]",
    "- * {FLAT DENIAL} [010]",
    "---  RECALL   [---]  ---",
    "RECALL",
    "- * &ENVOY [161]",
    "- * ENVOY (TO BORDER) [154]",
)


def exclusions(codes: tuple[str, ...] = (), verbs: tuple[str, ...] = (), lines: tuple[int, ...] = ()) -> dict[str, list[dict[str, Any]]]:
    return {
        "codes": [{"code": c, "reason": "test"} for c in codes],
        "verbs": [{"verb": v, "reason": "test"} for v in verbs],
        "patterns": [{"line": n, "reason": "test"} for n in lines],
    }


def test_an_excluded_code_codes_nothing_and_its_patterns_still_block() -> None:
    out, _ = compiled(*BLOCKS)
    kept, done = apply_exclusions(out, exclusions(codes=("01",)))
    say = next(b for b in kept["blocks"] if b["name"] == "SAY")
    assert [v["code"] for v in say["verbs"]] == [None, None]
    # the 010 pattern stays, with no code: it blocks what the verb would code there
    assert [(p["line"], p["code"]) for p in say["patterns"]] == [(FIRST + 3, "040"), (FIRST + 4, None)]
    assert done == ["code 010 of verb `say` (SAY): test", "code 010 of verb `tell` (SAY): test",
                    f"code 010 of pattern line {FIRST + 4} (SAY): test"]  # fmt: skip
    assert out["blocks"][0]["verbs"][0]["code"] == "010"  # the input is not changed


def test_excluded_verbs_and_pattern_lines_are_removed_and_listed() -> None:
    out, _ = compiled(*BLOCKS)
    kept, done = apply_exclusions(out, exclusions(verbs=("tell",), lines=(FIRST + 8,)))
    say, recall = kept["blocks"]
    assert [v["words"] for v in say["verbs"]] == [["say"]]
    assert [p["line"] for p in recall["patterns"]] == [FIRST + 7]
    assert done == ["verb `tell` (SAY): test", f"pattern line {FIRST + 8} (RECALL): test"]


def test_a_block_whose_verbs_are_all_excluded_goes() -> None:
    out, _ = compiled(*BLOCKS)
    kept, _ = apply_exclusions(out, exclusions(verbs=("recall",)))
    assert [b["name"] for b in kept["blocks"]] == ["SAY"]


@pytest.mark.parametrize(
    ("unused", "message"),
    [
        (exclusions(verbs=("negotiate",)), "match nothing in the dictionary: verb negotiate"),
        (exclusions(lines=(99,)), "match nothing in the dictionary: pattern line 99"),
        (exclusions(verbs=("say", "negotiate"), lines=(FIRST + 7, 99)), "nothing in the dictionary: verb negotiate, pattern line 99$"),
        # a code no verb or pattern has is an error too, like an unused verb or line
        (exclusions(codes=("19",)), "match nothing in the dictionary: code 19"),
    ],
)
def test_an_exclusion_that_matches_nothing_is_an_error(unused: dict, message: str) -> None:
    out, _ = compiled(*BLOCKS)
    with pytest.raises(ValueError, match=message):
        apply_exclusions(out, unused)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verbs:\n  - verb: say\n", "needs 'verb' and a 'reason'"),
        ("codes:\n  - reason: no code\n", "needs 'code' and a 'reason'"),
        ("patterns:\n  - line: 3\n    reason: ''\n", "needs 'line' and a 'reason'"),
        ("blocks: []\n", "unknown sections"),
    ],
)
def test_a_bad_exclusion_file_is_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "exclusions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        load_exclusions(path)
    assert str(path) in str(info.value)


def test_the_packaged_exclusions_load_and_each_gives_its_reason() -> None:
    found = load_exclusions(REPO / "src" / "dyadwatch" / "data" / "events" / "cameo_exclusions.yaml")
    assert set(found) == {"codes", "verbs", "patterns"}
    assert all(e["reason"].strip() for entries in found.values() for e in entries)


# --- the whole build ------------------------------------------------------------------------


@needs_reference
def test_check_covers_the_compiled_verb_dictionary(tmp_path: Path) -> None:
    """``--check`` (run in full by test_lexicon_build_phoenix.py) fails, naming the verb
    dictionary, when the CAMEO source no longer gives the committed file."""
    for path in REFERENCE.iterdir():
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "CAMEO.2.0.txt").open("a", encoding="latin-1") as f:
        f.write("\n---  DYADWATCH_TEST   [040]  ---\nCONFABULATE\n")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_lexicon.py"), "--check", "--reference", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 1, done.stderr
    stale = sorted(line.removeprefix("differs from the build: ") for line in done.stderr.splitlines())
    assert stale == ["docs/lexicon-build.md", "src/dyadwatch/data/events/cameo_verbs.json"]
