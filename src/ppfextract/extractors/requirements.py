"""The twelve underpinning requirements and their Red / Amber / Green ratings.

A requirement row is a row one of whose cells words a requirement (fuzzy). Its
rating is read, in order of preference, from: a mark under a rating column (a
header row naming two or more ratings fixes those columns, and carries over to a
continuation table), a cell filled in a colour its sibling rating cells do not
share, a rating word in the row, or a lone coloured cell in the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import marks
from ..document import Cell, Provenance
from ..framework import Rating, parse_rating
from ..marks import Selection
from ..record import RequirementRating
from .labels import requirement_id
from .walk import RowView, Unit


@dataclass
class RequirementsResult:
    ratings: list[RequirementRating] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _rating_header(row: RowView) -> list[tuple[Rating, int, int]] | None:
    """A row naming the rating columns ('| Red | Amber/Red | ...'); never a row that
    words a requirement (two rated side by side: 'wording | G | wording | A/R')."""
    cols = [(r, c.col, c.last_col) for c in row.cells if (r := parse_rating(c.text)) is not None]
    if len({r for r, _, _ in cols}) >= 2 and not any(
            len(c.text) >= 12 and requirement_id(c.text) is not None for c in row.cells):
        return cols
    return None


# Paraphrased requirement names ("Engagement of PCT and wider health community",
# "Workforce strategy"): each requirement's distinctive words. A paraphrase is trusted
# only among others: a table or a run of lines where three or more requirements are named.
REQUIREMENT_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("engagement.service_users", r"\b(?:service users|people who use services|users)\b"),
    ("engagement.staff", r"\bstaff\b"),
    ("engagement.health", r"\b(?:pcts?|primary care|health community|nhs)\b"),
    ("engagement.politicians", r"\b(?:politicians|councillors|elected members)\b"),
    ("engagement.council_partners", r"\b(?:council departments|parts of (?:the )?(?:local )?"
                                    r"councils?|strategic partners)\b"),
    ("engagement.regional_national", r"\b(?:regional|national programmes?)\b"),
    ("arrangements.risk_management", r"\brisks?\b"),
    ("arrangements.business_models", r"\bbusiness models?\b"),
    ("arrangements.financial_systems", r"\bfinancial systems?\b"),
    ("arrangements.project_plan", r"\bproject plan\b"),
    ("arrangements.business_cases", r"\bbusiness cases?\b"),
    ("arrangements.workforce_strategy", r"\bworkforce\b"),
)
MIN_NAMED_TOGETHER = 3
_RATING_LINE = re.compile(r"^\s*(?P<name>[^:]{8,200}?)\s*(?::|\s[\u2013\u2014-]\s)\s*"
                          r"(?P<r>[A-Za-z][A-Za-z /\-]{0,20}?)\s*\.?\s*$")


@lru_cache(maxsize=8192)
def requirement_keywords(text: str) -> str | None:
    """The one requirement a paraphrase names by its distinctive words, else None."""
    t = text.lower()
    if len(t) > 250:
        return None
    hits = [rid for rid, pattern in REQUIREMENT_KEYWORDS if re.search(pattern, t)]
    if len(hits) == 2 and "engagement.service_users" in hits:
        hits.remove("engagement.service_users")  # "users" is named in passing
    return hits[0] if len(hits) == 1 else None


@dataclass
class _Found:
    rid: str
    rating: Rating | None
    prov: Provenance | None
    warning: str | None
    exact: bool  # worded as the template words it (fuzzy), not a paraphrase
    group: tuple[str, int]  # the table, or the run of lines, it was found in


def extract_requirements(units: list[Unit]) -> RequirementsResult:
    found: list[_Found] = []
    header: list[tuple[Rating, int, int]] | None = None
    header_cols = -1
    run = 0
    previous = ""  # the paragraph before, for a wording and its rating as two paragraphs
    for unit in units:
        if not isinstance(unit, RowView):
            listed = _rated_list(unit.text)
            if listed:
                found.extend(_Found(rid, rating, unit.provenance, None, exact,
                                    ("rated lists", 0)) for rid, exact, rating in listed)
                previous = ""
                continue
            line = _rating_line(unit.text)
            pair = None if line is not None else _rating_after(previous, unit.text)
            previous = unit.text
            if pair is not None:
                found.append(_Found(pair[0], pair[1], unit.provenance, None, True,
                                    ("lines", run)))
            elif line is None:
                run += 1
            else:
                found.append(_Found(line[0], line[2], unit.provenance, None, line[1],
                                    ("lines", run)))
            continue
        previous = ""
        run += 1
        header_found = _rating_header(unit)
        if header_found is not None:
            header, header_cols = header_found, unit.table.n_cols
            continue  # a header row may word a requirement section, never a requirement
        cols = header if header is not None and header_cols == unit.table.n_cols else None
        found.extend(_find_in_row(unit, cols))
    return _decide(found)


def _find_in_row(row: RowView, cols: list[tuple[Rating, int, int]] | None) -> list[_Found]:
    """The requirements a table row words (exactly, else by its distinctive words) and
    the rating each gives: one, or several side by side ('wording | G | wording | A/R')."""
    exact_hits: list[_Found] = []
    for cell in row.cells:
        rid = requirement_id(cell.text)
        if rid is not None and all(f.rid != rid for f in exact_hits):
            rating, prov, warning = _read_rating(row, cell, cols)
            exact_hits.append(_Found(rid, rating, prov, warning, True,
                                     ("table", row.table_no)))
            if cols:
                break  # rating columns belong to the first wording
    if exact_hits:
        return exact_hits
    for cell in row.cells[:2]:
        rid = requirement_keywords(cell.text) if len(cell.text) > 6 else None
        if rid is not None:
            rating, prov, warning = _read_rating(row, cell, cols)
            return [_Found(rid, rating, prov, warning, False, ("table", row.table_no))]
    return []


def _decide(found: list[_Found]) -> RequirementsResult:
    """Keep exact wordings, and paraphrases named together with two or more other rated
    requirements; the first rating of each requirement wins (a second one is a warning)."""
    res = RequirementsResult()
    named: dict[tuple[str, int], set[str]] = {}
    for f in found:
        if f.exact or f.rating is not None:
            named.setdefault(f.group, set()).add(f.rid)
    seen: dict[str, RequirementRating] = {}
    for f in found:
        if not f.exact and (f.rating is None or len(named[f.group]) < MIN_NAMED_TOGETHER):
            continue
        if f.warning:
            res.warnings.append(f"requirement {f.rid}: {f.warning}")
        if f.rating is None:
            continue
        if f.rid in seen and seen[f.rid].rating is not f.rating:
            res.warnings.append(f"requirement {f.rid} rated twice ({seen[f.rid].rating.value}, "
                                f"{f.rating.value}); keeping the first")
            continue
        if f.rid not in seen:
            rr = RequirementRating(f.rid, f.rating, {"rating": f.prov} if f.prov else {})
            seen[f.rid] = rr
            res.ratings.append(rr)
    return res


# A requirements table without lines, read as text: 'UR04 The full engagement of local
# politicians Amber / Red', the rating word after the wording (and a note after it).
_RATING_AFTER = re.compile(
    r"^\s*(?:[A-Z]{1,4}\s?\d{1,3}[.:)]?\s+)?(?P<name>[^:]{8,200}?)[.;,]?\s+"
    r"(?P<r>amber\s*/\s*red|amber\s*/\s*green|red|green|a\s*/\s*r|a\s*/\s*g)\b", re.I)


_RATED_LIST = re.compile(
    r"\b(?:rated|rating(?:\s+of)?|assessed\s+as)\s+(?P<r>amber\s*/\s*red|amber\s*/\s*green|"
    r"red|green|amber-red|amber-green)\s*[:\-\u2013]\s*(?P<items>.+)$", re.I | re.S)


@lru_cache(maxsize=8192)
def _rated_list(text: str) -> list[tuple[str, bool, Rating]]:
    """'Rated green: engagement of staff; workforce strategy.' -> each requirement the
    list names, with the rating (paraphrases count only among others, see _decide)."""
    low = text.lower()
    if len(text) >= 800 or not ("rated" in low or "rating" in low or "assessed" in low):
        return []
    m = _RATED_LIST.search(text)
    rating = parse_rating(m["r"]) if m else None
    if m is None or rating is None:
        return []
    out: list[tuple[str, bool, Rating]] = []
    for item in re.split(r";|\.\s|\band\s+(?=[a-z])", m["items"].strip().rstrip(".")):
        item = item.strip(" ,.")
        rid = requirement_id(item) if len(item) >= 12 else None
        exact = rid is not None
        rid = rid or (requirement_keywords(item) if len(item) > 6 else None)
        if rid is not None:
            out.append((rid, exact, rating))
    return out


def _rating_after(wording: str, text: str) -> tuple[str, Rating] | None:
    """A paragraph that is only a rating ('A/G'), after one that words a requirement (a
    definition list: the wording as the term, the rating as its definition)."""
    if not wording or len(text) > 20:
        return None
    rating = parse_rating(text)
    rid = requirement_id(wording) if rating is not None else None
    return (rid, rating) if rid is not None and rating is not None else None


@lru_cache(maxsize=8192)
def _rating_line(text: str) -> tuple[str, bool, Rating] | None:
    """'Engagement of local politicians: Green' -> (requirement, exact?, rating)."""
    separated = ":" in text or "-" in text or "\u2013" in text or "\u2014" in text
    m = _RATING_LINE.match(text) if len(text) < 260 and separated else None
    rating = parse_rating(m["r"]) if m else None
    low = text.lower()
    if (m is None or rating is None) and ("red" in low or "green" in low or "/" in low):
        m = _RATING_AFTER.match(text) if len(text) < 400 else None
        rating = parse_rating(m["r"]) if m else None
    if m is None or rating is None:
        return None
    rid = requirement_id(m["name"])
    if rid is not None:
        return rid, True, rating
    rid = requirement_keywords(m["name"])
    return (rid, False, rating) if rid is not None else None


def _read_rating(row: RowView, req_cell: Cell, cols: list[tuple[Rating, int, int]] | None
                 ) -> tuple[Rating | None, Provenance | None, str | None]:
    others = [c for c in row.cells if c is not req_cell and c.col > req_cell.last_col]
    if cols:
        options: list[tuple[Rating, Cell]] = []
        for rating, c0, c1 in cols:
            for cell in others:
                if cell.col <= c1 and cell.last_col >= c0:
                    options.append((rating, cell))
                    break
        picked = [(r, c) for r, c in options
                  if marks.selection(c) is Selection.SELECTED]
        if len(picked) == 1:
            return picked[0][0], picked[0][1].provenance, None
        if len(picked) > 1:
            return None, None, "two or more ratings are marked: " + ", ".join(
                r.value for r, _ in picked)
        idx = marks.selected_by_fill([c for _, c in options])
        if idx is not None:
            return options[idx][0], options[idx][1].provenance, None
    # No rating columns (or nothing marked under them): a word, then a lone colour.
    for cell in others:
        word = parse_rating(marks.strip_marks(cell.text))
        if word is not None:
            return word, cell.provenance, None
    coloured = [c for c in others if marks.rating_colour(c.fill) is not None]
    if len(coloured) == 1:
        return Rating(marks.rating_colour(coloured[0].fill)), coloured[0].provenance, None
    if cols:
        return None, None, "no rating is marked"
    return None, None, "rating unreadable"
