"""The trigger lexicon refuses inconsistent data when it loads."""

from __future__ import annotations

import pytest
import yaml

from dyadwatch.errors import DataFileError
from dyadwatch.events.lexicon import _build, load_triggers


def test_packaged_lexicon_loads_and_every_code_is_in_the_codebook() -> None:
    lex = load_triggers()
    assert lex.candidates("verb", "visit") and lex.candidates("noun", "sanction")
    assert all(isinstance(t.prep, tuple) and all(isinstance(p, str) for p in t.prep) for ts in lex.by_head.values() for t in ts)


def test_prep_is_one_word_or_a_list() -> None:
    lex = _build(yaml.safe_load(
        "verbs: [{id: c, lemmas: [call], code: '100', prep: 'on'}]\n"
        "nouns: [{id: d, lemmas: [drill], code: '150', prep: [around, near]}]"), "test.yaml")  # fmt: skip
    assert lex.candidates("verb", "call")[0].prep == ("on",)
    assert lex.candidates("noun", "drill")[0].prep == ("around", "near")


BAD = [
    ("unquoted on is a YAML boolean", "verbs: [{id: x, lemmas: [call], code: '100', prep: on}]", "quoted"),
    ("unquoted on in a list", "verbs: [{id: x, lemmas: [call], code: '100', prep: [at, on]}]", "quoted"),
    ("unknown CAMEO code", "verbs: [{id: x, lemmas: [meet], code: '999'}]", "not in the codebook"),
    ("unknown role", "verbs: [{id: x, lemmas: [meet], code: '040', target: [elsewhere]}]", "unknown role"),
    ("duplicate id", "verbs: [{id: x, lemmas: [meet], code: '040'}, {id: x, lemmas: [see], code: '040'}]", "duplicate"),
    ("objects of no entry", "nouns: [{id: n, lemmas: [halt], code: '160', objects: ['=nowhere']}]", "name no entry"),
]


def test_objects_of_an_earlier_entry_are_shared() -> None:
    lex = _build(yaml.safe_load(
        "verbs: [{id: v, lemmas: [suspend], code: '160', objects: [flight, trade]}]\n"
        "nouns: [{id: n, lemmas: [suspension], code: '160', objects: ['=v', link]}]"), "test.yaml")  # fmt: skip
    (noun,) = lex.candidates("noun", "suspension")
    assert noun.objects == (("flight",), ("trade",), ("link",))


@pytest.mark.parametrize("name,text,message", BAD, ids=[b[0] for b in BAD])
def test_bad_lexicon_is_refused(name: str, text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        _build(yaml.safe_load(text), "test.yaml")


def test_a_subject_constraint_reads_like_objects() -> None:
    lex = _build(yaml.safe_load(
        "verbs: [{id: d, lemmas: [deploy], code: '150', objects: [troop]},\n"
        "        {id: a, lemmas: [arrive], code: '150', subjects: ['=d', warship]}]"), "test.yaml")  # fmt: skip
    (arrive,) = lex.candidates("verb", "arrive")
    assert arrive.subjects == (("troop",), ("warship",))


def test_an_amount_code_must_be_in_the_codebook() -> None:
    with pytest.raises(DataFileError, match="amount_code"):
        _build(yaml.safe_load("nouns: [{id: n, lemmas: [support], code: '051', amount_code: '999'}]"), "test.yaml")
