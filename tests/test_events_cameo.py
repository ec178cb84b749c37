"""events.cameo: the compiled CAMEO verb dictionary, matched on real parses.

The sentences are made up for these tests; the codes and pattern lines are those of the
packaged data/events/cameo_verbs.json (PETRARCH-2 CAMEO.2.0.txt, line numbers of that file).
"""

from __future__ import annotations

import pytest

from dyadwatch.errors import DataFileError
from dyadwatch.events.cameo import _build, load_cameo
from rule_support import read, token

# (sentence, verb, expected): expected is None (no event) or
# (code, paired code, rule, words the pattern used, roles the pattern marks as the target)
MATCHES = [
    # an object pattern refines a verb whose block codes nothing by itself
    ("Kenya recalled its ambassador from Uganda.", "recalled", ("161", None, "cameo:recall:L2853", ["ambassador"], ())),
    ("Kenya recalled the incident.", "recalled", None),
    # a preposition with its object, on a multi-word verb whose particle hangs on the verb
    ("Chile asked Peru for financial aid.", "asked", ("0231", None, "cameo:ask:L943", ["aid"], ())),
    # a synonym set (&INVESTIGATION: inquiry)
    ("Chile requested an inquiry into the killing.", "requested", ("0214", None, "cameo:ask:L937", ["inquiry"], ())),
    # an object and a preposition with its object: "* POLICE (TO BORDER)"; "from" is another
    ("Turkey rushed police to the border.", "rushed", ("153", None, "cameo:accelerate:L724", ["police", "border"], ())),
    ("Turkey rushed police from the border.", "rushed", None),
    # a subject pattern: "PROSECUTOR * &DETENTION"; without that subject the verb's own code
    ("The prosecutor requested detention of the suspect.", "requested",
     ("173", None, "cameo:ask:L986", ["prosecutor", "detention"], ())),
    ("Chile requested the detention of the suspect.", "requested", ("020", None, "cameo:ask:verb", [], ())),
    # multi-word verbs: "call up" mobilises, "give up" yields, a bare "call" phones
    ("Russia called up its reservists.", "called", ("150", None, "cameo:mobilize:verb", [], ())),
    ("Russia called its reservists up.", "called", ("150", None, "cameo:mobilize:verb", [], ())),
    ("Chile called the talks off.", "called", ("160", None, "cameo:cancel:L1165", ["talks"], ())),
    ("Iran gave up its claim to the islands.", "gave", ("080", None, "cameo:yield:verb", [], ())),
    # paired codes: the verb's code and the other side's
    ("Peru telephoned Chile.", "telephoned", ("041", "041", "cameo:call:verb", [], ())),
    ("The Chilean president visited Peru.", "visited", ("042", "043", "cameo:visit:verb", [], ())),
    # a pattern with a null code blocks the verb's default ("dismiss" is 110)
    ("Chile dismissed the accusation.", "dismissed", None),
    ("Chile dismissed the envoy.", "dismissed", ("110", None, "cameo:despatch:verb", [], ())),
    # the most specific pattern wins: a modifier, or a word left of the verb, counts
    ("Chile requested humanitarian aid.", "requested", ("0233", None, "cameo:ask:L951", ["aid"], ())),
    ("Chile requested aid.", "requested", ("023", None, "cameo:ask:L964", ["aid"], ())),
    ("Chile abruptly ended the talks.", "ended", ("164", "164", "cameo:cancel:L1182", ["talks"], ())),
    ("Chile ended the talks.", "ended", ("160", None, "cameo:cancel:L1165", ["talks"], ())),
    # equally specific: the earlier line ("WILL *" before "* SUMMIT")
    ("Peru will host the summit.", "host", ("036", "036", "cameo:host:L5595", [], ())),
    ("Peru hosted the summit.", "hosted", ("043", "042", "cameo:host:L5598", ["summit"], ())),
    # a pattern that marks where the target sits ("WILL NOT * (TOWARDS) +")
    ("Chile will not budge towards Peru.", "budge", ("030", None, "cameo:move:L2432", ["towards"], ("prep:towards",))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "verb", "expected"), MATCHES, ids=[m[0][:45] for m in MATCHES])
def test_match(text: str, verb: str, expected: tuple | None) -> None:
    _, ctx = read(text)
    match = load_cameo().match(token(ctx, verb))
    if expected is None:
        assert match is None
        return
    assert match is not None
    doc = ctx.sent.doc
    found = (match.code, match.pair, match.rule, [doc[i].text for i in match.covered], match.target)
    assert found == expected


def test_a_word_the_dictionary_does_not_know_is_no_match() -> None:
    _, ctx = read("Chile painted the embassy.")
    assert load_cameo().match(token(ctx, "painted")) is None


def test_irregular_forms_find_their_verb() -> None:
    cameo = load_cameo()
    # a form the tagger did not lemmatise is looked up among the listed irregular forms
    (verb,) = cameo.senses("sped", "sped")
    assert verb.words == ("speed",) and verb.block == "ACCELERATE"
    assert cameo.senses("xyzzy", "xyzzy") == ()
    assert {"sped", "speeding", "speeds"} <= cameo.irregular_forms(frozenset({"speed"}))
    assert "sped" not in cameo.irregular_forms(frozenset({"visit"}))


@pytest.mark.parametrize(
    ("lemma", "coding"),
    [
        ("visit", True),  # its own code
        ("recall", True),  # a null code, but patterns that code
        ("diminish", False),  # a null code and no pattern
        ("alleviate", False),
        ("xyzzy", False),
    ],
)
def test_coding_lemmas(lemma: str, coding: bool) -> None:
    assert (lemma in load_cameo().coding_lemmas()) is coding


def test_the_packaged_dictionary_names_its_version() -> None:
    assert load_cameo().version.startswith("cameo-verbs-")


def _raw(**changes: object) -> dict:
    raw: dict = {
        "version": "t",
        "synsets": {"ENVOY": [["ambassador"], ["envoy"]]},
        "blocks": [{"name": "RECALL", "verbs": [{"words": ["recall"], "head": 0, "code": None}],
                    "patterns": [{"obj": {"set": "ENVOY"}, "code": "161", "line": 7}]}],
    }  # fmt: skip
    raw.update(changes)
    return raw


def test_a_small_compiled_dictionary_loads_and_matches() -> None:
    cameo = _build(_raw(), "t.json")
    _, ctx = read("Kenya recalled its envoy.")
    match = cameo.match(token(ctx, "recalled"))
    assert match is not None and (match.code, match.rule) == ("161", "cameo:recall:L7")


BAD = [
    ("no blocks", {"blocks": None}, "not a compiled CAMEO dictionary"),
    ("blocks that are not objects", {"blocks": ["RECALL"]}, "not a compiled CAMEO dictionary"),
    ("a verb without words", {"blocks": [{"name": "X", "verbs": [{"head": 0}], "patterns": []}]}, "not a compiled CAMEO dictionary"),
    ("a pattern without its line", {"blocks": [{"name": "X", "verbs": [{"words": ["x"], "head": 0}],
                                                "patterns": [{"code": "040"}]}]}, "not a compiled CAMEO dictionary"),
    ("an unknown synonym set", {"blocks": [{"name": "X", "verbs": [{"words": ["x"], "head": 0}],
                                            "patterns": [{"obj": {"set": "NOPE"}, "code": "040", "line": 3}]}]},
     "line 3 names an unknown synonym set NOPE"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "changes", "message"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_data_file_is_refused(name: str, changes: dict, message: str) -> None:
    with pytest.raises(DataFileError, match=message) as info:
        _build(_raw(**changes), "broken.json")
    assert "broken.json" in str(info.value)


def test_a_file_whose_synonym_sets_are_null_is_refused() -> None:
    raw = _raw()
    raw["synsets"] = None
    with pytest.raises(DataFileError, match="broken.json: not a compiled CAMEO dictionary"):
        _build(raw, "broken.json")


def test_a_file_without_synonym_sets_is_refused() -> None:
    raw = _raw()
    del raw["synsets"]
    with pytest.raises(DataFileError, match="broken.json: not a compiled CAMEO dictionary"):
        _build(raw, "broken.json")
