"""Compile the CAMEO verb dictionary (PETRARCH-2 ``CAMEO.2.0.txt``, MIT) into dyadwatch data.

Build time only: ``scripts/build_lexicon.py`` calls :func:`compile_verbs` and writes the
result to ``data/events/cameo_verbs.json``; the coder reads that file through
``events/cameo.py`` and never this module.

The dictionary (format: ``shared/reference/petrarch/dictionaries.rst``) has three parts:

- synonym sets ``&NAME`` with ``+PHRASE`` members;
- verb synonym blocks ``--- NAME [CODE] ---``: verbs (``+`` marks the verb inside a
  multi-word verb, ``{...}`` its irregular forms, ``[CODE]`` its own code), then patterns
  ``- PRE * POST [CODE] # VERB`` that refine the block's code by the words around the verb;
- transformations ``~ ...`` (verb within verb), which this project does with its own voice
  rules and does not translate.

A pattern is translated into the dependency roles the coder reads: words before ``*`` are
the subject's head (or a left modifier of the verb such as an adverb); words after it are
the object's head (``{A B}``: head B with modifier A); ``(PREP X)`` is a preposition on the
verb or its object with X as its object; ``&SET`` is any member of a synonym set; ``^`` is
any noun; ``$`` / ``+`` mark where the source / target sit. Patterns this translation cannot
express are reported with their reason, never dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

#: Codes of the form ``A:B`` are TABARI's paired codes: A for the event the verb's
#: subject performs, B for the complementary event of the other side (VISIT [042:043]).
_CODE = re.compile(r"\[\s*([0-9]*)\s*(?::\s*([0-9]*))?\s*\]|\[\s*---\s*\]")
_BLOCK = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\]")
_AUX_WORDS = {"will", "would", "not", "no", "is", "are", "was", "were", "been", "be", "have", "has", "had", "to"}


@dataclass
class Report:
    """What the build translated, and what it could not, by reason (nothing dropped silently)."""

    blocks: int = 0
    verbs: int = 0
    patterns: int = 0
    synsets: int = 0
    skipped: list[tuple[str, int, str]] = field(default_factory=list)  # (reason, line, text)
    remapped: list[tuple[str, int, str]] = field(default_factory=list)

    def skip(self, reason: str, line: int, text: str) -> None:
        self.skipped.append((reason, line, text.strip()))

    def by_reason(self) -> Counter[str]:
        return Counter(reason for reason, _, _ in self.skipped)


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def _words(phrase: str) -> list[str]:
    return [w for w in phrase.replace("_", " ").lower().split() if w]


def _parse_code(text: str) -> tuple[str | None, str | None, bool]:
    """``[042:043]`` -> ("042", "043", True); ``[---]`` -> (None, None, True); no code -> found False."""
    m = _CODE.search(text)
    if m is None:
        return None, None, False
    if m.group(0).replace(" ", "") == "[---]":
        return None, None, True
    first, second = m.group(1) or None, m.group(2) or None
    return first, second, True


class _Codes:
    """Checks a dictionary code against the project's codebook; an unknown code is mapped
    to its nearest parent in the codebook, and the mapping is reported."""

    def __init__(self, known: set[str], report: Report) -> None:
        self.known = known
        self.report = report

    def check(self, code: str | None, line: int, text: str) -> str | None:
        if code is None or code in self.known:
            return code
        for cut in range(len(code) - 1, 1, -1):
            if code[:cut] in self.known:
                self.report.remapped.append((f"code {code} not in the codebook: {code[:cut]}", line, text.strip()))
                return code[:cut]
        self.report.skip(f"code {code} not in the codebook", line, text)
        return None


# -- synonym sets ----------------------------------------------------------------------
def _synset_members(lines: list[tuple[int, str]], report: Report) -> dict[str, list[list[str]]]:
    synsets: dict[str, list[list[str]]] = {}
    current: str | None = None
    for number, raw in lines:
        body, _ = _strip_comment(raw)
        text = body.strip()
        if not text:
            continue
        if text.startswith("&"):
            current = text[1:].strip().rstrip("_").upper()
            synsets[current] = []
        elif text.startswith("+") and current is not None:
            words = _words(text[1:])
            if words:
                synsets[current].append(words)
        else:
            report.skip("line outside a synonym set", number, raw)
    report.synsets = len(synsets)
    return synsets


# -- verbs -----------------------------------------------------------------------------
def _verb_entry(text: str, block_code: str | None, block_pair: str | None, codes: _Codes, line: int, report: Report) -> dict[str, Any] | None:
    body, _ = _strip_comment(text.split(";")[0])
    forms: list[str] = []
    if "{" in body:
        head_part, _, rest = body.partition("{")
        inner, _, after = rest.partition("}")
        forms = [f for f in inner.split() if f]
        body = head_part + " " + after
    own, own_pair, has_code = _parse_code(body)
    body = _CODE.sub(" ", body).strip()
    if not body or " " in body.strip():
        report.skip("verb line not understood", line, text)
        return None
    token = body.strip()
    parts = token.split("_")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    if len(parts) > 1 and len(marked) != 1:
        report.skip("multi-word verb without one '+' on its verb", line, text)
        return None
    head = marked[0] if marked else 0
    words = [p.lstrip("+").lower() for p in parts]
    if not all(w.isalpha() or "'" in w or "-" in w for w in words):
        report.skip("verb with characters that are not letters", line, text)
        return None
    code, pair = (own, own_pair) if has_code else (block_code, block_pair)
    code = codes.check(code, line, text)
    pair = codes.check(pair, line, text)
    # irregular forms of the verb word itself (the words around it stay as they are)
    irregular: list[str] = []
    for f in forms:
        fparts = f.split("_")
        fmarked = [i for i, p in enumerate(fparts) if p.startswith("+")]
        k = fmarked[0] if fmarked else (head if len(fparts) == len(parts) else 0)
        if k < len(fparts):
            irregular.append(fparts[k].lstrip("+").lower())
    entry: dict[str, Any] = {"words": words, "head": head, "code": code}
    if pair:
        entry["pair"] = pair
    if irregular:
        entry["forms"] = sorted(set(irregular) - {words[head]})
    return entry


# -- patterns --------------------------------------------------------------------------
def _tokens(text: str) -> list[str]:
    """Pattern words, with ``{...}`` and ``(...)`` kept as single tokens."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "{(":
            close = "}" if c == "{" else ")"
            depth, j = 0, i
            while j < n:
                if text[j] in "{(":
                    depth += 1
                elif text[j] in "})":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n or text[j] != close:
                raise ValueError(f"unbalanced {c}")
            out.append(text[i : j + 1])
            i = j + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in "{(":
                j += 1
            out.append(text[i:j])
            i = j
    return out


def _phrase(tok: str, synsets: dict[str, list[list[str]]]) -> dict[str, Any]:
    """One noun element: a word, ``{MODIFIERS HEAD}``, ``&SET``, or ``^`` (any noun)."""
    if tok == "^":
        return {"any": True}
    if tok.startswith("{"):
        inner = tok[1:-1].split()
        if any(w in ("$", "+", "^", "%") for w in inner):
            raise ValueError("marker inside a noun phrase")
        elements = [_phrase(w, synsets) for w in inner]
        head = elements[-1]
        mods = [m for e in elements[:-1] for m in (*e.get("mods", []), {k: v for k, v in e.items() if k != "mods"})]
        mods += head.get("mods", [])
        if any("any" in m for m in mods):
            raise ValueError("nested phrase")
        return {**head, "mods": mods}
    if tok.startswith("&"):
        name = tok[1:].rstrip("_").upper()
        if name not in synsets:
            raise ValueError(f"undefined synonym set &{name}")
        return {"set": name}
    words = _words(tok)
    if not words or not all(re.fullmatch(r"[a-z][a-z'\-.]*", w) for w in words):
        raise ValueError(f"word not understood: {tok!r}")
    if len(words) > 1:
        # "AIR_STRIKE": consecutive words, the last one the head
        return {"word": words[-1], "mods": [{"word": w} for w in words[:-1]]}
    return {"word": words[0]}


def _prep(tok: str, synsets: dict[str, list[list[str]]]) -> tuple[dict[str, Any], str | None]:
    """``(PREP X)`` -> ({"prep", "obj"?}, marker); the marker ``$``/``+`` says X is the source/target."""
    inner = tok[1:-1].split()
    if not inner:
        raise ValueError("empty preposition phrase")
    prep = inner[0].lower()
    if not re.fullmatch(r"[a-z]+", prep):
        raise ValueError(f"preposition not understood: {inner[0]!r}")
    rest = " ".join(inner[1:])
    marker = None
    rest_tokens = _tokens(rest)
    if rest_tokens and rest_tokens[0] in ("$", "+"):
        marker = rest_tokens.pop(0)
    if len(rest_tokens) > 1:
        raise ValueError("preposition with more than one noun")
    out: dict[str, Any] = {"prep": prep}
    if rest_tokens:
        out["obj"] = _phrase(rest_tokens[0], synsets)
    return out, marker


def _pattern(text: str, synsets: dict[str, list[list[str]]]) -> dict[str, Any]:
    """Translate the words of one pattern (code and comment removed) into roles."""
    if "%" in text:
        raise ValueError("compound-actor marker %")
    if text.count("*") != 1:
        raise ValueError("not exactly one verb marker *")
    pre_text, post_text = text.split("*")
    out: dict[str, Any] = {}
    source: list[str] = []
    target: list[str] = []
    pre = _tokens(pre_text)
    subj: list[dict[str, Any]] = []
    left: list[str] = []
    for tok in pre:
        if tok == "$":
            source.append("subj")
        elif tok == "+":
            target.append("subj")
        elif tok.startswith("("):
            raise ValueError("preposition before the verb")
        elif tok.lower() in _AUX_WORDS or (tok.isalpha() and tok.lower().endswith("ly")):
            left.append(tok.lower())
        else:
            subj.append(_phrase(tok, synsets))
    if len(subj) > 1:
        raise ValueError("more than one noun before the verb")
    if subj:
        out["subj"] = subj[0]
    if left:
        out["left"] = left
    post = _tokens(post_text)
    objs: list[dict[str, Any]] = []
    preps: list[dict[str, Any]] = []
    last_role: str | None = None
    pending: str | None = None
    for k, tok in enumerate(post):
        if tok in ("$", "+"):
            if k == len(post) - 1:
                # a marker at the end names the phrase before it ("CLAIM (AGAINST) +")
                if last_role is None:
                    raise ValueError("marker with nothing to mark")
                (source if tok == "$" else target).append(last_role)
            else:
                pending = tok
            continue
        if tok.startswith("("):
            p, marker = _prep(tok, synsets)
            preps.append(p)
            last_role = f"prep:{p['prep']}"
            if marker:
                (source if marker == "$" else target).append(last_role)
        else:
            objs.append(_phrase(tok, synsets))
            last_role = "obj"
        if pending is not None:
            (source if pending == "$" else target).append(last_role)
            pending = None
    if len(objs) > 2:
        raise ValueError("more than two words after the verb")
    if objs:
        out["obj"] = objs[0]
        if len(objs) == 2:
            # "* OFF ROW", "* CLOSER (TO ...)": a particle or adverb, then the object
            out["obj2"] = objs[1]
    if preps:
        out["preps"] = preps
    if source:
        out["source"] = source
    if target:
        out["target"] = target
    if not (subj or objs or preps or left or source or target):
        out["bare"] = True
    return out


# -- the whole file --------------------------------------------------------------------
def compile_verbs(text: str, known_codes: set[str]) -> tuple[dict[str, Any], Report]:
    """The compiled dictionary (JSON-ready) and the build report."""
    report = Report()
    codes = _Codes(known_codes, report)
    lines = list(enumerate(text.split("\n"), start=1))
    start = next((i for i, (_, line) in enumerate(lines) if "VERB PATTERNS" in line), None)
    if start is None:
        raise ValueError("no '####### VERB PATTERNS' section")
    synset_lines = [
        (n, line) for n, line in lines[:start]
        if line.strip() and not line.lstrip().startswith("#") and (line.startswith("&") or line.startswith("+"))
    ]  # fmt: skip
    synsets = _synset_members(synset_lines, report)
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for number, raw in lines[start + 1 :]:
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            m = _BLOCK.match(line)
            if m is None:
                report.skip("block header not understood", number, line)
                block = None
                continue
            code_text = "[" + m.group(2) + "]"
            first, second, _ = _parse_code(code_text)
            block = {
                "name": m.group(1).strip(),
                "line": number,
                "code": codes.check(first, number, line),
                "verbs": [],
                "patterns": [],
            }
            if second:
                block["pair"] = codes.check(second, number, line)
            blocks.append(block)
            report.blocks += 1
            continue
        if line.startswith("~"):
            report.skip("transformation (verb within verb): done by the coder's voice rules", number, line)
            continue
        if block is None:
            report.skip("line outside a verb block", number, line)
            continue
        if line.startswith("-"):
            body, comment = _strip_comment(line[1:])
            first, second, has_code = _parse_code(body)
            if not has_code:
                report.skip("pattern without a code", number, line)
                continue
            words = _CODE.sub(" ", body)
            words = words.split("]")[-1] if "]" in words else words
            try:
                pattern = _pattern(words.strip(), synsets)
            except ValueError as exc:
                report.skip(f"pattern not translated: {str(exc).split(':')[0]}", number, line)
                continue
            code = codes.check(first, number, line) if first else None
            pair = codes.check(second, number, line) if second else None
            if first and code is None:
                continue
            pattern["code"] = code
            if pair:
                pattern["pair"] = pair
            pattern["line"] = number
            origin = comment.split()[0].lower() if comment else ""
            if origin:
                pattern["from"] = origin
            block["patterns"].append(pattern)
            report.patterns += 1
            continue
        entry = _verb_entry(line, block["code"], block.get("pair"), codes, number, report)
        if entry is not None:
            block["verbs"].append(entry)
            report.verbs += 1
    for b in blocks:
        if not b["verbs"]:
            report.skip("block without verbs (its patterns have no verb to hang on)", b["line"], b["name"])
    return {"synsets": synsets, "blocks": [b for b in blocks if b["verbs"]]}, report
