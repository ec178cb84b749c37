"""events.context: the per-sentence index the rules share (one list of Token objects,
the lower-case lemmas and forms, their sets), and the rules that read the sentence
through it instead of walking ``ctx.sent`` again."""

from __future__ import annotations

from dyadwatch.events.cameo import load_cameo
from dyadwatch.events.extract import match_triggers
from dyadwatch.events.lexicon import load_triggers
from dyadwatch.events.reciprocity import answers_in_kind
from dyadwatch.events.voice import obligation_demands
from rule_support import read

# (two sentences: the last one, which ``read`` returns, starts after token 0 of its Doc)
TEXT = "Talks went on. Russia should withdraw its troops, and Ukraine must Respond to the Demands."


def test_tokens_are_the_sentence_s_in_order_and_shared() -> None:
    _, ctx = read(TEXT)
    sent = ctx.sent
    assert sent.start > 0
    assert [(t.i, t.text) for t in ctx.tokens] == [(t.i, t.text) for t in sent]
    assert ctx.lemmas == [t.lemma_.lower() for t in sent]
    assert ctx.lowers == [t.lower_ for t in sent]
    assert ctx.lemma_set == set(ctx.lemmas) and ctx.lower_set == set(ctx.lowers)
    # ``token(i)`` is the shared object of document index i, not a new one
    third = sent.start + 2
    assert ctx.token(third) is ctx.tokens[2]
    assert ctx.token(third).i == third


def test_word_lookups_give_the_shared_tokens_in_order() -> None:
    _, ctx = read(TEXT)
    assert [t.text for t in ctx.with_lemma({"withdraw", "respond", "demand"})] == ["withdraw", "Respond", "Demands"]
    assert [t.text for t in ctx.with_lower({"must", "should"})] == ["should", "must"]
    # a lemma or a form: each token once, in order
    found = list(ctx.with_word({"troop", "respond"}, {"should", "respond"}))
    assert [t.text for t in found] == ["should", "troops", "Respond"]
    assert all(any(t is s for s in ctx.tokens) for t in found)
    assert list(ctx.with_lemma(set())) == []


def test_the_triggers_read_through_the_index_are_the_sentence_s() -> None:
    _, ctx = read(TEXT)
    via_index = [(trig.id, tok.i) for trig, tok in match_triggers(ctx.sent, load_triggers(), load_cameo(), ctx)]
    alone = [(trig.id, tok.i) for trig, tok in match_triggers(ctx.sent, load_triggers(), load_cameo())]
    assert via_index == alone
    assert any(ctx.tokens[i - ctx.sent.start].text == "withdraw" for _, i in via_index)


def test_an_obligation_needs_its_cue_words() -> None:
    _, ctx = read(TEXT)
    assert ("100", "withdraw", "RUS") in [(v.code, v.head.text, v.agent.country) for v in obligation_demands(ctx)]
    _, plain = read("Russia withdrew its troops from Ukraine.")
    assert obligation_demands(plain) == []


def test_an_answer_in_kind_is_found_by_its_verb() -> None:
    _, ctx = read("Belarus expelled all Latvian diplomats. Latvia responded in kind.")
    assert [t.text for t in answers_in_kind(ctx)] == ["responded"]
    _, other = read("Belarus expelled all Latvian diplomats. Latvia said nothing.")
    assert answers_in_kind(other) == []


def test_sentence_bounds_read_once_per_doc_are_spacy_s() -> None:
    from dyadwatch.events.tree import sentence_end, sentence_start, sentence_starts

    _, ctx = read(TEXT)
    doc = ctx.sent.doc
    assert len(list(doc.sents)) == 2
    for tok in doc:
        assert (sentence_start(tok), sentence_end(tok)) == (tok.sent.start, tok.sent.end)
    for first in range(1, len(doc)):
        for last in range(first, len(doc)):
            assert sentence_starts(doc, first, last) == any(doc[k].is_sent_start for k in range(first, last + 1))
