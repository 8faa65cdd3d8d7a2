"""Compact summary tables: milestones by deadlines, cells holding words.

    |                          | April 2010 | October 2010 | April 2011       |
    | 1. Effective partnerships | Achieved   | Achieved     | Very likely      |
    | 2. Self-directed support  | Achieved   | Not achieved – now fairly likely by June 2011 | ...

Either orientation (milestones as rows or as columns) is read. Words: Achieved /
Yes / Y / Met / a tick -> achieved Y; Not achieved / No / N / Not met -> N, with
any likelihood named after it; a likelihood phrase -> the likelihood.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..document import Cell, Table
from ..framework import Deadline, parse_month
from ..record import MilestoneCell
from .labels import clean_text, column_kind, deadline_of, milestone_heading, parse_status
from .options import read_value_columns


def _deadline_header(grid: list[list[Cell | None]]) -> tuple[int, dict[int, Deadline]] | None:
    """The first row naming two or more deadlines, and their columns (a spreadsheet may
    put the milestone grid below other content in the same table)."""
    for r, row in enumerate(grid):
        found: dict[int, Deadline] = {}
        for c, cell in enumerate(row):
            d = deadline_of(cell.text) if cell is not None else None
            if d is not None and d not in found.values():
                found[c] = d
        if len(found) >= 2:
            return r, found
    return None


def _row_milestone(row: list[Cell | None], first_dcol: int) -> int | None:
    for cell in row[:first_dcol]:
        if cell is not None and cell.text.strip():
            mid = milestone_heading(clean_text(cell.text))
            if mid is not None:
                return mid
    return None


def _status_cell(mid: int, d: Deadline, cell: Cell) -> MilestoneCell | None:
    """A milestone cell from a status written in one table cell ('Achieved', 'Not
    achieved - fairly likely'), or None when the cell states none."""
    achieved, lik = parse_status(cell.text, cell.marks)
    if achieved is None and lik is None:
        return None
    prov = {k: cell.provenance for k, v in (("achieved", achieved), ("likelihood", lik)) if v}
    return MilestoneCell(mid, d, achieved, lik, None, None, prov)


def _row_names(row: list[Cell | None], skip: Container[int]) -> tuple[int | None,
                                                                      Deadline | None]:
    """The milestone and the deadline a long table's row names, outside columns ``skip``."""
    keys = [cell for c, cell in enumerate(row) if cell is not None and c not in skip]
    mid = next((m for cell in keys if (m := milestone_heading(clean_text(cell.text)))
                is not None), None)
    deadline = next((d for cell in keys if (d := deadline_of(cell.text)) is not None), None)
    return mid, deadline


def _read(grid: list[list[Cell | None]], transpose: bool) -> list[MilestoneCell]:
    if transpose and grid:
        grid = [list(col) for col in zip(*grid, strict=True)]
    header = _deadline_header(grid)
    if header is None:
        return []
    header_idx, dcols = header
    first_dcol = min(dcols)
    out: list[MilestoneCell] = []
    rows_with_milestone = 0
    seen: set[tuple[int, Deadline]] = set()
    sub = _sub_columns(grid, header_idx, dcols)
    for row in grid[header_idx + 1:]:
        mid = _row_milestone(row, first_dcol)
        if mid is None:
            continue
        rows_with_milestone += 1
        if sub is not None:  # each deadline split into Achieved? / Likelihood / ... columns
            for d, kinds in sub.items():
                value = read_value_columns(mid, d, [(k, row[c] if c < len(row) else None)
                                                    for c, k in kinds])
                if value is not None and (mid, d) not in seen:
                    seen.add((mid, d))
                    out.append(value)
            continue
        for c, d in dcols.items():
            cell = row[c] if c < len(row) else None
            if cell is None or (mid, d) in seen:
                continue
            value = _status_cell(mid, d, cell)
            if value is not None:
                seen.add((mid, d))
                out.append(value)
    return out if rows_with_milestone >= 2 else []


def _sub_columns(grid: list[list[Cell | None]], header_idx: int, dcols: dict[int, Deadline]
                 ) -> dict[Deadline, list[tuple[int, str | None]]] | None:
    """Deadline headers spanning several columns, named in the row below ('Achieved? |
    Likelihood | Comment' under each): the columns of each deadline with their kinds."""
    if header_idx + 1 >= len(grid):
        return None
    below = grid[header_idx + 1]
    out: dict[Deadline, list[tuple[int, str | None]]] = {}
    for c, d in dcols.items():
        head = grid[header_idx][c]
        if head is None or head.col_span < 2:
            return None
        cols = range(head.col, min(head.col + head.col_span, len(below)))
        kinds = [(k, column_kind(cell.text) if (cell := below[k]) is not None else None)
                 for k in cols]
        if sum(1 for _, kind in kinds if kind) < 2:
            return None
        out[d] = kinds
    return out


def _read_long(grid: list[list[Cell | None]]) -> list[MilestoneCell]:
    """A long table: one row per (milestone, deadline), value columns named in a header
    row ('Milestone | Deadline | Achieved? | Likelihood | Reason if not achieved')."""
    header_idx, kinds = None, {}
    for r, row in enumerate(grid[:4]):
        if any(cell is not None and (deadline_of(cell.text) is not None or milestone_heading(
                clean_text(cell.text)) is not None) for cell in row):
            continue  # a row of values ('Milestone 2 | October 2010 | Achieved'), no header
        found = {c: k for c, cell in enumerate(row)
                 if cell is not None and (k := column_kind(cell.text)) is not None}
        if len(found) >= 2 and ({"achieved", "likelihood"} & set(found.values())):
            header_idx, kinds = r, found
            break
    if header_idx is None:
        return _read_positions(grid)
    out: dict[tuple[int, Deadline], MilestoneCell] = {}
    for row in grid[header_idx + 1:]:
        mid, deadline = _row_names(row, kinds)
        if mid is None or deadline is None or (mid, deadline) in out:
            continue
        value = read_value_columns(mid, deadline, [(k, row[c]) for c, k in kinds.items()])
        if value is not None:
            out[mid, deadline] = value
    return list(out.values()) if len({m for m, _ in out}) >= 2 else []


_POSITION_HEAD = re.compile(r"\b(?:position|status|progress)\s+(?:as\s+)?(?:at|of)\b", re.I)


def _read_positions(grid: list[list[Cell | None]]) -> list[MilestoneCell]:
    """A long table whose status columns are positions at reporting dates ('Position at
    September 2010 (Q2)' | 'Position at December 2010 (Q3)'), one row per milestone and
    deadline: the latest position is the return's."""
    header = next(((r, dated) for r, row in enumerate(grid[:4])
                   if (dated := [(ym, c) for c, cell in enumerate(row) if cell is not None
                                 and _POSITION_HEAD.search(cell.text)
                                 and (ym := parse_month(cell.text))])), None)
    if header is None:
        return []
    first_row, col = header[0] + 1, max(header[1])[1]
    out: dict[tuple[int, Deadline], MilestoneCell] = {}
    for row in grid[first_row:]:
        mid, deadline = _row_names(row, (col,))
        status = row[col] if col < len(row) else None
        if mid is None or deadline is None or status is None or (mid, deadline) in out:
            continue
        value = _status_cell(mid, deadline, status)
        if value is not None:
            out[mid, deadline] = value
    return list(out.values()) if len({m for m, _ in out}) >= 2 else []


def extract_summary_tables(tables: list[Table]) -> list[MilestoneCell]:
    """Milestone cells from every summary table in the document (first wins per cell)."""
    cells: dict[tuple[int, Deadline], MilestoneCell] = {}
    for table in tables:
        grid = table.grid()
        for transpose in (False, True):
            for mc in _read(grid, transpose):
                cells.setdefault((mc.milestone, mc.deadline), mc)
        for mc in _read_long(grid):
            cells.setdefault((mc.milestone, mc.deadline), mc)
    return list(cells.values())
