"""Figures stated in prose: "three hundred people had now been allocated a personal budget".

A spaCy pipeline on ``spacy.blank("en")`` with rule components only:

``ppf_line_breaks``
    a line break starts a sentence (bullet lists, table-free minutes), and so does a
    capital after a money abbreviation ("£2.85m. The"), which the tokenizer keeps whole.
``sentencizer``
    spaCy's punctuation sentencizer.
``ppf_quantities``
    every quantity from :mod:`.numbers` becomes an entity (COUNT, PERCENT, GBP);
    dates, years, phone numbers and reference codes never do.
``ppf_cues``
    a PhraseMatcher tags the words that decide a fact (personal budget, spent,
    cashable, target, offered, ...) as ``doc.spans["ppf_cues"]``.
``ppf_facts``
    splits sentences into clauses (at ";", ":", ", but", ", and", ...) and reads each
    quantity against the words around it in its clause. The results are in
    ``doc.user_data["ppf_facts"]``.

The rules are written for precision: a journalist would rather miss a figure than
print a wrong one. Targets, offers, questions, conditionals, negations, increases,
ranges, bounds ("more than 300") and anything in the future (except planned
reviews) give no fact.

A target word blocks every figure in its clause, except when it sits in a comparison set
against the figure: after it ("2.6% of the budget, against a requirement of 3%",
"36 per cent ..., above the national milestone of 30 per cent", "has passed the 30%
milestone") or first in the clause and closed by a comma ("Against a target of 30%,
24% of ..."). The comparison's own figure stays blocked.

A share of the people who could have a budget ("This is 33.3% of eligible customers",
"..., representing 12% of eligible adults", "This represents 9.5% of the 4,336 people
receiving community-based services") is a fact only right after a
people-with-a-personal-budget figure in the same or the previous sentence; a share of a
population ("2% of the county's older people") is not. Planned reviews are reviews of people
("420 reviews", "reviews of existing service users"), not of contracts or care homes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..document import Document, Provenance
from ..framework import FactKind
from ..record import Fact, Record
from .councils import canonical, council_name_re
from .fact_gate import (
    _BASE_WORDS,
    _FUTURE_WORDS,
    _PB_ANAPHOR_RE,
    _PERSON_WORDS,
    _REFER_PRONOUN_RE,
    _REFER_WORDS,
    _SU_VOCAB,
    Pieces,
    _asks_how_many,
    join_lines,
    may_hold_fact,
    su_base_re,
)
from .fact_gate import has_pb as _has_pb
from .fact_scope import DEFAULT, OWN, Scope, resolve, text_exit_scope
from .fact_words import _CUES, REVIEW_PROGRAMME
from .numbers import FRACTION_HINTS, NUMBER_HINT_RE, Quantity, find_quantities

if TYPE_CHECKING:  # spaCy is imported when the pipeline is first built (it is slow to load)
    from spacy.language import Language
    from spacy.tokens import Doc

    from .fact_clauses import FactMatch


def __getattr__(name: str) -> object:
    """``FactMatch`` from the rules, which are imported only for texts that could hold a
    fact (the pre-filter needs none of them)."""
    if name == "FactMatch":
        from .fact_clauses import FactMatch

        return FactMatch
    raise AttributeError(name)

log = logging.getLogger(__name__)

__all__ = ["FactMatch", "could_hold_fact", "extract_facts", "facts_from_blocks", "get_nlp",
           "explain_figures", "might_hold_fact", "read_blocks", "read_figures"]


# ---------------------------------------------------------------------------
# Pipeline components


# The tokenizer keeps "m." whole (an initial), so "£2.85m. The" would stay one sentence.
_SCALE_ABBREVIATIONS = frozenset({"m.", "k.", "bn.", "mn.", "b."})


def _line_breaks(doc: Doc) -> Doc:
    """A line break starts a new sentence, and so does a capital after "£2.85m."."""
    for i in range(len(doc) - 1):
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
        elif (tok.lower_ in _SCALE_ABBREVIATIONS and i > 0 and doc[i - 1].like_num
              and tok.whitespace_ and doc[i + 1].text[:1].isupper()):
            doc[i + 1].is_sent_start = True
    return doc


_UNIT_LABELS = {"count": "COUNT", "percent": "PERCENT", "gbp": "GBP"}


def _quantities(doc: Doc) -> Doc:
    """Quantities from :mod:`.numbers` as entities; the Quantity objects in user_data."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans: list[Span] = []
    found: dict[tuple[int, int], Quantity] = {}
    for q in _quantities_of(doc.text):
        span = doc.char_span(q.start, q.end, label=_UNIT_LABELS[q.unit],
                             alignment_mode="expand")
        if span is None:
            continue
        spans.append(span)
        found[(span.start, span.end)] = q
    kept = filter_spans(spans)
    doc.ents = kept
    doc.user_data["ppf_quantities"] = {(s.start, s.end): found[(s.start, s.end)] for s in kept}
    return doc


@lru_cache(maxsize=512)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    """:func:`.numbers.find_quantities`, kept for the pipeline after the pre-filter."""
    return tuple(find_quantities(text))


class _CueTagger:
    """Tags the words that decide a fact, as ``doc.spans["ppf_cues"]``."""

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, phrases in _CUES.items():
            lower = [p for p in phrases if not p.isupper() and p not in ("PBs",)]
            exact = [p for p in phrases if p not in lower]
            self.matcher.add(label, [nlp.make_doc(p) for p in lower])
            if exact:
                self.exact.add(label, [nlp.make_doc(p) for p in exact])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc, as_spans=False)]
        spans += [Span(doc, s, e, label=m) for m, s, e in self.exact(doc, as_spans=False)]
        # "May" with a capital is a month, not the modal verb
        spans = [s for s in spans if not (s.text == "May" or s.text == "MAY")]
        # a budget of the council's own is its budget, not a personal one
        spans = [s for s in spans if not (s.label_ == "PB" and s[0].lower_ == "own" and (
            s.start == 0 or doc[s.start - 1].lower_ not in _PERSONAL_OWNERS))]
        doc.spans["ppf_cues"] = spans
        return doc


# "their own budget", "his own care budget": a person's; "the council's own budget": not
_PERSONAL_OWNERS = frozenset({"their", "his", "her", "your", "my"})


def _make_cue_tagger(nlp: Language, name: str) -> _CueTagger:
    return _CueTagger(nlp)


def _facts_component(doc: Doc) -> Doc:
    from .fact_rules import _read_facts

    doc.user_data["ppf_facts"] = _read_facts(doc)
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once (spaCy is imported here, not with this module)."""
    import spacy
    from spacy.language import Language

    for name, func in (("ppf_line_breaks", _line_breaks), ("ppf_quantities", _quantities),
                       ("ppf_facts", _facts_component)):
        if not Language.has_factory(name):
            Language.component(name, func=func)
    if not Language.has_factory("ppf_cues"):
        Language.factory("ppf_cues", func=_make_cue_tagger)
    nlp = spacy.blank("en")
    nlp.add_pipe("ppf_line_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ppf_quantities")
    nlp.add_pipe("ppf_cues")
    nlp.add_pipe("ppf_facts")
    return nlp


# ---------------------------------------------------------------------------
# Public API

_DIGIT_RE = re.compile(r"\d")


def might_hold_fact(text: str) -> bool:
    """Cheap pre-filter: a number, in digits or words."""
    if _DIGIT_RE.search(text) or NUMBER_HINT_RE.search(text):
        return True
    low = text.lower()
    return any(w in low for w in FRACTION_HINTS)


# (substrings of every word a spend rule needs: spend verbs and nouns, money flowing
# through budgets, their worth, the share of spending they account for)
_SPEND_PARTS = ("spen", "expenditure", "paid", "pay", "outturn", "channel", "routed",
                "invested", "distributed", "value", "cost", "sum", "amount", "money",
                "worth", "flow", "go", "went", "pass", "account", "make", "made",
                "represent", "cover", "reach", "compris", "commit", "allocat", "put",
                "total")


def could_hold_fact(text: str, pb_before: bool = False) -> bool:
    """A stricter pre-filter than :func:`might_hold_fact` (see :func:`_could_hold`)."""
    low = text.lower()
    return _could_hold(text, low, _has_pb(text, low), pb_before)


def _could_hold(text: str, low: str, named: bool, pb_before: bool) -> bool:
    """A stricter pre-filter than :func:`might_hold_fact`, still never false for a text
    that gives a fact, so the spaCy pipeline (slow to load) is only built for texts that
    could. Each rule needs a quantity of its unit and words it cannot do without:

    - people and shares with a personal budget: a personal budget cue (or, with
      ``pb_before``, a text before named one: "one", "a budget", "holders" here);
    - spend: a personal budget cue and a spend word;
    - service users: a person noun (or "who") and a holding, supporting, providing or
      service word (or "in total", "the number of");
    - planned reviews: a review word and the future or a plan word;
    - cashable savings: "cashable";
    - a figure said of one before it ("the figure", "that is", "represents"): one of
      those words.

    The quantities are found only for texts that pass the word checks (finding them is
    the costly part), and those only for texts that pass the first look
    (:func:`.fact_gate.may_hold_fact`: a sentence with a figure and a rule's word)."""
    if not may_hold_fact(text, low, named, pb_before):
        return False
    pb = named or (pb_before and bool(_PB_ANAPHOR_RE.re.search(text)))
    # each word check only when no cheaper one has answered
    count_ok = pb or (
        # every REVIEW cue holds "review" or "assess" ("re - assessed" too)
        ("review" in low or "assess" in low) and (_FUTURE_WORDS.found_in(low) or any(
            w in low for w in REVIEW_PROGRAMME))  # ('the review programme takes in 650')
    ) or (("who" in low or _PERSON_WORDS.found_in(low)) and (
        _SU_VOCAB.found_in(low)
        or (_BASE_WORDS.found_in(low) and bool(su_base_re().search(low)))))
    percent_ok = pb or "cashable" in low
    # a figure answering "How many ...?" is read as the question with it put in
    count_ok = count_ok or _asks_how_many(low)
    # a figure said of one before it is a fact only after a people figure or share, and
    # those need a personal budget named: here (pb) or in a text before
    if pb_before and not (count_ok and percent_ok) and (
            _REFER_WORDS.found_in(low) or _REFER_PRONOUN_RE.re.search(low)):
        count_ok = percent_ok = True
    gbp_ok = pb and any(w in low for w in _SPEND_PARTS)
    if not (count_ok or percent_ok) or not might_hold_fact(text):
        return False
    units = {q.unit for q in _quantities_of(text)}
    return (("count" in units and count_ok) or ("percent" in units and percent_ok)
            or ("gbp" in units and gbp_ok))


def extract_facts(text: str, council: str | None = None) -> list[FactMatch]:
    """The facts stated in ``text``, in order of position; ``council`` is the document's
    own (a figure of another council named in the text is no fact).

    >>> [(f.kind.value, f.value) for f in extract_facts(
    ...     "Three hundred people had now been allocated a personal budget.")]
    [('people_with_personal_budget', 300.0)]
    """
    return [m for m in read_figures(text, council) if m.dropped is None]


def read_figures(text: str, council: str | None = None,
                 before: Scope = DEFAULT) -> list[FactMatch]:
    """Every figure the rules read in ``text``, facts and the figures dropped (with the
    reason in ``dropped``: whose figure it is, or why it is no fact)."""
    if not text or not could_hold_fact(text):
        return []
    doc = get_nlp()(text)
    return [_settle(m, council, before) for m in doc.user_data.get("ppf_facts", [])]


def _settle(m: FactMatch, council: str | None, before: Scope) -> FactMatch:
    """Whose the figure is, with the document's council and what the text before said."""
    scope = resolve(Scope(m.scope, m.scope_text), council, before)
    dropped = m.dropped
    if dropped is None and scope.scope != OWN:
        dropped = f"{scope.scope} figure ({scope.text})" if scope.text else \
            f"{scope.scope} figure"
    return replace(m, scope=scope.scope, scope_text=scope.text, dropped=dropped)


_CHUNK = 256
def document_council(texts: Iterable[str]) -> str | None:
    """The council a document's text names most often (for a document whose own council
    the metadata extractor did not find)."""
    counts: dict[str, int] = {}
    for text in texts:
        for m in council_name_re().finditer(text):
            name = canonical(m.group())
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _in_piece(m: FactMatch, pieces: Pieces) -> tuple[FactMatch, Provenance]:
    """The figure with its spans in the piece (line) its value stands in."""
    if len(pieces) == 1:
        return m, pieces[0][1]
    at = m.value_start if m.value_start >= 0 else m.start
    n = max(k for k, (off, _) in enumerate(pieces) if off <= at or k == 0)
    off, prov = pieces[n]
    size = (pieces[n + 1][0] - off) if n + 1 < len(pieces) else None

    def shift(i: int) -> int:
        i = max(i - off, 0)
        return min(i, size) if size is not None else i

    return replace(m, start=shift(m.start), end=shift(m.end),
                   value_start=shift(m.value_start) if m.value_start >= 0 else -1,
                   value_end=shift(m.value_end) if m.value_end >= 0 else -1), prov


def read_blocks(blocks: Iterable[tuple[str, Provenance]],
                council: str | None = None) -> list[tuple[FactMatch, Provenance]]:
    """Every figure the rules read in a document's text blocks (in order), each settled
    with the document's ``council`` and the scope the block before hands on."""
    joined = join_lines(blocks)
    if council is None:
        council = document_council(text for text, _ in joined)
    out: list[tuple[FactMatch, Provenance]] = []
    before = DEFAULT
    skipped: list[str] = []  # the texts with no figure since the last one read
    pb_before = False
    # in chunks smaller than the quantity cache, so the pipeline reuses what the
    # pre-filter found
    for first in range(0, len(joined), _CHUNK):
        chunk = joined[first:first + _CHUNK]
        todo = []
        named = pb_before
        named_at: list[bool] = []  # a personal budget named by this text or one before
        for n, (text, _) in enumerate(chunk):
            if text:
                low = text.lower()
                here = _has_pb(text, low)
                if _could_hold(text, low, here, named):
                    todo.append(n)
                named = named or here
            named_at.append(named)
        docs = iter(get_nlp().pipe((chunk[n][0] for n in todo), batch_size=_CHUNK)
                    if todo else ())
        wanted = set(todo)
        for n, (text, pieces) in enumerate(chunk):
            if n not in wanted:
                skipped.append(text)
                pb_before = pb_before or named_at[n]
                continue
            before = _scope_after(skipped, before)
            skipped = []
            doc: Doc = next(docs)
            matches = doc.user_data.get("ppf_facts", [])
            named_here = any(c.label_ == "PB" for c in doc.spans.get("ppf_cues", []))
            if pb_before and not named_here and _PB_ANAPHOR_RE.re.search(text):
                # "one", "a budget" may stand for the personal budget named before
                from .fact_rules import _read_facts

                matches = _read_facts(doc, pb_before=True)
            pb_before = pb_before or named_here
            for m in matches:
                if m.refers:
                    m = _refer(m, out)
                out.append(_in_piece(_settle(m, council, before), pieces))
            before = resolve(_exit_scope(doc), council, before)
    return out


def _exit_scope(doc: Doc) -> Scope:
    from .fact_rules import exit_scope

    return exit_scope(doc)


def _scope_after(skipped: list[str], before: Scope) -> Scope:
    """The scope handed on through texts the pipeline did not read (only worked out when
    a text after them is read: most papers' texts are never)."""
    for text in reversed(skipped):
        scope = text_exit_scope(text, None)
        if scope is not None:  # its own words, or no going on with the text before
            return scope  # (the texts after it go on with it)
    return before


def _refer(m: FactMatch, before: list[tuple[FactMatch, Provenance]]) -> FactMatch:
    """A figure said of "the figure" at the start of a text takes its kind from the last
    fact of the text before (a people count or share: "A year ago the figure was one in
    four")."""
    for last, _ in reversed(before[-4:]):
        if last.dropped is not None:
            continue
        if last.kind not in (FactKind.PEOPLE_WITH_PERSONAL_BUDGET,
                             FactKind.PERCENT_WITH_PERSONAL_BUDGET):
            continue
        return replace(m, dropped=None, refers=False)
    return m


def facts_from_blocks(blocks: Iterable[tuple[str, Provenance]],
                      council: str | None = None) -> list[Fact]:
    """Facts for a document's text blocks, each with the provenance of its clause.

    A (kind, value) pair stated more than once in a document is reported once, at its
    first statement.
    """
    facts: list[Fact] = []
    seen: set[tuple[FactKind, float]] = set()
    for m, prov in read_blocks(blocks, council):
        if m.dropped is not None:
            continue
        key = (m.kind, m.value)
        if key in seen:
            continue
        seen.add(key)
        facts.append(Fact(m.kind, m.value, m.text, {"value": prov.with_span(m.start, m.end)}))
    log.debug("facts: %d", len(facts))
    return facts


def explain_figures(doc: Document, record: Record) -> list[dict[str, object]]:
    """Every figure the fact rules read in a document, as JSON-ready dicts: kept as a
    fact, or dropped with the reason (whose figure it is: national, a survey's, another
    council's; or a target, a question, a change ...). For ``inspect``."""
    from . import fact_blocks

    out: list[dict[str, object]] = []
    seen: set[tuple[FactKind, float]] = set()
    for m, prov in read_blocks(fact_blocks(doc, record), record.council):
        key = (m.kind, m.value)
        dropped = m.dropped
        if dropped is None and key in seen:
            dropped = "stated before"
        if m.dropped is None:
            seen.add(key)
        out.append({"kind": m.kind.value, "value": m.value, "text": m.text,
                    "fact": dropped is None, "why_dropped": dropped,
                    "whose": m.scope if m.scope != "council" else "this council",
                    "whose_words": m.scope_text or None,
                    "provenance": prov.with_span(m.start, m.end).to_dict()})
    return out
