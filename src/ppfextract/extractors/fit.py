"""Fitting the layouts of :mod:`.layouts` to a table, scoring each fit, keeping the best.

Every layout is fitted to every table. A fit finds, for each place the layout expects
an answer, the milestone and the deadline it belongs to (along the layout's axes), and
reads the answer there (options decided by :mod:`.selection`; written values by
:func:`.tags.value_of`). Its score counts the fields it decides, less the
contradictions it meets (two options marked, two values for one cell) and the marks it
leaves unexplained; a fit that only explains structure (options offered, none marked)
scores a little.

The best fit decides every field it covers. A lesser fit adds fields the best does not
cover. When a lesser fit that scores close to the best reads a covered field
differently, nothing is reported for that field and a warning names both readings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from .. import lazy_re as re  # re, each pattern compiled on first use
from .. import marks as vocab
from ..document import EMPHASIS_STYLES, Cell, Line, Mark, Provenance, Span, Style
from ..framework import Deadline, Likelihood
from .grid import Grid, keyed
from .labels import MONTH_STARTS, Section, deadline_of
from .layouts import MILESTONE_LAYOUTS, Answer, Axis, Layout
from .selection import (
    NOT_SELECTING,
    SELECTING,
    Member,
    Selection,
    decide_block,
    not_applicable,
    state,
    word_state,
)
from .tags import Field, Option, Tags, is_mark_word, line_tags_of, tag_text, value_of

CLOSE = 0.75  # a runner-up scoring at least this share of the best is a rival reading
# A fit's score: +1 for each field it decides, +0.1 for each it finds offered and
# unmarked, -CONFLICT for each it finds marked twice (the marks are explained, the value
# is not), -UNEXPLAINED for each selecting mark in the table it does not use.
CONFLICT = 0.5
UNEXPLAINED = 0.5

Key = tuple[int, Deadline]


@dataclass
class Reading:
    milestone: int
    deadline: Deadline
    field: Field
    value: str | None
    layout: str
    rule: str
    provenance: Provenance | None = None
    undecided: bool = False  # options were offered for this field and none is picked
    warning: str | None = None

    @property
    def key(self) -> tuple[int, Deadline, Field]:
        return self.milestone, self.deadline, self.field

    def describe(self) -> str:
        value = self.value if self.value is not None else "nothing marked"
        return f"{value} ({self.layout}: {self.rule})"


@dataclass
class Fit:
    layout: Layout
    readings: list[Reading] = field(default_factory=list)
    score: float = 0.0
    used: set[int] = field(default_factory=set)  # ids of the cells whose marks it explains
    unexplained: set[int] = field(default_factory=set)  # ids of selecting cells it leaves

    def score_beside(self, best: Fit) -> float:
        """The score of this fit as a complement to ``best``: the marks ``best`` explains
        are no charge against a fit that reads other fields of the table."""
        return self.score + UNEXPLAINED * len(self.unexplained & best.used)


MILESTONE_FIELDS = (Field.ACHIEVED, Field.LIKELIHOOD)


# ---------------------------------------------------------------------------
# keys


def resolve(grid: Grid, cell: Cell, layout: Layout) -> Key | None:
    """The milestone and deadline of ``cell`` along the layout's axes: the first axis
    that names one; two axes naming different ones is no key."""
    m = _first(grid, cell, layout.milestone, _milestone)
    own = _own_deadline(grid, cell) if layout.answer is Answer.OPTIONS_IN_CELL else None
    d = own or _first(grid, cell, layout.deadline, _deadline)
    if m is None or d is None:
        return None
    return m, d


def _own_deadline(grid: Grid, cell: Cell) -> Deadline | None:
    """The deadline a cell of options names on its first line, alone ('APRIL 2011' over
    'Very likely / Fairly likely ...': a dashboard's card, one cell per deadline): the
    cell's own, before any a row or column gives it."""
    return grid.memo("own-deadline", cell, _cell_deadline)  # type: ignore[no-any-return]


def _cell_deadline(cell: Cell) -> Deadline | None:
    if len(cell.lines) < 2 or len(cell.lines[0].text) > 30 or cell.lines[0].marks:
        return None
    t = line_tags_of(cell.lines[0])
    if t.deadline is None or t.field is not None or t.option is not None or \
            t.status != (None, None):
        return None
    return t.deadline


def _first(grid: Grid, cell: Cell, axes: tuple[Axis, ...], get):  # type: ignore[no-untyped-def]
    found = None
    for axis in axes:
        value = get(grid, cell, axis)
        if value is None:
            continue
        if axis is Axis.SECTION:
            return found if found is not None else value
        if found is not None and value != found:
            return None  # the row and the column disagree
        found = value
    return found


def _milestone(grid: Grid, cell: Cell, axis: Axis) -> int | None:
    if axis is Axis.ROW:
        hit = grid.milestone_from_row(cell)
        return hit[0] if hit else None
    if axis is Axis.COL:
        hit = grid.milestone_from_col(cell)
        return hit[0] if hit else None
    return grid.milestone_from_section(cell)


def _deadline(grid: Grid, cell: Cell, axis: Axis) -> Deadline | None:
    if axis is Axis.ROW:
        hit = grid.deadline_from_row(cell)
        return hit[0] if hit else None
    if axis is Axis.COL:
        hit = grid.deadline_from_col(cell)
        return hit[0] if hit else None
    return grid.deadline_from_section(cell)


# ---------------------------------------------------------------------------
# options and their evidence

_MILESTONE_OPTIONS = frozenset(o for o in Option if o.field is not Field.RATING)
MILESTONE_OPTIONS = _MILESTONE_OPTIONS
_WEAK_OPTIONS = frozenset({Option.YES, Option.NO, Option.NOT_YET_DUE})


def _meaningful_lines(cell: Cell) -> list[Line]:
    return [ln for ln in cell.lines if ln.text.strip() or ln.marks]


def label_option(grid: Grid, cell: Cell, options: frozenset[Option] = _MILESTONE_OPTIONS
                 ) -> Option | None:
    """The option a whole cell labels, if it is one: a single line naming an option. Yes,
    No and Not yet due count only beside another option label (a run of options)."""
    line = label_line(cell)
    if line is None:
        return None
    t = line_tags_of(line)
    if t.option_rest:
        own = grid.tags[id(cell)]
        if not own.option_rest and own.option is not None:
            t = own  # 'Achieved Y | Achieved N': two options, no marks (Grid)
    if t.option is None:
        return _y_n_header(grid, cell, line, options) if t.word in ("y", "n") and \
            not line.marks else None
    if t.option not in options:
        return None
    if t.option in _WEAK_OPTIONS and not line.marks:
        beside = (grid.right(cell), _left(grid, cell))
        over = (grid.below(cell), _above(grid, cell))
        paired = [n for n in beside + over if n is not None and _cell_option(n) in
                  _WEAK_OPTIONS and _cell_option(n) is not t.option]
        if not paired:
            return None  # 'Achieved | No': the answer, not an option
        if all(n in over for n in paired) and _under_achieved_header(grid, cell):
            return None  # 'Yes' over 'No' under 'Achieved?': answers down a column
    return t.option


def _under_achieved_header(grid: Grid, cell: Cell) -> bool:
    """The column's header asks whether it was achieved ('Achieved?'), in a header row of
    fields ('Achieved? | Likelihood | Reason ...'): a column of answers (not a section's
    title over option rows)."""
    for head in grid.upwards(cell):
        if grid.tag(head).field is Field.ACHIEVED:
            fields = {t.field for c in grid.row_cells(head.row)
                      if (t := grid.tag(c)).field is not None}
            return len(fields) >= 2
    return False


def _y_n_header(grid: Grid, cell: Cell, line: Line, options: frozenset[Option]
                ) -> Option | None:
    """'Y | N' under one 'Achieved?' header spanning both: the two options of the
    question (a letter alone is a mark word; 'N | Y' under two 'Achieved' labels are
    answers)."""
    word = line.text.strip().upper()
    if word not in ("Y", "N"):
        return None
    pair = grid.right(cell) if word == "Y" else _left(grid, cell)
    if pair is None or pair.text.strip().upper() != ("N" if word == "Y" else "Y"):
        return None
    option = Option.YES if word == "Y" else Option.NO
    if _likelihoods_beside(grid, cell):
        # 'Y | N | VL | FL | FU | VU': the pair asks whether it was achieved where the
        # same header line offers the likelihoods, whatever stands above ('Apr 2010',
        # 'Quarter 3 return')
        return option if option in options else None
    head = _above(grid, cell)
    if head is None or head is not _above(grid, pair) or head.col_span < 2 or \
            grid.tag(head).field is not Field.ACHIEVED:
        return None
    return option if option in options else None


def _likelihoods_beside(grid: Grid, cell: Cell) -> bool:
    """The cell's row also labels two or more likelihoods ('VL | FL | FU | VU')."""
    found = {o for c in grid.row_cells(cell.row) if (o := grid.tag(c).option) is not None
             and o.field is Field.LIKELIHOOD}
    return len(found) >= 2


def _cell_option(cell: Cell) -> Option | None:
    line = label_line(cell)
    return line_tags_of(line).option if line is not None else None


def label_line(cell: Cell) -> Line | None:
    """The cell's words as one line, when it can be a label: its only line, or its lines
    joined when none carries a mark (a narrow header wraps 'Not⏎achieved')."""
    lines = _meaningful_lines(cell)
    if len(lines) == 1:
        return lines[0]
    if not lines or len(lines) > 4 or any(ln.marks for ln in lines):
        return None
    joined = join_lines(lines)
    if line_tags_of(joined).option is None and len(lines[0].text) <= 20:
        # the deadline over the option ('Apr 10' over 'Not done', 'Apr 11' over 'V.
        # likely', 'Oct' over '2010:' over 'VL'): a header naming both, the option its label
        for k in range(1, len(lines)):
            head = line_tags_of(join_lines(lines[:k]) if k > 1 else lines[0])
            if head.deadline is not None and head.option is None and head.field is None:
                rest = join_lines(lines[k:])
                if line_tags_of(rest).option is not None:
                    return rest
                break
    return joined


def join_lines(lines: list[Line]) -> Line:
    """Lines read as one, joined by a space; marks and spans keep their places."""
    text, spans, found = "", list[Span](), list[Mark]()
    for ln in lines:
        if text:
            text += " "
        spans.extend(Span(sp.start + len(text), sp.end + len(text), sp.style) for sp in ln.spans)
        found.extend(replace(m, at=m.at + len(text)) if m.at is not None else m
                     for m in ln.marks)
        text += ln.text
    return Line(text, tuple(found), tuple(spans))


def _note_across(grid: Grid, cell: Cell, label: Cell) -> bool:
    """A row of words across the rest of the table below a milestone's row, beside that
    milestone's label spanning both rows, or across the whole table (its deliverables, a
    comment): wider than the option's column, no mark, no fill, naming no option, field
    or section. The option's column goes on under it."""
    if cell.col_span <= label.col_span or cell.marks or not cell.text.strip() or \
            not vocab.is_background(cell.fill) or cell.col > label.col or \
            cell.last_col != grid.n_cols - 1:
        return False
    # the milestone's own label spans down beside it: the row is that milestone's; or the
    # row runs across the whole table, between two milestones' rows ('Deliverables: Apr
    # 10: That a communication ...')
    if cell.col > 0:
        row_label = next(grid.leftwards(cell), None)
        if row_label is None or row_label.row >= cell.row or \
                grid.tag(row_label).milestone is None:
            return False
    t = grid.tag(cell)
    return t.option is None and t.field is None and t.section is None and \
        t.milestone is None and len(t.word) > 20


def _left(grid: Grid, cell: Cell) -> Cell | None:
    return next(grid.leftwards(cell), None)


def _above(grid: Grid, cell: Cell) -> Cell | None:
    return grid.at(cell.row - 1, cell.col)


def _line_styles(line: Line) -> tuple[bool, bool]:
    """(emphasized, struck) for a whole line's words."""
    return option_styles(line, 0, len(line.text))


def option_styles(line: Line, start: int, end: int) -> tuple[bool, bool]:
    """(emphasized, set aside) for ``line.text[start:end]``: set aside is struck through
    or greyed out, both ways of showing an option not chosen; a greyed-out option is
    never the emphasized one."""
    aside = line.covered(start, end, Style.STRUCK) or line.covered(start, end, Style.FAINT)
    emph = not aside and any(line.covered(start, end, s) for s in EMPHASIS_STYLES)
    return emph, aside


def _non_blank(cell: Cell) -> bool:
    """A mark, a mark word (Y, X, No) or a colour: 'N/A' and '-' are blank."""
    return bool(cell.marks) or _says(cell) or not vocab.is_background(cell.fill)


def _says(cell: Cell) -> bool:
    """A mark word in the cell (Y, X, No); 'N/A' and '-' say nothing."""
    return word_state(cell.text) is not Selection.BLANK and not not_applicable(cell.text)


def _member(option: Option, label: Cell, slot: Cell | None, where: str,
            rest: bool = True) -> Member:
    """The option ``label`` names, with its marks and words (``rest``: whether words after
    the option in the label are its answer, as 'Very likely X'; not where the grid read
    them as part of the option, as 'Achieved N')."""
    line = label_line(label) or _meaningful_lines(label)[0]
    emph, struck = _line_styles(line)
    t = line_tags_of(line)
    found: tuple[Mark, ...] = line.marks
    words = t.option_rest if rest else ""
    fill = label.fill
    prov = label.provenance
    if slot is not None:
        found = found + tuple(m for ln in slot.lines for m in ln.marks)
        words = words or " ".join(ln.text for ln in slot.lines).strip()
        # a header's label over many slots is styled as a header: its fill is no choice
        if not vocab.is_background(slot.fill) or vocab.is_background(fill) or \
                where.startswith("in the option's"):
            fill = slot.fill
        prov = slot.provenance
    elif line.marks or words:
        where = "same cell"
        if _boxes_of_others(label.marks):
            found = ()  # (see _boxes_of_others)
    return Member(option, found, words, fill, emph, struck, prov, where,
                  has_slot=slot is not None or bool(line.marks))


def _boxes_of_others(found: tuple[Mark, ...]) -> bool:
    """A cell labelling one option that holds an empty box as well as a ticked one
    ('Achieved: [x] [ ] N', a letter lost to the scan or the tick over it): the cell holds
    other options' boxes whose words it lost, so which box is this option's is not
    known."""
    kinds = {m.kind for m in found}
    return len(found) >= 2 and bool(kinds & SELECTING) and bool(kinds & NOT_SELECTING)


# ---------------------------------------------------------------------------
# the fits


def fit_table(grid: Grid, layouts: tuple[Layout, ...] = MILESTONE_LAYOUTS) -> list[Fit]:
    fits = [_fit(grid, layout) for layout in layouts]
    return sorted(fits, key=lambda f: f.score, reverse=True)


def _fit(grid: Grid, layout: Layout) -> Fit:
    fit = Fit(layout)
    if layout.answer in (Answer.STATUS, Answer.VALUES_BELOW, Answer.VALUES_BESIDE):
        _fit_values(grid, layout, fit)
    else:
        _fit_options(grid, layout, fit)
    fit.unexplained = {id(c) for c in grid.cells if id(c) not in fit.used and _selects(c)}
    fit.score -= UNEXPLAINED * len(fit.unexplained)
    return fit


def _selects(cell: Cell) -> bool:
    return any(m.kind.value in ("tick", "cross", "checked_box") for m in cell.marks)


def _fit_options(grid: Grid, layout: Layout, fit: Fit) -> None:
    blocks: dict[Key, list[Member]] = {}
    row_labels: dict[Key, set[int]] = {}

    def add(key: Key | None, member: Member, *cells: Cell | None) -> None:
        if key is None:
            return
        blocks.setdefault(key, []).append(member)
        fit.used.update(id(c) for c in cells if c is not None)
        place = next(c for c in cells if c is not None)
        by_row = grid.deadline_from_row(place)
        if by_row is not None and by_row[0] is key[1]:
            row_labels.setdefault(key, set()).add(id(by_row[1]))

    if layout.answer is Answer.OPTIONS_IN_CELL:
        for cell in grid.cells:
            if id(cell) in grid.stale:
                continue
            members = in_cell_options(grid, cell)
            if members:
                key = resolve(grid, cell, layout)
                for member in members:
                    add(key, member, cell)
    else:
        for cell in grid.cells:
            option = label_option(grid, cell)
            if option is None:
                continue
            rest = bool(grid.tags[id(cell)].option_rest)
            for slot, where in _slots(grid, cell, layout.answer):
                if id(slot or cell) in grid.stale:
                    continue
                member = _member(option, cell, slot, where, rest)
                add(resolve(grid, slot or cell, layout), member, slot, cell)
    twice = {key for key, labels in row_labels.items() if len(labels) > 1}
    _decide(blocks, layout, fit, twice)


def _slots(grid: Grid, label: Cell, answer: Answer) -> Iterator[tuple[Cell | None, str]]:
    line = label_line(label) or _meaningful_lines(label)[0]
    if line.marks or (line_tags_of(line).option_rest and grid.tag(label).option_rest):
        yield None, "same cell"
        return
    if answer is Answer.OPTIONS_BESIDE:
        right, below = grid.right(label), grid.below(label)
        right = right if right is not None and grid.is_slot(right) and \
            label.row <= right.row and right.last_row <= label.last_row else None
        below = below if below is not None and grid.is_slot(below) and \
            label.col <= below.col and below.last_col <= label.last_col else None
        for cand, where in ((right, "cell to the right"), (below, "cell below")):
            if cand is not None and _non_blank(cand):
                yield cand, where
                return
        if right is not None:
            yield right, "cell to the right"
        elif below is not None:
            yield below, "cell below"
        else:
            yield None, ""
        return
    ray = grid.rightwards(label) if answer is Answer.OPTIONS_IN_ROWS else grid.downwards(label)
    where = "in the option's row" if answer is Answer.OPTIONS_IN_ROWS else "in the option's column"
    found = False
    for cell in ray:
        if cell.col_span > 1 and not cell.marks and (
                cell.row in grid.headings or cell.row in grid.titles
                or grid.tag(cell).field in MILESTONE_FIELDS):
            # a section's title across the table, or the caption over a group of option
            # columns ('How likely are we to achieve this milestone?' across the four
            # likelihoods): the column goes on under it
            continue
        if cell.col_span > label.col_span and answer is Answer.OPTIONS_IN_COLUMNS and \
                _note_across(grid, cell, label):
            continue  # a note row across the options ('Apr 10: That a communication ...')
        if not grid.is_slot(cell):
            break
        again = label_option(grid, cell)
        if not found and again is not None:
            break  # 'Achieved' over 'Yes | No': the caption of the options under it
        if again is not None and again == label_option(grid, label):
            continue  # the option's label again under the next deadline ('Yes | ✓ | Yes |')
        found = True
        yield cell, where
    if not found:
        yield None, ""


def _decide(blocks: dict[Key, list[Member]], layout: Layout, fit: Fit,
            twice: set[Key] | None = None) -> None:
    # the convention the table keeps: where its choices are shown by marks, a cell's
    # colour or emphasis is decoration ('not yet due' greyed out), never a choice
    # (among options offered side by side: 'Achieved? Y' alone is a field's answer, not
    # a mark setting one option apart from others)
    by_marks = any(state(mb, True) is Selection.SELECTED for ms in blocks.values()
                   if len({mb.option for mb in ms}) > 1 for mb in ms)
    if by_marks and _fills_agree(blocks):
        by_marks = False  # a mark in a filled cell: the fill is the table's choice too
    for (m, d), members in blocks.items():
        if twice and (m, d) in twice:
            # two blocks of rows name this milestone's deadline: the table holds something
            # the layout does not see (two sections run together), so nothing is read
            for f in {mb.option.field for mb in members}:
                fit.readings.append(Reading(m, d, f, None, layout.name, "", None, warning=(
                    "the table gives this deadline twice under one milestone")))
                fit.score -= CONFLICT
            continue
        for decision in decide_block(_merge(members), styles=not by_marks):
            if decision.value is None and not decision.undecided and not decision.warning:
                continue
            prov = decision.member.provenance if decision.member else None
            reading = Reading(m, d, decision.field, decision.value, layout.name,
                              decision.rule, prov, undecided=decision.undecided,
                              warning=decision.warning)
            fit.readings.append(reading)
            if decision.warning:
                fit.score -= CONFLICT
            elif decision.value is not None or decision.rule:
                fit.score += 1.0
            elif decision.undecided:
                fit.score += 0.1


def _fills_agree(blocks: dict[Key, list[Member]]) -> bool:
    """The table shows its choices by a fill, one cell of each option block filled (in
    two or more blocks), and every mark it holds is in its block's one filled cell (a
    checkbox left in a shaded choice): the fills are choices, not decoration."""
    filled_blocks = 0
    for members in blocks.values():
        filled = [mb for mb in members if mb.fill and not vocab.is_background(mb.fill)]
        marked = [mb for mb in members if state(mb, True) is Selection.SELECTED]
        if marked and (len(filled) != 1 or any(mb is not filled[0] for mb in marked)):
            return False
        filled_blocks += len(filled) == 1
    return filled_blocks >= 2


def _merge(members: list[Member]) -> list[Member]:
    """One member per option: evidence from two places for one option is pooled."""
    out: dict[Option, Member] = {}
    for m in members:
        held = out.get(m.option)
        if held is None:
            out[m.option] = m
            continue
        has = bool(m.marks or m.words.strip())
        if has and not (held.marks or held.words.strip()):
            out[m.option] = m
        elif has:
            out[m.option] = replace(held, marks=held.marks + m.marks,
                                    words=" ".join(x for x in (held.words, m.words) if x))
    return list(out.values())


# ---------------------------------------------------------------------------
# options inside one cell


def in_cell_options(grid: Grid, cell: Cell) -> list[Member]:
    """The options a cell lists with their own marks: one per line ('☒ Very likely'),
    or several along one line ('● Yes ○ No', 'Yes / No / Not yet due' with all but one
    struck through). Yes and No count only where the cell, row or column asks whether
    the milestone was achieved."""
    return grid.memo("in-cell", cell, lambda c: _in_cell_options(grid, c))  # type: ignore[no-any-return]


def card_cell(cell: Cell) -> bool:
    """A cell holding a milestone's whole card: lines led by two or more deadlines ('April
    2010 That every council ...', 'Achieved: Yes / ~~No~~', 'October 2010 ...'), each
    deadline's options under it. Read as paragraphs (:mod:`.prose`), not as one cell's
    options."""
    if len(cell.lines) < 3 or cell.text.count(" 20") < 2:
        return False  # (two deadlines or more: two years)
    found = set()
    for line in cell.lines:
        text = line.text
        if text[:3].lower() in MONTH_STARTS:
            head = " ".join(text.split(None, 2)[:2]).rstrip(":-\u2013")
            deadline = deadline_of(head)
            if deadline is not None:
                found.add(deadline)
    return len(found) >= 2


def _in_cell_options(grid: Grid, cell: Cell) -> list[Member]:
    members: list[Member] = []
    if not _may_list_options(cell) or card_cell(cell):
        return members
    lines = _meaningful_lines(cell)
    if 3 <= len(lines) <= 8 and all("/" in ln.text for ln in lines[:-1]):
        # options wrapped over three or more lines of a narrow cell ('Very likely /
        # Fairly' + 'likely / Fairly' + 'unlikely / Very' + 'unlikely'): read as one
        # when so read they are options set apart (else line by line, as before)
        whole = join_lines(lines)
        if split_options(whole):
            lines = [whole]
    achieved_context: bool | None = None
    joined = False
    for k, line in enumerate(lines):
        if joined:  # this line was read with the one before
            joined = False
            continue
        text = line.text
        if _may_run_on(text):
            # '... — Last quarter (Sep 10): achieved', '... — Reason: ...'
            line = _options_part(line)
        pieces = split_options(line)
        if not pieces and k + 1 < len(lines) and ("/" in line.text or "|" in line.text):
            # options wrapped onto the next line ('Very likely / Fairly' + 'likely / ...')
            pieces = split_options(join_lines([line, lines[k + 1]]))
            joined = bool(pieces)
        if not pieces:
            continue
        for option, marks_, words, emph, struck in pieces:
            if option in _WEAK_OPTIONS and option is not Option.NOT_YET_DUE:
                if achieved_context is None:
                    achieved_context = _asks_achieved(grid, cell)
                if not (achieved_context or _asks_achieved_line(lines, k)):
                    continue
            members.append(Member(option, marks_, words, None, emph, struck, cell.provenance,
                                  "same cell", has_slot=bool(marks_) or len(pieces) > 1))
    options = [m for m in members]
    if len(options) == 1 and _boxes_of_others(cell.marks):
        return []
    evidence = any(m.marks or m.words.strip() or m.struck or m.emphasized for m in options)
    if len(options) >= 2 or (options and evidence):
        return options
    return []


# after the options, in the same line: an earlier return's value ('Yes / ~~No~~ — Last
# quarter (Sep 10): achieved', '(previous return: fairly likely)'), or another field's
# label and value ('— Reason: ...', '– When: March 2011')
_AFTER_OPTIONS = re.compile(
    r"\s*(?:[\u2014\u2013\-;|(\[]\s*|\.\s+)(?:(?:at\s+|in\s+(?:the\s+)?)?(?:last|previous|"
    r"prior)\s+(?:quarter|return|period|position|assessment)\b|(?:reasons?|when|revised\s+"
    r"date|comments?|notes?)\s*:)"
    # or, with no separator, an earlier return's labelled value ('Very likely  Last
    # quarter: Fairly likely')
    r"|\s+(?:last|previous|prior)\s+(?:quarter|return|period|position|assessment)\b"
    r"[^:\n]{0,24}:", re.I)


def _may_run_on(text: str) -> bool:
    """A cheap test before ``_AFTER_OPTIONS``: a separator and one of its words."""
    if not ("\u2014" in text or "\u2013" in text or "-" in text or "(" in text or ";" in text
            or "|" in text or ". " in text or "[" in text or ":" in text):
        return False
    # (the words without their first letter, which may be a capital: no lower-cased copy)
    return ("ast " in text or "revious" in text or "rior " in text or "eason" in text
            or "hen" in text or "omment" in text or "ote" in text or "evised" in text
            or (text.isupper() and any(w in text for w in _RUN_ON_CAPITALS)))


_RUN_ON_CAPITALS = ("LAST ", "PREVIOUS", "PRIOR ", "REASON", "WHEN", "COMMENT", "NOTE",
                    "REVISED")


def current_part(text: str) -> str:
    """A field's text up to an earlier return's value or another field after it."""
    m = _AFTER_OPTIONS.search(text) if _may_run_on(text) else None
    return text if m is None or m.start() == 0 else text[:m.start()]


def _options_part(line: Line) -> Line:
    """The line up to what follows its options: an earlier return's value, another
    field."""
    m = _AFTER_OPTIONS.search(line.text)
    if m is None or m.start() == 0:
        return line
    cut = m.start()
    return Line(line.text[:cut], tuple(mk for mk in line.marks if mk.at is None or mk.at < cut),
                tuple(Span(sp.start, min(sp.end, cut), sp.style) for sp in line.spans
                      if sp.start < cut), line.bbox)


def _may_list_options(cell: Cell) -> bool:
    """A cheap test first: options in a cell come with marks, styles, several lines or
    separators."""
    if len(cell.lines) > 1:
        return True
    line = cell.lines[0] if cell.lines else None
    return line is not None and (bool(line.marks) or bool(line.spans) or "/" in line.text
                                 or "|" in line.text or bool(line_tags_of(line).option))


def _asks_achieved(grid: Grid, cell: Cell) -> bool:
    """Whether the row's label or the column's header asks if it was achieved."""
    for ray in (grid.leftwards(cell), grid.upwards(cell)):
        for other in ray:
            t = grid.tag(other)
            if t.field is Field.ACHIEVED or t.option is Option.ACHIEVED:
                return True
            if t.field is not None or t.section is not None:
                break
    return False


def _asks_achieved_line(lines: list[Line], k: int) -> bool:
    here = lines[k].text.lower()
    if "achiev" in here:
        return True
    # the line before asks, or answers with its first option ('Achieved: Yes ☐' over
    # 'No ☒')
    return k > 0 and ("achiev" in lines[k - 1].text.lower()
                      or line_tags_of(lines[k - 1]).field is Field.ACHIEVED)


OptionPiece = tuple[Option, tuple[Mark, ...], str, bool, bool]


def split_options(line: Line, allowed: frozenset[Option] = _MILESTONE_OPTIONS
                  ) -> list[OptionPiece]:
    """The options along one line, each with its marks, mark words, emphasis and strike.

    A line that is one option ('Very likely', 'Very likely - Y'); or options each led
    (or followed) by its own mark ('☐ Yes ☒ No'); or options separated by '/', '|' or
    wide spaces ('Yes / No / Not yet due'), told apart by strike-through or emphasis."""
    if not line.marks and not _option_words(line.text):
        return []  # no mark and no option's word: no option here
    t = line_tags_of(line)
    n = len(line.text)
    whole = _piece_option(line.text.strip(" /|,;"), allowed) if line.text.strip() else None
    if whole is not None:
        emph, struck = option_styles(line, 0, n)
        return [(whole, line.marks, t.option_rest, emph, struck)]
    if line.marks:
        by_marks = _split_at_marks(line, allowed)
        if by_marks:
            return by_marks
    return _split_at_separators(line, allowed)


_OPTION_WORDS = re.compile(r"(?i:likely|achiev|yes|no\b|due|red|green|amber)|\b[RAG]\b|"
                           r"\b[YN]\s*/\s*[YN]\b")


def _option_words(text: str) -> bool:
    """``_OPTION_WORDS.search(text) is not None``; on ASCII text the words without a
    boundary by substring tests first (the pattern, led by no fixed letter, is tried at
    every position)."""
    if text.isascii():
        low = text.lower()
        if "likely" in low or "achiev" in low or "yes" in low or "due" in low \
                or "red" in low or "green" in low or "amber" in low:
            return True
        if "no" not in low and "R" not in text and "A" not in text and "G" not in text \
                and "/" not in text:  # 'Y / N'
            return False
    return _OPTION_WORDS.search(text) is not None


def _split_at_marks(line: Line, allowed: frozenset[Option]) -> list[OptionPiece]:
    """'☐ Yes ☒ No' (marks lead) or 'Yes ☐ No ☒' (marks trail)."""
    offsets = sorted({m.at for m in line.marks if m.at is not None})
    if not offsets:
        return []
    text = line.text
    prefix = text[: offsets[0]].strip()
    # a label may lead the options: 'Achieved: ● Yes ○ No'; or the words the options
    # answer, when every mark then leads an option ('The full engagement of all service
    # users. ○ Red ○ Amber/Red ○ Amber/Green ● Green')
    lead = not prefix or (prefix.endswith((":", "?")) and len(prefix) <= 80) or (
        _piece_option(prefix, allowed) is None and len(offsets) >= 2 and all(
            _piece_option(text[a:b].strip(" /|,;"), allowed) is not None
            for a, b in zip(offsets, offsets[1:] + [len(text)], strict=True)))
    pieces: list[tuple[int, int, list[Mark]]] = []
    if lead:
        bounds = offsets + [len(text)]
        for i, start in enumerate(offsets):
            pieces.append((start, bounds[i + 1], [m for m in line.marks if m.at == start]))
    elif not text[offsets[-1]:].strip():
        bounds = [0] + offsets
        for i, end in enumerate(offsets):
            pieces.append((bounds[i], end, [m for m in line.marks if m.at == end]))
    else:
        return []
    if lead and len(pieces) > 1 and not text[pieces[-1][0]:].strip():
        pieces.pop()  # a last mark with no words: its option is in the next cell
    out: list[OptionPiece] = []
    # 'Y' and 'N' each with its own box ('☒ Y ☐ N') are the two answers offered, as
    # 'Yes' and 'No' are; a lone letter is none
    letters = {text[a:b].strip(" /|,;").lower() for a, b, _ in pieces}
    yes_no = letters == {"y", "n"} and len(pieces) == 2
    for k, (start, end, found) in enumerate(pieces):
        words = text[start:end].strip(" /|,;")
        opt = _piece_option(words, allowed) if words else None
        if opt is None and lead and k == len(pieces) - 1 and k:
            # the last option, then the next field of a form printed on the same line
            # ('● Yes ○ No Type your answer here'): the option its first words name
            opt = _leading_option(words, allowed)
        if opt is None and yes_no:
            opt = Option.YES if words.lower() == "y" else Option.NO
            opt = opt if opt in allowed else None
        if opt is None:
            return []
        emph, struck = option_styles(line, start, end)
        out.append((opt, tuple(found), "", emph, struck))
    return out


def _leading_option(words: str, allowed: frozenset[Option]) -> Option | None:
    """The option the first one to three words name, when a capitalised word starts
    what follows them ('No Type your answer here'; not 'Very likely indeed')."""
    parts = words.split()
    for k in (3, 2, 1):
        if k < len(parts) and parts[k][:1].isupper():
            opt = _piece_option(" ".join(parts[:k]), allowed)
            if opt is not None:
                return opt
    return None


def _piece_option(words: str, allowed: frozenset[Option]) -> Option | None:
    t = tag_text(words)
    opt = t.option
    if opt is None and t.rating is not None:
        opt = Option(t.rating.value)  # 'R', 'G' as rating options
    return opt if opt in allowed else None


# separators between options along a line, tried in turn: a spaced slash or a bar (an
# option may hold a slash itself: 'Red / Amber/Red / Amber/Green'), wide spaces, a slash
_SEPARATORS = (re.compile(r"\s+/\s+|\s*[|\u00b7\u2022]\s*"), re.compile(r"\s{2,}|\t"),
               re.compile(r"/"))


def _split_at_separators(line: Line, allowed: frozenset[Option]) -> list[OptionPiece]:
    """Options written along a line and told apart by strike-through or emphasis
    ('Yes / ~~No~~ / ~~Not yet due~~'); or run together with single spaces, each
    option's words one after the other ('**Very likely** Fairly likely Fairly unlikely
    Very unlikely', the others greyed)."""
    for separator in _SEPARATORS:
        out = _pieces(line, allowed, separator)
        if out:
            return out if any(p[3] or p[4] for p in out) else []
    if line.spans:
        out = _run_together(line, allowed)
        return out if any(p[3] or p[4] for p in out) else []
    return []


# the words of an option, as a run of them is written with nothing else between
_OPTION_PHRASE = re.compile(r"(?:very|fairly)\s+(?:un)?likely|not\s+yet\s+due|not\s+achieved|"
                            r"achieved|yes|no|amber\s*/\s*red|amber\s*/\s*green|red|green|"
                            # the ratings' codes, in capitals ('R A/R A/G G')
                            r"(?-i:\bA\s*/\s*[RG]\b|\b[RG]\b)",
                            re.I)


def _run_together(line: Line, allowed: frozenset[Option]) -> list[OptionPiece]:
    """A line that is nothing but two or more options' words, single spaced."""
    text = line.text
    found = list(_OPTION_PHRASE.finditer(text))
    if len(found) < 2 or any(text[a.end():b.start()].strip() for a, b in zip(
            found, found[1:], strict=False)) or text[:found[0].start()].strip() or \
            text[found[-1].end():].strip():
        return []
    out: list[OptionPiece] = []
    for m in found:
        opt = _piece_option(m.group(), allowed)
        if opt is None:
            return []
        emph, struck = option_styles(line, m.start(), m.end())
        out.append((opt, (), "", emph, struck))
    return out if len({p[0] for p in out}) == len(out) else []


def _pieces(line: Line, allowed: frozenset[Option], separator: re.Pattern[str]
            ) -> list[OptionPiece]:
    text = line.text
    lead = re.match(r"[^:?/|]{2,100}[:?]\s*", text)  # a label first: 'Achieved? Yes / No'
    if lead is None:
        return _pieces_from(line, allowed, separator, 0)
    if _piece_option(lead.group().rstrip(": "), allowed) is None:
        return _pieces_from(line, allowed, separator, lead.end())
    # a label that is an option's word too ('Achieved: Y / ~~N~~'): the options after it,
    # else the label among them ('Achieved: / Not achieved')
    return _pieces_from(line, allowed, separator, lead.end()) or \
        _pieces_from(line, allowed, separator, 0)


def _pieces_from(line: Line, allowed: frozenset[Option], separator: re.Pattern[str],
                 start: int) -> list[OptionPiece]:
    text = line.text
    bounds: list[tuple[int, int]] = []
    for m in separator.finditer(text, start):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    if len(bounds) < 2:
        return []
    # 'Y / N': single letters are options only as that pair ('Y' alone is a mark word)
    pair = sorted(text[s:e].strip().upper() for s, e in bounds) == ["N", "Y"]
    out: list[OptionPiece] = []
    for start, end in bounds:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if pair:
            yes_no = Option.YES if text[start:end].upper() == "Y" else Option.NO
            opt = yes_no if yes_no in allowed else None
        else:
            opt = _piece_option(text[start:end], allowed) if end > start else None
        if opt is None:
            return []
        emph, struck = option_styles(line, start, end)
        marks_ = tuple(m for m in line.marks if m.at is not None and start <= m.at <= end)
        out.append((opt, marks_, "", emph, struck))
    return out


# ---------------------------------------------------------------------------
# values written in words


Written = dict[tuple[int, Deadline, Field], list[tuple[str, Cell, str]]]


def _fit_values(grid: Grid, layout: Layout, fit: Fit) -> None:
    found: Written = {}

    def add(key: Key | None, f: Field, value: str | None, cell: Cell, rule: str) -> None:
        if key is None or value is None:
            return
        found.setdefault((key[0], key[1], f), []).append((value, cell, rule))
        fit.used.add(id(cell))

    if layout.answer is Answer.STATUS:
        for cell in grid.cells:
            t = grid.tag(cell)
            if _status_cell(grid, cell, t, layout):
                key = resolve(grid, cell, layout)
                achieved, lik = t.status
                rule = f"status words {t.word[:30]!r}"
                add(key, Field.ACHIEVED, achieved, cell, rule)
                add(key, Field.LIKELIHOOD, lik.value if lik else None, cell, rule)
            elif len(cell.lines) >= 2 and id(cell) not in grid.stale:
                _labelled_lines(grid, layout, cell, add)
    else:
        if layout.answer is Answer.VALUES_BESIDE:
            _values_in_lines(grid, layout, add)
        for head in grid.cells:
            f = grid.tag(head).field
            if f is not None:
                _values_of_label(grid, layout, head, f, add)
    _score_values(grid, fit, found)


def _status_cell(grid: Grid, cell: Cell, t: Tags, layout: Layout) -> bool:
    """A cell stating a status in words: not an option among its siblings or beside a
    mark's place, not a label, a mark word, or an answer to a question."""
    if id(cell) in grid.stale or t.status == (None, None) or t.long or t.milestone is not None \
            or not _status_like(t.word):
        return False
    if t.field is not None and (cell.marks or not _labelled_value(t)):
        return False  # a label; but 'Likelihood: Fairly likely' (no mark) states its value
    if is_mark_word(cell.text) and (t.status[0] is None or not _under_deadline_only(
            grid, cell, layout)):
        return False  # 'X', or a 'Y' that may mark an option's place
    if _is_placed_label(grid, cell) or grid.in_section_row(cell) or _answers_a_question(grid, cell):
        return False
    if cell.col and any(grid.tags[id(c)].field in _REASON_WHEN for c in grid.leftwards(cell)):
        return False  # 'When to be achieved | Achieved 25 May 2010': that label's value
    if t.status[0] is not None and _other_answer_beside(grid, cell, t.status[0]):
        return False  # 'Achieved: Yes' over 'Achieved: No': the options offered, a list
    return t.option is None or not _in_option_list(grid, cell, layout)


def _other_answer_beside(grid: Grid, cell: Cell, achieved: str) -> bool:
    """The cell above or below, labelled as this one is, states the other answer
    ('Achieved: Yes' over 'Achieved: No'): the options printed, not an answer."""
    if not _label_and_word(cell.text):
        return False
    for other in (_above(grid, cell), grid.below(cell)):
        if other is not None and other.col == cell.col and _label_and_word(other.text) and \
                grid.tag(other).status[0] not in (None, achieved):
            return True
    return False


def _label_and_word(text: str) -> bool:
    """'Achieved: Yes': a label and one word after it, nothing else."""
    label, colon, value = text.partition(":")
    return bool(colon) and len(label.split()) <= 2 and len(value.split()) == 1


_REASON_WHEN = (Field.REASON, Field.WHEN)


def _labelled_value(t: Tags) -> bool:
    """'Likelihood: Fairly likely', 'Achieved - Yes': a field's label, then after a colon
    or dash a value of that field."""
    if t.field not in MILESTONE_FIELDS or not (
            ":" in t.word or " -" in t.word or " \u2013" in t.word or " \u2014" in t.word):
        return False
    m = _LABEL_SPLIT.search(t.word)
    if m is None:
        return False
    achieved, lik = tag_text(t.word[m.end():]).status
    return (achieved if t.field is Field.ACHIEVED else lik) is not None


_LABEL_SPLIT = re.compile(r"\s*(?::|\s[-\u2013\u2014])\s*")


def _under_deadline_only(grid: Grid, cell: Cell, layout: Layout) -> bool:
    """A 'Y' or 'N' in a grid of one cell per milestone and deadline (a status matrix
    with no option columns: 'Apr-10 | Oct-10 | Apr-11', then 'Y | N/FL | FU') states
    whether it was achieved: up its column to the deadline heading it, and along its
    row to the milestone, no option label is passed (a 'Y' under 'Very likely' or in a
    'Very likely' row marks that option's place)."""
    if layout.answer is not Answer.STATUS:
        return False
    stale = grid.stale
    for other in grid.upwards(cell):
        ot = grid.tag(other)
        if ot.deadline is not None:
            break
        if (ot.option is not None or ot.field is not None) and id(other) not in stale:
            return False
    else:
        return False
    for other in grid.leftwards(cell):
        ot = grid.tag(other)
        if ot.milestone is not None:
            break
        if "achiev" in ot.word and _ACHIEVED_Y_N.search(ot.word):
            # 'Achieved (Y/N) / How likely are we to achieve ...?': one row for both
            # questions, a 'Y' or 'N' answering the first
            break
        if (ot.option is not None or ot.field is not None) and id(other) not in stale:
            return False  # (an earlier report's code beside it is no option's label)
    else:
        return False
    return resolve(grid, cell, layout) is not None


_ACHIEVED_Y_N = re.compile(r"\bachieved\s*\??\s*\(?\s*y(?:es)?\s*/\s*n(?:o)?\b")


def _answers_a_question(grid: Grid, cell: Cell) -> bool:
    """The answer to a key question ('Have we started to issue personal budgets? | Yes,
    since June 2009'): a cell right of a question, or under a 'Key questions' header."""
    left = _left(grid, cell)
    if left is not None and left.text.rstrip().endswith("?") and grid.tag(left).field is None \
            and grid.tag(left).section is None and not (  # not 'How likely are we to ...?'
                "likely" in grid.tag(left).word and _ACHIEVED_Y_N.search(grid.tag(left).word)):
        return True
    return any(grid.tag(head).section is Section.KEY_QUESTIONS for head in grid.upwards(cell)
               if head.row <= 1)


Add = Callable[[Key | None, Field, str | None, Cell, str], None]


def _labelled_lines(grid: Grid, layout: Layout, cell: Cell, add: Add) -> None:
    """A deliverable's cell with its status on a labelled line of its own ('That every
    council ...' then 'How likely to be achieved: Very likely'); not a cell offering
    options (one marked, struck or set apart), where the label's words are the first
    option's."""
    low = cell.text.lower()
    if ":" not in low or not ("likel" in low or "achiev" in low) or any(
            ln.marks for ln in cell.lines) or in_cell_options(grid, cell):
        return
    for line in cell.lines:
        lt = line_tags_of(line)
        colon = line.text.find(":")
        if lt.field in (Field.ACHIEVED, Field.LIKELIHOOD) and _labelled_value(lt) and \
                colon > 0 and not any(sp.end > colon + 1 for sp in line.spans):
            # (a label set in bold is the form's; a value styled is one option set apart)
            m = _LABEL_SPLIT.search(lt.word)
            assert m is not None
            achieved, lik = tag_text(lt.word[m.end():]).status
            value = achieved if lt.field is Field.ACHIEVED else lik.value if lik else None
            add(resolve(grid, cell, layout), lt.field, value, cell,
                f"written after {lt.field.value!r} label on a line of the cell")


def _values_in_lines(grid: Grid, layout: Layout, add: Add) -> None:
    """'Reason if not achieved: staff shortages' as a line of a cell listing options."""
    for cell in grid.cells:
        if len(cell.lines) < 2 or id(cell) in grid.stale:
            continue
        for line in cell.lines:
            lt = line_tags_of(line)
            if lt.field in (Field.REASON, Field.WHEN) and lt.field_rest:
                add(resolve(grid, cell, layout), lt.field, value_of(lt.field, lt.field_rest),
                    cell, f"written after {lt.field.value!r} label")


def _values_of_label(grid: Grid, layout: Layout, head: Cell, f: Field, add: Add) -> None:
    """The values a field label heads: written after it in its cell, then the cells
    below it (or right of it), one per cell of the return, up to the next label."""
    below = layout.answer is Answer.VALUES_BELOW
    rest = grid.tag(head).field_rest
    if rest and not below:
        add(resolve(grid, head, layout), f, value_of(f, rest), head,
            f"written after {f.value!r} label")
    keys_read: set[Key] = set()
    for cell in grid.downwards(head) if below else grid.rightwards(head):
        t = grid.tag(cell)
        if t.field is not None or t.section is not None or _is_placed_label(grid, cell) \
                or cell.row in grid.headings or grid.in_section_row(cell):
            break
        if below and cell.col_span > head.col_span and _note_across(grid, cell, head):
            continue  # a note across the table's width ('Apr 10: That a communication ...')
        key = resolve(grid, cell, layout)
        if key is not None and key in keys_read:
            break  # one value per cell of the return: the rest is something else
        if key is not None and not t.empty:
            keys_read.add(key)
        if t.option is not None and f not in MILESTONE_FIELDS:
            break  # a reason or a date is text, never an option of the form
        if t.empty or id(cell) in grid.stale or (t.option is not None and (
                option_field_mismatch(f, t.option) or _in_option_list(grid, cell, layout))):
            continue
        add(key, f, _written(grid, cell, f), cell,
            f"value {'under' if below else 'beside'} {f.value!r} label")


def _written(grid: Grid, cell: Cell, f: Field) -> str | None:
    text = " ".join(ln.text for ln in cell.lines)
    value = value_of(f, text)
    if f is Field.ACHIEVED and value is None:
        value = _yes_no_marks(cell)
    if f is Field.LIKELIHOOD and value is None and grid.context.scale:
        value = scored(text, grid.context.scale)
    if value is None and grid.context.terms and f in (Field.ACHIEVED, Field.LIKELIHOOD):
        value = keyed(f, text, grid.context.terms)
    return value


def _score_values(grid: Grid, fit: Fit, found: Written) -> None:
    for (m, d, f), values in found.items():
        distinct = {v for v, _, _ in values}
        weight = 1.0 if f in MILESTONE_FIELDS else 0.0
        if len(distinct) > 1 and all(grid.tag(c).option is not None for _, c, _ in values):
            continue  # a list of option labels (a form left unmarked), not written values
        if len(distinct) == 1:
            value, cell, rule = values[0]
            fit.readings.append(Reading(m, d, f, value, fit.layout.name, rule, cell.provenance))
            fit.score += weight
        else:
            fit.readings.append(Reading(
                m, d, f, None, fit.layout.name, "", None,
                warning="different values written: " + ", ".join(sorted(distinct))))
            fit.score -= weight


# circled digits: ① ... ⑨, ❶ ... ❾, ➀ ... ➈, ⓵ ... ⓽
_CIRCLED = {chr(base + k): k + 1 for base in (0x2460, 0x2776, 0x2780, 0x24F5)
            for k in range(9)}


def scored(text: str, scale: dict[int, Likelihood]) -> str | None:
    """A likelihood given by the document's key: the number alone ('2'), or the numbers
    of the key with the chosen one circled ('1  ②  3  4')."""
    parts = text.split()
    if len(parts) == 1 and parts[0].isdigit():
        lik = scale.get(int(parts[0]))
        return lik.value if lik else None
    if len(parts) >= 2 and all(p.isdigit() or p in _CIRCLED for p in parts):
        picked = {_CIRCLED[p] for p in parts if p in _CIRCLED}
        if len(picked) == 1:
            lik = scale.get(picked.pop())
            return lik.value if lik else None
    return None


def _in_option_list(grid: Grid, cell: Cell, layout: Layout) -> bool:
    """An option label with a different option of the same field beside, above or below
    it that belongs to the same cell of the return: a list of options, not a value."""
    t = grid.tag(cell)
    assert t.option is not None
    key = resolve(grid, cell, layout)
    for other in (grid.right(cell), grid.below(cell), _left(grid, cell), _above(grid, cell)):
        if other is None or id(other) in grid.stale:
            continue
        ot = grid.tag(other)
        if ot.option is not None and ot.option is not t.option and \
                ot.option.field is t.option.field and resolve(grid, other, layout) == key:
            return True
    return False


def _status_like(word: str) -> bool:
    """Short, or naming an achievement or a likelihood: not an answer to a question."""
    return len(word) <= 40 or "achiev" in word or "likely" in word


def option_field_mismatch(f: Field, option: Option) -> bool:
    return option.field is not f


def _yes_no_marks(cell: Cell) -> str | None:
    """An achieved box holding only a mark: a tick or checked box is Y."""
    kinds = {m.kind.value for m in cell.marks}
    if cell.text.strip():
        return None
    if kinds & {"tick", "checked_box"}:
        return "Y"
    return None


def _is_placed_label(grid: Grid, cell: Cell) -> bool:
    """An option label standing among sibling options or beside a place for its mark:
    a label of the form, never a value written in words."""
    t = grid.tag(cell)
    if t.option is None or t.option in _WEAK_OPTIONS:
        return False
    for other in (grid.right(cell), grid.below(cell)):
        # (a place for a mark, not another value written: 'Very likely' over 'Fairly
        # likely' in a column of likelihoods written row by row)
        if other is not None and grid.is_slot(other) and grid.tag(other).option is None and (
                other.marks or _says(other)
                or not (vocab.is_background(other.fill)
                        or vocab.same_colour(other.fill, cell.fill)
                        or _under_another_field(grid, other, t.option))):
            # (a mark, a mark word or a colour of its own: a blank input cell filled as
            # the value's own cell is none, nor a greyed cell of another field's column)
            return True
    return bool(cell.marks)


def _under_another_field(grid: Grid, cell: Cell, option: Option) -> bool:
    """Whether the nearest label above ``cell`` is another field's ('Reason if not
    achieved' over a greyed cell right of 'Very likely')."""
    for up in grid.upwards(cell):
        t = grid.tag(up)
        if t.option is not None:
            return False
        if t.field is not None:
            return t.field is not option.field
    return False


# ---------------------------------------------------------------------------
# one table: the best fit, and what lesser fits add


def read_table(grid: Grid, layouts: tuple[Layout, ...] = MILESTONE_LAYOUTS
               ) -> tuple[list[Reading], list[str]]:
    """The readings of one table and the warnings of its abstentions."""
    if not grid.relevant:
        return [], []
    fits = [f for f in fit_table(grid, layouts) if f.readings]
    if not fits:
        return [], []
    best = fits[0]
    chosen: dict[tuple[int, Deadline, Field], Reading] = {r.key: r for r in best.readings}
    rivals: dict[tuple[int, Deadline, Field], list[Reading]] = {}
    for fit in fits[1:]:
        close = best.score > 0 and fit.score >= CLOSE * best.score
        beside = fit.score_beside(best)
        for r in fit.readings:
            held = chosen.get(r.key)
            if held is None:
                if r.value is not None or r.warning:
                    if beside > 0 or r.field not in MILESTONE_FIELDS:
                        chosen[r.key] = r
                continue
            if close and r.value is not None and r.value != held.value and held.layout != \
                    r.layout:
                rivals.setdefault(r.key, []).append(r)
    warnings: list[str] = []
    out: list[Reading] = []
    for key, r in chosen.items():
        if key in rivals:
            names = "; ".join(x.describe() for x in [r, *rivals[key]])
            warnings.append(f"milestone {key[0]} {key[1].value} {key[2].value}: layouts "
                            f"disagree, nothing reported ({names})")
            continue
        if r.warning:
            warnings.append(f"milestone {key[0]} {key[1].value}: {r.warning}")
            continue
        out.append(r)
    return out, warnings


def line_tags(line: Line) -> Tags:
    return line_tags_of(line)


__all__ = ["Fit", "Reading", "fit_table", "in_cell_options", "read_table", "resolve",
           "split_options", "tag_text"]
