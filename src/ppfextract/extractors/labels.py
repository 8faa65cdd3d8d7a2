"""Recognising the template's words in cell and paragraph text.

Milestone headings, deadline headers, option labels (Achieved, Very likely, ...),
text-field labels (Reason if not achieved, When to be achieved), section labels
(Key Questions, Key Risks) and requirement wordings. Pure functions over
strings; the wording itself comes from :mod:`ppfextract.framework`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz import fuzz

from .. import marks
from ..framework import (
    MILESTONES,
    REQUIREMENTS,
    SHORT_TITLES,
    TITLE_VARIANTS,
    Deadline,
    Likelihood,
    find_likelihood,
    fold,
    parse_deadline,
    parse_likelihood,
)


def _literal(pattern: str) -> str | None:
    """The plain text a variant pattern cannot match without (its words, without the
    ``\\b`` anchors), or None when the pattern is more than words."""
    core = pattern.replace(r"\b", "")
    return core if re.fullmatch(r"[a-z &-]+", core) else None


# (pattern, replacement, literal it needs): the pattern runs only when the literal is in
# the text (a substring test is far cheaper than a regex scan)
_TITLE_VARIANTS = [(re.compile(pattern), repl, _literal(pattern))
                   for pattern, repl in TITLE_VARIANTS]
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=4096)
def canonical_text(text: str) -> str:
    """Fold, apply wording variants, drop punctuation: for fuzzy comparison."""
    t = fold(text)
    for pattern, repl, literal in _TITLE_VARIANTS:
        if literal is None or literal in t:
            t = pattern.sub(repl, t)
    return " ".join(_NOT_ALNUM.sub(" ", t).split())


_CANON_TITLES = [(m.id, canonical_text(m.title)) for m in MILESTONES]
_MILESTONE_NUMBER = re.compile(r"^\W*milestone\s*(?:no\.?\s*)?([1-5])\b\s*[:.\-\u2013)]?\s*", re.I)


@lru_cache(maxsize=8192)
def milestone_title_id(text: str) -> int | None:
    """The milestone whose canonical title this text is (fuzzy, wording variants allowed)."""
    t = canonical_text(_MILESTONE_NUMBER.sub("", text))
    t = re.sub(r"^(\d\s+)", "", t)
    if not t or len(t) > 160:
        return None
    best_id, best = None, 0.0
    for mid, title in _CANON_TITLES:
        if not 0.6 * len(title) <= len(t) <= 1.5 * len(title) + 4:
            continue
        score = fuzz.ratio(t, title)
        if score > best:
            best_id, best = mid, score
    return best_id if best >= 84 else None


@lru_cache(maxsize=8192)
def milestone_short_title(text: str) -> int | None:
    """A short name of one milestone ('Info & advice', 'Personal budgets / SDS'): at most
    six words, naming exactly one milestone's keywords."""
    t = fold(_MILESTONE_NUMBER.sub("", fold(text))).replace("&", " and ")
    t = re.sub(r"^\d+[.)]?\s+", "", t).strip(" .:;-")
    if not t or len(t.split()) > 6:
        return None
    hits = {mid for mid, patterns in SHORT_TITLES.items()
            if any(re.search(p, t) for p in patterns)}
    return hits.pop() if len(hits) == 1 else None


_HEADING_LEAD = re.compile(r"^(?:[^:\n]{0,30}?[\-:|.)]\s*|\d+(?:\.\d+)*\s+)"
                           r"(?=milestone\s*(?:no\.?\s*)?[1-5]\b)")


@lru_cache(maxsize=8192)
def milestone_heading(text: str, *, allow_number_only: bool = True,
                      short: bool = True) -> int | None:
    """A milestone heading: 'Milestone 2: Self-directed support ...', a bare title or
    (with ``short``) a short name of one, or (when allowed) a bare 'Milestone 2:' label.
    None for prose mentions."""
    t = fold(text)
    if len(t) > 200:
        return None
    # a short lead before 'Milestone n': 'Section C - Milestone 2: ...', '4.2 Milestone 2'
    t = _HEADING_LEAD.sub("", t)
    by_title = milestone_title_id(t) or (milestone_short_title(t) if short else None)
    if by_title is not None:
        return by_title
    m = _MILESTONE_NUMBER.match(t)
    if m and allow_number_only and len(t) - m.end() < 3:
        return int(m[1])
    return None


@lru_cache(maxsize=8192)
def deadline_of(text: str) -> Deadline | None:
    """A deadline header cell: a short text that names one deadline ('April 2010',
    'Apr-10', 'By 31 March 2011', 'Milestone date: Oct 2010'), not a sentence."""
    t = fold(text)
    if not t or len(t) > 60 or len(t.split()) > 8:
        return None
    if _REPORTED_AT.search(t):
        return None  # "Position at September 2010": when progress was reported, not due
    t = re.sub(r"^(by|deadline|due(?: by)?|milestone date|target date|key date)[:\s]+", "", t)
    return parse_deadline(t)


_REPORTED_AT = re.compile(r"\b(?:position|as at|as of|reported|return)\b")


class OptionKind(str, Enum):
    ACHIEVED = "achieved"  # the 'Achieved' option / Y-N box
    NOT_ACHIEVED = "not_achieved"
    YN_HEADER = "yn_header"  # 'Y/N'
    LIKELIHOOD = "likelihood"
    REASON = "reason"
    WHEN = "when"


@dataclass(frozen=True)
class Label:
    kind: OptionKind
    likelihood: Likelihood | None = None
    rest: str = ""  # what followed the label in the same text (a mark, or a value)


_TEXT_LABELS: tuple[tuple[OptionKind, str], ...] = (
    (OptionKind.REASON,
     r"reasons?\s+(?:if\s+|why\s+|for\s+)?(?:not|non)[\s-]*achieved|reasons?(?=\s*:)"),
    (OptionKind.WHEN, r"when\s+(?:to\s+be|will\s+(?:it|this)\s+be|expected\s+to\s+be)\s+achieved"
                      r"|(?:expected\s+|revised\s+)?date\s+(?:to\s+be\s+)?achieved"),
    (OptionKind.NOT_ACHIEVED, r"not\s+(?:yet\s+)?achieved"),
    (OptionKind.ACHIEVED,
     r"(?:(?:already|fully|now)\s+)?achieved(?:\s+already)?\s*\??"
     r"(?:\s*\(?\s*y(?:es)?\s*/\s*no?\s*\)?)?"),
    (OptionKind.YN_HEADER, r"y\s*/\s*n"),
)
_LIKELIHOOD_RE = r"(very|fairly|quite|highly)\s+(likely|unlikely)"
_MARKS = "\u2713\u2714\u221a\u2612\u2611\u2610\u2717\u2718"
_MARK_TAIL = (r"[\s:;\-\u2013=(\[]*(?P<mark>y|yes|x|n|no|[" + _MARKS + r"])?[)\]]?")


@lru_cache(maxsize=8192)
def parse_label(text: str) -> Label | None:
    """Is this text a template label, possibly with a mark beside it in the same cell?

    'Achieved' -> ACHIEVED; '\u2612 Very likely' -> LIKELIHOOD(very likely, rest='\u2612');
    'Reason if not achieved: staff shortages' -> REASON(rest='staff shortages').
    """
    flat = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip(" .*")
    if not flat or len(flat) > 600:
        return None
    t = flat
    lead = ""
    m = re.match(r"^([" + _MARKS + r"\u2022]|x|y)\s+(?=\w)", t, re.I)
    if m:
        lead, t = m[1], t[m.end():]
    m = re.fullmatch(_LIKELIHOOD_RE + _MARK_TAIL, t, re.I)
    if m:
        lik = parse_likelihood(f"{m[1]} {m[2]}")
        if lik is not None:
            return Label(OptionKind.LIKELIHOOD, lik, (lead + " " + (m["mark"] or "")).strip())
    for kind, pattern in _TEXT_LABELS:
        if kind in (OptionKind.REASON, OptionKind.WHEN):
            m = re.match(r"(?:" + pattern + r")\s*[:;\-\u2013?]?\s*", t, re.I)
            if m:
                return Label(kind, None, t[m.end():].strip())
            continue
        m = re.fullmatch(r"(?:" + pattern + r")" + _MARK_TAIL, t, re.I)
        if m:
            return Label(kind, None, (lead + " " + (m["mark"] or "")).strip())
    return None


# Section labels in the left column of a milestone table
class Section(str, Enum):
    DESCRIPTION = "description"
    KEY_DATES = "key_dates"
    LIKELIHOOD = "likelihood"
    KEY_QUESTIONS = "key_questions"
    KEY_RISKS = "key_risks"
    USEFUL_INFO = "useful_info"


_SECTIONS: tuple[tuple[Section, str], ...] = (
    (Section.DESCRIPTION, r"description"),
    (Section.KEY_DATES, r"key dates(?: and deliverables)?|(?:key )?deliverables"),
    (Section.LIKELIHOOD, r"how likely\b.*"),
    (Section.KEY_QUESTIONS, r"key questions?"),
    (Section.KEY_RISKS, r"key risks(?: and mitigating actions)?|risks and mitigating actions"),
    (Section.USEFUL_INFO, r"useful information|further information"),
)


def section_label(text: str) -> Section | None:
    """A left-column section label ('Key Questions:'), the whole text of its cell."""
    t = fold(text).replace("/", " ")
    t = re.sub(r"\s+", " ", t)
    if not t or len(t) > 90:
        return None
    for section, pattern in _SECTIONS:
        if re.fullmatch(r"(?:" + pattern + r")\s*[:.]?", t):
            return section
    return None


_BULLETS = ("\u2022\u00b7\u25cf\u25aa\u25a0\u2023\u2043\u2219\u25e6\u27a2\u2013\u2014-*"
            "\uf0b7\uf0a7\uf0d8")


def strip_bullets(text: str) -> str:
    """Question text as the spec wants it: whitespace collapsed, bullets stripped."""
    lines = []
    text = _HYPHEN_BREAK.sub(r"\1-", text.replace("\u00a0", " "))
    for line in text.splitlines():
        line = line.strip().lstrip(_BULLETS).strip()
        if line:
            lines.append(line)
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(?=[a-z])")


def clean_text(text: str) -> str:
    """Collapse whitespace, keep the words as printed; a hyphenated word broken at a line
    end ("multi-\nagency") is joined again."""
    t = marks.strip_marks(text).replace("\u00a0", " ")
    t = _HYPHEN_BREAK.sub(r"\1-", t)
    return re.sub(r"\s+", " ", t).strip()


_CANON_REQS = [(r.id, canonical_text(r.wording)) for r in REQUIREMENTS]


@lru_cache(maxsize=8192)
def requirement_id(text: str) -> str | None:
    """The underpinning requirement this text words (fuzzy, tolerant of truncation)."""
    t = canonical_text(text)
    if len(t) < 12 or len(t) > 400:
        return None
    best_id, best, second = None, 0.0, 0.0
    for rid, wording in _CANON_REQS:
        head = t[: len(wording) + 8]
        score = max(fuzz.ratio(t, wording), fuzz.ratio(head, wording),
                    fuzz.ratio(t, wording[: len(t) + 8]) if len(t) >= 30 else 0)
        if score > best:
            best_id, best, second = rid, score, best
        elif score > second:
            second = score
    if best >= 82 and best - second >= 5:
        return best_id
    return None


_NOT_ACHIEVED = re.compile(r"^(not\s+(yet\s+)?(achieved|met|complete[d]?)|no|n|partially\s+"
                           r"achieved|missed)(?![\w/])", re.I)
_ACHIEVED = re.compile(r"^(achieved|yes|y|met|complete[d]?|done|in place)(?![\w/])", re.I)


@lru_cache(maxsize=8192)
def parse_status(text: str) -> tuple[str | None, Likelihood | None]:
    """'Achieved' -> (Y, None); 'Not achieved – now fairly likely by ...' -> (N, fairly).
    Words only: a mark is read as a mark, by the layout (``text`` holds none)."""
    t = fold(marks.strip_marks(text)).strip(" .:;")
    if not t:
        return None, None
    if t in ("n/a", "na", "-", "tbc", "not applicable"):
        return None, None
    if _NOT_ACHIEVED.match(t):
        return "N", find_likelihood(t[_NOT_ACHIEVED.match(t).end():])  # type: ignore[union-attr]
    if _ACHIEVED.match(t) and not find_likelihood(t):
        return "Y", None
    lik = find_likelihood(t)
    if lik is not None and len(t) < 80:
        return None, lik
    return _lead_clause_status(t)


_CLAUSE_BREAK = re.compile(r"\s*(?:[:;,(]|\.\s|\s[-\u2013\u2014]\s)\s*")
_EXPLICIT_LIKELIHOOD = re.compile(r"\b(?:very|fairly|highly|quite)\s+(?:un)?likely\b")
_CLAUSE_LEAD = re.compile(r"^(?:so|and|but|i\.e\.?|that is)\s+")


def _lead_clause_status(t: str) -> tuple[str | None, Likelihood | None]:
    """A status stated by the first clause of a longer text, the rest explaining it
    ('Very likely: the organisation is constituted ...'), or by the second when the
    first is a word of no status ('Slipped: not achieved by the deadline, because ...';
    'Partly met, so not achieved: ... We think it fairly likely by July')."""
    pieces = _CLAUSE_BREAK.split(t, maxsplit=2)
    if len(pieces) < 2:
        return None, None
    starts = [0, len(t) - len(t[len(pieces[0]):].lstrip(" :;,(.-\u2013\u2014"))]
    for k, start in enumerate(starts):
        clause = pieces[k]
        rest = _CLAUSE_LEAD.sub("", t[start:])
        head = _CLAUSE_LEAD.sub("", clause)
        if not head or len(head) > 40:
            continue
        if _NOT_ACHIEVED.match(rest):
            return "N", find_likelihood(rest[_NOT_ACHIEVED.match(rest).end():])  # type: ignore[union-attr]
        if _ACHIEVED.match(head) and not find_likelihood(rest):
            return "Y", None
        lik = find_likelihood(head)
        if lik is not None and _EXPLICIT_LIKELIHOOD.search(head):  # not a lone 'likely'
            return None, lik
        if k == 0 and (find_likelihood(head) is not None or _ACHIEVED.match(head)):
            return None, None  # the first clause says something else
    return None, None


@lru_cache(maxsize=8192)
def column_kind(text: str) -> str | None:
    """What a column header names: one option ('Very likely'), or a column of values:
    'achieved' (Y/N), 'likelihood' (a likelihood word), 'reason', 'when'."""
    lab = parse_label(text)
    t = text.lower()
    if lab is not None and lab.kind is OptionKind.LIKELIHOOD:
        return "option"
    if lab is not None and lab.kind in (OptionKind.REASON, OptionKind.WHEN):
        return lab.kind.value
    if lab is not None:  # Achieved, Achieved?, Y/N, Not achieved
        return "achieved" if lab.kind in (OptionKind.ACHIEVED, OptionKind.YN_HEADER) \
            else "option"
    if len(t) < 120 and re.search(r"\blikel(?:y|ihood)\b", t):
        return "likelihood"
    return None


_SCALE_ENTRY = re.compile(r"\b([1-9])\s*(?:=|:|-|\u2013|is)\s*((?:very|fairly)\s+(?:un)?likely)\b",
                          re.I)


def likelihood_scale(text: str) -> dict[int, Likelihood] | None:
    """A key that scores the likelihoods by number ('1 = very likely; 2 = fairly likely;
    ...'): number -> likelihood, when it names at least two distinct ones."""
    if "likely" not in text.lower():
        return None
    scale: dict[int, Likelihood] = {}
    for number, words in _SCALE_ENTRY.findall(text):
        lik = parse_likelihood(words)
        if lik is None or scale.get(int(number), lik) is not lik:
            return None
        scale[int(number)] = lik
    return scale if len(set(scale.values())) >= 2 else None

