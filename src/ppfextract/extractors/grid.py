"""A table seen as a grid of tagged cells: neighbours, headers along both axes, context.

Geometry only: which cell is left of, right of, above or below another (row and column
spans respected); which rows and columns are *header lines* (a row or column naming two
or more different deadlines, or milestones, or options); which rows head a milestone
section inside the table; and the context the document gives the table (the milestone
section and deadline title it sits under, the header row it continues).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .. import lazy_re as re  # re, each pattern compiled on first use
from ..document import Cell, Line, Table
from ..framework import Deadline, Likelihood, parse_month
from ..marks import is_background
from .labels import MONTH_STARTS, Section, requirement_keywords, titled_deadline
from .tags import Field, Option, Tags, is_mark_word, tag_text

# sections of a milestone table that hold no answer to the key dates
_OTHER_SECTIONS = frozenset({Section.DESCRIPTION, Section.KEY_QUESTIONS, Section.KEY_RISKS,
                             Section.USEFUL_INFO})


@dataclass
class Context:
    """What the document says before a table: the milestone section it is in, a
    deadline title over it, and the header rows of the table it continues."""

    milestone: int | None = None
    deadline: Deadline | None = None
    headers: list[Cell] = field(default_factory=list)  # continued header cells
    headers_n_cols: int = 0
    scale: dict[int, Likelihood] | None = None  # the document's key scoring likelihoods
    # the document's key of status words ('On track' = 'fairly likely to be met'):
    # folded word -> (achieved, likelihood)
    terms: dict[str, tuple[str | None, Likelihood | None]] | None = None


_PERIOD_WORDS = re.compile(
    r"\b(?:position|progress|status|rating|returns?|rtn|report(?:ed)?|update|as\s+at|as\s+of|"
    r"(?:quarter|qtr|period)\s+(?:end(?:ing|ed)?|to)|q[1-4])\b", re.I)
EARLIER: tuple[int, int] = (0, 0)
_RELATIVE = ((re.compile(r"\b(?:previous|last|prior|earlier)\s+(?:quarter|return|report|"
                         r"position|period|rag|rating|status)\b|\b(?:previous|prior|"
                         r"superseded)\b|\bfor\s+comparison\b", re.I), EARLIER),
             (re.compile(r"\b(?:this|current|latest|present)\s+(?:quarter|return|report|"
                         r"position|period|rag|rating|status)\b", re.I), (9999, 12)))


def keyed(f: Field, text: str, terms: dict[str, tuple[str | None, Likelihood | None]]
          ) -> str | None:
    """The value of ``f`` a text has by the document's key ('★★★☆' =
    'Fairly likely'; 'On track' = 'fairly likely to be met')."""
    achieved, likelihood = terms.get(tag_text(text).word, (None, None))
    if f is Field.ACHIEVED:
        return achieved
    return likelihood.value if f is Field.LIKELIHOOD and likelihood is not None else None


_BARE_QUARTER = re.compile(r"(?:q|qtr\.?|quarter)\s*([1-4])\s*(?:\(?\s*(?:return|rtn|position|"
                           r"rating|status|update|progress)\s*\)?)?", re.I)
_CONTINUED = re.compile(r"^\s*(?:milestone\s*|m\s*)?([1-5])\.?\s*[(\[]?\s*(?:cont(?:inued|'?d)?|"
                        r"ctd)\.?\s*[)\]]?\s*$", re.I)
_NUMBER_LEAD = re.compile(r"^\s*(?:milestone\s*)?([1-5])\s*[.):]\s+[A-Za-z]", re.I)


def _col(cell: Cell) -> int:
    return cell.col


_PROJECT_HEADS = frozenset({"project", "projects", "programme", "programmes", "scheme",
                            "schemes", "project / programme", "initiative", "workstream"})


def reporting_period(text: str) -> tuple[int, int] | None:
    """The reporting date a header names ('Position at September 2010 (Q2)', 'As at 31
    Dec 2010', 'Last quarter', 'This quarter'), as (year, month); None for other text."""
    if not text or len(text) > 80:
        return None
    low = text.lower()
    if "\n" in low or "  " in low:
        low = " ".join(low.split())
    # (the patterns' words first: most cells hold none of them)
    if ("previous" in low or "last" in low or "prior" in low or "earlier" in low
            or "superseded" in low or "comparison" in low or "this" in low or "current" in low
            or "latest" in low or "present" in low):
        for pattern, value in _RELATIVE:
            if pattern.search(text):
                return value
    if not ("position" in low or "progress" in low or "status" in low or "rating" in low
            or "return" in low or "rtn" in low or "report" in low or "update" in low
            or "as at" in low or "as of" in low or "quarter" in low or "qtr" in low
            or "period" in low or "q1" in low
            or "q2" in low or "q3" in low or "q4" in low) or not _PERIOD_WORDS.search(text):
        return None
    month = parse_month(text)
    if month is None:
        # a quarter with no year ('Q2 return', 'Qtr 3 position'): in its year's order, as
        # (1, n); a fourth quarter beside a first is no order (see _stale_positions)
        bare = _BARE_QUARTER.fullmatch(text.strip()) if len(text) <= 24 and (
            "q" in text or "Q" in text) else None
        return (1, int(bare[1])) if bare is not None else None
    # a quarter's end named as a report's ('Sep-10 rtn', 'Mar-11 (Q4)') is its period; a
    # deadline's own month ('Position at April 2010') is the deadline's header
    if month[1] not in (3, 6, 9, 12) and tag_text(text).deadline is not None:
        return None
    return month


def _header_deadline(t: Tags) -> Deadline | None:
    """A deadline as a header names it: a short text, not a sentence or a value; or the
    deadline then the field asked for it ('October 2010 How likely are we to achieve
    this by this date?')."""
    return t.deadline if len(t.word) <= 40 or (t.field is not None and len(t.word) <= 120) \
        else None


def _period_qualified(t: Tags, text: str) -> Tags:
    """'Dec-10 return: achieved (Y/N)', 'Q3 position - likelihood': the field a header asks
    after the period it is for (the period itself is read by :func:`reporting_period`)."""
    if (":" not in text and " - " not in text and " \u2013 " not in text) or len(text) > 80 \
            or t.field is not None or t.option is not None:
        return t
    head, _, rest = text.replace(" \u2013 ", ": ").replace(" - ", ": ").partition(":")
    if not rest.strip() or reporting_period(head) is None:
        return t
    asked = tag_text(rest.strip())
    return replace(t, field=asked.field, field_rest=asked.field_rest) \
        if asked.field is not None else t


def cell_tags(cell: Cell) -> Tags:
    """The tags of a cell's words; a cell whose first line is a title ('April 2010' over
    the deliverable's text, 'Milestone 2: ...' over a description) names what its title
    names. A reporting period's header ('Q4 Mar-11 (this return)', 'Q1 Jun-10') names
    no deadline: its month is the return's."""
    t = _cell_tags(cell)
    if t.deadline is not None and len(cell.text) <= 60 and t.field is None and \
            reporting_period(cell.text) is not None and _DUE.search(cell.text) is None:
        return replace(t, deadline=None)  # (but 'Due in Q4 2009/10' names its deadline)
    return t


def _option_after_deadline(cell: Cell) -> bool:
    """A header naming a deadline then the first of its options ('Oct 2010: VL', 'Oct' /
    '2010:' / 'VL')."""
    lines = [ln.text.strip() for ln in cell.lines if ln.text.strip()]
    if len(lines) >= 2 and tag_text(lines[-1]).option is not None:
        return True
    head, colon, rest = cell.text.rpartition(":")
    return bool(colon) and bool(head.strip()) and tag_text(rest.strip()).option is not None


_DUE = re.compile(r"\b(?:due|deadline|by)\b", re.I)


def _cell_tags(cell: Cell) -> Tags:
    if len(cell.lines) <= 1:
        t = _period_qualified(tag_text(cell.lines[0].text if cell.lines else ""), cell.text)
        return _titled_deadline(t, cell.text) if cell.col_span == 1 else t
    whole = _period_qualified(tag_text("\n".join(line.text for line in cell.lines)), cell.text)
    if whole.deadline is None and whole.milestone is None:
        first = next((ln.text for ln in cell.lines if ln.text.strip()), "")
        head = tag_text(first)
        if head.deadline is not None and head.field is None and len(head.word) <= 30:
            return replace(whole, deadline=head.deadline, word=head.word)
        if head.milestone is not None and head.milestone_how in ("title", "number"):
            return replace(whole, milestone=head.milestone, milestone_how=head.milestone_how)
    # (a deliverable's text across the row, under other fields' columns, titles no row)
    return _titled_deadline(whole, cell.text) if cell.col_span == 1 else whole


def _titled_deadline(t: Tags, text: str) -> Tags:
    if text[:3].lower() not in MONTH_STARTS or len(text) < 12 or t.deadline is not None or \
            t.field is not None or t.option is not None or t.status != (None, None):
        return t
    titled = titled_deadline(text)
    # (its word the title's, as a cell whose first line is the title: a header's length)
    return replace(t, deadline=titled[0], word=titled[1]) if titled is not None else t


def line_tags(line: Line) -> Tags:
    return tag_text(line.text)


class Grid:
    """One table with its cells tagged and its header lines found."""

    def __init__(self, table: Table, table_no: int, context: Context | None = None) -> None:
        self.table = table
        self.table_no = table_no
        self.context = context or Context()
        self.n_rows, self.n_cols = table.n_rows, table.n_cols
        self.dense = table.grid()
        self._rows: dict[int, list[Cell]] = {}
        self.cells = sorted(table.cells, key=lambda c: (c.row, c.col))
        self.tags: dict[int, Tags] = {id(c): cell_tags(c) for c in self.cells}
        self._achieved_y_n_heads()
        if self.context.terms:
            self._key_terms(self.context.terms)
        self._cache: dict[tuple[str, int], object] = {}
        self.m_rows = self._milestone_lines(rows=True)
        self.m_cols = self._milestone_lines(rows=False)
        if self._numbered_siblings():
            self.m_rows = self._milestone_lines(rows=True)
            self.m_cols = self._milestone_lines(rows=False)
        self.d_rows = self._header_lines(_header_deadline, rows=True)
        self.d_cols = self._header_lines(_header_deadline, rows=False, distinct=False)
        # a row of values whose label names a milestone is no header row of deadlines
        for r in list(self.d_rows):
            if any(self.tag(c).milestone is not None and c.col in self.m_cols
                   for c in self.row_cells(r)):
                del self.d_rows[r]
        self.own_header = self._own_header()
        self.relevant = self._relevant()
        self.headings = self._heading_rows()
        self.titles = self._title_rows()
        self.stale = self._stale_positions()

    def _own_header(self) -> bool:
        """Whether the first row is a header row of its own: it names two deadlines, or two
        different fields ('Achieved (Y/N) | Reason if not achieved'). Options alone ('Very
        likely | Fairly likely') or one field repeated ('Y/N | Y/N | Y/N') may stand under
        the deadline header of the page before."""
        first = self.row_cells(0) if self.n_rows else []
        tags = [self.tag(c) for c in first]
        return sum(1 for t in tags if t.deadline is not None) >= 2 or len(
            {t.field for t in tags if t.field is not None}) >= 2 or self._deadline_labels()

    def _deadline_labels(self) -> bool:
        """Whether the first column's row labels are deadlines, two or more ('Deadline |
        Very likely ...' over rows 'October 2010', 'April 2011'): the table gives its
        own deadlines."""
        if 0 not in self.d_cols:
            return False
        named = {t.deadline for c in self.col_cells(0) if c.row > 0
                 and len(c.text) <= 25 and (t := self.tag(c)).deadline is not None}
        return len(named) >= 2

    def _achieved_y_n_heads(self) -> None:
        """'Achieved Y | Achieved N' side by side are the two options, not the label
        'Achieved' each with a mark beside it: Y is achieved, N not achieved."""
        by_row: dict[int, list[Cell]] = {}
        for cell in self.cells:
            t = self.tags[id(cell)]
            if t.option is Option.ACHIEVED and t.option_rest.upper() in ("Y", "N"):
                by_row.setdefault(cell.row, []).append(cell)
        for row in by_row.values():
            # each pair side by side (two returns' pairs in one row: 'Y | N | ... | Y | N')
            if len(row) > 2:
                row.sort(key=_col)
            letters = [self.tags[id(c)].option_rest.upper() for c in row]
            if len(row) % 2 or any(c.marks for c in row) or any(
                    sorted(letters[k:k + 2]) != ["N", "Y"] or row[k + 1].col - row[k].col != 1
                    for k in range(0, len(row), 2)):
                continue
            for cell, letter in zip(row, letters, strict=True):
                self.tags[id(cell)] = replace(
                    self.tags[id(cell)], option_rest="",
                    option=Option.ACHIEVED if letter == "Y" else Option.NOT_ACHIEVED)

    def _key_terms(self, terms: dict[str, tuple[str | None, Likelihood | None]]) -> None:
        """A cell saying only a word the document's key defines ('At risk') states the
        status the key gives it."""
        for cell in self.cells:
            t = self.tags[id(cell)]
            if t.status == (None, None) and t.word in terms and t.option is None \
                    and t.milestone is None and t.deadline is None and (
                        t.field is None or self._beside_milestone(cell)):
                # ('Ach.' labels a column in a header, and states achieved in a
                # milestone's row when the key says so)
                self.tags[id(cell)] = replace(t, status=terms[t.word], field=None)

    def _beside_milestone(self, cell: Cell) -> bool:
        return any(self.tags[id(c)].milestone is not None for c in self.leftwards(cell))

    def _relevant(self) -> bool:
        """Whether any cell, or any line of a cell, names a milestone, a deadline, an
        option or a field: a table naming none can hold no milestone cell; nor can a
        table of other projects' milestones ('Project | Milestone | Due | Status')."""
        if self._other_projects():
            return False
        for cell in self.cells:
            t = self.tag(cell)
            if t.milestone is not None or t.deadline is not None or t.option is not None \
                    or t.field is not None or t.status != (None, None):
                return True
            if len(cell.lines) > 1 and any(tag_text(ln.text).option is not None
                                           for ln in cell.lines if ln.text.strip()):
                return True
        return self.context.milestone is not None and any(c.marks for c in self.cells)

    def _other_projects(self) -> bool:
        """A table headed by a project (or programme, scheme) column, none of whose cells
        names one of the framework's milestones: other work's milestones."""
        heads = [c.text.strip().lower() for c in self.row_cells(0)] if self.n_rows else []
        if not any(h in _PROJECT_HEADS for h in heads):
            return False
        return not any(self.tag(c).milestone is not None for c in self.cells)

    # -- cells and neighbours ----------------------------------------------

    def tag(self, cell: Cell) -> Tags:
        return self.tags[id(cell)]

    def at(self, r: int, c: int) -> Cell | None:
        if 0 <= r < self.n_rows and 0 <= c < self.n_cols:
            return self.dense[r][c]
        return None

    def right(self, cell: Cell) -> Cell | None:
        return self.at(cell.row, cell.last_col + 1)

    def below(self, cell: Cell) -> Cell | None:
        return self.at(cell.last_row + 1, cell.col)

    def leftwards(self, cell: Cell) -> Iterator[Cell]:
        """Distinct cells left of ``cell`` in its top row, nearest first."""
        seen: Cell | None = cell
        for c in range(cell.col - 1, -1, -1):
            other = self.dense[cell.row][c]
            if other is not None and other is not seen:
                seen = other
                yield other

    def rightwards(self, cell: Cell) -> Iterator[Cell]:
        seen: Cell | None = cell
        for c in range(cell.last_col + 1, self.n_cols):
            other = self.dense[cell.row][c]
            if other is not None and other is not seen:
                seen = other
                yield other

    def upwards(self, cell: Cell) -> Iterator[Cell]:
        """Distinct cells above ``cell`` in any of its columns, nearest row first."""
        seen: set[int] = {id(cell)}
        for r in range(cell.row - 1, -1, -1):
            for c in range(cell.col, cell.last_col + 1):
                other = self.dense[r][c]
                if other is not None and id(other) not in seen:
                    seen.add(id(other))
                    yield other

    def downwards(self, cell: Cell) -> Iterator[Cell]:
        seen: Cell | None = cell
        for r in range(cell.last_row + 1, self.n_rows):
            other = self.dense[r][cell.col]
            if other is not None and other is not seen:
                seen = other
                yield other

    def row_cells(self, r: int) -> list[Cell]:
        """The row's cells left to right, once each (computed once: not to be changed)."""
        found = self._rows.get(r)
        if found is not None:
            return found
        out: list[Cell] = []
        for c in range(self.n_cols):
            cell = self.dense[r][c]
            if cell is not None and (not out or out[-1] is not cell):
                out.append(cell)
        self._rows[r] = out
        return out

    def col_cells(self, c: int) -> list[Cell]:
        out: list[Cell] = []
        for r in range(self.n_rows):
            cell = self.dense[r][c]
            if cell is not None and (not out or out[-1] is not cell):
                out.append(cell)
        return out

    # -- header lines --------------------------------------------------------

    def _header_lines(self, get, rows: bool,  # type: ignore[no-untyped-def]
                      distinct: bool = True) -> dict[int, set[object]]:
        """Rows (or columns) naming two or more different values of ``get`` (or, not
        ``distinct``, naming one in two or more cells: a long table's deadline column
        may list one deadline on every row)."""
        found: dict[int, set[object]] = {}
        count = self.n_rows if rows else self.n_cols
        for k in range(count):
            line = self.row_cells(k) if rows else self.col_cells(k)
            if not rows:  # a title row's one cell spanning the table is in no column
                line = [c for c in line if c.col_span == 1 or not self._alone_in_row(c)]
            named = [v for cell in line if (v := get(self.tag(cell))) is not None]
            if len(set(named) if distinct else named) >= 2:
                found[k] = set(named)
        return found

    def _numbered_siblings(self) -> bool:
        """In a line naming three or more milestones, each numbered as it is ('2. Self-
        directed support ...'), a cell numbered like them with another number and words
        the titles do not match ('1. Partnerships with users ...') is that milestone.
        Whether any cell was so named."""
        changed = False
        for rows, lines in ((True, self.m_rows), (False, self.m_cols)):
            for k in lines:
                line = self.row_cells(k) if rows else self.col_cells(k)
                named = {}
                for c in line:
                    t = self.tag(c)
                    m = _NUMBER_LEAD.match(c.text)
                    if t.milestone is not None and m and int(m[1]) == t.milestone:
                        named[t.milestone] = c
                if len(named) < 3:
                    continue
                for c in line:
                    t = self.tag(c)
                    m = _NUMBER_LEAD.match(c.text)
                    if t.milestone is None and m and int(m[1]) not in named and \
                            t.deadline is None and t.option is None and t.field is None:
                        self.tags[id(c)] = replace(t, milestone=int(m[1]), milestone_how="number")
                        changed = True
                    elif t.milestone is None and (m := _CONTINUED.match(c.text)) and \
                            int(m[1]) in named:
                        # '1 (cont.)' under '1. Effective partnerships ...': its rows go on
                        self.tags[id(c)] = replace(t, milestone=int(m[1]), milestone_how="number")
                        changed = True
        return changed

    def _alone_in_row(self, cell: Cell) -> bool:
        return all(c is cell or self.tag(c).empty for c in self.row_cells(cell.row))

    def _milestone_lines(self, rows: bool) -> dict[int, set[object]]:
        """Rows (columns) naming two or more milestones by title or number, or three or
        more when short names count ('Info & advice', 'Personal budgets / SDS')."""
        strong = self._header_lines(
            lambda t: t.milestone if t.milestone_how in ("title", "number") else None, rows)
        every = self._header_lines(lambda t: t.milestone, rows)
        return {**{k: v for k, v in every.items() if len(v) >= 3}, **strong}

    def is_d_header(self, cell: Cell, rows: bool) -> bool:
        lines = self.d_rows if rows else self.d_cols
        span = range(cell.row, cell.last_row + 1) if rows else range(cell.col, cell.last_col + 1)
        return any(k in lines for k in span)

    def is_m_header(self, cell: Cell, rows: bool) -> bool:
        lines = self.m_rows if rows else self.m_cols
        span = range(cell.row, cell.last_row + 1) if rows else range(cell.col, cell.last_col + 1)
        return any(k in lines for k in span)

    def _heading_rows(self) -> dict[int, int]:
        """Rows that head a milestone section ('Milestone 2: | Self-directed support ...'):
        one to three non-empty cells naming one milestone by title or number, no
        deadline, option or status among them."""
        out: dict[int, int] = {}
        for r in range(self.n_rows):
            cells = [c for c in self.row_cells(r) if not self.tag(c).empty]
            if not cells or len(cells) > 3 or any(c.row != r for c in cells):
                continue
            tags = [self.tag(c) for c in cells]
            if any(t.deadline is not None or t.option is not None or t.status != (None, None)
                   for t in tags):
                continue
            if r in self.m_rows:
                continue
            labels = [c for c in cells if self.tag(c).milestone is not None]
            values = [c for c in self.row_cells(r) if self.tag(c).milestone is None
                      and (c.marks or not self.tag(c).empty or not is_background(c.fill))]
            if labels and labels[0].col in self.m_cols and values:
                continue  # a row label in a column of milestones: a row of values
            if len(cells) == 1:
                if tags[0].milestone is not None and tags[0].milestone_how in ("title", "number"):
                    out[r] = tags[0].milestone
                continue
            # 'Milestone 2: | Self-directed support ...': a title, and nothing naming
            # anything else ('Milestone 1: | Procurement of the waste contract' is not ours)
            titled = {t.milestone for t in tags if t.milestone_how == "title"}
            numbered = {t.milestone for t in tags if t.milestone_how == "number"}
            others = [t for t in tags if t.milestone is None]
            if len(titled) == 1 and numbered <= titled and len(others) <= 1 and \
                    all(len(t.word) > 60 for t in others):
                out[r] = next(iter(titled))  # type: ignore[assignment]
        return out

    def _title_rows(self) -> dict[int, Deadline]:
        """Rows that title a block for one deadline ('Deliverable due: April 2010'): one
        non-empty cell, naming a deadline, spanning the table or standing alone."""
        out: dict[int, Deadline] = {}
        for r in range(self.n_rows):
            cells = [c for c in self.row_cells(r) if not self.tag(c).empty]
            if len(cells) != 1 or r in self.d_rows:
                continue
            t = self.tag(cells[0])
            if t.deadline is not None and len(t.word) <= 60 and t.option is None \
                    and t.status == (None, None):
                out[r] = t.deadline
        return out

    def _stale_positions(self) -> set[int]:
        """Cells under an earlier report's column (or beside an earlier report's row
        label) when a header line holds two reporting periods ('Position at September
        2010 (Q2)' | 'Position at December 2010 (Q3)'; 'Last quarter' | 'This quarter'):
        the record is the latest report's, the rest is history."""
        stale: set[int] = set()
        periods = {id(c): p for c in self.cells if (p := reporting_period(c.text)) is not None}
        # over requirements' ratings no month is a deadline: bare months ('Sep 2010' |
        # 'Dec 2010') are reporting periods, for the requirements' rows (those wording one;
        # or, when the header lines, the first three rows, hold bare months, those
        # naming one by its distinctive words in the row's first cell: 'Staff (incl.
        # providers)', 'PCT & wider health')
        rated = {c.row for c in self.cells if self.tag(c).requirement is not None}
        bare: dict[int, tuple[int, int]] = {}
        # (a month of 2008 to 2012 has a 0 or a 1 in its year: a cheap test first)
        if len(rated) < 3 and len({p for c in self.cells if c.row <= 2 and len(c.text) <= 20
                                   and ("0" in c.text or "1" in c.text)
                                   and (p := parse_month(c.text)) is not None}) >= 2:
            rated |= {row[0].row for r in range(self.n_rows)
                      if (row := self.row_cells(r)) and 6 < len(row[0].text) <= 120
                      and requirement_keywords(row[0].text) is not None}
        if len(rated) >= 3:
            # (a deadline's month, 'Apr-10' over a milestone's column, is none)
            bare = {id(c): p for c in self.cells if len(c.text) <= 20 and id(c) not in periods
                    and (p := parse_month(c.text)) is not None and p[1] not in (4, 10)
                    and "\u2192" not in c.text}
            if len(set(bare.values())) >= 2:
                periods.update(bare)
        if len(set(periods.values())) < 2 and EARLIER not in periods.values() or \
                (1, 4) in periods.values() and (1, 1) in periods.values():
            return stale
        for rows in (True, False):
            count = self.n_rows if rows else self.n_cols
            for k in range(count):
                line = self.row_cells(k) if rows else self.col_cells(k)
                dated = [(periods[id(c)], c) for c in line if id(c) in periods]
                if len({p for p, _ in dated}) < 2:
                    # a lone header saying its column is an earlier report's ('Sep-10
                    # return (previous)', 'Previous RAG'), among headers of this one's
                    dated = [(p, c) for p, c in dated if p == EARLIER and (
                        c.row <= 1 if rows else c.col == 0)]
                    if not dated or len(line) < 3:
                        continue
                    dated.append(((9999, 12), line[0]))
                latest = max(p for p, _ in dated)
                for p, head in dated:
                    if p == latest:
                        continue
                    for cell in self.cells:
                        under = (cell.row > head.last_row and cell.col <= head.last_col
                                 and cell.last_col >= head.col) if rows else \
                            (cell.col > head.last_col and cell.row <= head.last_row
                             and cell.last_row >= head.row)
                        if under and (id(head) not in bare or cell.row in rated):
                            stale.add(id(cell))
        return stale

    # -- where a cell's milestone and deadline come from --------------------

    def _milestone_from_row_uncached(self, cell: Cell) -> tuple[int, Cell] | None:
        for other in self._row_labels(cell):
            t = self.tag(other)
            if t.milestone is not None and (self.is_m_header(other, rows=False)
                                            or t.milestone_how == "title"):
                return t.milestone, other
        return None

    def _milestone_from_col_uncached(self, cell: Cell) -> tuple[int, Cell] | None:
        for other in self.upwards(cell):
            t = self.tag(other)
            if t.milestone is not None and self.is_m_header(other, rows=True):
                return t.milestone, other
        return None

    def _milestone_from_section_uncached(self, cell: Cell) -> int | None:
        for r in range(cell.row, -1, -1):
            if r in self.headings:
                return self.headings[r]
        return self.context.milestone

    def _deadline_from_col_uncached(self, cell: Cell) -> tuple[Deadline, Cell] | None:
        for other in self.upwards(cell):
            t = self.tag(other)
            if t.deadline is not None and self.is_d_header(other, rows=True):
                return t.deadline, other
            if t.empty and other.row in self.d_rows:
                # an empty cell of a header row belongs to the deadline left of it
                # ('April 2010 | (blank) | October 2010 | (blank)')
                head = next((c for c in self.leftwards(other) if not self.tag(c).empty), None)
                if head is not None and self.tag(head).deadline is not None:
                    return self.tag(head).deadline, head  # type: ignore[return-value]
                break
            if t.option is not None and t.deadline is None and other.row in self.d_rows:
                # an option's header after the one naming the deadline ('Oct 2010: VL |
                # FL | FU | VU | Apr 2011: VL | FL ...'): that deadline's
                for left in self.leftwards(other):
                    lt = self.tag(left)
                    if lt.deadline is not None:
                        if _option_after_deadline(left):
                            return lt.deadline, left
                        break
                    if lt.option is None:
                        break
                break
        for head in self.context.headers if not self.own_header else ():
            # the header row of the table this continues (a table with a header row of
            # its own continues none: 'Very likely | Fairly likely ...' under a table of
            # indicators by quarter)
            if self._under(head, cell):
                d = cell_tags(head).deadline  # ('April 2010' over its deliverable's text)
                if d is not None:
                    return d, head
        return None

    def _under(self, head: Cell, cell: Cell) -> bool:
        """Whether ``cell`` stands under a header cell of the table this one continues:
        by column when the two tables have the same columns, else by position on the
        page (a table continued on the next page with other column breaks)."""
        if self.context.headers_n_cols == self.n_cols:
            return head.col <= cell.last_col and head.last_col >= cell.col
        a, b = head.provenance.bbox, cell.provenance.bbox
        if a is None or b is None:
            return False
        middle = (b[0] + b[2]) / 2
        return a[0] <= middle <= a[2]

    def _row_labels(self, cell: Cell) -> Iterator[Cell]:
        """The cells left of ``cell``; when a label cell of the row is empty (the first
        column, or a column of milestone labels), the label of the block of rows it
        belongs to (the nearest non-empty cell above it in that column: a label written
        once for several rows)."""
        for other in self.leftwards(cell):
            yield other
            if (other.col == 0 or other.col in self.m_cols) and self.tag(other).empty:
                for above in self.upwards(other):
                    if not self.tag(above).empty:
                        yield above
                        break

    def _deadline_from_row_uncached(self, cell: Cell) -> tuple[Deadline, Cell] | None:
        for other in self._row_labels(cell):
            t = self.tag(other)
            if t.deadline is None:
                continue
            if self.is_d_header(other, rows=False) or (
                    other.col == 0 or all(self.tag(x).empty for x in self.leftwards(other))):
                if len(t.word) <= 60:
                    return t.deadline, other
        return None

    def _deadline_from_section_uncached(self, cell: Cell) -> Deadline | None:
        for r in range(cell.row, -1, -1):
            if r in self.titles:
                return self.titles[r]
            if r in self.headings:
                break
        block = self._deadline_block(cell) or self._corner_deadline()
        return block if block is not None else self.context.deadline

    def _corner_deadline(self) -> Deadline | None:
        """The deadline the table's top-left cell names ('Key date: April 2010' over the
        option rows, the milestones across): the whole table's, when no other cell of the
        first row or column names one (computed once)."""
        found = self._cache.get(("corner", 0), False)
        if found is not False:
            return found  # type: ignore[return-value]
        corner = self.dense[0][0] if self.n_rows and self.n_cols else None
        found = None
        if corner is not None and corner.row == 0 and corner.col == 0 and \
                self.tag(corner).deadline is not None:
            others = [c for c in self.row_cells(0)[1:] + self.col_cells(0)[1:]
                      if c is not corner and self.tag(c).deadline is not None]
            found = None if others else self.tag(corner).deadline
        self._cache[("corner", 0)] = found
        return found

    def _deadline_block(self, cell: Cell) -> Deadline | None:
        """A field's row ('Achieved? (Y/N)', 'If not achieved - reason') under a row
        labelled with its deadline ('Deliverable due April 2010 | <wording> | ...'): the
        rows of fields after a deadline's row are that deadline's (a grid turned on its
        side)."""
        label = self.dense[cell.row][0] if self.n_cols else None
        if label is None or label is cell or self.tag(label).field is None or \
                self.tag(label).deadline is not None:
            return None
        for r in range(cell.row - 1, -1, -1):
            first = self.dense[r][0]
            if first is None or r in self.headings:
                return None
            t = self.tag(first)
            if t.deadline is not None and len(t.word) <= 60:
                return t.deadline
            if t.field is None:
                return None  # a row of another kind between: no block of fields
        return None

    def in_section_row(self, cell: Cell) -> bool:
        """Whether the cell's row carries a section label ('Key Questions:')."""
        return any(self.tag(c).section in _OTHER_SECTIONS for c in self.row_cells(cell.row)
                   if c is not cell)

    def memo(self, name: str, cell: Cell, compute):  # type: ignore[no-untyped-def]
        """``compute(cell)``, once per cell and name."""
        return self._memo(name, cell, compute)

    def _memo(self, name: str, cell: Cell, compute):  # type: ignore[no-untyped-def]
        key = (name, id(cell))
        if key not in self._cache:
            self._cache[key] = compute(cell)
        return self._cache[key]

    def milestone_from_row(self, cell: Cell) -> tuple[int, Cell] | None:
        return self._memo("mr", cell, self._milestone_from_row_uncached)  # type: ignore[no-any-return]

    def milestone_from_col(self, cell: Cell) -> tuple[int, Cell] | None:
        return self._memo("mc", cell, self._milestone_from_col_uncached)  # type: ignore[no-any-return]

    def milestone_from_section(self, cell: Cell) -> int | None:
        return self._memo("ms", cell, self._milestone_from_section_uncached)  # type: ignore[no-any-return]

    def deadline_from_col(self, cell: Cell) -> tuple[Deadline, Cell] | None:
        return self._memo("dc", cell, self._deadline_from_col_uncached)  # type: ignore[no-any-return]

    def deadline_from_row(self, cell: Cell) -> tuple[Deadline, Cell] | None:
        return self._memo("dr", cell, self._deadline_from_row_uncached)  # type: ignore[no-any-return]

    def deadline_from_section(self, cell: Cell) -> Deadline | None:
        return self._memo("ds", cell, self._deadline_from_section_uncached)  # type: ignore[no-any-return]

    # -- slots -----------------------------------------------------------------

    def is_slot(self, cell: Cell) -> bool:
        """A place a mark can stand: marks only, a mark word (Y, X, No) or nothing."""
        t = self.tag(cell)
        if t.option is not None and t.option not in (Option.YES, Option.NO):
            return False
        if t.field is not None or t.milestone is not None or t.deadline is not None \
                or t.section in _OTHER_SECTIONS or cell.row in self.headings \
                or self.in_section_row(cell):
            return False
        return all(is_mark_word(line.text) for line in cell.lines) if cell.lines else True
