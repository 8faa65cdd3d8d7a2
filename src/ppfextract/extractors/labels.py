"""Recognising the template's words in cell and paragraph text.

Milestone headings, deadline headers, option labels (Achieved, Very likely, ...),
text-field labels (Reason if not achieved, When to be achieved), section labels
(Key Questions, Key Risks) and requirement wordings. Pure functions over
strings; the wording itself comes from :mod:`ppfextract.framework`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz import fuzz, process

from .. import lazy_re as re  # re, each pattern compiled on first use
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
# the same on ASCII text as a byte table, each such byte a space (runs joined after)
_NOT_ALNUM_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=4096)
def canonical_text(text: str) -> str:
    """Fold, apply wording variants, drop punctuation: for fuzzy comparison."""
    t = fold(text)
    for pattern, repl, literal in _TITLE_VARIANTS:
        if literal is None or literal in t:
            t = pattern.sub(repl, t)
    if t.isascii():
        return " ".join(t.encode("ascii").translate(_NOT_ALNUM_BYTES).decode("ascii").split())
    return " ".join(_NOT_ALNUM.sub(" ", t).split())


_CANON_TITLES = [(m.id, canonical_text(m.title)) for m in MILESTONES]
_MILESTONE_NUMBER = re.compile(r"^\W*milestone\s*(?:no\.?\s*)?([1-5])\b\s*[:.\-\u2013)]?\s*", re.I)


def _without_number(text: str) -> str:
    """``text`` without a leading 'Milestone 2:' (ASCII text without the word: as it is,
    no scan; the pattern is case-blind, so other text is always scanned)."""
    if text.isascii() and "milestone" not in text.lower():
        return text
    return _MILESTONE_NUMBER.sub("", text)


@lru_cache(maxsize=8192)
def milestone_title_id(text: str) -> int | None:
    """The milestone whose canonical title this text is (fuzzy, wording variants allowed)."""
    t = canonical_text(_without_number(text))
    t = _LEAD_DIGIT.sub("", t)
    if not t or len(t) > 160:
        return None
    ids, titles = _titles_for(len(t))
    if not titles:
        return None
    # below the cutoff a score is 0: only a score of 84 or more can decide; one call
    # scores every title (the text prepared once), the first best in the titles' order
    scores = sorted((k, score) for _, score, k in process.extract(
        t, titles, scorer=fuzz.ratio, score_cutoff=84, limit=None))
    best_id, best = None, 0.0
    for k, score in scores:
        if score > best:
            best_id, best = ids[k], score
    return best_id if best >= 84 else None


@lru_cache(maxsize=256)
def _titles_for(n: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The milestone titles a text of ``n`` characters is compared with: those it is
    between 0.6 and 1.5 times (+ 4) as long as (their ids and canonical titles)."""
    kept = [(mid, title) for mid, title in _CANON_TITLES
            if 0.6 * len(title) <= n <= 1.5 * len(title) + 4]
    return tuple(mid for mid, _ in kept), tuple(title for _, title in kept)


_LEAD_DIGIT = re.compile(r"^(\d\s+)")
_LEAD_NUMBER = re.compile(r"^\d+[.)]?\s+")
# each milestone's short names as one pattern: a search finds any of them
_SHORT_TITLES = {mid: re.compile("|".join(f"(?:{p})" for p in patterns))
                 for mid, patterns in SHORT_TITLES.items()}


# the first three letters of each month's name: a text that may start with a date
MONTH_STARTS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                          "nov", "dec"})


def milestones_named(text: str) -> set[int]:
    """Every milestone a text names by a short name of it ('prevention and cost effective
    services', 'information and advice'), anywhere in it."""
    t = fold(text).replace("&", " and ")
    return {mid for mid, pattern in _SHORT_TITLES.items() if pattern.search(t)}


@lru_cache(maxsize=8192)
def milestone_short_title(text: str) -> int | None:
    """A short name of one milestone ('Info & advice', 'Personal budgets / SDS'): at most
    six words, naming exactly one milestone's keywords."""
    t = fold(_without_number(fold(text))).replace("&", " and ")
    t = _LEAD_NUMBER.sub("", t).strip(" .:;-")
    if not t or len(t.split()) > 6:
        return None
    hits = [mid for mid, pattern in _SHORT_TITLES.items() if pattern.search(t)]
    return hits.pop() if len(hits) == 1 else None


_NUMBERED = re.compile(r"^(?:milestone|ms?(?=\s?[1-5]\b))\s*[:#]?\s*(?:no\.?\s*)?([1-5])\b\s*"
                       r"[:.\-)]?\s*(?P<rest>.+)$")


def numbered_short_name(word: str) -> int | None:
    """'Milestone 2: Self-directed support', 'M1 Partnerships with users, carers &
    citizens': the number, confirmed by a short name of the same milestone ('Milestone
    1: Procurement of the waste contract' is no milestone)."""
    m = _NUMBERED.match(word)
    if m is None or len(m["rest"].split()) > 8:
        return None
    return int(m[1]) if milestone_short_title(m["rest"]) == int(m[1]) else None


_CODE_LEAD = re.compile(r"(?:milestone\s*[:#]?\s*(?:no\.?\s*)?|ms?\s?)([1-5])\b")


def code_disagrees(word: str, milestone: int) -> bool:
    """A folded text led by a milestone's code or number ('m2', 'milestone 2:') naming
    another milestone than ``milestone``."""
    code = _CODE_LEAD.match(word) if word[:1] == "m" else None
    return code is not None and int(code[1]) != milestone


_LEAD_WORDS = frozenset({"section", "part", "step", "stage", "theme", "area", "page", "tab"})


def _numbered_lead(lead: str) -> bool:
    """A numbered lead of a few words before a colon: 'section 3 of 6', 'part b', '4.2'
    (folded text; string tests, no pattern)."""
    words = lead.split()
    if words and words[0] in _LEAD_WORDS:
        words = words[1:]
    if len(words) == 3 and words[1] == "of" and words[2].isdigit() and len(words[2]) <= 2:
        words = words[:1]
    if len(words) != 1:
        return False
    number = words[0]
    return (len(number) == 1 and "a" <= number <= "h") or all(
        part.isdigit() and len(part) <= 2 for part in number.split("."))


_HEADING_LEAD = re.compile(r"^(?:[^:\n]{0,30}?[\-:|.)]\s*|\d+(?:\.\d+)*\s+)"
                           r"(?=milestone\s*(?:no\.?\s*)?[1-5]\b)")


@lru_cache(maxsize=8192)
def milestone_heading(text: str, *, allow_number_only: bool = True,
                      short: bool = True) -> int | None:
    """A milestone heading: 'Milestone 2: Self-directed support ...', a bare title or
    (with ``short``) a short name of one, or (when allowed) a bare 'Milestone 2:' label.
    None for prose mentions."""
    t = heading_text(text)
    if t is None:
        return None
    by_title = milestone_title_id(t) or numbered_short_name(t)
    if by_title is None and ":" in t[:21] and _numbered_lead(t[:t.index(":")]):
        # a form's numbered section before the title ('Section 3 of 6: Prevention and
        # cost effective services', 'Part 4: Information and advice'): the title decides
        by_title = milestone_title_id(t[t.index(":") + 1:].strip())
    if by_title is not None:
        return by_title
    named = milestone_short_title(t) if short else None
    if named is not None:
        return None if code_disagrees(t, named) else named
    return milestone_number_label(t) if allow_number_only else None


def heading_text(text: str) -> str | None:
    """The text :func:`milestone_heading` reads (folded, a short lead before 'Milestone
    n' dropped), None when too long to be a heading: for a caller that asks each of its
    questions once (:func:`milestone_title_id`, :func:`milestone_short_title`,
    :func:`milestone_number_label`)."""
    t = fold(text)
    if len(t) > 200:
        return None
    # a short lead before 'Milestone n': 'Section C - Milestone 2: ...', '4.2 Milestone 2'
    return _HEADING_LEAD.sub("", t) if "milestone" in t else t  # the lead needs the word


def milestone_number_label(t: str) -> int | None:
    """A bare 'Milestone 2:' label (of a :func:`heading_text`)."""
    m = _MILESTONE_NUMBER.match(t)
    if m and len(t) - m.end() < 3:
        return int(m[1])
    return None


@lru_cache(maxsize=8192)
def deadline_of(text: str) -> Deadline | None:
    """A deadline header cell: a short text that names one deadline ('April 2010',
    'Apr-10', 'By 31 March 2011', 'Milestone date: Oct 2010'), not a sentence."""
    t = fold(text)
    if not t or len(t) > 60 or len(t.split()) > 8:
        return None
    if t.isascii() and "10" not in t and "11" not in t:
        return None  # a deadline is in 2010 or 2011: every notation read has 10 or 11
    if _REPORTED_AT.search(t) or (("quarter" in t or "qtr" in t or "period" in t)
                                  and _QUARTER_TO.search(t)):
        # "Position at September 2010", "Quarter to Sep 2010": when progress was
        # reported, not due
        return None
    if ":" in t and _has_time(t):
        return None  # '05/04/2011 16:25': when a row was modified, not a deadline
    if t.count("10") + t.count("11") >= 2 and _months_named(t) >= 2:
        return None  # 'Apr 2010 Oct 2010 Apr 2011': the heads of boxes side by side
    t = _DEADLINE_LEAD.sub("", t)
    return parse_deadline(t)


def titled_deadline(text: str) -> tuple[Deadline, str] | None:
    """The deadline a text is titled by, and the title's words: a month's name and year,
    then a colon or a dash, then words ('April 2010: Public told ...', 'Oct-10 - providers
    ready' -> (2010-04, 'april 2010'), (2010-10, 'oct-10'))."""
    head = text[:20]
    cuts = [k for k in (head.find(":"), head.find(" -"), head.find(" \u2013"),
                        head.find(" \u2014")) if k > 0]
    if not cuts:
        return None  # (no colon or dash after a month and year)
    cut = min(cuts)
    title = text[:cut].strip()
    after = text[cut:].lstrip(" :-\u2013\u2014")
    if not (5 <= len(title) <= 14 and title[:3].lower() in MONTH_STARTS
            and title[-2:].isdigit() and after[:1].isalpha()):
        return None
    d = deadline_of(title)
    return (d, title.lower()) if d is not None else None


def _has_time(t: str) -> bool:
    """A time of day in the text ('16:25'): digits either side of a colon."""
    at = t.find(":")
    while at >= 0:
        if 0 < at < len(t) - 2 and t[at - 1].isdigit() and t[at + 1:at + 3].isdigit():
            return True
        at = t.find(":", at + 1)
    return False


_MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                          "nov", "dec"})


def _months_named(t: str) -> int:
    """How many different months of 2010 or 2011 a folded text names by their names
    ('apr 2010 oct 2010 apr 2011': 2), before any bracket ('april 2011 (by december
    2010)': 1)."""
    head = t.split("(", 1)[0].split("[", 1)[0].replace("-", " ").replace("'", " ")
    words = head.split()
    return len({(w[:3], y.removeprefix("20"))
                for w, y in zip(words, words[1:], strict=False)
                if w[:3] in _MONTH_WORDS and w.rstrip(".").isalpha()
                and y.removeprefix("20") in ("10", "11")})


_REPORTED_AT = re.compile(r"\b(?:position|as at|as of|reported|return)\b")
_QUARTER_TO = re.compile(r"\b(?:quarter|qtr|period)\s+(?:end(?:ing|ed)?|to)\b")
_DEADLINE_LEAD = re.compile(
    r"^(by|deadline|due(?: by)?|milestone date|target date|key date)[:\s]+")


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
     r"reasons?\s+(?:if\s+|why\s+|for\s+)?(?:not|non)[\s-]*achieved|reasons?(?=\s*:)|"
     # a form's 'If not, why not?', 'If no, please give reasons'
     r"if\s+(?:not|no)(?:\s+achieved)?\s*[,\-\u2013:]?\s*(?:why\s+not|(?:please\s+)?(?:give\s+)?"
     r"(?:the\s+)?reasons?|please\s+explain)(?=\s*[?:.]|\s*$)"),
    (OptionKind.WHEN, r"(?:if\s+(?:not|no)(?:\s+achieved)?\s*[,\-\u2013:]?\s*)?"
                      r"when\s+(?:to\s+be|will\s+(?:it|this)\s+be|expected\s+to\s+be)\s+achieved"
                      r"|(?:expected\s+|revised\s+)?date\s+(?:to\s+be\s+)?achieved"),
    (OptionKind.NOT_ACHIEVED, r"not\s+(?:yet\s+)?(?:achieved|done|met)"),
    (OptionKind.ACHIEVED,
     r"(?:done|met)\s*\??|"  # 'Done' / 'Not done', 'Met' / 'Not met' columns
     r"(?:(?:already|fully|now)\s+)?achieved(?:\s+already)?\s*\??"
     r"(?:\s*\(?\s*y(?:es)?\s*/\s*no?\s*\)?)?"),
    (OptionKind.YN_HEADER, r"y\s*/\s*n"),
)
_LIKELIHOOD_RE = r"(very|fairly|quite|highly|[vf]\.|[vf](?=\s))\s*(likely|unlikely)"  # 'V. likely'
_MARKS = "\u2713\u2714\u221a\u2612\u2611\u2610\u2717\u2718"
_MARK_TAIL = (r"[\s:;\-\u2013=(\[]*(?P<mark>y|yes|x|n|no|[" + _MARKS + r"])?[)\]]?")
_WS = re.compile(r"\s+")
_LEAD_MARK = re.compile(r"^([" + _MARKS + r"\u2022]|x|y)\s+(?=\w)", re.I)
_LIKELIHOOD_LABEL = re.compile(_LIKELIHOOD_RE + _MARK_TAIL, re.I)
# every label above starts with one of these (a test far cheaper than the patterns)
_LABEL_FIRST_LETTERS = "rwednafyvqh"
# each text label: REASON and WHEN are matched at the start (a value may follow), the
# others as the whole text with a mark after them
_TEXT_LABEL_RES: tuple[tuple[OptionKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"(?:" + pattern + r")\s*[:;\-\u2013?]?\s*", re.I)
     if kind in (OptionKind.REASON, OptionKind.WHEN)
     else re.compile(r"(?:" + pattern + r")" + _MARK_TAIL, re.I))
    for kind, pattern in _TEXT_LABELS)


@lru_cache(maxsize=8192)
def parse_label(text: str) -> Label | None:
    """Is this text a template label, possibly with a mark beside it in the same cell?

    'Achieved' -> ACHIEVED; '\u2612 Very likely' -> LIKELIHOOD(very likely, rest='\u2612');
    'Reason if not achieved: staff shortages' -> REASON(rest='staff shortages').
    """
    # white space collapsed (split and join: as _WS.sub, the ends stripped anyway)
    flat = " ".join(text.replace("\u00a0", " ").split()).strip(" .*")
    if not flat or len(flat) > 600:
        return None
    t = flat
    lead = ""
    m = _LEAD_MARK.match(t)
    if m:
        lead, t = m[1], t[m.end():]
    first = t[:1].lower()
    if first not in _LABEL_FIRST_LETTERS and not (
            (first == "i" and t[:3].lower() == "if ") or (first == "m" and t[:3].lower() == "met")):
        return None  # ('If not, why not?' and 'Met' the only labels led by these letters)
    m = _LIKELIHOOD_LABEL.fullmatch(t)
    if m:
        lik = parse_likelihood(f"{m[1]} {m[2]}")
        if lik is not None:
            return Label(OptionKind.LIKELIHOOD, lik, (lead + " " + (m["mark"] or "")).strip())
    for kind, pattern in _TEXT_LABEL_RES:
        if kind in (OptionKind.REASON, OptionKind.WHEN):
            m = pattern.match(t)
            if m:
                return Label(kind, None, t[m.end():].strip())
            continue
        m = pattern.fullmatch(t)
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
    t = fold(text)  # white space already collapsed: again only where a slash was
    if "/" in t:
        t = _WS.sub(" ", t.replace("/", " "))
    if not t or len(t) > 90 or t[0] not in "dkhruf":  # the sections' first letters
        return None
    m = _SECTION_RE.fullmatch(t)
    return _SECTIONS[int(m.lastgroup[1:])][0] if m is not None and m.lastgroup else None


# the sections' patterns as one, each its own group, tried in order
_SECTION_RE = re.compile("(?:" + "|".join(f"(?P<s{k}>{pattern})" for k, (_, pattern) in
                                          enumerate(_SECTIONS)) + r")\s*[:.]?")


_BULLETS = ("\u2022\u00b7\u25cf\u25aa\u25a0\u2023\u2043\u2219\u25e6\u27a2\u2013\u2014-*"
            "\uf0b7\uf0a7\uf0d8")


def strip_bullets(text: str) -> str:
    """Question text as the spec wants it: whitespace collapsed, bullets stripped."""
    lines = []
    text = _HYPHEN_BREAK.sub(_keep_hyphen, text.replace("\u00a0", " "))
    for line in text.splitlines():
        line = line.strip().lstrip(_BULLETS).strip()
        if line:
            lines.append(line)
    return _WS.sub(" ", " ".join(lines)).strip()


_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(?=[a-z])")


def _keep_hyphen(m: re.Match[str]) -> str:
    """The replacement r"\\1-" as a function (a template costs a Python call each time)."""
    return m[1] + "-"


def clean_text(text: str) -> str:
    """Collapse whitespace, keep the words as printed; a hyphenated word broken at a line
    end ("multi-\nagency") is joined again."""
    t = marks.strip_marks(text).replace("\u00a0", " ")
    t = _HYPHEN_BREAK.sub(_keep_hyphen, t)
    return _WS.sub(" ", t).strip()


_CANON_REQS = [(r.id, canonical_text(r.wording)) for r in REQUIREMENTS]


@lru_cache(maxsize=8192)
def requirement_id(text: str) -> str | None:
    """The underpinning requirement this text words (fuzzy, tolerant of truncation)."""
    t = canonical_text(text)
    if len(t) < 12 or len(t) > 400:
        return None
    whole, whole_wordings, heads, head_of, wording_heads = _comparisons(len(t))
    # a score under 77 is 0: it can be neither a best of 82 nor a second within 5, and a
    # wording scoring 0 changes nothing. One call scores the text against several
    # wordings (the text prepared once)
    scores: dict[int, float] = {}
    if whole_wordings:
        for _, score, k in process.extract(t, whole_wordings, scorer=fuzz.ratio,
                                           score_cutoff=77, limit=None):
            scores[whole[k]] = score
    for i, size in heads:  # the text's head, as long as the wording and a little more
        score = fuzz.ratio(t[:size], _CANON_REQS[i][1], score_cutoff=77)
        if score > scores.get(i, 0.0):
            scores[i] = score
    if wording_heads:  # the wording's head, as long as the text and a little more
        for _, score, k in process.extract(t, wording_heads, scorer=fuzz.ratio,
                                           score_cutoff=77, limit=None):
            if score > scores.get(head_of[k], 0.0):
                scores[head_of[k]] = score
    best_id, best, second = None, 0.0, 0.0
    for i in sorted(scores):  # in the wordings' order, as ties are decided
        score = scores[i]
        if score > best:
            best_id, best, second = _CANON_REQS[i][0], score, best
        elif score > second:
            second = score
    if best >= 82 and best - second >= 5:
        return best_id
    return None


_WORDING_HEADS = tuple(sorted({wording[:18] for _, wording in _CANON_REQS}))


def names_two_requirements(text: str) -> bool:
    """Whether the text starts two requirements' wordings ('The full engagement of all
    staff ... The full engagement of all service users': two cards' lines run together):
    a rating beside it is no one requirement's."""
    t = canonical_text(text)
    return sum(t.count(head) for head in _WORDING_HEADS) >= 2


@lru_cache(maxsize=512)
def _comparisons(n: int) -> tuple[tuple[int, ...], tuple[str, ...], tuple[tuple[int, int], ...],
                                  tuple[int, ...], tuple[str, ...]]:
    """What :func:`requirement_id` compares a text of ``n`` characters with: the whole
    wordings the lengths alone do not keep under 76 (the ratio is at most 200 x shorter /
    both lengths), by index and text; the wordings (index, head length) whose length
    plus 8 the text is longer than, compared with the text's head; the wordings longer
    than the text plus 8 (index, and head as long as the text plus 8), for a text of 30
    or more."""
    whole, heads, head_of = [], [], []
    for i, (_, wording) in enumerate(_CANON_REQS):
        size = len(wording)
        if 200 * min(n, size) >= 76 * (n + size):
            whole.append(i)
        if n > size + 8:
            heads.append((i, size + 8))
        if n >= 30 and n + 8 < size:
            head_of.append(i)
    return (tuple(whole), tuple(_CANON_REQS[i][1] for i in whole), tuple(heads),
            tuple(head_of), tuple(_CANON_REQS[i][1][: n + 8] for i in head_of))


# Paraphrased requirement names ("Engagement of PCT and wider health community",
# "Workforce strategy"): each requirement's distinctive words. A paraphrase is trusted
# only among others: a table or a run of lines where three or more requirements are named.
# Each with the words one of its pattern's matches holds (a substring test first: most
# texts name no requirement, and a pattern is compiled only when first needed).
REQUIREMENT_KEYWORDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("engagement.service_users", r"\b(?:service users|people who use services|users|"
                                 r"(?:everyone|people)\s+who\s+uses?\s+(?:our\s+|the\s+)?"
                                 r"services)\b",
     ("users", "who use")),
    ("engagement.staff", r"\bstaff\b", ("staff",)),
    ("engagement.health", r"\b(?:pcts?|primary care|health community|nhs)\b",
     ("pct", "primary care", "health community", "nhs")),
    ("engagement.politicians", r"\b(?:politicians|councillors|elected members)\b",
     ("politicians", "councillors", "elected members")),
    ("engagement.council_partners", r"\b(?:council departments|parts of (?:the )?(?:local )?"
                                    r"councils?|strategic partners?|(?:whole|wider) council|"
                                    r"key partners?)\b",
     ("council departments", "parts of", "strategic partner", "whole council", "wider council",
      "key partner")),
    ("engagement.regional_national", r"\b(?:regional|national programmes?)\b",
     ("regional", "national programme")),
    ("arrangements.risk_management", r"\brisks?\b", ("risk",)),
    ("arrangements.business_models", r"\bbusiness models?\b", ("business model",)),
    ("arrangements.financial_systems", r"\bfinancial systems?\b", ("financial system",)),
    ("arrangements.project_plan", r"\bproject plan\b", ("project plan",)),
    ("arrangements.business_cases", r"\bbusiness cases?\b", ("business case",)),
    ("arrangements.workforce_strategy", r"\bworkforce\b", ("workforce",)),
)
_KEYWORD_RES = tuple((rid, re.compile(pattern), words)
                     for rid, pattern, words in REQUIREMENT_KEYWORDS)
MIN_NAMED_TOGETHER = 3


@lru_cache(maxsize=8192)
def requirement_keywords(text: str) -> str | None:
    """The one requirement a paraphrase names by its distinctive words, else None."""
    t = text.lower()
    if len(t) > 250:
        return None
    if "\n" in t or "  " in t:
        t = " ".join(t.split())  # 'Council & strategic\npartners engaged'
    hits = [rid for rid, pattern, words in _KEYWORD_RES
            if any(w in t for w in words) and pattern.search(t)]
    if len(hits) == 2 and "engagement.service_users" in hits:
        hits.remove("engagement.service_users")  # "users" is named in passing
    return hits[0] if len(hits) == 1 else None


_NOT_ACHIEVED = re.compile(r"^(not\s+(yet\s+)?(achieved|ach(?:'?d|vd)?|met|complete[d]?)|no|n|"
                           r"partially\s+achieved|missed)(?![\w/])", re.I)
_ACHIEVED = re.compile(r"^(achieved|yes|y|met|complete[d]?|done|in place)(?![\w/])", re.I)
_OTHER_ANSWER = re.compile(r"[\s/|,]*(?:yes|no|y|n)\b")
_ACHIEVED_NA = re.compile(r"^achieved\s*(?:\?\s*|[-:\u2013]\s*|\s)+n\s*/\s*a\b")
_ACHIEVED_SAID = re.compile(r"^achieved\s*(?:\?\s*|[-:\u2013]\s*|\s)+(yes|no|y|n)\b(?!\s*/)")


@lru_cache(maxsize=8192)
def parse_status(text: str) -> tuple[str | None, Likelihood | None]:
    """'Achieved' -> (Y, None); 'Not achieved – now fairly likely by ...' -> (N, fairly).
    Words only: a mark is read as a mark, by the layout (``text`` holds none)."""
    t = fold(marks.strip_marks(text)).strip(" .:;")
    if not t:
        return None, None
    if t in ("n/a", "na", "-", "tbc", "not applicable"):
        return None, None
    if ("/" in t or "|" in t) and _offered_list(t):
        return None, None
    if t[-1] == "?":
        return None, None  # a question ('how likely are we to achieve this by ...?')
    first = t[0]  # a test of the patterns' first letters before the patterns
    if first == "n" and ("/" in t[:4] or "(" in t[:4]):
        # a code pair: 'N/FL', 'N (FL)' (not achieved, fairly likely now); 'N/A' is no
        # status
        head, _, rest = t.partition("/" if "/" in t[:4] else "(")
        rest = rest.strip(" )")
        if head.strip() in ("n", "no") and len(rest) >= 2 and rest[:2].isalpha():
            lik = find_likelihood(rest)
            if lik is not None:
                return "N", lik
    if first == "a" and t.startswith("achieved"):
        answered = _answer_after_label(t)
        if answered is not None:
            return answered
    m = _NOT_ACHIEVED.match(t) if first in "npm" else None
    if m:
        return "N", find_likelihood(t[m.end():])
    if first in "aymcdi" and _ACHIEVED.match(t) and not find_likelihood(t):
        return "Y", None
    lik = find_likelihood(t)
    if lik is not None and len(t) < 80:
        return None, lik
    return _lead_clause_status(t)


def _answer_after_label(t: str) -> tuple[str | None, Likelihood | None] | None:
    """'Achieved - No', 'Achieved? Yes', 'Achieved: N': the answer after the label; (None,
    None) where the label is asked and not answered, or both answers are offered; None
    where no answer follows ('Achieved', 'Achieved in full': the status itself)."""
    said = _ACHIEVED_SAID.match(t)
    if said is None and t[8:].lstrip()[:1] == "?":
        return None, None  # 'Achieved? (deadlines passed)': the question, unanswered
    if said is None and (("/" in t and _ACHIEVED_NA.match(t)) or _offers_both(t)):
        return None, None  # 'Achieved: N/A'; 'Achieved: [?] Y N' (both offered)
    if said is None:
        return None
    if _OTHER_ANSWER.match(t, said.end()):
        return None, None  # 'Achieved: Y N', 'Achieved? Yes No': both offered, unmarked
    return ("Y" if said[1][0] == "y" else "N"), (
        find_likelihood(t[said.end():]) if said[1][0] == "n" else None)


def _offers_both(t: str) -> bool:
    """Both answers offered as words after a label ('achieved:x y n'), none chosen by
    words."""
    words = set(t.replace("/", " ").replace("|", " ").split())
    return bool(words & {"y", "yes"}) and bool(words & {"n", "no"})


def _offered_list(t: str) -> bool:
    """'yes / no', 'very likely / fairly likely / ...': the options offered, each alone
    between separators, two or more of them different and all of one field. Words alone
    choose none of them (what sets one apart is a mark or a style, read by the layout)."""
    pieces = [p.strip() for p in t.replace("|", "/").split("/")]
    if len(pieces) < 2 or any(not p or len(p) > 20 for p in pieces):
        return False
    said = [parse_status(p) for p in pieces]
    if any((a is None) == (lik is None) for a, lik in said):
        return False  # a piece states nothing, or both ('n/fl' is read as a code pair)
    fields = {a is None for a, _ in said}
    return len(fields) == 1 and len(set(said)) >= 2


_CLAUSE_BREAK = re.compile(r"\s*(?:[:;,(]|\.\s|\s[-\u2013\u2014]\s)\s*")
# words any stated status holds (a pre-test on lower-cased text: a case-blind alternation
# scans every position)
STATUS_HINT = re.compile(r"likely|achiev|met|complet|done|in place")


def status_hint(t: str) -> bool:
    """``STATUS_HINT.search(t) is not None``, as substring tests (an alternation with no
    common first letter is tried at every position; ``in`` is a fast scan per word)."""
    return ("likely" in t or "achiev" in t or "met" in t or "complet" in t or "done" in t
            or "in place" in t)
_EXPLICIT_LIKELIHOOD = re.compile(r"\b(?:very|fairly|highly|quite)\s+(?:un)?likely\b")
_CLAUSE_LEAD = re.compile(r"^(?:so|and|but|i\.e\.?|that is)\s+")


def _lead_clause_status(t: str) -> tuple[str | None, Likelihood | None]:
    """A status stated by the first clause of a longer text, the rest explaining it
    ('Very likely: the organisation is constituted ...'), or by the second when the
    first is a word of no status ('Slipped: not achieved by the deadline, because ...';
    'Partly met, so not achieved: ... We think it fairly likely by July')."""
    if not status_hint(t):
        return None, None
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
        if k and head.startswith("achieved") and (
                _ACHIEVED_SAID.match(rest) or _offers_both(rest)):
            return parse_status(rest)  # '... prevention. Achieved? No': the answer asked
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
    if len(t) < 120 and _LIKELY_WORD.search(t):
        return "likelihood"
    return None


_LIKELY_WORD = re.compile(r"\blikel(?:y|ihood)\b")


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

