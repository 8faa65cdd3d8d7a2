"""Clauses and the words around a quantity: what the fact rules read (see
:mod:`ppfextract.extractors.fact_rules`). A sentence is split into clauses at ";", ":",
bullets and ", but"-like joins; a quantity is read against the words on either side of
it in its clause.

Works on a spaCy ``Doc`` whose quantities and cue words the pipeline has tagged; no
I/O, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..framework import FactKind
from .fact_words import _BARE_CONJ, _BULLETS, _CLAUSE_CONJ, _CLIENT_GROUP, _PERSON

if TYPE_CHECKING:
    from spacy.tokens import Doc

@dataclass(frozen=True)
class FactMatch:
    """One fact: ``text`` is the clause, ``start``/``end`` its span in the input text;
    ``value_start``/``value_end`` the span of the number itself."""

    kind: FactKind
    value: float
    text: str
    start: int
    end: int
    value_start: int = -1
    value_end: int = -1
    # whose figure it is (see fact_scope), the words that say so, and why a figure the
    # rules read is no fact (None: it is one)
    scope: str = "council"
    scope_text: str = ""
    dropped: str | None = None
    # a figure said of "the figure", "that" with nothing in its text to say which: the
    # caller gives it the kind of the fact before, from the text before
    refers: bool = False


# ---------------------------------------------------------------------------
# Clauses


@dataclass
class _Clause:
    doc: Doc
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    question: bool
    cues: dict[str, list[tuple[int, int]]]

    def has(self, label: str) -> bool:
        return bool(self.cues.get(label))

    def cue_at(self, label: str, i: int) -> tuple[int, int] | None:
        """The cue of ``label`` starting at token ``i``."""
        for s, e in self.cues.get(label, ()):
            if s == i:
                return (s, e)
        return None

    def cue_covering(self, label: str, i: int) -> tuple[int, int] | None:
        for s, e in self.cues.get(label, ()):
            if s <= i < e:
                return (s, e)
        return None


def _clauses(doc: Doc, qty_starts: set[int]) -> list[_Clause]:
    cue_spans = list(doc.spans.get("ppf_cues", []))
    out: list[_Clause] = []
    in_qty = _token_in_quantity(doc)
    for sent in doc.sents:
        question = sent.text.rstrip().endswith("?")
        bounds = [sent.start]
        for tok in sent:
            i = tok.i
            if i in in_qty:
                continue
            nxt = _next_word(doc, i + 1, sent.end)
            if tok.text == ";":
                bounds.append(i + 1)
            elif tok.text == ":" and nxt not in qty_starts:
                bounds.append(i + 1)
            elif tok.text in ("·", "•", "●", "▪"):
                bounds.append(i)
            elif tok.text == "," and nxt is not None and doc[nxt].lower_ in _CLAUSE_CONJ:
                bounds.append(nxt)
            elif tok.lower_ in _BARE_CONJ and i > sent.start:
                bounds.append(i)
            elif (tok.lower_ in ("and", "while") and nxt in qty_starts and i > sent.start
                  and (i - 1) not in in_qty):
                bounds.append(i)
        bounds.append(sent.end)
        bounds = sorted(set(bounds))
        for s, e in zip(bounds, bounds[1:], strict=False):
            if e <= s:
                continue
            cues: dict[str, list[tuple[int, int]]] = {}
            for span in cue_spans:
                if s <= span.start and span.end <= e:
                    cues.setdefault(span.label_, []).append((span.start, span.end))
            out.append(_Clause(doc, s, e, question, cues))
    return out


def _token_in_quantity(doc: Doc) -> set[int]:
    return {i for s, e in doc.user_data.get("ppf_quantities", {}) for i in range(s, e)}


def _next_word(doc: Doc, i: int, end: int) -> int | None:
    while i < end and doc[i].is_space:
        i += 1
    return i if i < end else None


def _clause_char_span(clause: _Clause) -> tuple[int, int]:
    """The clause's characters, without bullets, leading conjunctions and end punctuation."""
    doc = clause.doc
    text = doc.text
    start = doc[clause.start].idx
    end = doc[clause.end - 1].idx + len(doc[clause.end - 1].text)
    while start < end and (text[start].isspace() or text[start] in _BULLETS + ",;:"):
        start += 1
    m = re.match(r"(?:and|but|while|whilst|whereas|although|though|however|yet)\b,?\s*",
                 text[start:end], re.I)
    if m and m.end() < end - start:
        start += m.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Reading a quantity in its clause


@dataclass
class _Ctx:
    clause: _Clause
    qs: int  # quantity token span
    qe: int
    unit: str
    value: float
    low: list[str]  # lower-case token texts of the whole doc
    qty_tokens: set[int]
    # a people-with-a-personal-budget figure just before, in this sentence or the one
    # before, with no other quantity between: what "this is 18.2% of ..." refers back to
    after_people_fact: bool = False
    # a personal budget is named in the text: "one", "a budget" may stand for it
    pb_context: bool = False


def _words_right(ctx: _Ctx, i: int, skip_parens: bool = True) -> list[int]:
    """Token indices from ``i`` to the clause end, skipping spaces (and parentheses)."""
    out: list[int] = []
    depth = 0
    doc = ctx.clause.doc
    for j in range(i, ctx.clause.end):
        if doc[j].is_space:
            continue
        t = ctx.low[j]
        if skip_parens and t == "(":
            depth += 1
            continue
        if skip_parens and t == ")":
            if depth == 0:
                continue  # closing a parenthesis the quantity sits in
            depth -= 1
            continue
        if depth:
            continue
        out.append(j)
    return out


def _words_left(ctx: _Ctx, i: int) -> list[int]:
    """Token indices from ``i - 1`` back to the clause start, nearest first."""
    doc = ctx.clause.doc
    return [j for j in range(i - 1, ctx.clause.start - 1, -1) if not doc[j].is_space]


def _people_after(ctx: _Ctx, idxs: list[int]) -> tuple[int, bool]:
    """How many of ``idxs`` form a people phrase ("eligible service users"), and whether
    it holds a person noun."""
    n = 0
    person = False
    for j in idxs:
        t = ctx.low[j]
        if t in _PERSON:
            person = True
        elif t not in _CLIENT_GROUP and t not in ("the", "all", "our", "those", "these"):
            break
        n += 1
    return n, person


def _inside_parens(ctx: _Ctx) -> bool:
    depth = 0
    for j in range(ctx.qs - 1, ctx.clause.start - 1, -1):
        t = ctx.low[j]
        if t == ")":
            depth += 1
        elif t == "(":
            if depth == 0:
                return True
            depth -= 1
    return False
