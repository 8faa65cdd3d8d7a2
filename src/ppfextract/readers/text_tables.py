"""Tables typed in plain text: a block of pre-formatted text (an e-mail pasted into a
web page, a report's plain-text appendix) whose columns are lined up with spaces under a
ruler of dashes::

                                               Already  Very
    Milestone                           Deadline   achieved likely
    ----------------------------------  ---------  -------- --------
    1. Effective partnerships with      Apr 2010      X
       people using services, carers    Oct 2010               X

The ruler's runs of dashes give the columns; the lines above it (up to a blank line) are
the header, each column's words joined; the lines below it (up to two blank lines, or a
line that fits no column) are the rows, one per line. A label typed over several lines
in the first column, in a group of lines between blank lines, becomes one cell spanning
the group's rows, as a merged cell of a drawn table would.

Layout-neutral: text in, rows of cell texts out; the reader makes them a Table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_RULER = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,}){1,}\s*$")
MAX_LINES = 400


@dataclass
class TextCell:
    text: str
    row: int
    col: int
    row_span: int = 1


@dataclass
class TextTable:
    n_rows: int
    n_cols: int
    cells: list[TextCell] = field(default_factory=list)


def split_text(text: str) -> list[str | TextTable]:
    """The text before a typed table, the table, and the text after it (several tables in
    turn); [text] when there is none."""
    lines = text.split("\n")
    if len(lines) > MAX_LINES or not any(_RULER.match(ln) for ln in lines):
        return [text]
    out: list[str | TextTable] = []
    k = 0
    start = 0
    while k < len(lines):
        if not _RULER.match(lines[k]):
            k += 1
            continue
        found = _table_at(lines, k)
        if found is None:
            k += 1
            continue
        table, first, end = found
        if first > start:
            out.append("\n".join(lines[start:first]))
        out.append(table)
        start = k = end
    if start < len(lines):
        out.append("\n".join(lines[start:]))
    return out


def _columns(ruler: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"-{3,}", ruler)]


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """The runs of text of a line separated by two or more spaces (a single space joins
    words of one cell)."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _column_of(start: int, end: int, cols: list[tuple[int, int]]) -> int | None:
    """The column a run of text stands in: the one it overlaps most, or the nearest one
    to its middle when it overlaps none (a mark typed between two rulers' runs)."""
    best, overlap = None, 0
    for c, (a, b) in enumerate(cols):
        o = min(end, b) - max(start, a)
        if o > overlap:
            best, overlap = c, o
    if best is not None:
        return best
    middle = (start + end) / 2
    gaps = [(min(abs(middle - a), abs(middle - b)), c) for c, (a, b) in enumerate(cols)]
    dist, c = min(gaps)
    return c if dist <= 3 else None


def _row_cells(line: str, cols: list[tuple[int, int]], header: bool = False
               ) -> dict[int, str] | None:
    """A line's texts by column. In a row, a run of text (words one space apart) that
    reaches over two columns is no cell: the line is no row of this table (None). In a
    header, words are placed one by one ('Already  Very' over 'achieved likely')."""
    cells: dict[int, str] = {}
    for start, end, text in _pieces(line):
        if header:
            words = [(start + m.start(), start + m.end(), m.group())
                     for m in re.finditer(r"\S+", text)]
        else:
            spans = [c for c, (a, b) in enumerate(cols) if min(end, b) - max(start, a) >= 2]
            if len(spans) > 1:
                return None
            words = [(start, end, text)]
        for a, b, word in words:
            c = _column_of(a, b, cols)
            if c is None:
                return None
            cells[c] = f"{cells[c]} {word}" if c in cells else word
    return cells


def _table_at(lines: list[str], k: int) -> tuple[TextTable, int, int] | None:
    cols = _columns(lines[k])
    if len(cols) < 2:
        return None
    found = _header(lines, k, cols)
    if found is None:
        return None
    header, first = found
    body, groups, end = _body(lines, k, cols)
    if len(body) < 2 or len(header) < 2:
        return None
    table = TextTable(1 + len(body), len(cols))
    for c in range(len(cols)):
        table.cells.append(TextCell("\n".join(header.get(c, [])), 0, c))
    r = 0
    while r < len(body):
        run = [i for i in range(r, len(body)) if groups[i] == groups[r]]
        labels = [body[i].get(0, "") for i in run]
        # a label typed over the lines of its group: one cell over them all
        spanned = len(run) > 1 and bool(labels[0]) and all(_continues(x) for x in labels[1:])
        if spanned:
            table.cells.append(TextCell(" ".join(x for x in labels if x), 1 + r, 0, len(run)))
        for i in run:
            table.cells.extend(TextCell(t, 1 + i, c) for c, t in body[i].items()
                               if not (c == 0 and spanned))
        r = run[-1] + 1
    taken = {(c.row + k, c.col) for c in table.cells for k in range(c.row_span)}
    table.cells.extend(TextCell("", r, c) for r in range(table.n_rows)  # empty cells too:
                       for c in range(table.n_cols) if (r, c) not in taken)  # a place to mark
    table.cells.sort(key=lambda c: (c.row, c.col))
    return table, first, end


def _header(lines: list[str], k: int, cols: list[tuple[int, int]]
            ) -> tuple[dict[int, list[str]], int] | None:
    """The header's words by column (the lines above the ruler, up to a blank line), and
    the index of its first line."""
    j = k - 1
    while j >= 0 and lines[j].strip() and k - j <= 4:
        j -= 1
    header: dict[int, list[str]] = {}
    for ln in lines[j + 1:k]:
        row = _row_cells(ln, cols, header=True)
        if row is None:
            return None
        for c, t in row.items():
            header.setdefault(c, []).append(t)
    return header, j + 1


def _body(lines: list[str], k: int, cols: list[tuple[int, int]]
          ) -> tuple[list[dict[int, str]], list[int], int]:
    """The rows under the ruler, the group of each (lines between blank lines), and the
    index one past the table's last line. A group whose first line fills only one column
    is the text after the table; so is what follows two blank lines or a line that is
    no row."""
    body: list[dict[int, str]] = []
    groups: list[int] = []
    pending: list[dict[int, str]] = []
    group, blank, end, pending_end = 0, 0, k + 1, k + 1
    for i in range(k + 1, len(lines) + 1):
        line = lines[i] if i < len(lines) else ""
        row = _row_cells(line, cols) if line.strip() and not _RULER.match(line) else None
        if line.strip() and row is not None:
            blank = 0
            pending.append(row)
            pending_end = i + 1
            continue
        # a blank line, the end, or a line that is no row: the group ends here
        if pending and len(pending[0]) >= 2:  # a group starts with a row of two cells or more
            body.extend(pending)
            groups.extend([group] * len(pending))
            end = pending_end
        elif pending:
            break
        pending = []
        if line.strip():
            break  # a line that is no row ends the table
        blank += 1
        group += 1
        if blank >= 2:
            break
    return body, groups, end


def _continues(label: str) -> bool:
    """A label line carrying on the one above (empty, or starting in lower case)."""
    return not label or label[:1].islower()
