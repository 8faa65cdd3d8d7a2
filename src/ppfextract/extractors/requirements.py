"""The twelve underpinning requirements and their Red / Amber / Green ratings.

A requirement row is a row one of whose cells words a requirement (fuzzy). Its
rating is read, in order of preference, from: a mark under a rating column (a
header row naming two or more ratings fixes those columns, and carries over to a
continuation table), a cell filled in a colour its sibling rating cells do not
share, a rating word in the row, or a lone coloured cell in the row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    cols = [(r, c.col, c.last_col) for c in row.cells if (r := parse_rating(c.text)) is not None]
    if len({r for r, _, _ in cols}) >= 2:
        return cols
    return None


def extract_requirements(units: list[Unit]) -> RequirementsResult:
    res = RequirementsResult()
    header: list[tuple[Rating, int, int]] | None = None
    header_cols = -1
    seen: dict[str, RequirementRating] = {}
    for unit in units:
        if not isinstance(unit, RowView):
            continue
        found = _rating_header(unit)
        if found is not None:
            header, header_cols = found, unit.table.n_cols
            # a header row may also word a requirement section, never a requirement
            continue
        req_cell, rid = None, None
        for cell in unit.cells:
            rid = requirement_id(cell.text)
            if rid is not None:
                req_cell = cell
                break
        if rid is None or req_cell is None:
            continue
        cols = header if header is not None and header_cols == unit.table.n_cols else None
        rating, prov, warning = _read_rating(unit, req_cell, cols)
        if warning:
            res.warnings.append(f"requirement {rid}: {warning}")
        if rating is None:
            continue
        if rid in seen and seen[rid].rating is not rating:
            res.warnings.append(f"requirement {rid} rated twice ({seen[rid].rating.value}, "
                                f"{rating.value}); keeping the first")
            continue
        if rid not in seen:
            rr = RequirementRating(rid, rating, {"rating": prov} if prov else {})
            seen[rid] = rr
            res.ratings.append(rr)
    return res


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
